import * as z from 'zod';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { tidyDecimal } from '../../internal/tidyDecimal.js';
import { createParsers } from '../../model/shared/createParsers.js';
import { CountSchema, IdSchema, ShortTextSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { own } from '../internal/ownKeys.js';
import {
  SELECTION_CANDIDATE_KINDS,
  SELECTION_TIE_RULES,
  type SelectCandidatesOptions,
  type SelectionCandidate,
  type SelectionResult,
  type SelectionRow,
} from './selectionTypes.js';

const MODEL = { id: 'Selection', 'zh-Hans': '评选', en: 'Selection' };

/** A score, weight or minimum: any number a published scheme uses (negative for deductions). */
const Value = /* @__PURE__ */ z.number().min(-1e12).max(1e12);

const InputSchema = /* @__PURE__ */ z
  .strictObject({
    candidates: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          id: IdSchema,
          kind: /* @__PURE__ */ z.enum(SELECTION_CANDIDATE_KINDS),
          name: /* @__PURE__ */ ShortTextSchema.optional(),
          scores: /* @__PURE__ */ z.record(IdSchema, Value).optional(),
        }),
      )
      .max(100_000),
    options: /* @__PURE__ */ z.strictObject({
      quota: /* @__PURE__ */ z.number().int().min(1).max(100_000),
      criteria: /* @__PURE__ */ z
        .array(/* @__PURE__ */ z.strictObject({ id: IdSchema, weight: Value }))
        .max(1_000)
        .optional(),
      votes: /* @__PURE__ */ z.record(IdSchema, CountSchema).optional(),
      minimumScore: /* @__PURE__ */ Value.optional(),
      tieBreak: /* @__PURE__ */ z.array(IdSchema).max(1_000).optional(),
      tieRule: /* @__PURE__ */ z.enum(SELECTION_TIE_RULES).optional(),
    }),
  })
  .check((ctx) => {
    const { candidates, options } = ctx.value;
    const push = (path: (string | number)[], code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input: ctx.value, path, params: { code, zh, en } });
    };
    const ids = new Set<string>();
    const known = new Set<string>(options.votes === undefined ? [] : ['votes']);
    candidates.forEach((c, i) => {
      if (ids.has(c.id))
        push(
          ['candidates', i, 'id'],
          'DUPLICATE_CANDIDATE',
          '候选对象重复',
          'lists a candidate twice',
        );
      ids.add(c.id);
      if (c.kind !== candidates[0]?.kind)
        push(
          ['candidates', i, 'kind'],
          'MIXED_KINDS',
          '一次评选只比较同一类对象（代表、建议、单位或站点）',
          'one selection compares candidates of one kind (deputies, suggestions, units or stations)',
        );
      for (const id of Object.keys(c.scores ?? {})) known.add(id);
      if (options.votes !== undefined && c.scores !== undefined && Object.hasOwn(c.scores, 'votes'))
        push(
          ['candidates', i, 'scores', 'votes'],
          'VOTES_TWICE',
          '已给出得票数时，评分中不得另有 votes',
          'must not be given when the options give the votes',
        );
    });
    for (const id of Object.keys(options.votes ?? {})) {
      if (!ids.has(id))
        push(['options', 'votes', id], 'UNKNOWN_CANDIDATE', '不是候选对象', 'is not a candidate');
    }
    const criteria = options.criteria ?? [];
    if (criteria.length === 0 && options.votes === undefined)
      push(
        ['options', 'criteria'],
        'NO_SCORING',
        '须给出评分项或得票数',
        'criteria or votes are needed to score the candidates',
      );
    const seen = new Set<string>();
    criteria.forEach((criterion, i) => {
      if (seen.has(criterion.id))
        push(
          ['options', 'criteria', i, 'id'],
          'DUPLICATE_CRITERION',
          '评分项重复',
          'is listed twice',
        );
      seen.add(criterion.id);
    });
    // A criterion no candidate has is a misspelt id, not a row of zeros.
    if (candidates.length === 0) return;
    const unknown = (path: (string | number)[]): void =>
      push(
        path,
        'UNKNOWN_CRITERION',
        '没有候选对象有此评分项',
        'no candidate has a score of this id (nor is it votes given in the options)',
      );
    criteria.forEach((criterion, i) => {
      if (!known.has(criterion.id)) unknown(['options', 'criteria', i, 'id']);
    });
    (options.tieBreak ?? []).forEach((id, i) => {
      if (!known.has(id)) unknown(['options', 'tieBreak', i]);
    });
  });

const parsers = /* @__PURE__ */ createParsers(InputSchema, MODEL, {
  candidates: { 'zh-Hans': '候选对象', en: 'candidates' },
  scores: { 'zh-Hans': '各项评分', en: 'scores' },
  options: { 'zh-Hans': '评选规则', en: 'options' },
  quota: { 'zh-Hans': '名额', en: 'quota' },
  criteria: { 'zh-Hans': '评分项', en: 'criteria' },
  weight: { 'zh-Hans': '权重', en: 'weight' },
  votes: { 'zh-Hans': '得票数', en: 'votes' },
  minimumScore: { 'zh-Hans': '入选最低分', en: 'minimum score' },
  tieBreak: { 'zh-Hans': '并列时比较', en: 'tie-break' },
  tieRule: { 'zh-Hans': '并列的处理', en: 'tie rule' },
});

type Row = { -readonly [K in keyof SelectionRow]: SelectionRow[K] };

function selection(candidates: readonly SelectionCandidate[], options: SelectCandidatesOptions) {
  const { quota, criteria = [], votes, minimumScore, tieBreak = [], tieRule = 'runOff' } = options;
  const valueIds = [
    ...new Set([...criteria.map((c) => c.id), ...(votes ? ['votes'] : []), ...tieBreak]),
  ];
  const rows: Row[] = candidates.map((candidate) => {
    const valueFor = (id: string): number =>
      id === 'votes' && votes !== undefined
        ? (own(votes, candidate.id) ?? 0)
        : (own(candidate.scores ?? {}, id) ?? 0);
    // Each product and the sum are tidied, so decimal weights add up as on paper.
    const score =
      criteria.length > 0
        ? tidyDecimal(criteria.reduce((sum, c) => sum + tidyDecimal(c.weight * valueFor(c.id)), 0))
        : valueFor('votes');
    return {
      candidateId: candidate.id,
      kind: candidate.kind,
      ...(candidate.name === undefined ? {} : { name: candidate.name }),
      rank: 0,
      score,
      values: Object.fromEntries(valueIds.map((id) => [id, valueFor(id)])),
      status: 'notSelected',
      belowMinimum: minimumScore !== undefined && score < minimumScore,
    };
  });
  const keys = (row: Row): number[] => [row.score, ...tieBreak.map((id) => row.values[id] ?? 0)];
  const compareKeys = (a: Row, b: Row): number => {
    const [x, y] = [keys(a), keys(b)];
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) return (y[i] as number) - (x[i] as number);
    return 0;
  };
  const byId = (a: Row, b: Row): number =>
    a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0;
  rows.sort((a, b) => compareKeys(a, b) || byId(a, b));
  let slots = quota;
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    // Under `byId` the id has already ordered the tied: each candidate is a group of its own.
    while (
      tieRule === 'runOff' &&
      end < rows.length &&
      compareKeys(rows[start] as Row, rows[end] as Row) === 0
    )
      end += 1;
    const group = rows.slice(start, end);
    const eligible = !(group[0] as Row).belowMinimum;
    const status: Row['status'] =
      !eligible || slots === 0 ? 'notSelected' : group.length <= slots ? 'selected' : 'tiedAtCut';
    for (const row of group) {
      row.rank = start + 1;
      row.status = status;
    }
    if (status === 'selected') slots -= group.length;
    if (status === 'tiedAtCut') slots = 0;
    start = end;
  }
  const having = (status: Row['status']) =>
    rows.filter((r) => r.status === status).map((r) => r.candidateId);
  const selected = having('selected');
  return {
    kind: candidates[0]?.kind ?? null,
    quota,
    ranking: rows,
    selected,
    tiedAtCut: having('tiedAtCut'),
    notSelected: having('notSelected'),
    placesLeft: quota - selected.length,
  };
}

/**
 * Selects outstanding deputies, suggestions, units or stations (评选: 优秀代表、优秀建议、先进承办
 * 单位、示范联络站): a weighted score from criteria and/or votes, a quota, a minimum, and a
 * stated rule for ties.
 *
 * @remarks
 * - **Score** (综合得分) = Σ weight × value over `criteria`, where a value is the candidate's
 *   score on the criterion (0 when it has none) and `votes` is its vote count; without criteria,
 *   the score is the vote count. Each product and the sum are kept decimal-exact to 9 places, as
 *   deputies' scores are, so 0.3 − 0.1 − 0.2 is 0 and equal scores tie.
 * - **Ranking**: by score, then by the `tieBreak` values in order (higher first). Candidates equal
 *   on all of these are tied: under `tieRule: 'runOff'` (the default) they share a rank; under
 *   `'byId'` the smaller id goes first.
 * - **Places**: down the ranking, a candidate whose score is below `minimumScore` takes no place;
 *   a tied group that fits the places left is selected whole; one that does not is flagged
 *   `tiedAtCut` (并列待定) and takes none, leaving `placesLeft` for a run-off (另行投票).
 * - **Order**: the result does not depend on the candidates' order: equal candidates are listed
 *   by id.
 *
 * Hunan selects 30 outstanding deputies, 20 outstanding suggestions and 15 model stations a year,
 * Lanzhou 28 outstanding suggestions and 14 advanced units: one call per kind (candidates of one
 * selection are of one kind). For deputies, `candidatesFromDeputyScores` turns duty-record scores
 * into candidates.
 * @param candidates - The candidates, of one kind.
 * @param options - The quota, criteria, votes, minimum and tie rule.
 * @returns The ranking and the selected, tied and not selected, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field: a repeated candidate
 * (`DUPLICATE_CANDIDATE`), candidates of several kinds (`MIXED_KINDS`), votes for a non-candidate
 * (`UNKNOWN_CANDIDATE`), a criterion or tie-break no candidate has (`UNKNOWN_CRITERION`), neither
 * criteria nor votes (`NO_SCORING`).
 * @example
 * ```ts
 * import { selectCandidates } from 'renda';
 *
 * const stations = [
 *   { id: 'ST-1', kind: 'station', scores: { receptions: 12, opinions: 40 } },
 *   { id: 'ST-2', kind: 'station', scores: { receptions: 12, opinions: 31 } },
 *   { id: 'ST-3', kind: 'station', scores: { receptions: 9, opinions: 50 } },
 *   { id: 'ST-4', kind: 'station', scores: { receptions: 9, opinions: 50 } },
 * ] as const;
 * const criteria = [{ id: 'receptions', weight: 1 }];
 * // Three places: ST-1 and ST-2 tie on receptions, the opinions collected part them; ST-3 and
 * // ST-4 tie on both for the last place.
 * console.log(selectCandidates(stations, { quota: 3, criteria, tieBreak: ['opinions'] }).tiedAtCut); // ['ST-3', 'ST-4']
 * console.log(selectCandidates(stations, { quota: 3, criteria, tieRule: 'byId' }).selected); // ['ST-1', 'ST-2', 'ST-3']
 * ```
 * @category Livelihood vote
 */
export function selectCandidates(
  candidates: readonly SelectionCandidate[],
  options: SelectCandidatesOptions,
): SelectionResult {
  return guard(MODEL.id, () => {
    const parsed = parsers.safeParse({ candidates, options });
    if (!parsed.ok) throw new RendaError(parsed.error);
    return deepFreeze(
      selection(
        parsed.value.candidates as readonly SelectionCandidate[],
        parsed.value.options as SelectCandidatesOptions,
      ),
    );
  });
}

/**
 * Like {@link selectCandidates}, but returns a result instead of throwing.
 *
 * @param candidates - The candidates, of one kind.
 * @param options - The quota, criteria, votes, minimum and tie rule.
 * @returns The selection, or a validation error naming the bad field.
 * @example
 * ```ts
 * import { safeSelectCandidates } from 'renda';
 *
 * const result = safeSelectCandidates(
 *   [{ id: 'D-1', kind: 'deputy', scores: { duty: 90 } }],
 *   { quota: 1, criteria: [{ id: 'dutty', weight: 1 }] },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'UNKNOWN_CRITERION'
 * ```
 * @category Livelihood vote
 */
export function safeSelectCandidates(
  candidates: readonly SelectionCandidate[],
  options: SelectCandidatesOptions,
): Result<SelectionResult, ValidationError> {
  return safely(MODEL.id, () => selectCandidates(candidates, options));
}
