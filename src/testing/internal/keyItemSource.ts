import { isTimeZone } from '../../calendar/internal/timeZone.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { isObject, refusedInput } from '../../suggestion/internal/refusedInput.js';

/** One key-item suggestion of a sample, as the plan needs it. */
export interface KeyItemRecord {
  readonly id: string;
  readonly topic: string;
  readonly designatedBy: string | undefined;
  /** Epoch of `keyItem.designatedAt`. */
  readonly designatedAt: number;
  /** The records' `keyItem.leads`, unchecked: the plan's parser judges them. */
  readonly leads: readonly unknown[];
  /** The units in charge: active lead, sole and separate (分办) assignments. */
  readonly leadUnitIds: readonly string[];
}

/** A standing committee member and the days of the term. */
export interface MemberTerm {
  readonly id: string;
  readonly from: string;
  readonly to: string | undefined;
}

/** A standing committee session of the sample (列席常委会会议 activities). */
export interface CommitteeSession {
  readonly day: string;
  readonly title: string;
  readonly memberIds: readonly string[];
}

/** What `sampleKeyItems` reads of a sample, read once each and checked. */
export interface KeyItemSource {
  readonly seed: number;
  readonly year: number;
  readonly timeZone: string;
  /** Epoch of `asOf`. */
  readonly asOf: number;
  readonly keyItems: readonly KeyItemRecord[];
  readonly members: readonly MemberTerm[];
  readonly sessions: readonly CommitteeSession[];
}

const SAMPLE_FIELD: BilingualText = { 'zh-Hans': '样本', en: 'the sample' };
const A_SAMPLE: BilingualText = {
  'zh-Hans': '与 generateSample 生成的样本一致',
  en: 'as in a sample from generateSample',
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The units that answer for the item (牵头、单独、分办); assisting and joint units do not lead.
const LEADING_ROLES: ReadonlySet<unknown> = new Set(['lead', 'sole', 'separate']);

/** The refusal of a sample that is missing a part, or has one that cannot be read. */
export function refusedSample(
  path: readonly (string | number)[],
  ...got: [] | [unknown]
): ValidationError {
  // Name the part, not just the sample: a sample has dozens of fields.
  const part = path.join('.');
  const field: BilingualText =
    part === '' ? SAMPLE_FIELD : { 'zh-Hans': `样本的 ${part}`, en: `the sample's ${part}` };
  return refusedInput('Sample', path, field, A_SAMPLE, ...got);
}

class Refusal {
  constructor(readonly error: ValidationError) {}
}

function fail(path: readonly (string | number)[], got: unknown): never {
  throw new Refusal(refusedSample(path, got));
}

function list(value: unknown, path: readonly (string | number)[]): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, value);
  return value;
}

function text(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string') fail(path, value);
  return value;
}

function moment(value: unknown, path: readonly (string | number)[]): number {
  // An instant with its date first; Date.parse alone would accept forms the schemas refuse.
  const epoch = typeof value === 'string' && DAY.test(value.slice(0, 10)) ? Date.parse(value) : NaN;
  if (Number.isNaN(epoch)) fail(path, value);
  return epoch;
}

function keyItemOf(value: unknown, i: number): KeyItemRecord | undefined {
  if (!isObject(value)) fail(['suggestions', i], value);
  const { id, keyItem, assignments } = value as Record<string, unknown>;
  if (keyItem === undefined) return undefined;
  const at = ['suggestions', i, 'keyItem'];
  if (!isObject(keyItem)) fail(at, keyItem);
  const { topic, designatedBy, designatedAt, leads } = keyItem as Record<string, unknown>;
  const leadUnitIds: string[] = [];
  list(assignments, ['suggestions', i, 'assignments']).forEach((assignment, j) => {
    if (!isObject(assignment)) fail(['suggestions', i, 'assignments', j], assignment);
    const { unitId, role, active } = assignment as Record<string, unknown>;
    if (active === true && LEADING_ROLES.has(role)) {
      leadUnitIds.push(text(unitId, ['suggestions', i, 'assignments', j, 'unitId']));
    }
  });
  return {
    id: text(id, ['suggestions', i, 'id']),
    topic: text(topic, [...at, 'topic']),
    designatedBy:
      designatedBy === undefined ? undefined : text(designatedBy, [...at, 'designatedBy']),
    designatedAt: moment(designatedAt, [...at, 'designatedAt']),
    leads: leads === undefined ? [] : list(leads, [...at, 'leads']),
    leadUnitIds,
  };
}

function memberOf(value: unknown, i: number): MemberTerm {
  if (!isObject(value)) fail(['members', i], value);
  const { id, term } = value as Record<string, unknown>;
  if (!isObject(term)) fail(['members', i, 'term'], term);
  const { from, to } = term as Record<string, unknown>;
  return {
    id: text(id, ['members', i, 'id']),
    from: text(from, ['members', i, 'term', 'from']),
    to: to === undefined ? undefined : text(to, ['members', i, 'term', 'to']),
  };
}

function sessionOf(value: unknown, i: number): CommitteeSession | undefined {
  if (!isObject(value)) fail(['activities', i], value);
  const { kind, day, title, participants } = value as Record<string, unknown>;
  if (kind !== 'scSessionAttendance') return undefined;
  const at = ['activities', i];
  const memberIds = isObject(participants)
    ? (participants as Record<string, unknown>).memberIds
    : undefined;
  return {
    day: text(day, [...at, 'day']),
    title: text(title, [...at, 'title']),
    memberIds: list(memberIds, [...at, 'participants', 'memberIds']).map((id, j) =>
      text(id, [...at, 'participants', 'memberIds', j]),
    ),
  };
}

function read(sample: unknown): KeyItemSource {
  if (!isObject(sample)) fail([], sample);
  const { seed, year, policy, asOf, suggestions, members, activities } = sample as Record<
    string,
    unknown
  >;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail(['seed'], seed);
  // The years a sample can cover (SampleOptions.year).
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2098) {
    fail(['year'], year);
  }
  if (!isObject(policy)) fail(['policy'], policy);
  const { timeZone } = policy as Record<string, unknown>;
  if (!isTimeZone(timeZone)) fail(['policy', 'timeZone'], timeZone);
  const keyItems = list(suggestions, ['suggestions'])
    .map(keyItemOf)
    .filter((record) => record !== undefined);
  return {
    seed,
    year,
    timeZone,
    asOf: moment(asOf, ['asOf']),
    keyItems,
    members: list(members, ['members']).map(memberOf),
    sessions: list(activities, ['activities'])
      .map(sessionOf)
      .filter((session) => session !== undefined),
  };
}

/**
 * The parts of a sample the key-item plan and vote are built from, or the refusal naming the
 * first part that is missing or of the wrong type. Only shapes are checked here; the built plan
 * and vote then go through their own parsers, which judge the values (a lead, a topic's length).
 */
export function readKeyItemSource(
  sample: unknown,
): { readonly source: KeyItemSource } | { readonly error: ValidationError } {
  try {
    return { source: read(sample) };
  } catch (thrown) {
    if (thrown instanceof Refusal) return { error: thrown.error };
    throw thrown;
  }
}
