import { deepFreeze } from '../../internal/deepFreeze.js';
import type { Motion } from '../../model/motion.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { Accumulator } from '../../stats/accumulator.js';
import {
  type CategoryCountState,
  categoryCountAccumulator,
} from '../../stats/categoryCountAccumulator.js';
import { refusedInput } from '../internal/refusedInput.js';

/**
 * What the presidium first decided on a motion (主席团首次决定), the rows of
 * {@link motionsByDecision}: its three decisions, or `undecided` (尚未决定) for a motion still
 * awaiting one.
 *
 * @example
 * ```ts
 * import { MOTION_FIRST_DECISIONS } from 'renda';
 *
 * console.log(MOTION_FIRST_DECISIONS.length); // 4
 * ```
 * @category Metrics
 */
export const MOTION_FIRST_DECISIONS = [
  'putOnAgenda',
  'referToCommittee',
  'handleAsSuggestion',
  'undecided',
] as const;

/**
 * What became of a motion (议案结果), the columns of {@link motionsByDecision}: adopted (通过), not
 * adopted (未通过), not on the agenda (不列入会议议程), handled as a suggestion (作为建议处理),
 * withdrawn (撤回), or still pending (办理中: submitted, under review, reviewed or on the agenda).
 *
 * @example
 * ```ts
 * import { MOTION_OUTCOMES } from 'renda';
 *
 * console.log(MOTION_OUTCOMES.includes('withdrawn')); // true
 * ```
 * @category Metrics
 */
export const MOTION_OUTCOMES = [
  'pending',
  'adopted',
  'notAdopted',
  'notOnAgenda',
  'handledAsSuggestion',
  'withdrawn',
] as const;

type FirstDecision = (typeof MOTION_FIRST_DECISIONS)[number];
type Outcome = (typeof MOTION_OUTCOMES)[number];

/**
 * The figure "motions by decision" (议案按主席团决定分类统计): how many submitted motions the
 * presidium first decided each way, and what became of them.
 *
 * @example
 * ```ts
 * import type { MotionsByDecision } from 'renda';
 *
 * const referredShare = (f: MotionsByDecision) => f.byDecision.referToCommittee / f.total;
 * ```
 * @category Metrics
 */
export interface MotionsByDecision {
  /** Submitted motions counted (drafts are not). */
  readonly total: number;
  /** Per first decision of the presidium. */
  readonly byDecision: { readonly [D in FirstDecision]: number };
  /** Per outcome. */
  readonly byOutcome: { readonly [O in Outcome]: number };
  /** Per first decision, per outcome: the cross table; its cells add up to `total`. */
  readonly byDecisionAndOutcome: {
    readonly [D in FirstDecision]: { readonly [O in Outcome]: number };
  };
}

const OUTCOME_OF_STATE: { readonly [state: string]: Outcome | undefined } = {
  submitted: 'pending',
  underReview: 'pending',
  reviewed: 'pending',
  onAgenda: 'pending',
  adopted: 'adopted',
  notAdopted: 'notAdopted',
  notOnAgenda: 'notOnAgenda',
  handledAsSuggestion: 'handledAsSuggestion',
  withdrawn: 'withdrawn',
};

/**
 * The cell a motion counts in (the rule, once): `firstDecision/outcome`, or `null` for a draft or
 * a state the figure does not know. The first decision is the first entry of `decisions`; a
 * decision after the report changes the outcome, not the row.
 */
function cellOf(motion: Motion): string | null {
  const outcome = OUTCOME_OF_STATE[motion.state];
  if (outcome === undefined) return null;
  const first = motion.decisions[0]?.decision;
  const decision: FirstDecision =
    first === undefined || first === 'notOnAgenda' ? 'undecided' : first;
  return `${decision}/${outcome}`;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as { [P in K]: number };

function resultOf(counts: Readonly<Record<string, number>>): MotionsByDecision {
  const byDecision = zeros(MOTION_FIRST_DECISIONS);
  const byOutcome = zeros(MOTION_OUTCOMES);
  const cells = Object.fromEntries(
    MOTION_FIRST_DECISIONS.map((d) => [d, zeros(MOTION_OUTCOMES)]),
  ) as { [D in FirstDecision]: { [O in Outcome]: number } };
  let total = 0;
  for (const decision of MOTION_FIRST_DECISIONS) {
    for (const outcome of MOTION_OUTCOMES) {
      const n = counts[`${decision}/${outcome}`] ?? 0;
      cells[decision][outcome] = n;
      byDecision[decision] += n;
      byOutcome[outcome] += n;
      total += n;
    }
  }
  return deepFreeze({ total, byDecision, byOutcome, byDecisionAndOutcome: cells });
}

/**
 * The accumulator of the figure "motions by decision" (议案按主席团决定分类统计), for
 * {@link aggregate}: one pass, mergeable, its state plain JSON.
 *
 * @remarks Formula: count(d, o) = #{ submitted motions whose first presidium decision is d and
 * whose outcome is o }; see {@link motionsByDecision}.
 * @returns A frozen accumulator whose result is a {@link MotionsByDecision}.
 * @example
 * ```ts
 * import { aggregate, motionsByDecisionAccumulator } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const { total } = aggregate(motions, { motions: motionsByDecisionAccumulator() });
 * console.log(total.motions.total > 0); // true
 * ```
 * @category Metrics
 */
export function motionsByDecisionAccumulator(): Accumulator<
  Motion,
  CategoryCountState,
  MotionsByDecision
> {
  const cells = categoryCountAccumulator<Motion>(cellOf, { id: 'motionsByDecision' });
  return Object.freeze({
    id: 'motionsByDecision',
    version: 1,
    init: cells.init,
    step: cells.step,
    merge: cells.merge,
    result: (state: CategoryCountState) => resultOf(cells.result(state).counts),
  });
}

/**
 * Motions by decision (议案按主席团决定分类统计), like {@link motionsByDecision}, but returns a
 * result instead of throwing.
 *
 * @param motions - The motions; any iterable.
 * @returns The figure, or a validation error when `motions` is not an iterable of motions.
 * @example
 * ```ts
 * import { safeMotionsByDecision } from 'renda';
 *
 * const result = safeMotionsByDecision([]);
 * if (result.ok) console.log(result.value.total); // 0
 * ```
 * @category Metrics
 */
export function safeMotionsByDecision(
  motions: Iterable<Motion>,
): Result<MotionsByDecision, ValidationError> {
  const field = { 'zh-Hans': '议案', en: 'motions' };
  const expected = { 'zh-Hans': '议案的可迭代集合', en: 'an iterable of motions' };
  return neverThrow<MotionsByDecision, ValidationError>(
    () => {
      if (
        typeof motions !== 'object' ||
        motions === null ||
        typeof (motions as Partial<Iterable<Motion>>)[Symbol.iterator] !== 'function'
      ) {
        return Object.freeze({
          ok: false as const,
          error: refusedInput('Motion', [], field, expected, motions),
        });
      }
      const accumulator = motionsByDecisionAccumulator();
      let state = accumulator.init();
      let index = 0;
      for (const motion of motions) {
        const readable =
          typeof motion === 'object' &&
          motion !== null &&
          typeof motion.state === 'string' &&
          Array.isArray(motion.decisions);
        if (!readable) {
          return Object.freeze({
            ok: false as const,
            error: refusedInput('Motion', [index], field, expected, motion),
          });
        }
        state = accumulator.step(state, motion);
        index += 1;
      }
      return Object.freeze({ ok: true as const, value: accumulator.result(state) });
    },
    () => refusedInput('Motion', [], field, expected),
  );
}

/**
 * Motions by decision (议案按主席团决定分类统计): how many submitted motions the presidium first
 * put on the agenda (列入会议议程), referred to a special committee (交专门委员会审议) or handled
 * as a suggestion (作为建议处理), and what became of them.
 *
 * @remarks
 * Formula: count(d, o) = #{ submitted motions m : first presidium decision of m = d, outcome of m =
 * o }. Rows d: the first of `decisions` (`undecided` while none); a later decision, after the
 * committee's report, changes the outcome, not the row. Columns o: adopted, notAdopted,
 * notOnAgenda, handledAsSuggestion, withdrawn from the motion's state, and pending for submitted,
 * underReview, reviewed and onAgenda. Drafts are not counted. `byDecision` and `byOutcome` are
 * the row and column sums; every sum equals `total`. Feed a row to {@link shares} for percentages.
 * @param motions - The motions; any iterable.
 * @returns The figure.
 * @throws RendaError `INVALID_INPUT` when `motions` is not an iterable of motions.
 * @example
 * ```ts
 * import { motionsByDecision } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const figure = motionsByDecision(motions);
 * const rows = Object.values(figure.byDecision).reduce((a, b) => a + b, 0);
 * console.log(rows === figure.total); // true
 * ```
 * @category Metrics
 */
export function motionsByDecision(motions: Iterable<Motion>): MotionsByDecision {
  const result = safeMotionsByDecision(motions);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
