import type { Committee } from '../../../model/committee.js';
import type { Deputy } from '../../../model/deputy.js';
import { fieldName } from '../../../stats/internal/invalidInput.js';
import type { OptionChecks } from '../../coverage/internal/checkOptions.js';
import type { DaySpan } from '../../coverage/internal/days.js';
import { deputySubjects } from '../../coverage/internal/deputySubject.js';
import { buildRoster } from '../../coverage/internal/roster.js';
import { committeeSubjects } from '../../coverage/internal/subjects.js';
import { PAIRING_KINDS, type PairingKind, type PairingRules } from '../pairingRules.js';
import { deputyFieldKeys } from './matchKeys.js';
import { readPaceTargets } from './pace.js';
import { byString, firstById } from './rosterHelpers.js';

// Who holds and who is paired in each kind of pairing (internal), for planPairings and
// checkPairings alike, so that the two never disagree on who qualifies.

const MAX_QUOTA = 100_000;
const MATCHINGS = ['none', 'area', 'field'] as const;

/** One side of a pairing: a holder or a partner, with the days it served in the span asked. */
export interface PairingSide {
  readonly id: string;
  readonly spans: readonly DaySpan[];
  /** The keys it is matched on under the rules' matching. */
  readonly keys: readonly string[];
}

export interface ReadPairingRules {
  readonly kind: PairingKind;
  readonly span: DaySpan;
  readonly from: string;
  readonly to: string;
  readonly quota: number;
  readonly quotas: ReadonlyMap<string, number>;
  readonly matching: 'none' | 'area' | 'field';
  readonly committeeFields: ReadonlyMap<string, readonly string[]>;
  readonly perYear: number;
  readonly perQuarter: number | undefined;
}

export function readPairingRules(checks: OptionChecks, rules: unknown): ReadPairingRules {
  const r = checks.options<PairingRules>(rules, 'rules', '结对规则', false);
  const kind = checks.oneOf('kind', '结对类别', r.kind, PAIRING_KINDS, 'committeeContacts');
  if (r.kind === undefined)
    checks.add('REQUIRED', ['kind'], { field: fieldName('结对类别', 'kind') });
  const span = checks.period(r.period);
  if (r.quota === undefined)
    checks.add('REQUIRED', ['quota'], { field: fieldName('结对名额', 'quota') });
  const quota = checks.count('quota', '结对名额', r.quota, 0, 0, MAX_QUOTA);
  const quotas = new Map<string, number>();
  for (const [id, q] of entriesOf(checks, r.quotas, 'quotas', '个别名额'))
    quotas.set(id, checks.count(`quotas.${id}`, '个别名额', q, quota, 0, MAX_QUOTA));
  const matching = checks.oneOf('matching', '匹配方式', r.matching, MATCHINGS, 'none');
  if (kind === 'committeeContacts' && matching === 'area') {
    checks.conflict(
      'matching',
      '匹配方式',
      fieldName(
        '委员会没有地域，联系代表只能按领域匹配',
        'committees have no area: their contacts match by field only',
      ),
    );
  }
  const committeeFields = new Map<string, readonly string[]>();
  for (const [id, fields] of entriesOf(
    checks,
    r.committeeFields,
    'committeeFields',
    '委员会领域',
  )) {
    if (Array.isArray(fields) && fields.every((f) => typeof f === 'string'))
      committeeFields.set(id, fields);
    else
      checks.add('INVALID_TYPE', ['committeeFields', id], {
        field: fieldName('委员会领域', 'committeeFields'),
        expected: fieldName('代表构成类别的数组', 'an array of composition categories'),
        got: fields,
      });
  }
  const { perYear, perQuarter } = readPaceTargets(checks, r, 1);
  return {
    kind,
    span,
    from: typeof r.period?.from === 'string' ? r.period.from : '',
    to: typeof r.period?.to === 'string' ? r.period.to : '',
    quota,
    quotas,
    matching,
    committeeFields,
    perYear,
    perQuarter,
  };
}

function entriesOf(
  checks: OptionChecks,
  value: unknown,
  name: string,
  zh: string,
): [string, unknown][] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    checks.add('INVALID_TYPE', [name], {
      field: fieldName(zh, name),
      expected: fieldName('以编号为键的对象', 'an object keyed by id'),
      got: value,
    });
    return [];
  }
  return Object.entries(value);
}

/** Whether a deputy holds a pair of this kind (the left side), or is paired (the right side). */
const HOLDS: Record<Exclude<PairingKind, 'committeeContacts'>, (d: Deputy) => boolean> = {
  leaderWithGrassroots: (d) => !d.grassroots && d.occupations.includes('official'),
  returningWithNew: (d) => d.reElected === true,
};
const PAIRED: Record<PairingKind, (d: Deputy) => boolean> = {
  committeeContacts: () => true,
  leaderWithGrassroots: (d) => d.grassroots,
  returningWithNew: (d) => d.reElected !== true,
};

function deputyKeys(r: ReadPairingRules, d: Deputy, day: string): string[] {
  if (r.matching === 'area') return [`c:${d.constituency.id}`, `j:${d.congress.jurisdiction}`];
  if (r.matching === 'field') return deputyFieldKeys(d, day);
  return [];
}

/**
 * The holders and the partners serving in `span`, each sorted by id, first record of an id
 * winning. `day` is the day matching keys are read on (committee memberships change).
 */
export function pairingSides(
  r: ReadPairingRules,
  deputies: Iterable<Deputy>,
  committees: Iterable<Committee>,
  span: DaySpan,
  day: string,
): { readonly holders: PairingSide[]; readonly partners: PairingSide[] } {
  const serving = firstById(buildRoster(deputySubjects(deputies), span, 'include').entries);
  const side = (id: string, spans: readonly DaySpan[], keys: readonly string[]): PairingSide => ({
    id,
    spans,
    keys,
  });
  const partners = serving
    .filter((e) => PAIRED[r.kind](e.record))
    .map((e) => side(e.id, e.spans, deputyKeys(r, e.record, day)));
  let holders: PairingSide[];
  if (r.kind === 'committeeContacts') {
    holders = firstById(buildRoster(committeeSubjects(committees), span, 'include').entries).map(
      (e) =>
        side(
          e.id,
          e.spans,
          r.matching === 'field'
            ? [`f:${e.id}`, ...(r.committeeFields.get(e.id) ?? []).map((f) => `f:${f}`)]
            : [],
        ),
    );
  } else {
    const holds = HOLDS[r.kind];
    holders = serving
      .filter((e) => holds(e.record))
      .map((e) => side(e.id, e.spans, deputyKeys(r, e.record, day)));
  }
  holders.sort((a, b) => byString(a.id, b.id));
  partners.sort((a, b) => byString(a.id, b.id));
  return { holders, partners };
}

/** The places of a holder. */
export function pairingQuotaOf(r: ReadPairingRules, holderId: string): number {
  return r.quotas.get(holderId) ?? r.quota;
}
