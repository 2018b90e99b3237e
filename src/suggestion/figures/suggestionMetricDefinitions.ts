import type { BilingualText } from '../../model/shared/localized.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { Accumulator } from '../../stats/accumulator.js';
import {
  type CategoryCountResult,
  type CategoryCountState,
  categoryCountAccumulator,
} from '../../stats/categoryCountAccumulator.js';
import { defineAccumulator } from '../../stats/defineAccumulator.js';
import { defineMetric, type MetricDefinition } from '../../stats/defineMetric.js';
import {
  type HistogramResult,
  type HistogramState,
  histogramAccumulator,
} from '../../stats/histogramAccumulator.js';
import { guard } from '../../stats/internal/invalidInput.js';
import {
  answeringClasses,
  countRounds,
  DUTY_BIT,
  DUTY_EXCLUDED_MASK,
  DUTY_FACTS,
  type DutyFact,
  type DutyReading,
  FORM_BIT,
  FORM_FACTS,
  type FormFact,
  formFlags,
  ITEM_BIT,
  ITEM_EXCLUDED_MASK,
  ITEM_FACTS,
  type ItemFact,
  type ItemReading,
  newItemReading,
  readItem,
  topicOf,
} from './facts.js';
import { createDashboardContext, type DashboardContext } from './internal/context.js';
import { setOwn } from './internal/dutyTally.js';
import type { SuggestionDutyUnit } from './internal/dutyUnit.js';
import type { SuggestionEvaluationUnit } from './internal/evaluationUnit.js';
import { assignmentLateness, isWaitingForAssignment } from './internal/lateAssignment.js';
import { compiledRates, mostLateFirst, rateDefinitionOf } from './internal/rateRules.js';
import {
  type DutyUnit,
  SUGGESTION_METRICS,
  type SuggestionMetricDescriptor,
  type SuggestionRateId,
} from './suggestionMetrics.js';
import type { SuggestionStatsPolicy } from './suggestionStatsPolicy.js';

/**
 * A suggestion rate counted per item (按件计算的比率), e.g. 办复率.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionMetricDefinitions, type ItemRate } from 'renda';
 *
 * const { replyRate } = suggestionMetricDefinitions(defaultPolicy, '2025-12-31T16:00:00Z');
 * const definition: ItemRate = replyRate;
 * ```
 * @category Metrics
 */
export type ItemRate = MetricDefinition<Suggestion>;

/**
 * A suggestion rate counted per evaluation form (按征询意见表计算的比率), e.g. 满意率.
 *
 * @example
 * ```ts
 * import type { FormRate } from 'renda';
 *
 * const isForm = (definition: FormRate) => definition.unit;
 * ```
 * @category Metrics
 */
export type FormRate = MetricDefinition<Suggestion, SuggestionEvaluationUnit>;

/**
 * A suggestion rate counted per reply (按答复件次计算的比率): each unit is one answering unit's
 * reply, carrying its item's facts (bits of {@link ITEM_FACTS}).
 *
 * @example
 * ```ts
 * import type { ReplyRate } from 'renda';
 *
 * const unitOf = (definition: ReplyRate) => definition.unit;
 * ```
 * @category Metrics
 */
export type ReplyRate = MetricDefinition<Suggestion, number>;

/**
 * A suggestion rate counted per duty (按义务件次计算的比率): per assisting input (协办意见) or per
 * follow-up duty (跟踪办理), e.g. 协办意见按期率.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionMetricDefinitions, type DutyRate } from 'renda';
 *
 * const { assistingInputOnTimeRate } = suggestionMetricDefinitions(defaultPolicy, '2025-12-31T16:00:00Z');
 * const definition: DutyRate = assistingInputOnTimeRate;
 * ```
 * @category Metrics
 */
export type DutyRate = MetricDefinition<Suggestion, SuggestionDutyUnit>;

/**
 * What the per-definition accumulator of a duty figure (assisting inputs, follow-ups) returns: the
 * duties counted, the counts of each tallied fact in total and by the unit that owes them, and
 * those left out (义务计数).
 *
 * @example
 * ```ts
 * import type { DutyTallyResult } from 'renda';
 *
 * const overdue = (r: DutyTallyResult) => r.counts.overdue ?? 0;
 * ```
 * @category Metrics
 */
export type DutyTallyResult = {
  /** Duties counted (not excluded). */
  n: number;
  /** Duties left out, by reason. */
  excluded: { [reason: string]: number };
  /** Counts per tallied fact. */
  counts: { [fact in DutyFact]?: number };
  /** Counts per tallied fact, by unit. */
  byUnit: { [unitId: string]: { [fact in DutyFact]?: number } };
};

/**
 * A final satisfaction rate, whose unit follows the policy's `satisfactionBase` (满意率分母):
 * forms, items or replies.
 *
 * @example
 * ```ts
 * import type { SatisfactionRateDefinition } from 'renda';
 *
 * const idOf = (definition: SatisfactionRateDefinition) => definition.id;
 * ```
 * @category Metrics
 */
export type SatisfactionRateDefinition = FormRate | ItemRate | ReplyRate;

/**
 * Every figure of {@link SUGGESTION_METRICS} as its own accumulator (逐项指标累加器), for the
 * generic {@link aggregate} path: rates are {@link defineMetric} definitions, counts are
 * {@link categoryCountAccumulator}s, days a {@link histogramAccumulator}.
 *
 * @example
 * ```ts
 * import { defaultPolicy, suggestionMetricDefinitions, type SuggestionMetricDefinitions } from 'renda';
 *
 * const defs: SuggestionMetricDefinitions = suggestionMetricDefinitions(defaultPolicy, '2025-12-31T10:00:00Z');
 * console.log(defs.replyRate.id); // 'replyRate'
 * ```
 * @category Metrics
 */
export type SuggestionMetricDefinitions = {
  /** Items per state. */
  readonly stateCounts: Accumulator<Suggestion, CategoryCountState, CategoryCountResult>;
  /** 办复率. */
  readonly replyRate: ItemRate;
  /** 按期办复率. */
  readonly onTimeReplyRate: ItemRate;
  /** 办结率. */
  readonly closureRate: ItemRate;
  /** 见面率. */
  readonly faceToFaceRate: ItemRate;
  /** 征询意见表回收率. */
  readonly feedbackRate: ItemRate;
  /** 解决或计划逐步解决. */
  readonly solvedOrPlannedRate: ItemRate;
  /** 采纳率. */
  readonly adoptionRate: ItemRate;
  /** 重办率. */
  readonly reHandlingRate: ItemRate;
  /** 重点督办建议办复率. */
  readonly keyItemReplyRate: ItemRate;
  /** 满意率 (broad). */
  readonly satisfactionRate: SatisfactionRateDefinition;
  /** 满意率 (narrow). */
  readonly narrowSatisfactionRate: SatisfactionRateDefinition;
  /** 基本满意率. */
  readonly basicSatisfactionRate: SatisfactionRateDefinition;
  /** 初次满意率. */
  readonly firstRoundSatisfactionRate: FormRate;
  /** 初次满意率（仅满意）. */
  readonly firstRoundNarrowSatisfactionRate: FormRate;
  /** 重点督办建议满意率. */
  readonly keyItemSatisfactionRate: SatisfactionRateDefinition;
  /** 办理态度满意率. */
  readonly attitudeSatisfactionRate: FormRate;
  /** 协办意见按期率. */
  readonly assistingInputOnTimeRate: DutyRate;
  /** 跟踪办理按期率. */
  readonly followUpOnTimeRate: DutyRate;
  /** Replied items per class. */
  readonly outcomeClasses: Accumulator<Suggestion, CategoryCountState, CategoryCountResult>;
  /** Items per topic. */
  readonly topics: Accumulator<Suggestion, CategoryCountState, CategoryCountResult>;
  /** Replies (件次) per class. */
  readonly outcomeClassReplies: Accumulator<
    Suggestion,
    Record<string, number>,
    Record<string, number>
  >;
  /** Days from assignment to reply. */
  readonly timeToReply: Accumulator<Suggestion, HistogramState, HistogramResult>;
  /** Overdue items as [id, days late], most late first. */
  readonly overdue: Accumulator<Suggestion, [string, number][], [string, number][]>;
  /** Items late to assign (交办超期) as [id, days late, assigned], most late first. */
  readonly lateAssignment: Accumulator<
    Suggestion,
    [string, number, boolean][],
    [string, number, boolean][]
  >;
  /** Per round: [replies, counted forms, satisfied or basically satisfied], keyed by round. */
  readonly rounds: Accumulator<Suggestion, Record<string, number[]>, Record<string, number[]>>;
  /** Assisting inputs (协办意见) by assisting unit. */
  readonly assistingInputs: Accumulator<Suggestion, DutyTallyResult, DutyTallyResult>;
  /** Follow-up duties (跟踪办理) by the unit that owes them. */
  readonly followUps: Accumulator<Suggestion, DutyTallyResult, DutyTallyResult>;
};

/**
 * Builds every dashboard figure as a separate, readable accumulator from its declarative definition
 * (指标定义的通用实现), so each can run through {@link aggregate}, an export or an API on its own.
 *
 * @remarks
 * The same rules as the fused {@link suggestionStatsAccumulator}, written plainly: the tests run both
 * over the same records and require equal figures (one definition drives every view). Rates carry
 * the definition's id, version, names, formula, unit, exclusions (withdrawn, merged, notRegistered,
 * notAssigned for items; itemExcluded, coSigner for forms) and time basis. Slower than the fused
 * accumulator (one call per predicate); use it for a single figure or to audit the dashboard.
 *
 * @param policy - The policy the figures follow.
 * @param asOf - When the figures are taken.
 * @returns One accumulator per id of {@link SUGGESTION_METRICS}.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a policy without the needed parts or a
 * bad `asOf`.
 *
 * @example
 * ```ts
 * import { aggregate, suggestionMetricDefinitions } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const { replyRate } = suggestionMetricDefinitions(policy, asOf);
 * const { total } = aggregate(suggestions, { replyRate }, { asOf });
 * console.log(total.replyRate.id, total.replyRate.excluded.withdrawn !== undefined); // 'replyRate' true
 * ```
 * @category Metrics
 */
export function suggestionMetricDefinitions(
  policy: SuggestionStatsPolicy,
  asOf: string,
): SuggestionMetricDefinitions {
  return guard('suggestionMetricDefinitions', () => {
    const ctx = createDashboardContext(policy, asOf);
    const M = SUGGESTION_METRICS;
    const facts = itemFactsOf(ctx);
    const flags = (s: Suggestion) => facts(s).flags;

    // Every rate from its rule (SUGGESTION_METRICS[id].rule, or its byBase rule under the
    // policy's satisfactionBase), unit by unit.
    const rates = {} as Record<SuggestionRateId, ItemRate | FormRate | ReplyRate | DutyRate>;
    const duties = (s: Suggestion, unit: DutyUnit) =>
      dutyUnits(unit === 'assistingInput' ? facts(s).inputs : facts(s).followUps);
    for (const compiled of compiledRates(ctx.satisfactionBase)) {
      const base = rateDefinitionOf(compiled);
      const exclusion = <U>(read: (unit: U) => number) =>
        compiled.exclusionReasons.map((reason, index) => ({
          reason,
          label: exclusionLabel(reason),
          when: (unit: U) => (read(unit) & (compiled.exclusionBits[index] as number)) !== 0,
        }));
      const test = (mask: number) => (bits: number) => (bits & mask) === mask;
      const numerator = test(compiled.numerator);
      const denominator = test(compiled.denominator);
      if (compiled.unit === 'item') {
        rates[compiled.id] = defineMetric<Suggestion>({
          ...base,
          exclude: exclusion(flags),
          numerator: (s) => numerator(flags(s)),
          denominator: (s) => denominator(flags(s)),
        });
      } else if (compiled.unit === 'reply') {
        // One unit per answering unit's reply (件次), each with its item's facts.
        rates[compiled.id] = defineMetric<Suggestion, number>({
          ...base,
          // Replies of an excluded item are not counted at all, as in the fused pass.
          countsPer: (s) =>
            (flags(s) & ITEM_EXCLUDED_MASK) !== 0
              ? []
              : new Array<number>(answeringClasses(s, [])).fill(flags(s)),
          exclude: exclusion((bits: number) => bits),
          numerator,
          denominator,
        });
      } else if (compiled.unit === 'assistingInput' || compiled.unit === 'followUp') {
        const unit = compiled.unit;
        rates[compiled.id] = defineMetric<Suggestion, SuggestionDutyUnit>({
          ...base,
          countsPer: (s) =>
            duties(s, unit).filter((u) => (u.facts & compiled.population) === compiled.population),
          exclude: exclusion((u: SuggestionDutyUnit) => u.facts),
          numerator: (u) => numerator(u.facts),
          denominator: (u) => denominator(u.facts),
        });
      } else {
        rates[compiled.id] = defineMetric<Suggestion, SuggestionEvaluationUnit>({
          ...base,
          countsPer: (s) =>
            evaluationUnits(s, ctx, flags(s)).filter(
              (u) => (u.facts & compiled.population) === compiled.population,
            ),
          exclude: exclusion((u: SuggestionEvaluationUnit) => u.facts),
          numerator: (u) => numerator(u.facts),
          denominator: (u) => denominator(u.facts),
        });
      }
    }
    const counted = (s: Suggestion) => (flags(s) & ITEM_EXCLUDED_MASK) === 0;

    return Object.freeze({
      stateCounts: categoryCountAccumulator<Suggestion>((s) => s.state, { id: M.stateCounts.id }),
      ...(rates as Pick<SuggestionMetricDefinitions, SuggestionRateId>),
      outcomeClasses: categoryCountAccumulator<Suggestion>(
        (s) => (counted(s) ? (facts(s).outcomeClass ?? null) : null),
        { id: M.outcomeClasses.id },
      ),
      topics: categoryCountAccumulator<Suggestion>(topicOf, {
        id: M.topics.id,
      }),
      outcomeClassReplies: defineAccumulator({
        id: M.outcomeClassReplies.id,
        version: M.outcomeClassReplies.version,
        init: (): Record<string, number> => ({}),
        step: (state: Record<string, number>, s: Suggestion) => {
          if (!counted(s)) return state;
          const classes: string[] = [];
          const n = answeringClasses(s, classes);
          for (let i = 0; i < n; i++) {
            const code = classes[i] as string;
            state[code] = (state[code] ?? 0) + 1;
          }
          return state;
        },
        merge: (a, b) => {
          const out = { ...a };
          for (const [code, n] of Object.entries(b)) out[code] = (out[code] ?? 0) + n;
          return out;
        },
        result: (state) => state,
      }),
      timeToReply: histogramAccumulator<Suggestion>(
        (s) => {
          const f = facts(s);
          return counted(s) && f.daysToReply >= 0 ? f.daysToReply : null;
        },
        { id: M.timeToReply.id },
      ),
      overdue: defineAccumulator({
        id: M.overdue.id,
        version: M.overdue.version,
        init: (): [string, number][] => [],
        step: (state: [string, number][], s: Suggestion) => {
          const f = facts(s);
          if ((f.flags & ITEM_BIT.overdue) !== 0) state.push([s.id, f.daysLate]);
          return state;
        },
        merge: (a, b) => [...a, ...b],
        result: (state) =>
          [...state].sort((x, y) =>
            mostLateFirst({ id: x[0], daysLate: x[1] }, { id: y[0], daysLate: y[1] }),
          ),
      }),
      lateAssignment: defineAccumulator({
        id: M.lateAssignment.id,
        version: M.lateAssignment.version,
        init: (): [string, number, boolean][] => [],
        step: (state: [string, number, boolean][], s: Suggestion) => {
          const late = assignmentLateness(s, ctx);
          if (late > 0) state.push([s.id, late, !isWaitingForAssignment(s)]);
          return state;
        },
        merge: (a, b) => [...a, ...b],
        result: (state) =>
          [...state].sort((x, y) =>
            mostLateFirst({ id: x[0], daysLate: x[1] }, { id: y[0], daysLate: y[1] }),
          ),
      }),
      rounds: roundsAccumulator(facts, counted),
      assistingInputs: dutyTallyAccumulator(M.assistingInputs, (s) => duties(s, 'assistingInput')),
      followUps: dutyTallyAccumulator(M.followUps, (s) => duties(s, 'followUp')),
    }) as SuggestionMetricDefinitions;
  });
}

/** The duties of one kind of an item as units. */
function dutyUnits(reading: DutyReading): SuggestionDutyUnit[] {
  return Array.from({ length: reading.count }, (_, i) => ({
    unitId: reading.unitIds[i] as string,
    facts: reading.facts[i] as number,
  }));
}

/**
 * A duty figure unit by unit: each duty not excluded adds one to each tallied fact it has, in
 * total and under the unit that owes it.
 */
function dutyTallyAccumulator(
  d: SuggestionMetricDescriptor,
  dutiesOf: (s: Suggestion) => SuggestionDutyUnit[],
) {
  const facts = d.tally?.facts ?? [];
  const add = (
    into: Partial<Record<DutyFact, number>>,
    from: Partial<Record<DutyFact, number>>,
  ) => {
    for (const fact of facts) into[fact] = (into[fact] ?? 0) + (from[fact] ?? 0);
  };
  return defineAccumulator({
    id: d.id,
    version: d.version,
    init: (): DutyTallyResult => ({ n: 0, excluded: { itemExcluded: 0 }, counts: {}, byUnit: {} }),
    step: (state: DutyTallyResult, s: Suggestion) => {
      for (const unit of dutiesOf(s)) {
        if ((unit.facts & DUTY_EXCLUDED_MASK) !== 0) {
          state.excluded.itemExcluded = (state.excluded.itemExcluded ?? 0) + 1;
          continue;
        }
        state.n++;
        if (!Object.hasOwn(state.byUnit, unit.unitId)) setOwn(state.byUnit, unit.unitId, {});
        const own = state.byUnit[unit.unitId] as Partial<Record<DutyFact, number>>;
        for (const fact of facts) {
          if ((unit.facts & DUTY_BIT[fact]) === 0) continue;
          own[fact] = (own[fact] ?? 0) + 1;
          state.counts[fact] = (state.counts[fact] ?? 0) + 1;
        }
      }
      return state;
    },
    merge: (a, b) => {
      const out: DutyTallyResult = {
        n: a.n + b.n,
        excluded: { itemExcluded: (a.excluded.itemExcluded ?? 0) + (b.excluded.itemExcluded ?? 0) },
        counts: {},
        byUnit: {},
      };
      add(out.counts, a.counts);
      add(out.counts, b.counts);
      for (const side of [a, b]) {
        for (const unitId of Object.keys(side.byUnit)) {
          if (!Object.hasOwn(out.byUnit, unitId)) setOwn(out.byUnit, unitId, {});
          add(
            out.byUnit[unitId] as Partial<Record<DutyFact, number>>,
            side.byUnit[unitId] as Partial<Record<DutyFact, number>>,
          );
        }
      }
      return out;
    },
    result: (state) => state,
  });
}

/** The label of an exclusion reason: its fact's name (the descriptors' labels are the same). */
function exclusionLabel(reason: string): BilingualText {
  return Object.hasOwn(ITEM_FACTS, reason)
    ? ITEM_FACTS[reason as ItemFact]
    : Object.hasOwn(FORM_FACTS, reason)
      ? FORM_FACTS[reason as FormFact]
      : DUTY_FACTS[reason as DutyFact];
}

/**
 * The facts of a record for the per-definition path: every definition asks about the same record
 * in turn, so the last reading is kept.
 */
function itemFactsOf(ctx: DashboardContext): (s: Suggestion) => ItemReading {
  let last: Suggestion | undefined;
  let reading: ItemReading | undefined;
  return (s) => {
    if (s !== last || reading === undefined) {
      reading = readItem(s, ctx, newItemReading());
      last = s;
    }
    return reading;
  };
}

/** The evaluation forms of an item as units, each with its facts. */
function evaluationUnits(
  s: Suggestion,
  ctx: DashboardContext,
  itemFlags: number,
): SuggestionEvaluationUnit[] {
  return s.evaluations.map((e) => {
    const bits = formFlags(s, ctx, e, itemFlags);
    return {
      grade: e.grade,
      excluded:
        (bits & FORM_BIT.itemExcluded) !== 0
          ? 'itemExcluded'
          : (bits & FORM_BIT.coSigner) !== 0
            ? 'coSigner'
            : null,
      keyItem: (bits & FORM_BIT.keyItem) !== 0,
      facts: bits,
    };
  });
}

function roundsAccumulator(
  factsOf: (s: Suggestion) => ItemReading,
  counted: (s: Suggestion) => boolean,
) {
  return defineAccumulator({
    id: SUGGESTION_METRICS.rounds.id,
    version: SUGGESTION_METRICS.rounds.version,
    init: (): Record<string, number[]> => ({}),
    step: (state: Record<string, number[]>, s: Suggestion) => {
      if (!counted(s)) return state;
      const flat: number[] = [];
      countRounds(flat, s, factsOf(s));
      for (let at = 0; at < flat.length; at++) {
        const count = flat[at] as number;
        if (count === 0) continue;
        const key = String(Math.floor(at / 3) + 1);
        state[key] ??= [0, 0, 0];
        (state[key] as number[])[at % 3] = ((state[key] as number[])[at % 3] as number) + count;
      }
      return state;
    },
    merge: (a, b) => {
      const out: Record<string, number[]> = {};
      for (const [key, v] of [...Object.entries(a), ...Object.entries(b)]) {
        const prev = out[key] ?? [0, 0, 0];
        out[key] = prev.map((x, i) => x + (v[i] ?? 0));
      }
      return out;
    },
    result: (state) => state,
  });
}
