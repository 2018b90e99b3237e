/**
 * Marks a value a test sends wrong on purpose (an unknown event type, a payload with a bad key or
 * type, an unknown role): typed events would not let it compile, and the test checks what the
 * engine does at run time with input that bypassed the types (JSON from a request, say).
 */
export function untyped(value: unknown): never {
  return value as never;
}
