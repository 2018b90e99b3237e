import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENUM_GROUPS, type EnumGroup, labels } from '../../src/i18n/index.js';
import {
  foldWidth,
  parseDayCell,
  reverseLabel,
  safeParseDayCell,
  safeReverseLabel,
} from '../../src/import/index.js';

describe('reverseLabel', () => {
  it('reads every label of every locale back to its value', () => {
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const table = labels(locale) as Readonly<Record<string, Readonly<Record<string, string>>>>;
      for (const group of Object.keys(ENUM_GROUPS) as EnumGroup[]) {
        for (const [value, label] of Object.entries(table[group] ?? {})) {
          const back = reverseLabel(group, label);
          // A label two values of one group share would read as the first; none does today.
          expect(table[group]?.[back], `${group}.${value} ${locale}`).toBe(label);
        }
      }
    }
  });

  it('takes the value itself, full-width letters, spaces and any case', () => {
    expect(reverseLabel('congressLevel', 'provincial')).toBe('provincial');
    expect(reverseLabel('satisfactionGrade', 'BASICALLY　SATISFIED')).toBe('basicallySatisfied');
    expect(reverseLabel('satisfactionGrade', ' 基本 滿意 ')).toBe('basicallySatisfied');
  });

  it('refuses an unknown label with the nearest value, and an unknown group', () => {
    const near = safeReverseLabel('satisfactionGrade', '基本满易');
    expect(near.ok ? null : [near.error.code, near.error.suggestion]).toEqual([
      'UNKNOWN_LABEL',
      'basicallySatisfied',
    ]);
    const far = safeReverseLabel('congressLevel', '中央军委');
    expect(far.ok ? null : far.error.suggestion).toBeUndefined();
    const group = safeReverseLabel('nope' as EnumGroup, '省级');
    expect(group.ok ? null : group.error.code).toBe('UNKNOWN_GROUP');
    expect(() => reverseLabel('congressLevel', '中央')).toThrow();
  });
});

describe('parseDayCell', () => {
  it('reads the forms spreadsheets hold', () => {
    for (const cell of [
      '2025-03-01',
      '2025年3月1日',
      '2025.3.1',
      '2025/3/1',
      '２０２５/３/１',
      '20250301',
      45717,
      '45717',
    ])
      expect(parseDayCell(cell), String(cell)).toBe('2025-03-01');
  });

  it('counts Excel serials in the 1900 system, around the fictitious leap day', () => {
    expect(parseDayCell(1)).toBe('1900-01-01');
    expect(parseDayCell(59)).toBe('1900-02-28');
    expect(parseDayCell(61)).toBe('1900-03-01');
    expect(parseDayCell(45717.75)).toBe('2025-03-01');
    const leap = safeParseDayCell(60);
    expect(leap.ok ? null : leap.error.code).toBe('INVALID_DAY');
  });

  it('refuses impossible days, Date objects and other values', () => {
    for (const cell of ['2023-02-29', '2025-13-01', 'soon', 0, -3, new Date(0), null, Number.NaN])
      expect(safeParseDayCell(cell).ok, String(cell)).toBe(false);
  });

  it('agrees with the calendar for every serial (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(parseDayCell(serial)).toBe(expected);
      }),
    );
  });
});

describe('foldWidth', () => {
  it('folds full-width ASCII forms and the ideographic space, and trims', () => {
    expect(foldWidth('　Ｄ－０１（２），好。 ')).toBe('D-01(2),好。');
  });
});
