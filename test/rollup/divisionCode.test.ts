import { describe, expect, it } from 'vitest';
import {
  byDivision,
  DIVISION_LEVELS,
  divisionAncestors,
  divisionParent,
  isWithinDivision,
  PROVINCE_CODES,
  parseDivisionCode,
  RendaError,
  safeByDivision,
  safeDivisionAncestors,
  safeIsWithinDivision,
  safeParseDivisionCode,
} from '../../src/index.js';

/** The issue code a refused code comes back with. */
const refusal = (code: unknown): string | undefined => {
  const result = safeParseDivisionCode(code);
  return result.ok ? undefined : result.error.issues[0]?.code;
};

describe('parseDivisionCode', () => {
  it('reads every level, its parent and its province', () => {
    expect(parseDivisionCode('330000')).toEqual({
      code: '330000',
      level: 'province',
      parent: null,
      province: '330000',
    });
    expect(parseDivisionCode('330200')).toMatchObject({ level: 'city', parent: '330000' });
    expect(parseDivisionCode('330281')).toMatchObject({ level: 'county', parent: '330200' });
    expect(parseDivisionCode('330281101000')).toMatchObject({
      code: '330281101000',
      level: 'township',
      parent: '330281',
    });
    expect(parseDivisionCode('330281101001')).toMatchObject({
      level: 'village',
      parent: '330281101000',
      province: '330000',
    });
  });

  it('reads districts of a municipality and county-level units under a province', () => {
    expect(parseDivisionCode('110101')).toMatchObject({ level: 'county', parent: '110100' });
    expect(parseDivisionCode('110100')).toMatchObject({ level: 'city', parent: '110000' });
    expect(parseDivisionCode('429004')).toMatchObject({ level: 'county', parent: '429000' });
    expect(divisionAncestors('429004')).toEqual(['429004', '429000', '420000']);
  });

  it('reads a town of a city without counties (东莞) as under the city', () => {
    expect(parseDivisionCode('441900003000')).toMatchObject({
      level: 'township',
      parent: '441900',
    });
    expect(byDivision('county')({ congress: { jurisdiction: '441900003000' } })).toBe('441900');
  });

  it('gives one canonical code per division, from 6, 9 or 12 digits', () => {
    expect(parseDivisionCode('330281000000').code).toBe('330281');
    expect(parseDivisionCode('330000000000')).toMatchObject({ code: '330000', level: 'province' });
    expect(parseDivisionCode('330281101').code).toBe('330281101000');
    expect(parseDivisionCode('330281101').level).toBe('township');
  });

  it('refuses codes, naming the reason and the field in both languages', () => {
    expect(refusal(330281)).toBe('INVALID_TYPE');
    expect(refusal(null)).toBe('INVALID_TYPE');
    expect(refusal('3302')).toBe('INVALID_LENGTH');
    expect(refusal('3302810')).toBe('INVALID_LENGTH');
    expect(refusal(' 330281')).toBe('INVALID_LENGTH');
    expect(refusal('33028a')).toBe('NOT_DIGITS');
    expect(refusal('33028 ')).toBe('NOT_DIGITS');
    expect(refusal('000000')).toBe('UNKNOWN_PROVINCE');
    expect(refusal('100000')).toBe('UNKNOWN_PROVINCE');
    expect(refusal('990000')).toBe('UNKNOWN_PROVINCE');
    expect(refusal('330081')).toBe('ZERO_PARENT_PART');
    expect(refusal('330000101000')).toBe('ZERO_PARENT_PART');
    expect(refusal('330281000001')).toBe('ZERO_PARENT_PART');
    const result = safeParseDivisionCode('330081');
    if (result.ok) throw new Error('accepted');
    expect(result.error.model).toBe('DivisionCode');
    expect(result.error.issues[0]?.field).toMatchObject({
      'zh-Hans': '行政区划代码',
      en: 'division code',
    });
    expect(result.error.message['zh-Hans']).toContain('行政区划代码');
    expect(result.error.message.en).toContain('division code');
    expect(result.error.message['zh-Hant']).toBeDefined();
    expect(() => parseDivisionCode('330081')).toThrow(RendaError);
  });

  it('refuses a 100 KB string on its length, without quoting it', () => {
    const huge = '3'.repeat(100_000);
    const result = safeParseDivisionCode(huge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]?.code).toBe('INVALID_LENGTH');
    expect(result.error.message.en.length).toBeLessThan(200);
  });

  it('accepts exactly the 34 province-level codes', () => {
    expect(PROVINCE_CODES).toHaveLength(34);
    for (let p = 10; p < 100; p++) {
      const listed = (PROVINCE_CODES as readonly string[]).includes(String(p));
      expect(safeParseDivisionCode(`${p}0000`).ok, String(p)).toBe(listed);
    }
  });

  it('returns frozen values', () => {
    expect(Object.isFrozen(parseDivisionCode('330281'))).toBe(true);
    expect(Object.isFrozen(divisionAncestors('330281'))).toBe(true);
  });
});

describe('divisionAncestors, divisionParent, isWithinDivision', () => {
  it('climbs from the code to its province', () => {
    expect(divisionAncestors('330281101001')).toEqual([
      '330281101001',
      '330281101000',
      '330281',
      '330200',
      '330000',
    ]);
    expect(divisionAncestors('330000')).toEqual(['330000']);
    expect(divisionParent('330281101')).toBe('330281');
    expect(divisionParent('330000')).toBeNull();
  });

  it('says whether a division lies within another, itself included', () => {
    expect(isWithinDivision('330281101001', '330200')).toBe(true);
    expect(isWithinDivision('330281101001', '330200000000')).toBe(true);
    expect(isWithinDivision('330281', '330281')).toBe(true);
    expect(isWithinDivision('330200', '330281')).toBe(false);
    expect(isWithinDivision('330281', '110000')).toBe(false);
    const bad = safeIsWithinDivision('330281', 'Ningbo');
    expect(bad.ok ? [] : bad.error.issues[0]?.path).toEqual(['ancestor']);
    expect(safeDivisionAncestors('33').ok).toBe(false);
  });
});

describe('byDivision', () => {
  const record = (jurisdiction: string) => ({ congress: { jurisdiction } });

  it('maps a code to its ancestor at the level, and keeps a code above it', () => {
    expect(byDivision('province')(record('330281101'))).toBe('330000');
    expect(byDivision('city')(record('330281101'))).toBe('330200');
    expect(byDivision('county')(record('330281101'))).toBe('330281');
    expect(byDivision('township')(record('330281101'))).toBe('330281101000');
    expect(byDivision('township')(record('330200'))).toBe('330200');
    expect(byDivision('village')(record('330281101001'))).toBe('330281101001');
  });

  it('reads another code with codeOf', () => {
    const byCity = byDivision('city', (station: { area: { code: string } }) => station.area.code);
    expect(byCity({ area: { code: '110101' } })).toBe('110100');
  });

  it('refuses an unknown level, and a bad code by name', () => {
    expect(safeByDivision('district' as never).ok).toBe(false);
    expect(safeByDivision('county', 'code' as never).ok).toBe(false);
    expect(DIVISION_LEVELS).toHaveLength(5);
    const key = byDivision('county');
    expect(() => key(record('33028X'))).toThrow(/division code/);
  });
});
