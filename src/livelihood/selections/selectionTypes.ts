/**
 * What a selection picks (评选对象): outstanding deputies (优秀代表), outstanding suggestions
 * (优秀建议), advanced handling units (先进承办单位) or model liaison stations (示范代表联络站).
 *
 * @example
 * ```ts
 * import { SELECTION_CANDIDATE_KINDS } from 'renda';
 *
 * console.log(SELECTION_CANDIDATE_KINDS); // ['deputy', 'suggestion', 'unit', 'station']
 * ```
 * @category Livelihood vote
 */
export const SELECTION_CANDIDATE_KINDS = ['deputy', 'suggestion', 'unit', 'station'] as const;

/**
 * What decides a tie the tie-break values leave (并列的处理): `runOff`, the tied candidates who do
 * not all fit the places left are flagged for a run-off (另行投票) and take no place; `byId`, the
 * smaller id goes first (a fixed order the jurisdiction has agreed, e.g. the order of nomination).
 *
 * @example
 * ```ts
 * import { SELECTION_TIE_RULES } from 'renda';
 *
 * console.log(SELECTION_TIE_RULES); // ['runOff', 'byId']
 * ```
 * @category Livelihood vote
 */
export const SELECTION_TIE_RULES = ['runOff', 'byId'] as const;

/**
 * Where a candidate ends (评选结果): selected (入选), tied at the cut (并列待定: a run-off decides),
 * or not selected (未入选).
 *
 * @example
 * ```ts
 * import { SELECTION_STATUSES } from 'renda';
 *
 * console.log(SELECTION_STATUSES); // ['selected', 'tiedAtCut', 'notSelected']
 * ```
 * @category Livelihood vote
 */
export const SELECTION_STATUSES = ['selected', 'tiedAtCut', 'notSelected'] as const;

/**
 * One candidate of a selection (评选候选对象): its id, kind and name, and its scores on the
 * criteria (评分项).
 *
 * @example
 * ```ts
 * import type { SelectionCandidate } from 'renda';
 *
 * const candidate: SelectionCandidate = {
 *   id: 'S-2025-0041', kind: 'suggestion', name: '关于加快老旧小区改造的建议',
 *   scores: { quality: 88, result: 92 },
 * };
 * ```
 * @category Livelihood vote
 */
export interface SelectionCandidate {
  /** The deputy's, suggestion's, unit's or station's id. */
  readonly id: string;
  /** 评选对象类别, one of {@link SELECTION_CANDIDATE_KINDS}. */
  readonly kind: (typeof SELECTION_CANDIDATE_KINDS)[number];
  /** 名称. */
  readonly name?: string;
  /** 各项评分, by criterion id; a criterion a candidate lacks counts as 0. */
  readonly scores?: Readonly<Record<string, number>>;
}

/**
 * One weighted criterion of a selection (评分项及权重).
 *
 * @example
 * ```ts
 * import type { SelectionCriterion } from 'renda';
 *
 * const criterion: SelectionCriterion = { id: 'dutyScore', weight: 0.7 };
 * ```
 * @category Livelihood vote
 */
export interface SelectionCriterion {
  /** The criterion's id, as in the candidates' `scores`, or `votes` for the vote counts. */
  readonly id: string;
  /** 权重: the score adds weight × value. */
  readonly weight: number;
}

/**
 * The options of a selection (评选规则): the places, how the score is made, the minimum and the
 * tie rule.
 *
 * @example
 * ```ts
 * import type { SelectCandidatesOptions } from 'renda';
 *
 * // Hunan selects 20 outstanding suggestions a year: 70% the committee's score, 30% the votes.
 * const options: SelectCandidatesOptions = {
 *   quota: 20,
 *   criteria: [{ id: 'quality', weight: 0.7 }, { id: 'votes', weight: 0.3 }],
 *   votes: { 'S-1': 40, 'S-2': 36 },
 *   tieBreak: ['votes'],
 * };
 * ```
 * @category Livelihood vote
 */
export interface SelectCandidatesOptions {
  /** 名额: how many are selected at most. */
  readonly quota: number;
  /** 评分项: the score is Σ weight × value; without criteria, the score is the votes. */
  readonly criteria?: readonly SelectionCriterion[];
  /** 得票数, by candidate id (absent: 0); read as the value `votes`. */
  readonly votes?: Readonly<Record<string, number>>;
  /** 入选最低分: a candidate whose score is below it takes no place. */
  readonly minimumScore?: number;
  /** 并列时比较: values (criterion ids, or `votes`) compared in order, the higher first. */
  readonly tieBreak?: readonly string[];
  /** What decides a tie the tie-break leaves, one of {@link SELECTION_TIE_RULES}; `runOff` by default. */
  readonly tieRule?: (typeof SELECTION_TIE_RULES)[number];
}

/**
 * One candidate's line in a selection (评选排名), in rank order.
 *
 * @example
 * ```ts
 * import type { SelectionRow } from 'renda';
 *
 * const row: SelectionRow = {
 *   candidateId: 'D-0007', kind: 'deputy', rank: 1, score: 96.5,
 *   values: { dutyScore: 96.5 }, status: 'selected', belowMinimum: false,
 * };
 * ```
 * @category Livelihood vote
 */
export interface SelectionRow {
  /** The candidate's id. */
  readonly candidateId: string;
  /** 评选对象类别. */
  readonly kind: (typeof SELECTION_CANDIDATE_KINDS)[number];
  /** 名称, when given. */
  readonly name?: string;
  /** 名次: 1 for the first; candidates still tied share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** 综合得分: Σ weight × value, decimal-exact (0.3 − 0.1 − 0.2 is 0). */
  readonly score: number;
  /** Every value the score and the tie-break read, by id (`votes` for the votes). */
  readonly values: Readonly<Record<string, number>>;
  /** 评选结果, one of {@link SELECTION_STATUSES}. */
  readonly status: (typeof SELECTION_STATUSES)[number];
  /** Whether the score is below `minimumScore` (未达最低分). */
  readonly belowMinimum: boolean;
}

/**
 * The outcome of a selection (评选结果): the ranking and the three lists.
 *
 * @example
 * ```ts
 * import type { SelectionResult } from 'renda';
 *
 * const needsRunOff = (r: SelectionResult) => r.tiedAtCut.length > 0;
 * ```
 * @category Livelihood vote
 */
export interface SelectionResult {
  /** 评选对象类别, or `null` when there was no candidate. */
  readonly kind: (typeof SELECTION_CANDIDATE_KINDS)[number] | null;
  /** 名额. */
  readonly quota: number;
  /** Every candidate, in rank order (ties by id). */
  readonly ranking: readonly SelectionRow[];
  /** 入选, in rank order. */
  readonly selected: readonly string[];
  /** 并列待定: tied for the last places; a run-off decides. */
  readonly tiedAtCut: readonly string[];
  /** 未入选, in rank order. */
  readonly notSelected: readonly string[];
  /** 名额余数: quota − selected; the places a run-off fills when some are tied at the cut. */
  readonly placesLeft: number;
}
