import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import type { TransitionError } from '../types.js';
import { inputFields, inputIssue } from './inputProblems.js';
import { engineDetails } from './messages.js';

/** The event's type as far as it can be read, quoted; `'?'` when reading it throws. */
export function eventTypeOf(event: unknown): string {
  try {
    const type = (event as { readonly type?: unknown } | null | undefined)?.type;
    return quote(type);
  } catch {
    return '?';
  }
}

/**
 * The `INVALID_INPUT` error of an input the engine could not read at all (a Proxy or getter that
 * threw, a value nested deeper than the stack): what `neverThrow` turns a thrown value into.
 */
export function unreadableInput(event: unknown, thrown: unknown): TransitionError {
  const message = engineDetails.unreadable(thrown);
  return deepFreeze({
    code: 'INVALID_INPUT',
    message,
    event: eventTypeOf(event),
    issues: [inputIssue([], inputFields.input, message, 'UNREADABLE')],
  });
}
