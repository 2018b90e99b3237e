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
import { createDashboardContext, type DashboardContext } from './internal/context.js';
import type { SuggestionEvaluationUnit } from './internal/evaluationUnit.js';
import { countsDeputy, evaluationUnits, itemExclusion, itemFacts } from './internal/facts.js';
import { assignmentLateness } from './internal/lateAssignment.js';
import { SUGGESTION_METRICS, type SuggestionMetricDescriptor } from './suggestionMetrics.js';
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
  readonly satisfactionRate: FormRate;
  /** 满意率 (narrow). */
  readonly narrowSatisfactionRate: FormRate;
  /** 基本满意率. */
  readonly basicSatisfactionRate: FormRate;
  /** 初次满意率. */
  readonly firstRoundSatisfactionRate: FormRate;
  /** 重点督办建议满意率. */
  readonly keyItemSatisfactionRate: FormRate;
  /** Replied items per class. */
  readonly outcomeClasses: Accumulator<Suggestion, CategoryCountState, CategoryCountResult>;
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
    const facts = (s: Suggestion) => itemFacts(s, ctx);
    const classFlag = (code: string | null, flag: 'solvedOrPlanned' | 'adopted'): boolean => {
      if (code === null) return false;
      const index = ctx.classIndex.get(code);
      return index !== undefined && (ctx[flag][index] ?? false);
    };

    const itemRate = (
      d: SuggestionMetricDescriptor,
      numerator: (s: Suggestion) => boolean,
      denominator: (s: Suggestion) => boolean,
    ) =>
      defineMetric<Suggestion>({
        id: d.id,
        version: d.version,
        name: d.name,
        formula: d.formula,
        unit: d.unit,
        timeBasis: d.timeBasis,
        exclude: d.exclusions.map((rule) => ({
          reason: rule.reason,
          label: rule.label,
          when: (s: Suggestion) => itemExclusion(s) === rule.reason,
        })),
        numerator,
        denominator,
      });

    const formRate = (
      d: SuggestionMetricDescriptor,
      which: 'final' | 'first',
      numerator: (u: SuggestionEvaluationUnit) => boolean,
      denominator: (u: SuggestionEvaluationUnit) => boolean = () => true,
    ) =>
      defineMetric<Suggestion, SuggestionEvaluationUnit>({
        id: d.id,
        version: d.version,
        name: d.name,
        formula: d.formula,
        unit: d.unit,
        timeBasis: d.timeBasis,
        countsPer: (s) => evaluationUnits(s, ctx, which),
        exclude: d.exclusions.map((rule) => ({
          reason: rule.reason,
          label: rule.label,
          when: (u: SuggestionEvaluationUnit) => u.excluded === rule.reason,
        })),
        numerator,
        denominator,
      });

    const always = () => true;
    const replied = (s: Suggestion) => facts(s).replied;
    const broad = (u: SuggestionEvaluationUnit) => u.grade !== 'dissatisfied';

    return Object.freeze({
      stateCounts: categoryCountAccumulator<Suggestion>((s) => s.state, { id: M.stateCounts.id }),
      replyRate: itemRate(M.replyRate, replied, always),
      onTimeReplyRate: itemRate(M.onTimeReplyRate, (s) => facts(s).repliedOnTime, always),
      closureRate: itemRate(M.closureRate, (s) => facts(s).closed, always),
      faceToFaceRate: itemRate(M.faceToFaceRate, (s) => facts(s).faceToFace, replied),
      feedbackRate: itemRate(M.feedbackRate, (s) => facts(s).hasForm, replied),
      solvedOrPlannedRate: itemRate(
        M.solvedOrPlannedRate,
        (s) => classFlag(facts(s).outcomeClass, 'solvedOrPlanned'),
        replied,
      ),
      adoptionRate: itemRate(
        M.adoptionRate,
        (s) => classFlag(facts(s).outcomeClass, 'adopted'),
        replied,
      ),
      reHandlingRate: itemRate(M.reHandlingRate, (s) => facts(s).reHandled, replied),
      keyItemReplyRate: itemRate(M.keyItemReplyRate, replied, (s) => facts(s).keyItem),
      satisfactionRate: formRate(M.satisfactionRate, 'final', broad),
      narrowSatisfactionRate: formRate(
        M.narrowSatisfactionRate,
        'final',
        (u) => u.grade === 'satisfied',
      ),
      basicSatisfactionRate: formRate(
        M.basicSatisfactionRate,
        'final',
        (u) => u.grade === 'basicallySatisfied',
      ),
      firstRoundSatisfactionRate: formRate(M.firstRoundSatisfactionRate, 'first', broad),
      keyItemSatisfactionRate: formRate(
        M.keyItemSatisfactionRate,
        'final',
        broad,
        (u) => u.keyItem,
      ),
      outcomeClasses: categoryCountAccumulator<Suggestion>((s) => facts(s).outcomeClass, {
        id: M.outcomeClasses.id,
      }),
      outcomeClassReplies: defineAccumulator({
        id: M.outcomeClassReplies.id,
        version: M.outcomeClassReplies.version,
        init: (): Record<string, number> => ({}),
        step: (state: Record<string, number>, s: Suggestion) => {
          for (const code of facts(s).replyClasses) state[code] = (state[code] ?? 0) + 1;
          return state;
        },
        merge: (a, b) => {
          const out = { ...a };
          for (const [code, n] of Object.entries(b)) out[code] = (out[code] ?? 0) + n;
          return out;
        },
        result: (state) => state,
      }),
      timeToReply: histogramAccumulator<Suggestion>((s) => facts(s).daysToReply, {
        id: M.timeToReply.id,
      }),
      overdue: defineAccumulator({
        id: M.overdue.id,
        version: M.overdue.version,
        init: (): [string, number][] => [],
        step: (state: [string, number][], s: Suggestion) => {
          const late = facts(s).daysLate;
          if (late !== null) state.push([s.id, late]);
          return state;
        },
        merge: (a, b) => [...a, ...b],
        result: (state) =>
          [...state].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
      }),
      lateAssignment: defineAccumulator({
        id: M.lateAssignment.id,
        version: M.lateAssignment.version,
        init: (): [string, number, boolean][] => [],
        step: (state: [string, number, boolean][], s: Suggestion) => {
          const verdict = assignmentLateness(s, ctx);
          if (verdict.kind === 'judged' && verdict.daysLate > 0) {
            state.push([s.id, verdict.daysLate, verdict.assigned]);
          }
          return state;
        },
        merge: (a, b) => [...a, ...b],
        result: (state) =>
          [...state].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
      }),
      rounds: roundsAccumulator(ctx),
    });
  });
}

/** Per round: non-follow-up replies, counted forms, broad-satisfied forms (assigned items only). */
function roundsAccumulator(ctx: DashboardContext) {
  return defineAccumulator({
    id: SUGGESTION_METRICS.rounds.id,
    version: SUGGESTION_METRICS.rounds.version,
    init: (): Record<string, number[]> => ({}),
    step: (state: Record<string, number[]>, s: Suggestion) => {
      if (itemExclusion(s) !== null) return state;
      const row = (round: number): number[] => {
        const key = String(round);
        state[key] ??= [0, 0, 0];
        return state[key] as number[];
      };
      for (const r of s.replies) if (!r.followUp) (row(r.round)[0] as number)++;
      for (const e of s.evaluations) {
        if (!countsDeputy(s, ctx, e.deputyId)) continue;
        const counts = row(e.round);
        (counts[1] as number)++;
        if (e.grade !== 'dissatisfied') (counts[2] as number)++;
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
