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
