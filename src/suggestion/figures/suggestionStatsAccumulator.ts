import type { Suggestion } from '../../model/suggestion.js';
import { SUGGESTION_STATES } from '../../model/suggestionState.js';
import type { Accumulator } from '../../stats/accumulator.js';
import type { MetricPeriod, MetricResult } from '../../stats/defineMetric.js';
import { histogramAccumulator } from '../../stats/histogramAccumulator.js';
import { ArgumentChecks, guard } from '../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../stats/internal/sharesOptions.js';
import { rate } from '../../stats/rate.js';
import { type SharesOptions, shares } from '../../stats/shares.js';
import { createDashboardContext, type DashboardContext } from './internal/context.js';
import { dayNumber } from './internal/days.js';
import { assignmentLateness } from './internal/lateAssignment.js';
import { firstReplyOf, isFinalEvaluation, lastReplyOf } from './internal/replies.js';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  type SuggestionMetricDescriptor,
  type SuggestionRateId,
} from './suggestionMetrics.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';
import type {
  LateAssignmentItem,
  OverdueItem,
  SuggestionRate,
  SuggestionStats,
} from './suggestionStatsTypes.js';

/**
 * The plain-JSON state of {@link suggestionStatsAccumulator} (建议统计状态): counters, counts per
 * state and class, a day histogram, per-round counts and the overdue ids.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionStatsAccumulator, type SuggestionStatsState } from 'renda';
 *
 * const state: SuggestionStatsState = suggestionStatsAccumulator(defaultPolicy, '2025-12-31T10:00:00Z').init();
 * console.log(JSON.parse(JSON.stringify(state)).c.length > 0); // true
 * ```
 * @category Metrics
 */
export type SuggestionStatsState = {
  /** Fixed counters (see the source for the slots). */
  c: number[];
  /** Items per state. */
  states: { [state: string]: number };
  /** Replied items per taxonomy class, in taxonomy order. */
  classes: number[];
  /** Replied items per class code not in the taxonomy. */
  otherClasses: { [code: string]: number };
  /** Replies (件次) per taxonomy class. */
  replyClasses: number[];
  /** Replies per class code not in the taxonomy. */
  otherReplyClasses: { [code: string]: number };
  /** days[d] = replied items that took d calendar days. */
  days: number[];
  /** Per round r (from 1): [replies, counted forms, satisfied or basically satisfied] at 3(r−1). */
  rounds: number[];
  /** Overdue item ids, with their days late at the same index of `overdueDays`. */
  overdueIds: string[];
  /** Days late of each overdue item. */
  overdueDays: number[];
  /** Ids of items late to assign (交办超期), with their days late at the same index of `lateAssignDays`. */
  lateAssignIds: string[];
  /** Days late to assign of each such item. */
  lateAssignDays: number[];
  /** 1 when the item still waits for its assignment, 0 when it was assigned late. */
  lateAssignWaiting: number[];
};

// Counter slots of `c`.
const RECORDS = 0;
const EX_WITHDRAWN = 1;
const EX_MERGED = 2;
const EX_NOT_REGISTERED = 3;
const EX_NOT_ASSIGNED = 4;
const ASSIGNED = 5;
const REPLIED = 6;
const ON_TIME = 7;
const CLOSED = 8;
const FACE_TO_FACE = 9;
const FEEDBACK = 10;
const SOLVED_OR_PLANNED = 11;
const ADOPTED = 12;
const RE_HANDLED = 13;
const KEY = 14;
const KEY_REPLIED = 15;
const FINAL_FORMS = 16;
const FINAL_SATISFIED = 17;
const FINAL_BASIC = 18;
const FINAL_ITEM_EXCLUDED = 19;
const FINAL_CO_SIGNER = 20;
const FIRST_FORMS = 21;
const FIRST_BROAD = 22;
const FIRST_ITEM_EXCLUDED = 23;
const FIRST_CO_SIGNER = 24;
const KEY_FORMS = 25;
const KEY_BROAD = 26;
const OUTSIDE_PERIOD = 27;
const ASSIGN_JUDGED = 28;
const ASSIGN_UNDECIDED = 29;
const SLOTS = 30;

/** Adds one to a counter slot (inlined by V8). */
const inc = (c: number[], slot: number): void => {
  c[slot] = (c[slot] as number) + 1;
};

const STANDARD_STATES = SUGGESTION_STATES;
const CLOSED_CATEGORY = new Set(['closed', 'withdrawn', 'merged', 'notRegistered']);

/**
 * Options of {@link suggestionStatsAccumulator} (统计选项).
 *
 * @example
 * ```ts
 * import type { SuggestionStatsAccumulatorOptions } from 'renda';
 *
 * const options: SuggestionStatsAccumulatorOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   shares: { decimals: 1, rounding: 'adjustLargest' },
 * };
 * ```
 * @category Metrics
 */
export interface SuggestionStatsAccumulatorOptions {
  /**
   * The period. A date range also filters: only items assigned (their first assignment, 交办) on a day
   * within it are counted (the others are counted in `stateCounts.outsidePeriod`); a label such as
   * '2025' is only stamped.
   */
  readonly period?: MetricPeriod;
  /** How outcome shares are rounded; 1 decimal, half up by default. */
  readonly shares?: SharesOptions;
}

const addTo = (target: { [key: string]: number }, key: string, amount: number): void => {
  const previous = Object.hasOwn(target, key) ? (target[key] as number) : 0;
  Object.defineProperty(target, key, {
    value: previous + amount,
    writable: true,
    enumerable: true,
    configurable: true,
  });
};

const sumArrays = (a: readonly number[], b: readonly number[]): number[] => {
  const out = new Array<number>(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
};

const mergeObjects = (
  a: { readonly [key: string]: number },
  b: { readonly [key: string]: number },
): { [key: string]: number } => {
  const out: { [key: string]: number } = {};
  for (const key of Object.keys(a)) addTo(out, key, a[key] as number);
  for (const key of Object.keys(b)) addTo(out, key, b[key] as number);
  return out;
};

/**
 * The whole suggestion dashboard as ONE fused accumulator (建议办理统计累加器): its step reads each
 * record once and tests every field inline, so a million records cost about one hand-written loop.
 *
 * @remarks
 * Computes every figure of {@link SUGGESTION_METRICS} with exactly the rules stated there (the
 * tests run each definition through {@link aggregate} and compare). Per item:
 * - exclusions, first match: withdrawn, merged, notRegistered, notAssigned (draft, submitted,
 *   registered, or no active assignment);
 * - reporting unit: the active lead or sole unit, else the first active unit that must reply;
 * - replied (办复): `repliedWhen: 'leadUnit'`: the lead/sole unit has a non-follow-up reply (an item
 *   without one, e.g. 分办, needs every unit that must reply); `'everyRequiredUnit'`: every active
 *   unit that must reply has one;
 * - on time: the `onTime` verdict frozen on each owing unit's first reply, never recomputed;
 * - days to reply: calendar days in the policy's zone from each owing unit's `assignedDay` to its
 *   first reply, the slowest unit counting (negative values, from backdated replies, count as 0);
 * - outcome class: the reporting unit's latest non-follow-up reply; 件次: each answering unit's latest;
 * - forms: each counted deputy's latest round (final) and round 1 (初次);
 * - overdue: open items with an owing unit (in every round, as in round 1) that has no reply in
 *   the current round and whose binding deadline day (its frozen deadline in round 1, the
 *   re-handling round's later) is before asOf's day.
 *
 * The state is plain JSON: merge partial states from shards or workers with
 * {@link mergeAggregateStates}. Memory: O(groups + overdue items + distinct days).
 *
 * @param policy - The policy the figures follow (counting rules, taxonomy, zone, threshold).
 * @param asOf - When the figures are taken (ISO timestamp with an offset).
 * @param options - The period and the share rounding.
 * @returns The accumulator, id `suggestionStats`, version 1.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a policy without the needed parts or a
 * bad `asOf`.
 *
 * @example
 * ```ts
 * import { aggregate, suggestionStatsAccumulator } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const stats = suggestionStatsAccumulator(policy, asOf);
 * const { total } = aggregate(suggestions, { stats });
 * console.log(total.stats.rates.replyRate.value.denominator > 0); // true
 * ```
 * @category Metrics
 */
export function suggestionStatsAccumulator(
  policy: SuggestionStatsPolicy,
  asOf: string,
  options?: SuggestionStatsAccumulatorOptions,
): Accumulator<Suggestion, SuggestionStatsState, SuggestionStats> {
  return guard('suggestionStatsAccumulator', () => {
    const checks = new ArgumentChecks('SuggestionStats');
    const given = checks.options<SuggestionStatsAccumulatorOptions>(
      options,
      'options',
      '统计选项',
      true,
    );
    const period = given.period;
    const checked = readSharesOptions(checks, given.shares, ['shares']);
    checks.done();
    const ctx = createDashboardContext(policy, asOf, period);
    // The options as read once, so a getter is never asked again when the result is computed.
    const sharesOptions: SharesOptions = { decimals: checked.decimals, rounding: checked.rounding };
    return Object.freeze({
      id: 'suggestionStats',
      version: 1,
      init: () => initState(ctx),
      step: makeStep(ctx),
      merge: mergeStates,
      result: (state: SuggestionStatsState) => statsResult(state, ctx, sharesOptions),
    });
  });
}

function initState(ctx: DashboardContext): SuggestionStatsState {
  const states: { [state: string]: number } = {};
  for (const name of STANDARD_STATES) states[name] = 0;
  return {
    c: new Array<number>(SLOTS).fill(0),
    states,
    classes: new Array<number>(ctx.classCodes.length).fill(0),
    otherClasses: {},
    replyClasses: new Array<number>(ctx.classCodes.length).fill(0),
    otherReplyClasses: {},
    days: [],
    rounds: [],
    overdueIds: [],
    overdueDays: [],
    lateAssignIds: [],
    lateAssignDays: [],
    lateAssignWaiting: [],
  };
}

function mergeStates(a: SuggestionStatsState, b: SuggestionStatsState): SuggestionStatsState {
  return {
    c: sumArrays(a.c, b.c),
    states: mergeObjects(a.states, b.states),
    classes: sumArrays(a.classes, b.classes),
    otherClasses: mergeObjects(a.otherClasses, b.otherClasses),
    replyClasses: sumArrays(a.replyClasses, b.replyClasses),
    otherReplyClasses: mergeObjects(a.otherReplyClasses, b.otherReplyClasses),
    days: sumArrays(a.days, b.days),
    rounds: sumArrays(a.rounds, b.rounds),
    overdueIds: [...a.overdueIds, ...b.overdueIds],
    overdueDays: [...a.overdueDays, ...b.overdueDays],
    // A state from before 交办超期 was counted has no lists: it merges as empty.
    lateAssignIds: [...(a.lateAssignIds ?? []), ...(b.lateAssignIds ?? [])],
    lateAssignDays: [...(a.lateAssignDays ?? []), ...(b.lateAssignDays ?? [])],
    lateAssignWaiting: [...(a.lateAssignWaiting ?? []), ...(b.lateAssignWaiting ?? [])],
  };
}

type Assignment = Suggestion['assignments'][number];
type Reply = Suggestion['replies'][number];

function makeStep(ctx: DashboardContext) {
  const { everyRequired, leadOnly, classIndex, solvedOrPlanned, adopted, instantDay, asOfDay } =
    ctx;
  const periodFrom = ctx.periodFrom;
  const periodTo = ctx.periodTo;
  const filtered = periodFrom !== null;

  const countClass = (
    counts: number[],
    other: { [code: string]: number },
    code: string,
  ): number => {
    const index = classIndex.get(code);
    if (index === undefined) {
      addTo(other, code, 1);
      return -1;
    }
    counts[index] = (counts[index] as number) + 1;
    return index;
  };

  const addRound = (rounds: number[], round: number, slot: number): void => {
    const at = 3 * (round - 1) + slot;
    while (rounds.length <= at) rounds.push(0);
    rounds[at] = (rounds[at] as number) + 1;
  };

  /** Forms of an excluded item: counted as excluded units of the evaluation rates. */
  const excludedForms = (c: number[], s: Suggestion): void => {
    const evaluations = s.evaluations;
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j] as Suggestion['evaluations'][number];
      if (e.round === 1) inc(c, FIRST_ITEM_EXCLUDED);
      const final = isFinalEvaluation(evaluations, e);
      if (final) inc(c, FINAL_ITEM_EXCLUDED);
    }
  };

  /** 交办超期: the one rule in internal/lateAssignment.ts, kept as counts and a list. */
  const stepLateAssignment = (st: SuggestionStatsState, s: Suggestion): void => {
    const verdict = assignmentLateness(s, ctx);
    if (verdict.kind === 'notJudged') return;
    if (verdict.kind === 'undecided') {
      inc(st.c, ASSIGN_UNDECIDED);
      return;
    }
    inc(st.c, ASSIGN_JUDGED);
    if (verdict.daysLate > 0) {
      st.lateAssignIds.push(s.id);
      st.lateAssignDays.push(verdict.daysLate);
      st.lateAssignWaiting.push(verdict.assigned ? 0 : 1);
    }
  };

  return (st: SuggestionStatsState, s: Suggestion): SuggestionStatsState => {
    const c = st.c;
    const assignments = s.assignments;
    let lead = -1;
    let firstRequired = -1;
    let firstActive = -1;
    let required = 0;
    for (let i = 0; i < assignments.length; i++) {
      const a = assignments[i] as Assignment;
      if (!a.active) continue;
      if (firstActive < 0) firstActive = i;
      if (a.mustReply) {
        required++;
        if (firstRequired < 0) firstRequired = i;
      }
      if (lead < 0 && (a.role === 'lead' || a.role === 'sole')) lead = i;
    }
    const report =
      lead >= 0
        ? lead
        : firstRequired >= 0
          ? firstRequired
          : firstActive >= 0
            ? firstActive
            : assignments.length > 0
              ? 0
              : -1;

    if (filtered) {
      // The item's day of assignment: its first assignment's, so a reassignment (改交) after the
      // period's end does not move the item out of it.
      const first = assignments[0];
      const day = first === undefined ? null : dayNumber(first.assignedDay);
      if (day === null || day < (periodFrom as number) || (periodTo !== null && day > periodTo)) {
        inc(c, OUTSIDE_PERIOD);
        return st;
      }
    }
    inc(c, RECORDS);
    stepLateAssignment(st, s);
    const state = s.state;
    const states = st.states;
    if (Object.hasOwn(states, state)) states[state] = (states[state] as number) + 1;
    else addTo(states, state, 1);

    if (state === 'withdrawn') inc(c, EX_WITHDRAWN);
    else if (state === 'merged') inc(c, EX_MERGED);
    else if (state === 'notRegistered') inc(c, EX_NOT_REGISTERED);
    else if (
      firstActive < 0 ||
      state === 'draft' ||
      state === 'submitted' ||
      state === 'registered'
    ) {
      inc(c, EX_NOT_ASSIGNED);
    } else {
      stepAssigned(st, s, lead, firstRequired, firstActive, required, report);
      return st;
    }
    if (s.evaluations.length > 0) excludedForms(c, s);
    return st;
  };

  function stepAssigned(
    st: SuggestionStatsState,
    s: Suggestion,
    lead: number,
    firstRequired: number,
    firstActive: number,
    required: number,
    report: number,
  ): void {
    const c = st.c;
    const assignments = s.assignments;
    const replies = s.replies;
    inc(c, ASSIGNED);
    const keyItem = s.keyItem !== undefined;
    if (keyItem) inc(c, KEY);

    // Owing units: one (`single`), or every active unit that must reply.
    const single =
      !everyRequired && lead >= 0 ? lead : required > 0 ? -1 : lead >= 0 ? lead : firstActive;
    const classUnit =
      single >= 0 ? single : (assignments[report] as Assignment).mustReply ? report : firstRequired;

    let replied: boolean;
    let onTime = true;
    let days = 0;
    if (single >= 0) {
      const a = assignments[single] as Assignment;
      const first = firstReplyOf(replies, a.unitId);
      replied = first !== undefined;
      if (first !== undefined) {
        onTime = first.onTime;
        days = instantDay(first.at) - dayNumber(a.assignedDay);
      }
    } else {
      replied = true;
      for (let i = 0; i < assignments.length; i++) {
        const a = assignments[i] as Assignment;
        if (!a.active || !a.mustReply) continue;
        const first = firstReplyOf(replies, a.unitId);
        if (first === undefined) {
          replied = false;
          break;
        }
        if (!first.onTime) onTime = false;
        const d = instantDay(first.at) - dayNumber(a.assignedDay);
        if (d > days) days = d;
      }
    }

    // Replies per round, and 件次 by class.
    let anyFaceToFace = false;
    for (let i = 0; i < replies.length; i++) {
      const r = replies[i] as Reply;
      if (r.faceToFace) anyFaceToFace = true;
      if (!r.followUp) addRound(st.rounds, r.round, 0);
    }
    if (required > 0) {
      for (let i = 0; i < assignments.length; i++) {
        const a = assignments[i] as Assignment;
        if (!a.active || !a.mustReply) continue;
        const last = lastReplyOf(replies, a.unitId);
        if (last !== undefined)
          countClass(st.replyClasses, st.otherReplyClasses, last.outcomeClass);
      }
    } else {
      const last = lastReplyOf(replies, (assignments[report] as Assignment).unitId);
      if (last !== undefined) countClass(st.replyClasses, st.otherReplyClasses, last.outcomeClass);
    }

    // Evaluation forms.
    const evaluations = s.evaluations;
    let leadDeputy = '';
    if (leadOnly) {
      const proposers = s.proposers;
      for (let i = 0; i < proposers.length; i++) {
        const p = proposers[i] as Suggestion['proposers'][number];
        if (p.role === 'lead') {
          leadDeputy = p.deputyId;
          break;
        }
      }
    }
    let hasForm = false;
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j] as Suggestion['evaluations'][number];
      const counted = !leadOnly || e.deputyId === leadDeputy;
      const broad = e.grade !== 'dissatisfied';
      if (e.round === 1) {
        if (counted) {
          inc(c, FIRST_FORMS);
          if (broad) inc(c, FIRST_BROAD);
        } else inc(c, FIRST_CO_SIGNER);
      }
      if (!counted) {
        const final = isFinalEvaluation(evaluations, e);
        if (final) inc(c, FINAL_CO_SIGNER);
        continue;
      }
      hasForm = true;
      addRound(st.rounds, e.round, 1);
      if (broad) addRound(st.rounds, e.round, 2);
      const final = isFinalEvaluation(evaluations, e);
      if (!final) continue;
      inc(c, FINAL_FORMS);
      if (e.grade === 'satisfied') inc(c, FINAL_SATISFIED);
      else if (e.grade === 'basicallySatisfied') inc(c, FINAL_BASIC);
      if (keyItem) {
        inc(c, KEY_FORMS);
        if (broad) inc(c, KEY_BROAD);
      }
    }

    if (s.state === 'closed') inc(c, CLOSED);
    if (replied) {
      inc(c, REPLIED);
      if (onTime) inc(c, ON_TIME);
      if (keyItem) inc(c, KEY_REPLIED);
      if (hasForm) inc(c, FEEDBACK);
      if (s.reHandlings.length > 0) inc(c, RE_HANDLED);
      if (!anyFaceToFace) {
        const consultations = s.consultations;
        for (let i = 0; i < consultations.length; i++) {
          if ((consultations[i] as Suggestion['consultations'][number]).faceToFace) {
            anyFaceToFace = true;
            break;
          }
        }
      }
      if (anyFaceToFace) inc(c, FACE_TO_FACE);
      const d = days > 0 ? days : 0;
      const histogram = st.days;
      while (histogram.length <= d) histogram.push(0);
      histogram[d] = (histogram[d] as number) + 1;
      const last = lastReplyOf(replies, (assignments[classUnit] as Assignment).unitId);
      if (last !== undefined) {
        const index = countClass(st.classes, st.otherClasses, last.outcomeClass);
        if (index >= 0) {
          if (solvedOrPlanned[index]) inc(c, SOLVED_OR_PLANNED);
          if (adopted[index]) inc(c, ADOPTED);
        }
      }
    }

    // Overdue: the owing units of the current round without a reply in it.
    if (s.state !== 'closed') {
      const round = s.round;
      let worst = 0;
      for (let i = 0; i < assignments.length; i++) {
        const a = assignments[i] as Assignment;
        // The same units owe in every round: a 分办 item's units each owe their re-reply too.
        const owes = single >= 0 ? i === single : a.active && a.mustReply;
        if (!owes) continue;
        let answered = false;
        for (let k = 0; k < replies.length; k++) {
          const r = replies[k] as Reply;
          if (!r.followUp && r.round === round && r.unitId === a.unitId) {
            answered = true;
            break;
          }
        }
        if (answered) continue;
        let due = a.deadline.day;
        if (round > 1) {
          const reHandlings = s.reHandlings;
          for (let k = 0; k < reHandlings.length; k++) {
            const h = reHandlings[k] as Suggestion['reHandlings'][number];
            if (h.round === round) {
              due = h.deadline.day;
              break;
            }
          }
        }
        const late = asOfDay - dayNumber(due);
        if (late > worst) worst = late;
      }
      if (worst > 0) {
        st.overdueIds.push(s.id);
        st.overdueDays.push(worst);
      }
    }
  }
}

const figureBase = (d: SuggestionMetricDescriptor, n: number, ctx: DashboardContext) => ({
  id: d.id,
  version: d.version,
  name: d.name,
  unit: d.unit,
  n,
  asOf: ctx.asOf,
  ...(ctx.period === undefined ? {} : { period: ctx.period }),
});

function rateResult(
  d: SuggestionMetricDescriptor,
  numerator: number,
  denominator: number,
  n: number,
  excludedCounts: readonly number[],
  ctx: DashboardContext,
): SuggestionRate {
  const excluded: Record<string, number> = Object.create(null);
  d.exclusions.forEach((rule, index) => {
    excluded[rule.reason] = excludedCounts[index] ?? 0;
  });
  const result: MetricResult & { asOf: string; period?: MetricPeriod } = {
    id: d.id,
    version: d.version,
    name: d.name,
    formula: d.formula,
    unit: d.unit,
    timeBasis: d.timeBasis,
    value: rate(numerator, denominator),
    n,
    excluded: Object.freeze(excluded),
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
  };
  return Object.freeze(result);
}

function classCounts(
  known: readonly number[],
  other: { readonly [code: string]: number },
  ctx: DashboardContext,
): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  ctx.classCodes.forEach((code, index) => {
    counts[code] = known[index] ?? 0;
  });
  for (const code of Object.keys(other).sort()) addTo(counts, code, other[code] as number);
  return counts;
}

const histogramOf = /* @__PURE__ */ histogramAccumulator<number>((value) => value);

function statsResult(
  st: SuggestionStatsState,
  ctx: DashboardContext,
  sharesOptions: SharesOptions,
): SuggestionStats {
  const c = st.c as readonly number[];
  const at = (slot: number): number => c[slot] ?? 0;
  const M = SUGGESTION_METRICS;
  const itemExcluded = [
    at(EX_WITHDRAWN),
    at(EX_MERGED),
    at(EX_NOT_REGISTERED),
    at(EX_NOT_ASSIGNED),
  ];
  const assigned = at(ASSIGNED);
  const replied = at(REPLIED);
  const finalExcluded = [at(FINAL_ITEM_EXCLUDED), at(FINAL_CO_SIGNER)];
  const firstExcluded = [at(FIRST_ITEM_EXCLUDED), at(FIRST_CO_SIGNER)];
  const item = (id: SuggestionRateId, numerator: number, denominator: number) =>
    rateResult(M[id], numerator, denominator, assigned, itemExcluded, ctx);
  const finalForms = at(FINAL_FORMS);
  const form = (id: SuggestionRateId, numerator: number, denominator: number) =>
    rateResult(M[id], numerator, denominator, finalForms, finalExcluded, ctx);
  const rates: Record<SuggestionRateId, SuggestionRate> = {
    replyRate: item('replyRate', replied, assigned),
    onTimeReplyRate: item('onTimeReplyRate', at(ON_TIME), assigned),
    closureRate: item('closureRate', at(CLOSED), assigned),
    faceToFaceRate: item('faceToFaceRate', at(FACE_TO_FACE), replied),
    feedbackRate: item('feedbackRate', at(FEEDBACK), replied),
    solvedOrPlannedRate: item('solvedOrPlannedRate', at(SOLVED_OR_PLANNED), replied),
    adoptionRate: item('adoptionRate', at(ADOPTED), replied),
    reHandlingRate: item('reHandlingRate', at(RE_HANDLED), replied),
    keyItemReplyRate: item('keyItemReplyRate', at(KEY_REPLIED), at(KEY)),
    satisfactionRate: form('satisfactionRate', at(FINAL_SATISFIED) + at(FINAL_BASIC), finalForms),
    narrowSatisfactionRate: form('narrowSatisfactionRate', at(FINAL_SATISFIED), finalForms),
    basicSatisfactionRate: form('basicSatisfactionRate', at(FINAL_BASIC), finalForms),
    firstRoundSatisfactionRate: rateResult(
      M.firstRoundSatisfactionRate,
      at(FIRST_BROAD),
      at(FIRST_FORMS),
      at(FIRST_FORMS),
      firstExcluded,
      ctx,
    ),
    keyItemSatisfactionRate: form('keyItemSatisfactionRate', at(KEY_BROAD), at(KEY_FORMS)),
  };
  for (const id of SUGGESTION_RATE_IDS) if (rates[id] === undefined) throw new Error(id);

  const byState: Record<string, number> = Object.create(null);
  let open = 0;
  let repliedState = 0;
  let closed = 0;
  for (const name of Object.keys(st.states)) {
    const count = st.states[name] as number;
    addTo(byState, name, count);
    if (name === 'replied') repliedState += count;
    else if (CLOSED_CATEGORY.has(name)) closed += count;
    else open += count;
  }
  const excluded: Record<string, number> = Object.create(null);
  M.replyRate.exclusions.forEach((rule, index) => {
    excluded[rule.reason] = itemExcluded[index] ?? 0;
  });

  const counts = classCounts(st.classes, st.otherClasses, ctx);
  const replyCounts = classCounts(st.replyClasses, st.otherReplyClasses, ctx);
  const sumOf = (record: Record<string, number>) =>
    Object.values(record).reduce((sum, value) => sum + value, 0);

  const histogramState: Record<string, number> = {};
  st.days.forEach((count, day) => {
    if (count > 0) histogramState[day] = count;
  });
  const days = histogramOf.result(histogramState);

  const overdueItems: OverdueItem[] = st.overdueIds.map((id, index) => {
    const daysLate = st.overdueDays[index] as number;
    return Object.freeze({ id, daysLate, veryOverdue: daysLate > ctx.veryOverdueDays });
  });
  overdueItems.sort((x, y) =>
    x.daysLate !== y.daysLate ? y.daysLate - x.daysLate : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );

  const lateIds = st.lateAssignIds ?? [];
  const lateItems: LateAssignmentItem[] = lateIds.map((id, index) =>
    Object.freeze({
      id,
      daysLate: st.lateAssignDays[index] as number,
      assigned: st.lateAssignWaiting[index] !== 1,
    }),
  );
  lateItems.sort((x, y) =>
    x.daysLate !== y.daysLate ? y.daysLate - x.daysLate : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );

  const roundCount = Math.ceil(st.rounds.length / 3);
  const rounds = Array.from({ length: roundCount }, (_, index) => {
    const forms = st.rounds[3 * index + 1] ?? 0;
    return Object.freeze({
      round: index + 1,
      replies: st.rounds[3 * index] ?? 0,
      evaluations: forms,
      satisfaction: rate(st.rounds[3 * index + 2] ?? 0, forms),
    });
  });

  const policy = ctx.policy;
  return Object.freeze({
    id: 'suggestionStats',
    version: 1,
    asOf: ctx.asOf,
    ...(ctx.period === undefined ? {} : { period: ctx.period }),
    n: at(RECORDS),
    policy: Object.freeze({
      id: policy.id,
      version: policy.version,
      repliedWhen: policy.repliedWhen,
      evaluationCounting: policy.evaluationCounting,
      outcomeTaxonomy: policy.outcomeTaxonomy.id,
    }),
    stateCounts: Object.freeze({
      ...figureBase(M.stateCounts, at(RECORDS), ctx),
      byState: Object.freeze(byState),
      byCategory: Object.freeze({ open, replied: repliedState, closed }),
      excluded: Object.freeze(excluded),
      assigned,
      outsidePeriod: at(OUTSIDE_PERIOD),
    }),
    rates: Object.freeze(rates),
    outcomeClasses: Object.freeze({
      ...figureBase(M.outcomeClasses, sumOf(counts), ctx),
      counts: Object.freeze(counts),
      shares: shares(counts, sharesOptions),
    }),
    outcomeClassReplies: Object.freeze({
      ...figureBase(M.outcomeClassReplies, sumOf(replyCounts), ctx),
      counts: Object.freeze(replyCounts),
    }),
    timeToReply: Object.freeze({ ...figureBase(M.timeToReply, days.n, ctx), days }),
    overdue: Object.freeze({
      ...figureBase(M.overdue, overdueItems.length, ctx),
      veryOverdue: overdueItems.filter((o) => o.veryOverdue).length,
      veryOverdueDays: ctx.veryOverdueDays,
      items: Object.freeze(overdueItems),
    }),
    lateAssignment: Object.freeze({
      ...figureBase(M.lateAssignment, lateItems.length, ctx),
      judged: at(ASSIGN_JUDGED),
      undecided: at(ASSIGN_UNDECIDED),
      waiting: lateItems.filter((item) => !item.assigned).length,
      rule: Object.freeze({ ...ctx.assignRule }),
      items: Object.freeze(lateItems),
    }),
    rounds: Object.freeze({
      ...figureBase(
        M.rounds,
        rounds.reduce((sum, r) => sum + r.replies, 0),
        ctx,
      ),
      rounds: Object.freeze(rounds),
    }),
  });
}
