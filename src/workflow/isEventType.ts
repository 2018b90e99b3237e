/**
 * Whether an event is one of the named types (事件类型判断), narrowing a workflow's event union to
 * those members so that their payloads can be read typed. It is how a guard shared by several
 * events reads a payload (the way xstate's `assertEvent` narrows, but without throwing).
 *
 * @typeParam TEvent - The event union (e.g. {@link WorkflowEventOf} of a workflow).
 * @typeParam TType - The types to accept.
 * @param event - The event a guard received.
 * @param types - The event types whose payloads the caller reads.
 * @returns True when `event.type` is one of `types`; false for anything else, never a throw
 *   (a missing event, a non-object, an event whose `type` cannot be read).
 *
 * @example
 * ```ts
 * import { isEventType, type SuggestionEvent } from 'renda';
 *
 * // A guard shared by `reply` and `followUpReply` reads the outcome class of either.
 * function outcomeClassOf(event: SuggestionEvent): string | undefined {
 *   return isEventType(event, 'reply', 'followUpReply') ? event.payload?.outcomeClass : undefined;
 * }
 * ```
 * @category Workflow engine
 */
export function isEventType<
  TEvent extends { readonly type: string },
  const TType extends TEvent['type'],
>(event: TEvent, ...types: readonly TType[]): event is Extract<TEvent, { readonly type: TType }> {
  // A predicate cannot fail: whatever cannot be read as an event is simply not one of `types`.
  try {
    if (typeof event !== 'object' || event === null) return false;
    const type: unknown = event.type;
    return typeof type === 'string' && (types as readonly unknown[]).includes(type);
  } catch {
    return false;
  }
}
