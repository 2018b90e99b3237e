import { safeIsOnTime } from '../calendar/isOnTime.js';
import type { HistoryEntry } from '../model/shared/historyEntry.js';
import { IsoTimestampSchema } from '../model/shared/primitives.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { type Suggestion, type SuggestionInput, safeParseSuggestion } from '../model/suggestion.js';
import type { AssistingInput, Reply } from '../model/suggestionParts.js';
import { ArgumentChecks, fieldName, guard, safely } from '../stats/internal/invalidInput.js';
import { IMPORTED_EVENT, SUGGESTION_MANAGED_FIELDS } from '../suggestion/importedEntry.js';
import { safeInitialSuggestionOf } from '../suggestion/initialSuggestionOf.js';
import { formatRulesVersion, type SuggestionPolicy } from '../suggestion/policy.js';
import { suggestionWorkflow } from '../suggestion/suggestionWorkflow.js';
import { safeVerifySuggestion } from '../suggestion/verifySuggestion.js';
import { safeReplay } from '../workflow/safeReplay.js';

/**
 * A suggestion as an older platform holds it (原系统中的建议): where it stands (state, units,
 * replies, evaluations, dates…) in the fields of the suggestion model, with no event history and
 * no rules version (the adoption's policy gives it). Replies and assisting inputs may leave out
 * their on-time verdict (derived from `at` and `dueDay`, by the rule the workflow applies) and
 * their entry time (`at`).
 *
 * @example
 * ```ts
 * import type { LegacySuggestion } from 'renda/import';
 *
 * const closedWithoutHistory = (s: LegacySuggestion) => s.state === 'closed';
 * ```
 * @category Import
 */
export type LegacySuggestion = Omit<
  SuggestionInput,
  'history' | 'rulesVersion' | 'replies' | 'assistingInputs'
> & {
  /** 答复 (件次); `onTime` and `recordedAt` may be left out. */
  readonly replies: readonly (Omit<Reply, 'onTime' | 'recordedAt'> & {
    readonly onTime?: boolean;
    readonly recordedAt?: string;
  })[];
  /** 协办意见; `onTime` and `recordedAt` may be left out. */
  readonly assistingInputs?: readonly (Omit<AssistingInput, 'onTime' | 'recordedAt'> & {
    readonly onTime?: boolean;
    readonly recordedAt?: string;
  })[];
};

/**
 * Options of {@link adoptLegacySuggestion}.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'renda';
 * import type { AdoptLegacyOptions } from 'renda/import';
 *
 * const options: AdoptLegacyOptions = {
 *   policy: defaultPolicy,
 *   system: 'old-platform',
 *   recordedAt: '2026-01-05T09:00:00+08:00',
 * };
 * ```
 * @category Import
 */
export interface AdoptLegacyOptions {
  /** 办理规则: the policy the record runs under from now on (its `rulesVersion`). */
  readonly policy: SuggestionPolicy;
  /** 来源系统: the old platform's name, kept in the entry's payload and as the actor's id. */
  readonly system: string;
  /** 原系统编号: the record's id in the old platform, when it differs from `id`. */
  readonly sourceId?: string;
  /** 登记时间: when the import runs (never read from the clock). */
  readonly recordedAt: string;
  /**
   * 发生时间 of the entry: by default the record's last known instant (the latest of its `at`
   * and `…At` times).
   */
  readonly at?: string;
}

const MODEL = 'adoptLegacySuggestion';

/** The latest instant among the record's `at` and `…At` fields (canonical UTC strings sort). */
function lastInstant(value: unknown, latest: string): string {
  if (Array.isArray(value)) return value.reduce<string>((l, item) => lastInstant(item, l), latest);
  if (typeof value !== 'object' || value === null) return latest;
  let last = latest;
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'at' || key.endsWith('At')) && typeof item === 'string') {
      if (item > last) last = item;
    } else last = lastInstant(item, last);
  }
  return last;
}

/** Completes a legacy reply or input: its entry time, and its verdict by the workflow's rule. */
function completed(item: unknown, timeZone: string): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const dated = item as { at?: unknown; dueDay?: unknown; onTime?: unknown; recordedAt?: unknown };
  const out: Record<string, unknown> = { ...dated };
  if (out.recordedAt === undefined) out.recordedAt = dated.at;
  if (
    out.onTime === undefined &&
    typeof dated.at === 'string' &&
    typeof dated.dueDay === 'string'
  ) {
    const judged = safeIsOnTime(dated.at, { day: dated.dueDay, timeZone });
    // A date the rule cannot judge stays out: parsing then names the missing verdict.
    if (judged.ok) out.onTime = judged.value;
  }
  return out;
}

function checkOptions(options: unknown): {
  policy: SuggestionPolicy;
  system: string;
  sourceId: string | undefined;
  recordedAt: string;
  at: string | undefined;
} {
  const checks = new ArgumentChecks(MODEL);
  const o = checks.options<AdoptLegacyOptions>(options, 'options', '选项', false);
  const policy = o.policy;
  if (typeof policy !== 'object' || policy === null || typeof policy.timeZone !== 'string')
    checks.add(policy === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['options', 'policy'], {
      field: fieldName('办理规则', 'policy'),
      expected: fieldName('办理规则（definePolicy 的结果）', 'a policy (from definePolicy)'),
      got: policy,
    });
  const text = (key: 'system' | 'sourceId', zh: string, required: boolean): string | undefined => {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && value.trim() !== '' && value.length <= 64) return value.trim();
    checks.add(value === undefined ? 'REQUIRED' : 'INVALID_VALUE', ['options', key], {
      field: fieldName(zh, key),
      expected: fieldName('1 到 64 个字符的文本', 'a text of 1 to 64 characters'),
      got: value,
    });
    return undefined;
  };
  const time = (key: 'recordedAt' | 'at', zh: string, required: boolean): string | undefined => {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    const parsed = IsoTimestampSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    checks.add(value === undefined ? 'REQUIRED' : 'INVALID_FORMAT', ['options', key], {
      field: fieldName(zh, key),
      expected: fieldName('带时区的 ISO 8601 时间', 'an ISO 8601 time with an offset'),
      got: value,
    });
    return undefined;
  };
  const system = text('system', '来源系统', true);
  const sourceId = text('sourceId', '原系统编号', false);
  const recordedAt = time('recordedAt', '登记时间', true);
  const at = time('at', '发生时间', false);
  checks.done();
  return {
    policy: policy as SuggestionPolicy,
    system: system as string,
    sourceId,
    recordedAt: recordedAt as string,
    at,
  };
}

function adopt(legacy: unknown, options: unknown): Suggestion {
  const { policy, system, sourceId, recordedAt, at } = checkOptions(options);
  if (typeof legacy !== 'object' || legacy === null || Array.isArray(legacy)) {
    const checks = new ArgumentChecks(MODEL);
    checks.add('INVALID_TYPE', ['legacy'], {
      field: fieldName('原系统中的建议', 'legacy suggestion'),
      expected: fieldName('对象', 'an object'),
      got: legacy,
    });
    checks.done();
  }
  const source = legacy as Record<string, unknown>;
  const list = (key: string): unknown =>
    Array.isArray(source[key])
      ? (source[key] as unknown[]).map((item) => completed(item, policy.timeZone))
      : source[key];
  // The record as it stands, checked whole by the model (every cross-field rule included); a
  // history the old platform sent along is dropped: the adoption entry replaces it.
  const stated = safeParseSuggestion({
    ...source,
    replies: list('replies'),
    assistingInputs: list('assistingInputs'),
    rulesVersion: formatRulesVersion(policy),
    history: [],
  });
  if (!stated.ok) throw new RendaError(stated.error);
  const record = stated.value;
  const initial = safeInitialSuggestionOf(record);
  if (!initial.ok) throw new RendaError(initial.error);
  const snapshot: Record<string, unknown> = {};
  for (const key of SUGGESTION_MANAGED_FIELDS) {
    if (record[key] !== undefined) snapshot[key] = record[key];
  }
  const entry: HistoryEntry = {
    type: IMPORTED_EVENT,
    at: at ?? lastInstant(record, record.createdAt),
    recordedAt,
    actor: { role: 'system', id: system },
    payload: { system, ...(sourceId === undefined ? {} : { sourceId }), snapshot },
  };
  const context = { policy };
  const replayed = safeReplay(initial.value, [entry], { workflow: suggestionWorkflow, context });
  if (!replayed.ok) {
    const { message } = replayed.error;
    const checks = new ArgumentChecks(MODEL);
    const path = replayed.error.issues?.[0]?.path ?? [];
    checks.add('INVALID_VALUE', path[0] === 'recordedAt' ? ['options', 'recordedAt'] : ['legacy'], {
      field: fieldName('原系统中的建议', 'legacy suggestion'),
      subject: fieldName('', ''),
      rule: message,
    });
    checks.done();
  }
  // The adopted record must prove itself as any stored one does.
  const verified = safeVerifySuggestion(replayed.ok ? replayed.value : undefined, {
    policies: policy,
  });
  if (!verified.ok) {
    const checks = new ArgumentChecks(MODEL);
    checks.add('INVALID_VALUE', ['legacy'], {
      field: fieldName('原系统中的建议', 'legacy suggestion'),
      subject: fieldName('', ''),
      rule: verified.error.message,
    });
    checks.done();
  }
  return (verified as { readonly value: Suggestion }).value;
}

/**
 * Adopts a suggestion from an older platform (历史建议导入): the record as it stands, with no
 * event history, becomes a suggestion whose history begins with one synthetic entry of type
 * `imported` (导入补记), so that replay, verification and every figure hold for it.
 *
 * @remarks
 * The entry's payload is `{ system, sourceId?, snapshot }`: the source system, the record's id
 * there, and the fields the workflow manages as the old platform held them
 * (`SUGGESTION_MANAGED_FIELDS`). Its `at` is the record's last known instant (or `options.at`),
 * its `recordedAt` the import's time, its actor `{ role: 'system', id: system }`. Replaying it on
 * the draft (`initialSuggestionOf`) rebuilds the record; `verifySuggestion` accepts it; and the
 * dashboard counts it exactly as the same record run through the workflow, since every figure
 * reads the record's fields. The suggestion workflow applies `imported` only in replays: a live
 * transition is refused, so no one can forge an adoption.
 *
 * What a snapshot cannot tell stays unknown, the way the dashboard already marks it: an item
 * without `submittedAt` is `undecided` for lateness to assign; replies and assisting inputs
 * without `onTime` are judged from their `at` and `dueDay` by the workflow's rule, and without a
 * `dueDay` they are refused (the model needs the day they were judged against).
 * @param legacy - The record as the old platform holds it (see {@link LegacySuggestion}).
 * @param options - The policy, the source system, the import's time, and the entry's time.
 * @returns The adopted, verified record (frozen).
 * @throws {@link RendaError} `INVALID_INPUT` naming the field when the record is not a valid
 *   suggestion, or an option is missing or bad.
 * @example
 * ```ts
 * import { defaultPolicy, verifySuggestion } from 'renda';
 * import { adoptLegacySuggestion } from 'renda/import';
 *
 * const record = adoptLegacySuggestion(
 *   {
 *     id: 'S-2019-001',
 *     kind: 'suggestion',
 *     congress: { jurisdiction: '330200', level: 'city', term: 15 },
 *     period: 'betweenSessions',
 *     title: '关于加强农村道路养护的建议',
 *     proposers: [{ deputyId: 'D-1', role: 'lead' }],
 *     state: 'submitted',
 *     createdAt: '2019-03-01T09:00:00+08:00',
 *     submittedAt: '2019-03-02T09:00:00+08:00',
 *     mergedFrom: [],
 *     assignments: [],
 *     extensions: [],
 *     round: 1,
 *     reHandlings: [],
 *     replies: [],
 *     evaluations: [],
 *     consultations: [],
 *     supervisions: [],
 *     confidential: false,
 *   },
 *   { policy: defaultPolicy, system: 'old-platform', recordedAt: '2026-01-05T09:00:00+08:00' },
 * );
 * console.log(record.history[0]?.type, record.history[0]?.at); // 'imported' '2019-03-02T01:00:00.000Z'
 * console.log(verifySuggestion(record, { policies: defaultPolicy }).state); // 'submitted'
 * ```
 * @category Import
 */
export function adoptLegacySuggestion(
  legacy: LegacySuggestion,
  options: AdoptLegacyOptions,
): Suggestion {
  return guard(MODEL, () => adopt(legacy, options));
}

/**
 * {@link adoptLegacySuggestion} without throwing: `{ ok: true, value }` with the adopted record,
 * or `{ ok: false, error }` naming what is wrong with the record or the options.
 *
 * @param legacy - The record as the old platform holds it.
 * @param options - The policy, the source system, the import's time, and the entry's time.
 * @example
 * ```ts
 * import { defaultPolicy } from 'renda';
 * import { safeAdoptLegacySuggestion } from 'renda/import';
 *
 * const result = safeAdoptLegacySuggestion({} as never, {
 *   policy: defaultPolicy,
 *   system: 'old-platform',
 *   recordedAt: '2026-01-05T09:00:00+08:00',
 * });
 * console.log(result.ok); // false
 * ```
 * @category Import
 */
export function safeAdoptLegacySuggestion(
  legacy: LegacySuggestion,
  options: AdoptLegacyOptions,
): Result<Suggestion, ValidationError> {
  return safely(MODEL, () => adoptLegacySuggestion(legacy, options));
}
