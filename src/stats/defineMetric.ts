import type { BilingualText } from '../model/shared/localized.js';
import type { DateRange } from '../model/shared/primitives.js';
import type { Accumulator } from './accumulator.js';
import { accumulatorIssues } from './defineAccumulator.js';
import {
  type ArgumentIssue,
  FUNCTION,
  fieldName,
  guard,
  issueOf,
  throwArgumentError,
} from './internal/invalidInput.js';
import { type Rate, type RateOptions, rate } from './rate.js';

/**
 * What one counted unit of a metric is (计数单位): an item (件), a reply (件次), a deputy, an
 * evaluation, or any other name.
 *
 * @example
 * ```ts
 * import type { MetricUnit } from 'renda';
 *
 * const unit: MetricUnit = 'reply';
 * ```
 * @category Metrics
 */
export type MetricUnit = 'item' | 'reply' | 'deputy' | 'evaluation' | (string & {});

/**
 * A reason to leave units out of a metric altogether (排除规则), e.g. withdrawn or merged items.
 *
 * @example
 * ```ts
 * import type { MetricExclusion } from 'renda';
 *
 * const withdrawn: MetricExclusion<{ status: string }> = {
 *   reason: 'withdrawn',
 *   when: (item) => item.status === 'withdrawn',
 * };
 * ```
 * @category Metrics
 */
export interface MetricExclusion<TUnit> {
  /** A stable code for the reason, the key of `excluded` in the result. */
  readonly reason: string;
  /** The reason in words, for explanations. */
  readonly label?: BilingualText;
  /** Whether a unit is excluded for this reason. */
  readonly when: (unit: TUnit) => boolean;
}

/**
 * The declarative definition of a rate metric (指标定义), the argument of {@link defineMetric}.
 *
 * @example
 * ```ts
 * import type { MetricSpec } from 'renda';
 *
 * const spec: MetricSpec<{ replied: boolean }> = {
 *   id: 'replyRate',
 *   version: 1,
 *   name: { 'zh-Hans': '办复率', en: 'Reply rate' },
 *   formula: { 'zh-Hans': '已答复件数 ÷ 交办件数', en: 'items replied ÷ items assigned' },
 *   unit: 'item',
 *   numerator: (item) => item.replied,
 *   denominator: () => true,
 * };
 * ```
 * @category Metrics
 */
export interface MetricSpec<TRecord, TUnit = TRecord> {
  /** A stable identifier, e.g. `replyRate`. */
  readonly id: string;
  /** The definition's version, a whole number ≥ 1; bump it when the meaning changes. */
  readonly version: number;
  /** The metric's name. */
  readonly name: BilingualText;
  /** The formula in words, e.g. 'items replied ÷ items assigned'. */
  readonly formula: BilingualText;
  /** What one unit is: 'item' (件), 'reply' (件次), 'deputy', 'evaluation', … */
  readonly unit: MetricUnit;
  /**
   * The units a record contributes, e.g. one per reply (件次) or one per co-signing deputy; one unit,
   * the record itself, when omitted.
   */
  readonly countsPer?: (record: TRecord) => Iterable<TUnit>;
  /** Reasons to leave a unit out of both numerator and denominator; the first that matches counts. */
  readonly exclude?: readonly MetricExclusion<TUnit>[];
  /** Whether a unit of the denominator is in the numerator. */
  readonly numerator: (unit: TUnit) => boolean;
  /** Whether a (not excluded) unit is in the denominator. */
  readonly denominator: (unit: TUnit) => boolean;
  /** The time basis in words, e.g. 'by assignment date, as of asOf'. */
  readonly timeBasis?: string;
  /** The interval and minimum n attached to the result's rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * The state of a metric (指标状态): units seen, the two counts, and exclusions per rule (in the order
 * of `exclude`).
 *
 * @example
 * ```ts
 * import type { MetricState } from 'renda';
 *
 * const state: MetricState = { units: 45, numerator: 40, denominator: 43, excluded: [2] };
 * ```
 * @category Metrics
 */
export type MetricState = {
  units: number;
  numerator: number;
  denominator: number;
  excluded: number[];
};

/**
 * A period a figure covers (统计期间): a date range, or a label such as '2023' or '十四届二次会议'.
 *
 * @example
 * ```ts
 * import type { MetricPeriod } from 'renda';
 *
 * const period: MetricPeriod = { from: '2023-01-01', to: '2023-12-31' };
 * ```
 * @category Metrics
 */
export type MetricPeriod = DateRange | string;

/**
 * The result of a metric (指标结果): the rate itself (`numerator`, `denominator`, `value`, and
 * the interval when asked for), with its definition's id and version, n, and what was left out
 * and why. `result.value` is the number.
 *
 * @example
 * ```ts
 * import type { MetricResult } from 'renda';
 *
 * function caption(result: MetricResult): string {
 *   return `${result.name.en} (v${result.version}), n = ${result.n}`;
 * }
 * ```
 * @category Metrics
 */
export interface MetricResult extends Rate {
  /** The definition's id. */
  readonly id: string;
  /** The definition's version. */
  readonly version: number;
  /** The metric's name. */
  readonly name: BilingualText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** What one unit is. */
  readonly unit: MetricUnit;
  /** The time basis, when the definition gives one. */
  readonly timeBasis?: string;
  /** Units counted after exclusions (in the denominator or not). */
  readonly n: number;
  /** Units excluded, per reason (every reason listed, 0 included); a prototype-free object. */
  readonly excluded: Readonly<Record<string, number>>;
  /** The period, when {@link aggregate} was given one. */
  readonly period?: MetricPeriod;
  /** The as-of timestamp, when {@link aggregate} was given one. */
  readonly asOf?: string;
}

/**
 * A metric definition (指标定义): the declarative spec, which is also an {@link Accumulator}.
 *
 * @example
 * ```ts
 * import { aggregate, type MetricDefinition } from 'renda';
 *
 * function run<T>(metric: MetricDefinition<T>, records: T[]) {
 *   return aggregate(records, { metric }).total.metric;
 * }
 * ```
 * @category Metrics
 */
export interface MetricDefinition<TRecord, TUnit = TRecord>
  extends MetricSpec<TRecord, TUnit>,
    Accumulator<TRecord, MetricState, MetricResult> {
  /** The exclusion rules (empty when none). */
  readonly exclude: readonly MetricExclusion<TUnit>[];
}

/**
 * Defines a rate metric declaratively (定义指标): id, version, names, formula, unit, exclusions,
 * numerator and denominator; the definition is the accumulator that computes it.
 *
 * @remarks
 * For each record, the units are `countsPer(record)` (or the record itself). For each unit:
 * 1. if an exclusion rule matches, the first one that does counts it in `excluded[reason]` and the
 *    unit stops there;
 * 2. otherwise it counts in n, and in the denominator when `denominator(unit)`;
 * 3. a unit of the denominator counts in the numerator when `numerator(unit)`.
 *
 * Result: value = numerator ÷ denominator as a {@link Rate} (`null` when 0), with `n`, `excluded`,
 * and the definition's id, version, name, formula, unit and time basis, so every figure says how it
 * was computed. {@link aggregate} adds `period` and `asOf`. One definition drives the dashboard, the
 * export and the API, so counters cannot drift apart (Decidim #4551).
 *
 * The unit decides what is counted: `countsPer: (s) => s.replies` with `unit: 'reply'` counts 件次
 * (Shenzhen 2018: 848 items, 1,103 replies); per-deputy units decide whether a co-signed suggestion
 * counts once or once per deputy.
 *
 * @typeParam TRecord - The records it reads.
 * @typeParam TUnit - The units it counts; the records themselves by default.
 * @param spec - The definition.
 * @returns The frozen definition, usable wherever an accumulator is.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field (`id`, `version`, `name`,
 * `numerator`, `exclude`…), e.g. for two exclusions with the same reason.
 *
 * @example
 * ```ts
 * import { aggregate, defineMetric } from 'renda';
 *
 * type Item = { status: 'open' | 'replied' | 'withdrawn'; unit: string };
 * const replyRate = defineMetric<Item>({
 *   id: 'replyRate',
 *   version: 1,
 *   name: { 'zh-Hans': '办复率', en: 'Reply rate' },
 *   formula: { 'zh-Hans': '已答复件数 ÷ 交办件数', en: 'items replied ÷ items assigned' },
 *   unit: 'item',
 *   exclude: [{ reason: 'withdrawn', when: (item) => item.status === 'withdrawn' }],
 *   numerator: (item) => item.status === 'replied',
 *   denominator: () => true,
 * });
 * const items: Item[] = [
 *   { status: 'replied', unit: 'U1' },
 *   { status: 'open', unit: 'U1' },
 *   { status: 'withdrawn', unit: 'U2' },
 * ];
 * const { total } = aggregate(items, { replyRate }, { asOf: '2024-01-01T00:00:00.000Z' });
 * console.log(total.replyRate.value, total.replyRate.excluded.withdrawn); // 0.5 1
 * ```
 * @category Metrics
 */
export function defineMetric<TRecord, TUnit = TRecord>(
  spec: MetricSpec<TRecord, TUnit>,
): MetricDefinition<TRecord, TUnit> {
  return guard('defineMetric', () => {
    const issues = metricIssues(spec);
    if (issues.length > 0) throwArgumentError('Metric', issues);
    const exclude = Object.freeze(
      [...(spec.exclude ?? [])].map((rule) => Object.freeze({ ...rule })),
    );
    const reasons = exclude.map((rule) => rule.reason);
    const whens = exclude.map((rule) => rule.when);
    const ruleCount = whens.length;
    const { numerator, denominator, countsPer } = spec;
    const rateOptions = spec.rateOptions;

    /** Counts one unit into the state (the hot path: no allocation). */
    const countUnit = (state: MetricState, unit: TUnit): void => {
      for (let rule = 0; rule < ruleCount; rule++) {
        if ((whens[rule] as (unit: TUnit) => boolean)(unit)) {
          state.excluded[rule] = (state.excluded[rule] as number) + 1;
          return;
        }
      }
      state.units += 1;
      if (denominator(unit)) {
        state.denominator += 1;
        if (numerator(unit)) state.numerator += 1;
      }
    };

    const step =
      countsPer === undefined
        ? (state: MetricState, record: TRecord): MetricState => {
            countUnit(state, record as unknown as TUnit);
            return state;
          }
        : (state: MetricState, record: TRecord): MetricState => {
            const units = countsPer(record);
            if (Array.isArray(units)) {
              for (let index = 0; index < units.length; index++) countUnit(state, units[index]);
            } else {
              for (const unit of units) countUnit(state, unit);
            }
            return state;
          };

    const definition: MetricDefinition<TRecord, TUnit> = {
      id: spec.id,
      version: spec.version,
      name: Object.freeze({ ...spec.name }),
      formula: Object.freeze({ ...spec.formula }),
      unit: spec.unit,
      ...(countsPer === undefined ? {} : { countsPer }),
      exclude,
      numerator,
      denominator,
      ...(spec.timeBasis === undefined ? {} : { timeBasis: spec.timeBasis }),
      ...(rateOptions === undefined ? {} : { rateOptions: Object.freeze({ ...rateOptions }) }),
      init: (): MetricState => ({
        units: 0,
        numerator: 0,
        denominator: 0,
        excluded: new Array<number>(ruleCount).fill(0),
      }),
      step,
      merge: (a: MetricState, b: MetricState): MetricState => ({
        units: a.units + b.units,
        numerator: a.numerator + b.numerator,
        denominator: a.denominator + b.denominator,
        excluded: a.excluded.map((count, rule) => count + (b.excluded[rule] ?? 0)),
      }),
      result: (state: MetricState): MetricResult => {
        const excluded: Record<string, number> = Object.create(null);
        reasons.forEach((reason, rule) => {
          excluded[reason] = state.excluded[rule] ?? 0;
        });
        return Object.freeze({
          id: definition.id,
          version: definition.version,
          name: definition.name,
          formula: definition.formula,
          unit: definition.unit,
          ...(definition.timeBasis === undefined ? {} : { timeBasis: definition.timeBasis }),
          ...rate(state.numerator, state.denominator, rateOptions),
          n: state.units,
          excluded: Object.freeze(excluded),
        });
      },
    };
    return Object.freeze(definition);
  });
}

function bilingualIssue(path: string, zh: string, value: unknown): ArgumentIssue[] {
  const text = value as Partial<BilingualText> | undefined;
  if (typeof text?.['zh-Hans'] === 'string' && typeof text.en === 'string') return [];
  return [
    issueOf('INVALID_VALUE', [path], {
      field: fieldName(zh, path),
      rule: fieldName('必须包含中文（zh-Hans）与英文（en）', "must have 'zh-Hans' and 'en' texts"),
    }),
  ];
}

function metricIssues<TRecord, TUnit>(spec: MetricSpec<TRecord, TUnit>): ArgumentIssue[] {
  // id and version are checked the accumulator way; the operations are ours, so stand them in.
  const operations = { init: () => 0, step: () => 0, merge: () => 0, result: () => 0 };
  const issues = accumulatorIssues({ ...operations, id: spec?.id, version: spec?.version });
  issues.push(...bilingualIssue('name', '名称', spec?.name));
  issues.push(...bilingualIssue('formula', '公式', spec?.formula));
  for (const key of ['numerator', 'denominator'] as const) {
    if (typeof spec?.[key] !== 'function') {
      issues.push(
        issueOf('INVALID_TYPE', [key], {
          field: fieldName(key === 'numerator' ? '分子' : '分母', key),
          expected: FUNCTION,
        }),
      );
    }
  }
  if (spec?.countsPer !== undefined && typeof spec.countsPer !== 'function') {
    issues.push(
      issueOf('INVALID_TYPE', ['countsPer'], {
        field: fieldName('计数单位', 'countsPer'),
        expected: FUNCTION,
      }),
    );
  }
  const seen = new Set<string>();
  (spec?.exclude ?? []).forEach((rule, index) => {
    const reason = rule?.reason;
    if (typeof reason !== 'string' || reason.length === 0 || typeof rule.when !== 'function') {
      issues.push(
        issueOf('INVALID_VALUE', ['exclude', index], {
          field: fieldName('排除规则', 'exclude'),
          subject: fieldName('排除规则', 'an exclusion'),
          rule: fieldName(
            '须有非空 reason 与 when 函数',
            'needs a non-empty reason and a when function',
          ),
        }),
      );
    } else if (seen.has(reason)) {
      issues.push(
        issueOf('DUPLICATE_REASON', ['exclude', index, 'reason'], {
          field: fieldName('排除原因', 'reason'),
          subject: fieldName('排除原因', 'exclusion reason'),
          got: reason,
        }),
      );
    }
    seen.add(typeof reason === 'string' ? reason : '');
  });
  return issues;
}
