import { deepFreeze } from '../internal/deepFreeze.js';
import type { Suggestion } from '../model/suggestion.js';
import { prepare } from './internal/prepare.js';
import { suggestionRecords } from './internal/suggestions.js';
import type { SampleOptions } from './sampleTypes.js';

/**
 * The suggestions of a sample, one at a time (样本建议): the same records, in the same order, as
 * the `suggestion` items of {@link streamSample} and `generateSample(options).suggestions`.
 *
 * @remarks Holds only the roster in memory, so it suits large sizes: a province gives
 * 1,000,000 suggestions. Every state, outcome class, grade and handling situation appears among
 * the first few dozen records. Each record is frozen and canonical.
 * @param options - The seed, size (default `'town'`) and year (default 2025).
 * @returns A lazy iterable of frozen suggestions.
 * @throws `RendaError` with code `INVALID_INPUT`, when iteration starts, for options that
 *   are not an object, a seed or year that is not a whole number in range, or a bad size.
 * @example
 * ```ts
 * import { sampleSuggestions } from 'renda/testing';
 *
 * let closed = 0;
 * for (const suggestion of sampleSuggestions({ seed: 3, size: 'county' })) {
 *   if (suggestion.state === 'closed') closed++;
 * }
 * console.log(closed > 0); // true
 * ```
 * @category Testing
 */
export function sampleSuggestions(options: SampleOptions): Iterable<Suggestion> {
  return {
    *[Symbol.iterator](): Generator<Suggestion> {
      const { ctx, roster } = prepare(options);
      for (const suggestion of suggestionRecords(ctx, roster)) yield deepFreeze(suggestion);
    },
  };
}
