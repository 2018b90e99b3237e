/** The full-width forms of printable ASCII. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;

/**
 * Folds full-width ASCII forms to their ordinary forms (全角转半角): `２０２５` → `2025`, `Ｄ－０１` →
 * `D-01`, the ideographic space to a space, then trims.
 *
 * @remarks
 * The whole full-width block U+FF01–U+FF5E folds, the Chinese comma `，` and brackets `（）`
 * included (the ideographic full stop `。` is outside it), which is why import applies this to
 * ids, numbers, dates, labels and headers but never to titles and contents.
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
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .trim();
}
