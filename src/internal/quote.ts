/** The most characters of a bad value an error message quotes (a 10 MB value must not become a 10 MB message). */
export const QUOTE_LIMIT = 200;

/**
 * A bad value as an error message quotes it: `String(value)` cut to {@link QUOTE_LIMIT}
 * characters with `…` when longer. Never throws, whatever it is given (symbols, objects whose
 * `toString` throws, revoked Proxies): a value that cannot be turned into text reads as its type.
 */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    text = `[${typeof value}]`;
  }
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}
