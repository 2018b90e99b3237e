import * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { ELECTORATE_BASES } from '../model/livelihoodProject.js';
import type { LIVELIHOOD_BALLOTS } from '../model/livelihoodVote.js';
import { createParsers } from '../model/shared/createParsers.js';
import { CountSchema, IdSchema } from '../model/shared/primitives.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Accumulator } from '../stats/accumulator.js';
import { defineAccumulator } from '../stats/defineAccumulator.js';
import { guard, safely } from '../stats/internal/invalidInput.js';
import { countBallots } from './internal/countBallots.js';
import { type LivelihoodPolicy, LivelihoodPolicySchema } from './livelihoodPolicy.js';
import { atLeast, moreThan } from './rules/shares.js';

/**
 * One deputy's ballot in the livelihood-project vote (民生实事项目选票): an approval ballot marks
 * each candidate for (赞成), against (反对) or abstain (弃权); a ranked ballot numbers candidates
 * in priority order (排序), first the most wanted.
 *
 * @example
 * ```ts
 * import type { LivelihoodBallot } from 'renda';
 *
 * const approval: LivelihoodBallot = { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'against' } };
 * const ranked: LivelihoodBallot = { kind: 'ranked', order: ['P-2', 'P-1'] };
 * ```
 * @category Livelihood vote
 */
export type LivelihoodBallot =
  | {
      readonly kind: 'approval';
      /** 表态: by candidate id; a candidate left unmarked counts as abstain (弃权). */
      readonly marks: Readonly<Record<string, 'for' | 'against' | 'abstain'>>;
    }
  | {
      readonly kind: 'ranked';
      /** 排序: candidate ids, first the most wanted; candidates left out get no points. */
      readonly order: readonly string[];
    };

/**
 * The options of {@link tallyLivelihoodBallots} and {@link livelihoodTallyAccumulator}: the
 * candidates on the ballot, the places to fill, the policy, and the electorate.
 *
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, type LivelihoodTallyOptions } from 'renda';
 *
 * const options: LivelihoodTallyOptions = {
 *   candidates: ['P-1', 'P-2', 'P-3'],
 *   places: 2,
 *   policy: defaultLivelihoodPolicy,
 *   members: 30,
 *   present: 28,
 * };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodTallyOptions {
  /** 候选项目: the short-listed candidates' ids, in the order the ballot lists them. */
  readonly candidates: readonly string[];
  /** 应选数: how many projects are to be adopted. */
  readonly places: number;
  /** The policy: ballot kind, ranked count, competition, quorum, threshold, tie rule. */
  readonly policy: LivelihoodPolicy;
  /** 应到人数: all members entitled to vote. */
  readonly members: number;
  /** 实到人数: the members present. */
  readonly present: number;
}

/**
 * One candidate's line in a tally (候选项目计票结果), in rank order.
 *
 * @example
 * ```ts
 * import type { LivelihoodTallyRow } from 'renda';
 *
 * const row: LivelihoodTallyRow = {
 *   candidateId: 'P-1', rank: 1, votesFor: 25, against: 2, abstain: 1, points: 0,
 *   passes: true, adopted: true, runOff: false,
 * };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodTallyRow {
  /** 候选项目. */
  readonly candidateId: string;
  /** 名次: 1 for the first; candidates the tie rule cannot part share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** 赞成票: on ranked ballots, the ballots that number it within the places to fill. */
  readonly votesFor: number;
  /** 反对票 (0 on ranked ballots). */
  readonly against: number;
  /** 弃权票, unmarked included (0 on ranked ballots). */
  readonly abstain: number;
  /** 排序得分 under `borda` (0 on approval ballots). */
  readonly points: number;
  /** Whether its votes for reach the policy's threshold (超过通过票数). */
  readonly passes: boolean;
  /** 票决入选. */
  readonly adopted: boolean;
  /** Tied at the last place: a run-off (重新投票) decides. */
  readonly runOff: boolean;
}

/**
 * The outcome of a livelihood-project vote (民生实事项目票决结果).
 *
 * @example
 * ```ts
 * import type { LivelihoodTally } from 'renda';
 *
 * const adoptedOf = (tally: LivelihoodTally) => tally.adopted;
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodTally {
  /** 投票方式. */
  readonly ballot: (typeof LIVELIHOOD_BALLOTS)[number];
  /** 应选数. */
  readonly places: number;
  /** 差额: whether there are enough candidates for the places (`required` at least). */
  readonly competition: {
    readonly candidates: number;
    readonly required: number;
    readonly met: boolean;
  };
  /** 法定人数: whether enough members are present (`required` at least). */
  readonly quorum: {
    readonly members: number;
    readonly present: number;
    readonly required: number;
    readonly met: boolean;
  };
  /** 选票: cast, valid and invalid (废票). */
  readonly ballots: { readonly cast: number; readonly valid: number; readonly invalid: number };
  /** 通过票数: votes for must reach `needed`, more than the share of the base. */
  readonly threshold: {
    readonly base: (typeof ELECTORATE_BASES)[number];
    readonly of: number;
    readonly needed: number;
  };
  /** Every candidate, in rank order (ties in the ballot's order). */
  readonly ranking: readonly LivelihoodTallyRow[];
  /** 入选项目: the adopted candidates' ids, in rank order; none without quorum or competition. */
  readonly adopted: readonly string[];
  /** The candidates tied for the last places left, for a run-off (重新投票). */
  readonly runOff: readonly string[];
}

/**
 * The state of a livelihood tally (计票中间状态): plain JSON, one line per candidate
 * (`[for, against, abstain, points, firstPlaces]`), so that ballot boxes tallied apart merge
 * exactly.
 *
 * @example
 * ```ts
 * import type { LivelihoodTallyState } from 'renda';
 *
 * const empty: LivelihoodTallyState = { cast: 0, invalid: 0, counts: { 'P-1': [0, 0, 0, 0, 0] } };
 * ```
 * @category Livelihood vote
 */
export type LivelihoodTallyState = {
  /** Ballots cast. */
  cast: number;
  /** Invalid ballots (废票). */
  invalid: number;
  /** By candidate id: for, against, abstain, points, first places. */
  counts: { [candidateId: string]: number[] };
};

const MODEL = { id: 'LivelihoodTally', 'zh-Hans': '民生实事项目计票', en: 'Livelihood tally' };

const OptionsSchema = /* @__PURE__ */ z
  .strictObject({
    candidates: /* @__PURE__ */ z.array(IdSchema).min(1).max(10_000),
    places: /* @__PURE__ */ z.number().int().min(1).max(10_000),
    policy: LivelihoodPolicySchema,
    members: /* @__PURE__ */ CountSchema.min(1),
    present: CountSchema,
  })
  .check((ctx) => {
    const { candidates, members, present } = ctx.value;
    const push = (path: string[], code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input: ctx.value, path, params: { code, zh, en } });
    };
    if (new Set(candidates).size !== candidates.length) {
      push(['candidates'], 'DUPLICATE_PROJECT', '候选项目重复', 'lists a candidate twice');
    }
    if (present > members) {
      push(
        ['present'],
        'PRESENT_EXCEEDS_MEMBERS',
        '实到人数不得超过应到人数',
        'must not exceed the number of members',
      );
    }
  });

const parsers = /* @__PURE__ */ createParsers(OptionsSchema, MODEL, {
  candidates: { 'zh-Hans': '候选项目', en: 'candidates' },
  places: { 'zh-Hans': '应选数', en: 'places' },
  policy: { 'zh-Hans': '票决规则', en: 'policy' },
  members: { 'zh-Hans': '应到人数', en: 'members' },
  present: { 'zh-Hans': '实到人数', en: 'members present' },
});

const FOR = 0;
const AGAINST = 1;
const ABSTAIN = 2;
const POINTS = 3;
const TOP = 4;

function isMarks(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lines a valid ballot adds, or `undefined` for an invalid one (废票). */
function linesOf(
  ballot: unknown,
  candidates: readonly string[],
  places: number,
  policy: LivelihoodPolicy,
): Map<string, number[]> | undefined {
  if (typeof ballot !== 'object' || ballot === null) return undefined;
  const { kind } = ballot as { kind?: unknown };
  if (kind !== policy.ballot) return undefined;
  const known = new Set(candidates);
  const lines = new Map<string, number[]>();
  if (kind === 'approval') {
    const { marks } = ballot as { marks?: unknown };
    if (!isMarks(marks)) return undefined;
    let votesFor = 0;
    for (const [id, mark] of Object.entries(marks)) {
      if (!known.has(id) || (mark !== 'for' && mark !== 'against' && mark !== 'abstain'))
        return undefined;
      if (mark === 'for') votesFor += 1;
    }
    // More "for" marks than places spoils the ballot, as in an election (多选无效).
    if (votesFor > places) return undefined;
    for (const id of candidates) {
      const mark = marks[id];
      const line = [0, 0, 0, 0, 0];
      line[mark === 'for' ? FOR : mark === 'against' ? AGAINST : ABSTAIN] = 1;
      lines.set(id, line);
    }
    return lines;
  }
  const { order } = ballot as { order?: unknown };
  if (!Array.isArray(order) || order.length === 0 || order.length > candidates.length)
    return undefined;
  const seen = new Set<unknown>();
  for (const id of order) {
    if (typeof id !== 'string' || !known.has(id) || seen.has(id)) return undefined;
    seen.add(id);
  }
  order.forEach((id: string, i) => {
    // Borda: the first of C candidates gets C points, the next C − 1…; unnumbered ones none.
    lines.set(id, [i < places ? 1 : 0, 0, 0, candidates.length - i, i < places ? 1 : 0]);
  });
  return lines;
}

/** Compares two rows by the policy's keys: negative when `a` ranks before `b`, 0 for a tie. */
function comparator(policy: LivelihoodPolicy): (a: number[], b: number[]) => number {
  const ranked = policy.ballot === 'ranked';
  const primary = ranked && policy.rankedCount === 'borda' ? POINTS : FOR;
  return (a, b) => {
    const first = (b[primary] as number) - (a[primary] as number);
    if (first !== 0 || policy.tieRule === 'runOff') return first;
    if (!ranked) return (a[AGAINST] as number) - (b[AGAINST] as number);
    const second = primary === POINTS ? TOP : POINTS;
    return (b[second] as number) - (a[second] as number);
  };
}

function resultOf(state: LivelihoodTallyState, options: LivelihoodTallyOptions): LivelihoodTally {
  const { candidates, places, policy, members, present } = options;
  const required = Math.max(
    places + policy.competition.minExtra,
    atLeast(policy.competition.minRatio, places),
  );
  const competition = {
    candidates: candidates.length,
    required,
    met: candidates.length >= required,
  };
  const quorumNeeded = atLeast(policy.quorum.share, members);
  const quorum = { members, present, required: quorumNeeded, met: present >= quorumNeeded };
  const base = policy.threshold.base === 'present' ? present : members;
  const needed = moreThan(policy.threshold.share, base);
  const line = (id: string): number[] => state.counts[id] ?? [0, 0, 0, 0, 0];
  const compare = comparator(policy);
  const order = candidates
    .map((id, index) => ({ id, index, line: line(id) }))
    .sort((a, b) => compare(a.line, b.line) || a.index - b.index);
  const adopted = new Set<string>();
  const runOff = new Set<string>();
  const ranks = new Map<string, number>();
  let slots = competition.met && quorum.met ? places : 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && compare(order[start]?.line ?? [], order[end]?.line ?? []) === 0)
      end += 1;
    const group = order.slice(start, end);
    for (const { id } of group) ranks.set(id, start + 1);
    const eligible = group.filter((c) => (c.line[FOR] as number) >= needed);
    if (slots > 0 && eligible.length > 0) {
      if (eligible.length <= slots) {
        for (const { id } of eligible) adopted.add(id);
        slots -= eligible.length;
      } else {
        // More tied candidates than places left: a run-off between them decides.
        for (const { id } of eligible) runOff.add(id);
        slots = 0;
      }
    }
    start = end;
  }
  const ranked = policy.ballot === 'ranked';
  const ranking = order.map(({ id, line: l }) => ({
    candidateId: id,
    rank: ranks.get(id) as number,
    votesFor: l[FOR] as number,
    against: l[AGAINST] as number,
    abstain: l[ABSTAIN] as number,
    points: ranked ? (l[POINTS] as number) : 0,
    passes: (l[FOR] as number) >= needed,
    adopted: adopted.has(id),
    runOff: runOff.has(id),
  }));
  return deepFreeze({
    ballot: policy.ballot,
    places,
    competition,
    quorum,
    ballots: { cast: state.cast, valid: state.cast - state.invalid, invalid: state.invalid },
    threshold: { base: policy.threshold.base, of: base, needed },
    ranking,
    adopted: ranking.filter((r) => r.adopted).map((r) => r.candidateId),
    runOff: ranking.filter((r) => r.runOff).map((r) => r.candidateId),
  });
}

function checkedOptions(options: LivelihoodTallyOptions): LivelihoodTallyOptions {
  const parsed = parsers.safeParse(options);
  if (!parsed.ok) throw new RendaError(parsed.error);
  // The caller's policy object itself, not the parsed copy: the parse has checked its shape.
  return parsed.value as LivelihoodTallyOptions;
}

/**
 * The livelihood-project tally as an accumulator (民生实事项目计票累加器): `init`, `step` one ballot,
 * `merge` two ballot boxes, `result` the {@link LivelihoodTally}.
 *
 * @remarks
 * The state is plain JSON: ballot boxes counted on different machines merge exactly, in any
 * order, and the result does not depend on the order of the ballots. See
 * {@link tallyLivelihoodBallots} for the counting rules.
 * @param options - The candidates, places, policy, members and present.
 * @returns The accumulator.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, livelihoodTallyAccumulator } from 'renda';
 *
 * const tally = livelihoodTallyAccumulator({
 *   candidates: ['P-1', 'P-2', 'P-3'], places: 2, policy: defaultLivelihoodPolicy, members: 5, present: 5,
 * });
 * const boxA = [{ kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'for' } }] as const;
 * const boxB = [
 *   { kind: 'approval', marks: { 'P-1': 'for', 'P-3': 'for' } },
 *   { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'for' } },
 * ] as const;
 * const count = (box: readonly unknown[]) => box.reduce(tally.step, tally.init());
 * console.log(tally.result(tally.merge(count(boxA), count(boxB))).adopted); // ['P-1']
 * ```
 * @category Livelihood vote
 */
export function livelihoodTallyAccumulator(
  options: LivelihoodTallyOptions,
): Accumulator<unknown, LivelihoodTallyState, LivelihoodTally> {
  return guard(MODEL.id, () => {
    const checked = checkedOptions(options);
    const { candidates, places, policy } = checked;
    return defineAccumulator<unknown, LivelihoodTallyState, LivelihoodTally>({
      id: 'livelihoodTally',
      version: 1,
      init: () => ({
        cast: 0,
        invalid: 0,
        counts: Object.fromEntries(candidates.map((id) => [id, [0, 0, 0, 0, 0]])),
      }),
      step(state, ballot) {
        state.cast += 1;
        const lines = linesOf(ballot, candidates, places, policy);
        if (lines === undefined) {
          state.invalid += 1;
          return state;
        }
        for (const [id, add] of lines) {
          const line = state.counts[id] ?? [0, 0, 0, 0, 0];
          state.counts[id] = line;
          for (let i = 0; i < add.length; i++) line[i] = (line[i] ?? 0) + (add[i] as number);
        }
        return state;
      },
      merge(a, b) {
        const counts: { [id: string]: number[] } = {};
        for (const id of new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])) {
          const x = a.counts[id] ?? [];
          const y = b.counts[id] ?? [];
          counts[id] = [0, 1, 2, 3, 4].map((i) => (x[i] ?? 0) + (y[i] ?? 0));
        }
        return { cast: a.cast + b.cast, invalid: a.invalid + b.invalid, counts };
      },
      result: (state) => resultOf(state, checked),
    });
  });
}

/**
 * Like {@link livelihoodTallyAccumulator}, but returns a result instead of throwing.
 *
 * @param options - The candidates, places, policy, members and present.
 * @returns The accumulator, or a validation error naming the bad option.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, safeLivelihoodTallyAccumulator } from 'renda';
 *
 * const result = safeLivelihoodTallyAccumulator({
 *   candidates: ['P-1', 'P-1'], places: 1, policy: defaultLivelihoodPolicy, members: 5, present: 5,
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'DUPLICATE_PROJECT'
 * ```
 * @category Livelihood vote
 */
export function safeLivelihoodTallyAccumulator(
  options: LivelihoodTallyOptions,
): Result<Accumulator<unknown, LivelihoodTallyState, LivelihoodTally>, ValidationError> {
  return safely(MODEL.id, () => livelihoodTallyAccumulator(options));
}

/**
 * Tallies the deputies' ballots on livelihood projects (民生实事项目票决计票): quorum, valid
 * ballots, the ranking, the projects adopted and the ties left to a run-off; a pure function of
 * the ballots, whatever their order.
 *
 * @remarks
 * - **Quorum** (法定人数): present ≥ `policy.quorum.share` × members. **Competition** (差额):
 *   candidates ≥ max(places + `minExtra`, ⌈`minRatio` × places⌉). Without either nothing is
 *   adopted; the ranking is still given.
 * - **Ballots** (废票): a ballot of the other kind than `policy.ballot` or naming a non-candidate is
 *   invalid, and so is an approval ballot with more "for" than places, or a ranked ballot that
 *   numbers a candidate twice or none at all. On an approval ballot an unmarked candidate counts
 *   as abstain (弃权).
 * - **Ranking**: approval by votes for; ranked ballots by Borda points (the first of C candidates
 *   C points, the next C − 1…) under `rankedCount: 'borda'`, or by how many ballots number the
 *   candidate within the places under `'firstPlaces'`. Ties (`tieRule: 'fewerAgainst'`): fewer
 *   against on approval ballots; on ranked ballots the other key. Still tied (or any tie under
 *   `'runOff'`): a shared rank.
 * - **Adoption**: down the ranking, a candidate is adopted when its votes for reach the
 *   threshold (more than `policy.threshold.share` of all members or of those present) and a
 *   place is left; a tied group that passes but does not fit the places left goes to a run-off
 *   (重新投票) and takes no place. On ranked ballots "votes for" is the number of ballots that
 *   number the candidate within the places.
 * @param ballots - The ballots; any iterable, any order.
 * @param options - The candidates, places, policy, members and present.
 * @returns The tally, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, tallyLivelihoodBallots } from 'renda';
 *
 * const ballots = [
 *   { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'for', 'P-3': 'against' } },
 *   { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'against', 'P-3': 'for' } },
 *   { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'for' } },
 * ] as const;
 * const tally = tallyLivelihoodBallots(ballots, {
 *   candidates: ['P-1', 'P-2', 'P-3'], places: 2, policy: defaultLivelihoodPolicy, members: 3, present: 3,
 * });
 * console.log(tally.adopted); // ['P-1', 'P-2']
 * console.log(tally.threshold.needed); // 2, more than half of 3 members
 * ```
 * @category Livelihood vote
 */
export function tallyLivelihoodBallots(
  ballots: Iterable<LivelihoodBallot>,
  options: LivelihoodTallyOptions,
): LivelihoodTally {
  return guard(MODEL.id, () =>
    countBallots(MODEL.id, livelihoodTallyAccumulator(options), ballots),
  );
}

/**
 * Like {@link tallyLivelihoodBallots}, but returns a result instead of throwing.
 *
 * @param ballots - The ballots; any iterable, any order.
 * @param options - The candidates, places, policy, members and present.
 * @returns The tally, or a validation error naming the bad option.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, safeTallyLivelihoodBallots } from 'renda';
 *
 * const result = safeTallyLivelihoodBallots([], {
 *   candidates: ['P-1', 'P-2'], places: 1, policy: defaultLivelihoodPolicy, members: 5, present: 6,
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'PRESENT_EXCEEDS_MEMBERS'
 * ```
 * @category Livelihood vote
 */
export function safeTallyLivelihoodBallots(
  ballots: Iterable<LivelihoodBallot>,
  options: LivelihoodTallyOptions,
): Result<LivelihoodTally, ValidationError> {
  return safely(MODEL.id, () => tallyLivelihoodBallots(ballots, options));
}
