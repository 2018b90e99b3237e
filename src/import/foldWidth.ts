/**
 * Folds full-width ASCII forms to their ordinary forms (全角转半角): `２０２５` → `2025`, `Ｄ－０１` →
 * `D-01`, the ideographic space to a space, then trims.
 *
 * @remarks
 * Only the full-width block U+FF01–U+FF5E and U+3000 change: Chinese punctuation in free text (，。)
 * is left alone, which is why import applies this to ids, numbers, dates and labels but not to
 * titles and contents.
 *
 * @param text - A cell's text.
 * @returns The folded, trimmed text.
 * @example
 * ```ts
 * import { foldWidth } from 'renda/import';
 *
 * console.log(foldWidth('　２０２５．３．１ ')); // '2025.3.1'
 * ```
 * @category Import
 */
export function foldWidth(text: string): string {
  if (typeof text !== 'string') return '';
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += char;
  }
  return out.trim();
}
