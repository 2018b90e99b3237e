import * as z from 'zod';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { APPRAISAL_SUBJECT_KINDS } from '../../model/appraisalBallot.js';
import { createParsers } from '../../model/shared/createParsers.js';
import { IdSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { SatisfactionGradeSchema } from '../../model/shared/satisfaction.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { guard, isIterable, safely } from '../../stats/internal/invalidInput.js';
import { rate } from '../../stats/rate.js';
import type { UnitHandlingFigures } from '../../suggestion/figures/evaluateUnits.js';
import { refusedInput } from '../../suggestion/internal/refusedInput.js';
import type { AppraisalResult } from './appraisalTypes.js';

/**
 * The satisfaction figures of one handling unit from the year's appraisals (测评满意度指标): the
 * part of {@link UnitHandlingFigures} that `evaluateUnits` grades satisfaction by.
 *
 * @example
 * ```ts
 * import type { UnitHandlingFigures, UnitSatisfactionFigures } from 'renda';
 *
 * // The unit's handling figures, with satisfaction taken from the appraisal.
 * const withAppraisal = (handling: UnitHandlingFigures, s: UnitSatisfactionFigures): UnitHandlingFigures =>
 *   ({ ...handling, ...s });
 * ```
 * @category Livelihood vote
 */
export interface UnitSatisfactionFigures
  extends Pick<
    UnitHandlingFigures,
    'unitId' | 'satisfiedRate' | 'dissatisfiedCount' | 'basicallyOrBetterAll'
  > {}

/**
 * The options of {@link appraisalUnitFigures}: the year, and which units handled each key item.
 *
 * @example
 * ```ts
 * import type { AppraisalUnitFiguresOptions } from 'renda';
 *
 * const options: AppraisalUnitFiguresOptions = { year: 2025, keyItemUnits: { 'S-7': ['U-WATER'] } };
 * ```
 * @category Livelihood vote
 */
export interface AppraisalUnitFiguresOptions {
  /** 年度: the results of this year count. */
  readonly year: number;
  /** By key item id: the units that handled it (主办单位); a key item not named counts for none. */
  readonly keyItemUnits?: Readonly<Record<string, readonly string[]>>;
}

const MODEL = {
  id: 'AppraisalUnitFigures',
  'zh-Hans': '承办单位测评满意度',
  en: 'Unit appraisal figures',
};

const InputSchema = /* @__PURE__ */ z.strictObject({
  results: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        subject: /* @__PURE__ */ z.object({
          kind: /* @__PURE__ */ z.enum(APPRAISAL_SUBJECT_KINDS),
          id: IdSchema,
        }),
        year: /* @__PURE__ */ z.number().int().min(1949).max(9999),
        rating: /* @__PURE__ */ SatisfactionGradeSchema.nullable(),
      }),
    )
    .max(1_000_000),
  options: /* @__PURE__ */ z.strictObject({
    year: /* @__PURE__ */ z.number().int().min(1949).max(9999),
    keyItemUnits: /* @__PURE__ */ z
      .record(IdSchema, /* @__PURE__ */ z.array(IdSchema).max(1_000))
      .optional(),
  }),
});

const parsers = /* @__PURE__ */ createParsers(InputSchema, MODEL, {
  results: { 'zh-Hans': '测评结果', en: 'results' },
  subject: { 'zh-Hans': '测评对象', en: 'subject' },
  year: { 'zh-Hans': '年度', en: 'year' },
  rating: { 'zh-Hans': '测评等次', en: 'rating' },
  options: { 'zh-Hans': '选项', en: 'options' },
  keyItemUnits: { 'zh-Hans': '重点督办事项的承办单位', en: 'units of the key items' },
});

/**
 * Turns a year's appraisal results into the satisfaction figures `evaluateUnits` grades
 * (测评结果计入承办单位测评): per handling unit, the share of its appraisals rated satisfied, how
 * many were rated dissatisfied, and whether none was.
 *
 * @remarks
 * Each rated result of the year is one evaluation (测评) of a unit: a unit's own appraisal, and
 * the appraisal of each key item it handled (`keyItemUnits`). Results without a rating (quorum not
 * met) and of other years are left out. Per unit, with n rated appraisals:
 * - `satisfiedRate` (满意率, 满意 only) = appraisals rated satisfied ÷ n; `null` when n is 0;
 * - `dissatisfiedCount` (不满意件数) = appraisals rated dissatisfied;
 * - `basicallyOrBetterAll` (全部基本满意以上) = none rated dissatisfied.
 *
 * These are the satisfaction fields of {@link UnitHandlingFigures}, read as they are by
 * {@link evaluateUnits}: spread them over a unit's handling figures (`{ ...handling, ...appraisal }`)
 * to grade satisfaction by the congress's appraisal rather than by each deputy's form. Under
 * Shenzhen's table a unit rated satisfied is good (良好), basically satisfied passes (合格), and
 * dissatisfied fails (不合格). Every unit a result of the year names is listed, by id; a unit
 * whose only appraisals lack a rating has `satisfiedRate: null`.
 * @param results - The appraisal results, e.g. `tallyAppraisalBallots(...).results`.
 * @param options - The year and the units of each key item.
 * @returns One entry per unit, by unit id, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad argument.
 * @example
 * ```ts
 * import { appraisalUnitFigures, defaultLivelihoodPolicy, tallyAppraisalBallots } from 'renda';
 *
 * const rater = (i: number) => ({ raterId: `M-${i}`, raterRole: 'scMember', year: 2025 }) as const;
 * const ballots = [1, 2, 3].flatMap((i) => [
 *   { ...rater(i), subject: { kind: 'unit', id: 'U-WATER' }, verdict: 'satisfied' },
 *   { ...rater(i), subject: { kind: 'keyItem', id: 'S-7' }, verdict: 'dissatisfied' },
 * ] as const);
 * const { results } = tallyAppraisalBallots(ballots, { policy: defaultLivelihoodPolicy });
 * const figures = appraisalUnitFigures(results, { year: 2025, keyItemUnits: { 'S-7': ['U-WATER'] } });
 * console.log(figures[0]); // { unitId: 'U-WATER', satisfiedRate: 0.5, dissatisfiedCount: 1, basicallyOrBetterAll: false }
 * ```
 * @category Livelihood vote
 */
export function appraisalUnitFigures(
  results: Iterable<AppraisalResult>,
  options: AppraisalUnitFiguresOptions,
): readonly UnitSatisfactionFigures[] {
  return guard(MODEL.id, () => {
    if (!isIterable(results) || typeof results === 'string') {
      throw new RendaError(
        refusedInput(
          MODEL.id,
          ['results'],
          { 'zh-Hans': '测评结果', en: 'results' },
          { 'zh-Hans': '测评结果的可迭代集合', en: 'an iterable of appraisal results' },
          results,
        ),
      );
    }
    const parsed = parsers.safeParse({ results: [...results], options });
    if (!parsed.ok) throw new RendaError(parsed.error);
    const { year, keyItemUnits = {} } = parsed.value.options;
    // By unit id: appraisals rated, satisfied, dissatisfied.
    const counts = new Map<string, [number, number, number]>();
    const count = (unitId: string, rating: string | null): void => {
      let line = counts.get(unitId);
      if (line === undefined) {
        line = [0, 0, 0];
        counts.set(unitId, line);
      }
      if (rating === null) return;
      line[0] += 1;
      if (rating === 'satisfied') line[1] += 1;
      if (rating === 'dissatisfied') line[2] += 1;
    };
    for (const result of parsed.value.results) {
      if (result.year !== year) continue;
      const { kind, id } = result.subject;
      const units =
        kind === 'unit' ? [id] : Object.hasOwn(keyItemUnits, id) ? (keyItemUnits[id] ?? []) : [];
      for (const unitId of new Set(units)) count(unitId, result.rating);
    }
    return deepFreeze(
      [...counts.keys()].sort().map((unitId) => {
        const [rated, satisfied, dissatisfied] = counts.get(unitId) as [number, number, number];
        return {
          unitId,
          satisfiedRate: rate(satisfied, rated).value,
          dissatisfiedCount: dissatisfied,
          basicallyOrBetterAll: dissatisfied === 0,
        };
      }),
    );
  });
}

/**
 * Like {@link appraisalUnitFigures}, but returns a result instead of throwing.
 *
 * @param results - The appraisal results.
 * @param options - The year and the units of each key item.
 * @returns The figures, or a validation error naming the bad argument.
 * @example
 * ```ts
 * import { safeAppraisalUnitFigures } from 'renda';
 *
 * const result = safeAppraisalUnitFigures([], { year: 25 });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['options', 'year']
 * ```
 * @category Livelihood vote
 */
export function safeAppraisalUnitFigures(
  results: Iterable<AppraisalResult>,
  options: AppraisalUnitFiguresOptions,
): Result<readonly UnitSatisfactionFigures[], ValidationError> {
  return safely(MODEL.id, () => appraisalUnitFigures(results, options));
}
