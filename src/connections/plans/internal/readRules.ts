import { fieldName } from '../../../stats/internal/invalidInput.js';
import type { OptionChecks } from '../../coverage/internal/checkOptions.js';
import type { DaySpan } from '../../coverage/internal/days.js';
import {
  CONTACT_MATCHINGS,
  type ContactMatching,
  type ContactPlanRules,
} from '../contactPlanRules.js';
import { readPaceTargets } from './pace.js';

/** The leaders' positions (主任、副主任、秘书长): they take the `leader` quota. */
const LEADER_POSITIONS: ReadonlySet<string> = new Set(['chair', 'viceChair', 'secretaryGeneral']);

/** A quota no office sets, refused so that a typo cannot make a plan of millions of pairs. */
const MAX_QUOTA = 100_000;

/** Contact plan rules, checked, with defaults filled in (internal). */
export interface ReadRules {
  readonly span: DaySpan;
  readonly from: string;
  readonly to: string;
  readonly leader: number;
  readonly member: number;
  readonly perYear: number;
  readonly perQuarter: number | undefined;
  readonly matching: ContactMatching;
  readonly memberAreas: ReadonlyMap<string, readonly string[]>;
  readonly memberFields: ReadonlyMap<string, readonly string[]>;
  readonly keepFixed: boolean;
}

/** The quota of a member in that position under these rules (internal). */
export function quotaOf(rules: ReadRules, position: unknown): number {
  return typeof position === 'string' && LEADER_POSITIONS.has(position)
    ? rules.leader
    : rules.member;
}

/** Checks `rules` (problems go to `checks`) and fills in the defaults (internal). */
export function readRules(checks: OptionChecks, rules: unknown): ReadRules {
  const r = checks.options<ContactPlanRules>(rules, 'rules', '计划规则', false);
  const span = checks.period(r.period);
  const quota = checks.options<NonNullable<ContactPlanRules['quota']>>(
    r.quota,
    'quota',
    '联系名额',
    true,
  );
  const leader = checks.count('quota.leader', '领导联系名额', quota.leader, 5, 0, MAX_QUOTA);
  const member = checks.count('quota.member', '委员联系名额', quota.member, 3, 0, MAX_QUOTA);
  const { perYear, perQuarter } = readPaceTargets(checks, r, 2);
  const matching = checks.oneOf('matching', '匹配方式', r.matching, CONTACT_MATCHINGS, 'none');
  if (r.keepFixed !== undefined && typeof r.keepFixed !== 'boolean') {
    checks.add('INVALID_TYPE', ['keepFixed'], {
      field: fieldName('保留固定联系', 'keepFixed'),
      expected: fieldName('true 或 false', 'true or false'),
      got: r.keepFixed,
    });
  }
  const from = typeof r.period?.from === 'string' ? r.period.from : '';
  const to = typeof r.period?.to === 'string' ? r.period.to : '';
  return {
    span,
    from,
    to,
    leader,
    member,
    perYear,
    perQuarter,
    matching,
    memberAreas: codeLists(checks, r.memberAreas, 'memberAreas', '组成人员联系区域'),
    memberFields: codeLists(checks, r.memberFields, 'memberFields', '组成人员联系领域'),
    keepFixed: r.keepFixed !== false,
  };
}

/** A member id → strings record, checked (internal). */
function codeLists(
  checks: OptionChecks,
  value: unknown,
  name: string,
  zh: string,
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  if (value === undefined) return out;
  const bad = (path: (string | number)[], got: unknown): void => {
    checks.add('INVALID_TYPE', path, {
      field: fieldName(zh, name),
      expected: fieldName('组成人员编号 → 字符串数组', 'member id → an array of strings'),
      got,
    });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad([name], value);
    return out;
  }
  for (const [id, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
      bad([name, id], list);
      continue;
    }
    out.set(id, [...(list as string[])]);
  }
  return out;
}
