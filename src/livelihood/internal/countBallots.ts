import { RendaError } from '../../model/shared/validationError.js';
import type { Accumulator, JsonValue } from '../../stats/accumulator.js';
import { isIterable } from '../../stats/internal/invalidInput.js';
import { refusedInput } from '../../suggestion/internal/refusedInput.js';

// One ballot box counted through a tally's accumulator (internal): the livelihood vote and the
// appraisals count their ballots the same way, so a box counted whole and boxes counted apart and
// merged give the same result.

/** Counts `ballots` with `tally`, refusing anything that is not an iterable of ballots. */
export function countBallots<TState extends JsonValue, TResult>(
  model: string,
  tally: Accumulator<unknown, TState, TResult>,
  ballots: unknown,
): TResult {
  if (!isIterable(ballots) || typeof ballots === 'string') {
    throw new RendaError(
      refusedInput(
        model,
        ['ballots'],
        { 'zh-Hans': '选票', en: 'ballots' },
        { 'zh-Hans': '选票的可迭代集合', en: 'an iterable of ballots' },
        ballots,
      ),
    );
  }
  let state = tally.init();
  for (const ballot of ballots) state = tally.step(state, ballot);
  return tally.result(state);
}
