/**
 * The digits of an area code that say where it is (internal): trailing zero groups only say
 * "the whole of", so `330200` (宁波市) is `3302` and `330281101000` (a town) is `330281101`; a
 * code under it then starts with it. Codes that are not division codes (a constituency id) are
 * kept as they are.
 */
export function areaPrefix(code: string): string {
  let out = code;
  if (!/^\d+$/.test(out)) return out;
  while (out.length > 6 && out.endsWith('000')) out = out.slice(0, -3);
  while (out.length === 6 || (out.length < 6 && out.length > 2)) {
    if (!out.endsWith('00')) break;
    out = out.slice(0, -2);
  }
  return out;
}

/** Every leading part of `code`, longest first (internal). */
export function prefixesOf(code: string): string[] {
  const out: string[] = [];
  for (let length = code.length; length > 0; length--) out.push(code.slice(0, length));
  return out;
}
