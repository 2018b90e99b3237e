import type { BilingualText } from '../../model/shared/localized.js';
import { ArgumentChecks, fieldName, guard } from '../../stats/internal/invalidInput.js';

/**
 * The figures of one handling unit (承办单位) that a threshold table grades, for one period. The
 * suggestion dashboard computes them; rates are `Rate.value`s in [0, 1], `null` when the unit had
 * nothing to measure.
 *
 * @example
 * ```ts
 * import type { UnitHandlingFigures } from 'renda';
 *
 * const water: UnitHandlingFigures = {
 *   unitId: 'U-WATER',
 *   signedWithin7DaysRate: 1,
 *   repliedWithin3MonthsRate: 0.85,
 *   overdueCount: 0,
 *   repliedWithin6MonthsAll: true,
 *   satisfiedRate: 0.9,
 *   dissatisfiedCount: 0,
 *   basicallyOrBetterAll: true,
 * };
 * ```
 * @category Metrics
 */
export interface UnitHandlingFigures {
  /** The handling unit's id. */
  readonly unitId: string;
  /** The unit's name. */
  readonly name?: string;
  /** Share of assigned items signed for online within 7 days of assignment (7日内网上签收率). */
  readonly signedWithin7DaysRate: number | null;
  /** Share of items replied within 3 months of assignment (3个月内答复率). */
  readonly repliedWithin3MonthsRate: number | null;
  /** Items whose reply is past its deadline, extensions included (逾期件数). */
  readonly overdueCount: number;
  /** Every item has a reply, and none came later than 6 months after assignment. */
  readonly repliedWithin6MonthsAll: boolean;
  /** Share of evaluations rated satisfied (满意率, 满意 only). */
  readonly satisfiedRate: number | null;
  /** Evaluations rated dissatisfied (不满意件数). */
  readonly dissatisfiedCount: number;
  /** Every evaluation is basically satisfied (基本满意) or better. */
  readonly basicallyOrBetterAll: boolean;
}

/**
 * The figures a threshold condition can test (测评指标名).
 *
 * @example
 * ```ts
 * import type { UnitFigureName } from 'renda';
 *
 * const figure: UnitFigureName = 'satisfiedRate';
 * ```
 * @category Metrics
 */
export type UnitFigureName = Exclude<keyof UnitHandlingFigures, 'unitId' | 'name'>;

/**
 * One test in a threshold table (测评条件): `figure op value`.
 *
 * @example
 * ```ts
 * import type { UnitCondition } from 'renda';
 *
 * const allSigned: UnitCondition = { figure: 'signedWithin7DaysRate', op: '>=', value: 1 };
 * ```
 * @category Metrics
 */
export interface UnitCondition {
  /** The figure tested. */
  readonly figure: UnitFigureName;
  /** The comparison. */
  readonly op: '>=' | '>' | '<=' | '<' | '==';
  /** The threshold: a number for rates and counts, a boolean for yes/no figures. */
  readonly value: number | boolean;
}

/**
 * One criterion of a threshold table (测评项目): the conditions for good (良好) and for pass (合格);
 * anything else fails (不合格).
 *
 * @example
 * ```ts
 * import type { UnitCriterion } from 'renda';
 *
 * const signOff: UnitCriterion = {
 *   id: 'signOff',
 *   name: { 'zh-Hans': '网上签收', en: 'Online sign-off' },
 *   figure: 'signedWithin7DaysRate',
 *   good: [{ figure: 'signedWithin7DaysRate', op: '>=', value: 1 }],
 *   pass: [{ figure: 'signedWithin7DaysRate', op: '>=', value: 0.9 }],
 * };
 * ```
 * @category Metrics
 */
export interface UnitCriterion {
  /** A stable id, e.g. `signOff`. */
  readonly id: string;
  /** The criterion's name. */
  readonly name: BilingualText;
  /** The figure reported as the criterion's value; when it is `null` the criterion does not apply. */
  readonly figure: UnitFigureName;
  /** All must hold for good (良好). */
  readonly good: readonly UnitCondition[];
  /** All must hold for pass (合格), when good does not. */
  readonly pass: readonly UnitCondition[];
}

/**
 * A handling-unit threshold table (承办单位测评标准) such as {@link shenzhen2007UnitThresholds}.
 *
 * @example
 * ```ts
 * import type { UnitThresholdTable } from 'renda';
 *
 * const table: UnitThresholdTable = { id: 'mine', version: 1, criteria: [] };
 * ```
 * @category Metrics
 */
export interface UnitThresholdTable {
  /** A stable id. */
  readonly id: string;
  /** The table's version. */
  readonly version: number;
  /** The table's name. */
  readonly name?: BilingualText;
  /** The criteria; any fail makes the unit fail. */
  readonly criteria: readonly UnitCriterion[];
}

/**
 * The grades of unit evaluation (测评等次): good (良好), pass (合格), fail (不合格), and
 * not applicable (不适用) when there was nothing to measure.
 *
 * @example
 * ```ts
 * import { UNIT_GRADES } from 'renda';
 *
 * console.log(UNIT_GRADES); // ['good', 'pass', 'fail', 'notApplicable']
 * ```
 * @category Metrics
 */
export const UNIT_GRADES = ['good', 'pass', 'fail', 'notApplicable'] as const;

/**
 * One of {@link UNIT_GRADES} (测评等次).
 *
 * @example
 * ```ts
 * import type { UnitGrade } from 'renda';
 *
 * const grade: UnitGrade = 'pass';
 * ```
 * @category Metrics
 */
export type UnitGrade = (typeof UNIT_GRADES)[number];

/**
 * A handling unit's evaluation (承办单位测评结果): the overall grade and each criterion's.
 *
 * @example
 * ```ts
 * import type { UnitEvaluation } from 'renda';
 *
 * const failedOn = (e: UnitEvaluation): string[] =>
 *   e.perCriterion.filter((c) => c.grade === 'fail').map((c) => c.criterion);
 * ```
 * @category Metrics
 */
export interface UnitEvaluation {
  /** The unit's id. */
  readonly unitId: string;
  /** The unit's name, when given. */
  readonly name?: string;
  /** The overall grade: fail if any criterion fails, good if all that apply are good, else pass. */
  readonly grade: UnitGrade;
  /** Each criterion in the table's order. */
  readonly perCriterion: readonly {
    readonly criterion: string;
    readonly name: BilingualText;
    readonly grade: UnitGrade;
    readonly value: number | boolean | null;
  }[];
}

/**
 * The result of {@link evaluateUnits} (承办单位测评汇总).
 *
 * @example
 * ```ts
 * import type { EvaluateUnitsResult } from 'renda';
 *
 * const failing = (r: EvaluateUnitsResult): number => r.distribution.fail;
 * ```
 * @category Metrics
 */
export interface EvaluateUnitsResult {
  /** The table's id and version. */
  readonly table: { readonly id: string; readonly version: number };
  /** One evaluation per unit, in input order. */
  readonly units: readonly UnitEvaluation[];
  /** How many units got each overall grade. */
  readonly distribution: Readonly<Record<UnitGrade, number>>;
}

function holds(figures: UnitHandlingFigures, c: UnitCondition): boolean {
  const actual = figures[c.figure];
  if (actual === null || actual === undefined) return false;
  switch (c.op) {
    case '==':
      return actual === c.value;
    case '>=':
      return actual >= c.value;
    case '>':
      return actual > c.value;
    case '<=':
      return actual <= c.value;
    case '<':
      return actual < c.value;
  }
}

const RATE_FIGURES = [
  'signedWithin7DaysRate',
  'repliedWithin3MonthsRate',
  'satisfiedRate',
] as const;
const COUNT_FIGURES = ['overdueCount', 'dissatisfiedCount'] as const;
const YES_NO_FIGURES = ['repliedWithin6MonthsAll', 'basicallyOrBetterAll'] as const;
/** The Chinese names of the figures, for the errors. */
const FIGURE_NAMES: Readonly<Record<string, string>> = {
  signedWithin7DaysRate: '7日内网上签收率',
  repliedWithin3MonthsRate: '3个月内答复率',
  satisfiedRate: '满意率',
  overdueCount: '逾期件数',
  dissatisfiedCount: '不满意件数',
  repliedWithin6MonthsAll: '6个月内全部答复',
  basicallyOrBetterAll: '全部基本满意以上',
};

/** Checks one unit's figures: rates from 0 to 1 (or null), counts whole and ≥ 0, yes/no figures. */
function checkFigures(checks: ArgumentChecks, figures: unknown, index: number): void {
  if (typeof figures !== 'object' || figures === null) {
    checks.add('INVALID_TYPE', ['unitFigures', index], {
      field: fieldName('承办单位办理数据', 'unit figures'),
      expected: fieldName('对象', 'an object'),
      got: figures,
    });
    return;
  }
  const f = figures as Record<string, unknown>;
  if (typeof f.unitId !== 'string') {
    checks.add('INVALID_TYPE', ['unitFigures', index, 'unitId'], {
      field: fieldName('承办单位', 'unitId'),
      expected: fieldName('文字', 'text'),
      got: f.unitId,
    });
  }
  for (const name of RATE_FIGURES) {
    const value = f[name];
    if (value === null || (typeof value === 'number' && value >= 0 && value <= 1)) continue;
    checks.add(
      typeof value === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
      ['unitFigures', index, name],
      {
        field: fieldName(FIGURE_NAMES[name] ?? name, name),
        expected: fieldName(
          '0 到 1 之间的比率（85% 写作 0.85），或 null',
          'a rate from 0 to 1 (85% is 0.85), or null',
        ),
        got: value,
      },
    );
  }
  for (const name of COUNT_FIGURES) {
    const value = f[name];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) continue;
    checks.add(
      typeof value === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE',
      ['unitFigures', index, name],
      {
        field: fieldName(FIGURE_NAMES[name] ?? name, name),
        expected: fieldName('不小于 0 的整数', 'a whole number ≥ 0'),
        got: value,
      },
    );
  }
  for (const name of YES_NO_FIGURES) {
    if (typeof f[name] === 'boolean') continue;
    checks.add('INVALID_TYPE', ['unitFigures', index, name], {
      field: fieldName(FIGURE_NAMES[name] ?? name, name),
      expected: fieldName('true 或 false', 'true or false'),
      got: f[name],
    });
  }
}

/**
 * Grades handling units against a threshold table (承办单位办理工作测评), e.g. Shenzhen 2007.
 *
 * @remarks
 * Per criterion: good (良好) when every `good` condition holds, else pass (合格) when every `pass`
 * condition holds, else fail (不合格); not applicable when the criterion's `figure` is `null`
 * (e.g. no evaluations yet). Overall: any fail fails the unit (Sources §2.14: "any single fail makes
 * the overall grade a fail"); otherwise good when every criterion that applies is good, pass when
 * some is pass, not applicable when none applies. A condition on a `null` figure does not hold.
 *
 * @param unitFigures - One entry per unit; any iterable.
 * @param thresholds - The table, e.g. {@link shenzhen2007UnitThresholds}.
 * @returns The evaluations in input order and the distribution of grades, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the unit and figure for figures that
 * cannot be graded: a rate outside 0–1 (a percentage such as 85 for 0.85), a count that is not a
 * whole number ≥ 0, a yes/no figure that is not a boolean.
 *
 * @example
 * ```ts
 * import { evaluateUnits, shenzhen2007UnitThresholds } from 'renda';
 *
 * const result = evaluateUnits(
 *   [
 *     {
 *       unitId: 'U-ROADS',
 *       signedWithin7DaysRate: 0.95,
 *       repliedWithin3MonthsRate: 0.9,
 *       overdueCount: 0,
 *       repliedWithin6MonthsAll: true,
 *       satisfiedRate: 0.85,
 *       dissatisfiedCount: 1,
 *       basicallyOrBetterAll: false,
 *     },
 *   ],
 *   shenzhen2007UnitThresholds,
 * );
 * console.log(result.units[0]?.grade); // 'fail': one dissatisfied evaluation
 * ```
 * @category Metrics
 */
export function evaluateUnits(
  unitFigures: Iterable<UnitHandlingFigures>,
  thresholds: UnitThresholdTable,
): EvaluateUnitsResult {
  return guard('evaluateUnits', () => {
    const checks = new ArgumentChecks('evaluateUnits');
    checks.records(unitFigures, 'unitFigures', '承办单位办理数据');
    if (typeof thresholds !== 'object' || thresholds === null) {
      checks.add('INVALID_TYPE', ['thresholds'], {
        field: fieldName('评价标准', 'thresholds'),
        expected: fieldName(
          '评价标准表（如 shenzhen2007UnitThresholds）',
          'a threshold table (e.g. shenzhen2007UnitThresholds)',
        ),
        got: thresholds,
      });
    }
    checks.done();
    // The figures are read whole and checked before any is graded: a rate given as a percentage
    // (85 for 85%) would pass every "≥ 0.85" test and grade a unit good on a wrong number.
    const given = [...unitFigures];
    for (const [index, figures] of given.entries()) checkFigures(checks, figures, index);
    checks.done();
    const distribution: Record<UnitGrade, number> = { good: 0, pass: 0, fail: 0, notApplicable: 0 };
    const units: UnitEvaluation[] = [];
    for (const figures of given) {
      const perCriterion = thresholds.criteria.map((criterion) => {
        const value = figures[criterion.figure] ?? null;
        let grade: UnitGrade;
        if (value === null) grade = 'notApplicable';
        else if (criterion.good.every((c) => holds(figures, c))) grade = 'good';
        else if (criterion.pass.every((c) => holds(figures, c))) grade = 'pass';
        else grade = 'fail';
        return Object.freeze({
          criterion: criterion.id,
          name: Object.freeze({ ...criterion.name }),
          grade,
          value,
        });
      });
      const applicable = perCriterion.filter((c) => c.grade !== 'notApplicable');
      const grade: UnitGrade = applicable.some((c) => c.grade === 'fail')
        ? 'fail'
        : applicable.length === 0
          ? 'notApplicable'
          : applicable.every((c) => c.grade === 'good')
            ? 'good'
            : 'pass';
      distribution[grade] += 1;
      units.push(
        Object.freeze({
          unitId: figures.unitId,
          ...(figures.name !== undefined ? { name: figures.name } : {}),
          grade,
          perCriterion: Object.freeze(perCriterion),
        }),
      );
    }
    return Object.freeze({
      table: Object.freeze({ id: thresholds.id, version: thresholds.version }),
      units: Object.freeze(units),
      distribution: Object.freeze(distribution),
    });
  });
}
