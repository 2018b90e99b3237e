/**
 * The canonical JSON of a plain-JSON value (规范化 JSON), as RFC 8785 (JCS) writes it: object keys
 * sorted by UTF-16 code units, no whitespace, strings and numbers as `JSON.stringify` writes them,
 * keys whose value is `undefined` left out. Two equal values always give the same text, whatever
 * order their keys were written in, so a digest of the text is a digest of the value. It is
 * written once here: the history chain hashes it, and any other language that recomputes a
 * digest must write the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}
