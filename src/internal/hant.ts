import { HANT_CHARS_FROM, HANT_CHARS_TO, HANT_PHRASES } from './hantTable.js';

let chars: Map<string, string> | undefined;
let phrasesByFirst: Map<string, readonly (readonly [string, string])[]> | undefined;

/** Builds the lookup tables on first use, so importing renda costs nothing for them. */
function tables(): [Map<string, string>, Map<string, readonly (readonly [string, string])[]>] {
  if (chars === undefined || phrasesByFirst === undefined) {
    chars = new Map();
    for (let i = 0; i < HANT_CHARS_FROM.length; i++) {
      chars.set(HANT_CHARS_FROM[i] as string, HANT_CHARS_TO[i] as string);
    }
    const byFirst = new Map<string, (readonly [string, string])[]>();
    for (const phrase of HANT_PHRASES) {
      const first = phrase[0][0] as string;
      const list = byFirst.get(first) ?? [];
      list.push(phrase);
      // Longest first: 答复 must win over a shorter phrase that starts the same way.
      list.sort((a, b) => b[0].length - a[0].length);
      byFirst.set(first, list);
    }
    phrasesByFirst = byFirst;
  }
  return [chars, phrasesByFirst];
}

/**
 * Writes one of renda's own simplified-Chinese texts in traditional characters (繁體), as
 * OpenCC's Taiwan conversion writes it: the longest known phrase first (答复 → 答覆), else each
 * character alone (办 → 辦). The tables hold exactly what renda's texts need
 * (scripts/generate-hant.mjs); characters outside that vocabulary pass through unchanged.
 */
export function toHant(text: string): string {
  const [charMap, phraseMap] = tables();
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    const candidates = phraseMap.get(ch);
    const hit = candidates?.find(([hans]) => text.startsWith(hans, i));
    if (hit !== undefined) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += charMap.get(ch) ?? ch;
      i++;
    }
  }
  return out;
}

/** How deep `withHant` looks for texts: errors are small, and a hostile value must not recurse. */
const MAX_DEPTH = 12;
/** The longest text `withHant` converts whole. */
const MAX_TEXT = 4000;

/** A text without its traditional form: `{ 'zh-Hans', en }` as strings, no `'zh-Hant'`. */
function lacksHant(value: Readonly<Record<string, unknown>>): boolean {
  return (
    typeof value['zh-Hans'] === 'string' &&
    typeof value.en === 'string' &&
    typeof value['zh-Hant'] !== 'string'
  );
}

function addHant(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = addHant(value[i], depth + 1);
      if (next !== value[i]) {
        copy ??= value.slice();
        copy[i] = next;
      }
    }
    return copy === undefined ? value : Object.freeze(copy);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const record = value as Readonly<Record<string, unknown>>;
  let copy: Record<string, unknown> | undefined;
  if (lacksHant(record)) {
    // A message is short (bad values are quoted to 200 characters); should one ever carry a
    // value whole, its traditional form is cut rather than let a 10 MB text stall the caller.
    const text = record['zh-Hans'] as string;
    const hant = text.length > MAX_TEXT ? `${toHant(text.slice(0, MAX_TEXT))}…` : toHant(text);
    copy = { ...record, 'zh-Hant': hant };
  }
  for (const key of Object.keys(record)) {
    const next = addHant(record[key], depth + 1);
    if (next !== record[key]) {
      copy ??= { ...record };
      copy[key] = next;
    }
  }
  return copy === undefined ? value : Object.freeze(copy);
}

/**
 * The error value as renda hands it out: every text in it (`{ 'zh-Hans', en }`) also in
 * traditional characters (`'zh-Hant'`, by {@link toHant}). Messages are written once, in
 * simplified Chinese and English, where the rule that makes them lives; the traditional form is
 * added here, at the boundary every `safeX` and `RendaError` goes through. Copies what it
 * changes (errors are frozen) and never throws: a part it cannot read is left as it is.
 */
export function withHant<E>(error: E): E {
  try {
    return addHant(error, 0) as E;
  } catch {
    return error;
  }
}
