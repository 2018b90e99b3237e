// How one cell is written for a kind of field, and read back.
import { labelTable, type Triple } from '../../i18n/labelTable.js';
import { quote } from '../../internal/quote.js';
import { hasTimestampForm } from '../../internal/timestamp.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { Result } from '../../model/shared/result.js';
import { foldWidth } from '../foldWidth.js';
import { safeParseDayCell } from '../parseDayCell.js';
import { safeReverseLabel } from '../reverseLabel.js';
import type { Leaf } from './columnTree.js';
import type { HeaderLocale } from './modelColumns.js';

/**
 * A spreadsheet cell as readers give it (单元格): text, a number, a boolean, or nothing.
 *
 * @example
 * ```ts
 * import type { Cell } from 'renda/import';
 *
 * const row: Cell[] = ['D-001', '王芳', 45717, null];
 * ```
 * @category Import
 */
export type Cell = string | number | boolean | null | undefined;

/** What joins the values of a list cell on export; import also splits on , ， ; ； and lines. */
const LIST_JOIN = '、';
const LIST_SPLIT = /[、,，;；\n]/u;

/**
 * An empty list, written so that it reads back as one: a blank cell reads as no list at all,
 * which an optional list field and an empty one must not be confused with.
 */
const EMPTY_LIST = { 'zh-Hans': '（无）', en: '(none)' } as const;
const EMPTY_SPELLINGS = new Set(['(无)', '无', '(無)', '無', '(none)', 'none']);

const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', '有']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '×', '✗', '无', '無']);

/** Whether a cell holds nothing: absent, empty or only spaces (full-width ones too). */
export function isBlank(cell: unknown): boolean {
  return (
    cell === undefined || cell === null || (typeof cell === 'string' && foldWidth(cell) === '')
  );
}

/** The cell of one value. */
export function formatCell(leaf: Leaf, value: unknown, locale: HeaderLocale): Cell {
  switch (leaf.kind) {
    case 'enum': {
      for (const group of leaf.groups) {
        const triple = (labelTable[group] as Readonly<Record<string, Triple>>)[String(value)];
        if (triple !== undefined) return triple[locale === 'en' ? 2 : 0];
      }
      return String(value);
    }
    case 'boolean':
      return value === true ? (locale === 'en' ? 'yes' : '是') : locale === 'en' ? 'no' : '否';
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'list':
      if (Array.isArray(value) && value.length === 0) return EMPTY_LIST[locale];
      return Array.isArray(value)
        ? value.map((item) => String(formatCell(leaf.item, item, locale))).join(LIST_JOIN)
        : String(value);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

const failure = (zh: string, en: string): Result<never, BilingualText> => ({
  ok: false,
  error: { 'zh-Hans': zh, en },
});

/** Today's time part `HH:MM[:SS]` after a day, or a serial's fraction, as `THH:MM:SS`. */
function timeOf(text: string): string | undefined {
  const match = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/u.exec(text);
  if (match === null) return undefined;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  return `T${String(h).padStart(2, '0')}:${match[2]}:${String(s).padStart(2, '0')}`;
}

function readTimestamp(cell: Cell, offset: string): Result<unknown, BilingualText> {
  if (typeof cell === 'number') {
    const day = safeParseDayCell(cell);
    if (!day.ok) return { ok: false, error: day.error.message };
    const seconds = Math.round((cell - Math.floor(cell)) * 86_400);
    const hh = String(Math.floor(seconds / 3600) % 24).padStart(2, '0');
    const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    return { ok: true, value: `${day.value}T${hh}:${mm}:${ss}${offset}` };
  }
  const text = foldWidth(String(cell));
  if (hasTimestampForm(text)) return { ok: true, value: text };
  // 2025年3月1日 14:30, 2025/3/1 14:30:05: a day, a space, a time, at the options' offset.
  const match = /^(.+?)[\sT]+(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$/u.exec(text);
  const day = match === null ? undefined : safeParseDayCell(match[1] as string);
  const time = match === null ? undefined : timeOf(match[2] as string);
  if (day?.ok === true && time !== undefined)
    return { ok: true, value: `${day.value}${time}${offset}` };
  return failure(
    `${quote(cell)} 不是时间，应写作 2025-03-01 14:30 或带时区的 ISO 时间`,
    `${quote(cell)} is not a time; write 2025-03-01 14:30 or an ISO time with its offset`,
  );
}

/** The value of a non-blank cell, or why it cannot be one. */
export function readCell(leaf: Leaf, cell: Cell, offset: string): Result<unknown, BilingualText> {
  switch (leaf.kind) {
    case 'id':
      return { ok: true, value: foldWidth(String(cell)) };
    case 'text':
      return { ok: true, value: String(cell) };
    case 'number': {
      if (typeof cell === 'number') return { ok: true, value: cell };
      const text = foldWidth(String(cell)).replace(/[,\s]/gu, '');
      const value = text === '' ? Number.NaN : Number(text);
      return Number.isFinite(value)
        ? { ok: true, value }
        : failure(`${quote(cell)} 不是数字`, `${quote(cell)} is not a number`);
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const text = foldWidth(String(cell)).toLowerCase();
      if (YES.has(text)) return { ok: true, value: true };
      if (NO.has(text)) return { ok: true, value: false };
      return failure(`${quote(cell)} 应为“是”或“否”`, `${quote(cell)} should be yes or no`);
    }
    case 'day': {
      const day = safeParseDayCell(typeof cell === 'number' ? cell : String(cell));
      return day.ok ? day : { ok: false, error: day.error.message };
    }
    case 'timestamp':
      return readTimestamp(cell, offset);
    case 'enum': {
      const text = foldWidth(String(cell));
      if (leaf.values.includes(text)) return { ok: true, value: text };
      let refusal: BilingualText | undefined;
      for (const group of leaf.groups) {
        const found = safeReverseLabel(group, text);
        if (found.ok && leaf.values.includes(found.value)) return found;
        if (!found.ok) refusal ??= found.error.message;
      }
      if (refusal !== undefined) return { ok: false, error: refusal };
      return failure(
        `${quote(cell)} 不在可选值 ${leaf.values.join('、')} 之中`,
        `${quote(cell)} is not one of ${leaf.values.join(', ')}`,
      );
    }
    case 'list': {
      const items: unknown[] = [];
      if (EMPTY_SPELLINGS.has(foldWidth(String(cell)).toLowerCase()))
        return { ok: true, value: items };
      for (const part of String(cell).split(LIST_SPLIT)) {
        if (isBlank(part)) continue;
        const item = readCell(leaf.item, part.trim(), offset);
        if (!item.ok) return item;
        items.push(item.value);
      }
      return { ok: true, value: items };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(String(cell)) as unknown };
      } catch {
        return failure(`${quote(cell)} 不是 JSON`, `${quote(cell)} is not JSON`);
      }
  }
}
