import * as z from 'zod';
import type { ScoreDeputiesResult } from '../../connections/scoring/scoreDeputies.js';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { createParsers } from '../../model/shared/createParsers.js';
import { IdSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import type { SelectionCandidate } from './selectionTypes.js';

/**
 * The options of {@link candidatesFromDeputyScores}: the criterion the total is filed under.
 *
 * @example
 * ```ts
 * import type { CandidatesFromDeputyScoresOptions } from 'renda';
 *
 * const options: CandidatesFromDeputyScoresOptions = { criterion: 'dutyScore' };
 * ```
 * @category Livelihood vote
 */
export interface CandidatesFromDeputyScoresOptions {
  /** The criterion id of the total (履职积分); `dutyScore` by default, `dutyScoreRaw` before the cap. */
  readonly criterion?: string;
}

const MODEL = {
  id: 'CandidatesFromDeputyScores',
  'zh-Hans': '以履职积分作为评选候选',
  en: 'Candidates from deputy scores',
};

const parsers = /* @__PURE__ */ createParsers(
  /* @__PURE__ */ z.strictObject({
    result: /* @__PURE__ */ z.object({
      scores: /* @__PURE__ */ z
        .array(
          /* @__PURE__ */ z.object({
            deputyId: IdSchema,
            name: /* @__PURE__ */ z.string().max(500),
            total: /* @__PURE__ */ z.number().min(-1e12).max(1e12),
            raw: /* @__PURE__ */ z.number().min(-1e12).max(1e12),
          }),
        )
        .max(10_000_000),
    }),
    options: /* @__PURE__ */ z
      .strictObject({ criterion: /* @__PURE__ */ IdSchema.optional() })
      .optional(),
  }),
  MODEL,
  {
    result: { 'zh-Hans': '履职积分结果', en: 'scoring result' },
    scores: { 'zh-Hans': '代表积分', en: 'scores' },
    total: { 'zh-Hans': '积分', en: 'total' },
    options: { 'zh-Hans': '选项', en: 'options' },
    criterion: { 'zh-Hans': '评分项', en: 'criterion' },
  },
);

/**
 * Turns deputies' duty-record scores into candidates for outstanding deputies (以履职积分评选
 * 优秀代表): one `deputy` candidate per deputy scored, with the total as a criterion.
 *
 * @remarks
 * The total is {@link scoreDeputies}' (base + items − penalties, within the cap), which
 * `dutyRecord`'s occurrences feed as well as the raw records; deputies the scoring excluded (not
 * serving in the period) are not candidates. Each candidate has two scores: the total under the
 * criterion id (`dutyScore` by default) and the points before the cap under the same id with
 * `Raw` (`dutyScoreRaw`), which parts deputies the cap has tied when named in `tieBreak`. Select
 * with a criterion of that id, e.g. `criteria: [{ id: 'dutyScore', weight: 1 }]`, or weigh it
 * with votes.
 * @param result - What `scoreDeputies` returned.
 * @param options - The criterion id (`dutyScore` by default).
 * @returns The candidates, in the scores' order (highest total first), frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field.
 * @example
 * ```ts
 * import { candidatesFromDeputyScores, scoreDeputies, selectCandidates, yinchuanStyleRules } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, performanceRecords, activities } = generateSample({ seed: 1 });
 * const scores = scoreDeputies(deputies, [...performanceRecords, ...activities], yinchuanStyleRules, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 * });
 * const outstanding = selectCandidates(candidatesFromDeputyScores(scores), {
 *   quota: 5,
 *   criteria: [{ id: 'dutyScore', weight: 1 }],
 *   tieBreak: ['dutyScoreRaw'],
 * });
 * console.log(outstanding.selected.length + outstanding.tiedAtCut.length >= 5); // true
 * ```
 * @category Livelihood vote
 */
export function candidatesFromDeputyScores(
  result: ScoreDeputiesResult,
  options?: CandidatesFromDeputyScoresOptions,
): readonly SelectionCandidate[] {
  return guard(MODEL.id, () => {
    const parsed = parsers.safeParse(options === undefined ? { result } : { result, options });
    if (!parsed.ok) throw new RendaError(parsed.error);
    const criterion = parsed.value.options?.criterion ?? 'dutyScore';
    return deepFreeze(
      parsed.value.result.scores.map(
        (score): SelectionCandidate => ({
          id: score.deputyId,
          kind: 'deputy',
          ...(score.name.trim() === '' ? {} : { name: score.name }),
          scores: Object.fromEntries([
            [criterion, score.total],
            [`${criterion}Raw`, score.raw],
          ]),
        }),
      ),
    );
  });
}

/**
 * Like {@link candidatesFromDeputyScores}, but returns a result instead of throwing.
 *
 * @param result - What `scoreDeputies` returned.
 * @param options - The criterion id.
 * @returns The candidates, or a validation error naming the bad field.
 * @example
 * ```ts
 * import { safeCandidatesFromDeputyScores } from 'renda';
 *
 * const result = safeCandidatesFromDeputyScores({ scores: 'none' } as never);
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['result', 'scores']
 * ```
 * @category Livelihood vote
 */
export function safeCandidatesFromDeputyScores(
  result: ScoreDeputiesResult,
  options?: CandidatesFromDeputyScoresOptions,
): Result<readonly SelectionCandidate[], ValidationError> {
  return safely(MODEL.id, () => candidatesFromDeputyScores(result, options));
}
