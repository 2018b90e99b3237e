import * as fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMainlandMobile } from '../../src/model/personal/isMainlandMobile.js';
import { isResidentIdNumber } from '../../src/model/personal/isResidentIdNumber.js';

/** The check character of 17 digits under ISO 7064 MOD 11-2, computed from its definition. */
function mod11_2(body: string): string {
  // Σ d_i · 2^(17−i) mod 11, then the character c with (sum + c) ≡ 1 (mod 11), X for 10.
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * 2 ** (17 - i);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Counts the characters a validator reads (it reads them through `charCodeAt`). */
function charactersRead(run: () => void): number {
  const spy = vi.spyOn(String.prototype, 'charCodeAt');
  run();
  const reads = spy.mock.calls.length;
  spy.mockRestore();
  return reads;
}

afterEach(() => vi.restoreAllMocks());

describe('isMainlandMobile', () => {
  it('accepts 11 digits starting 13–19 and nothing else', () => {
    for (const ok of ['13012345678', '19999999999', '15800000000'])
      expect(isMainlandMobile(ok)).toBe(true);
    for (const bad of [
      '12012345678',
      '1391234567',
      '139123456789',
      '139-1234-567',
      '+8613912345',
      '１３９１２３４５６７８',
      '',
    ]) {
      expect(isMainlandMobile(bad), bad).toBe(false);
    }
    for (const bad of [13912345678, null, undefined, {}, ['13912345678']])
      expect(isMainlandMobile(bad)).toBe(false);
  });

  it('refuses a 100 KB string on its length, before reading a character', () => {
    const huge = `1${'3'.repeat(100 * 1024)}`;
    let verdict = true;
    expect(
      charactersRead(() => {
        verdict = isMainlandMobile(huge);
      }),
    ).toBe(0);
    expect(verdict).toBe(false);
    // A valid number is read once per character, at most 11 reads.
    expect(charactersRead(() => isMainlandMobile('13912345678'))).toBeLessThanOrEqual(11);
  });

  it('agrees with the pattern ^1[3-9]\\d{9}$ on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 14 }), fc.stringMatching(/^1[0-9]{10}$/)),
        (s) => {
          expect(isMainlandMobile(s)).toBe(/^1[3-9][0-9]{9}$/.test(s));
        },
      ),
    );
  });
});

describe('isResidentIdNumber', () => {
  it('accepts a number whose check character is right, X for 10', () => {
    expect(mod11_2('11010519491231002')).toBe('X');
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
  });

  it('refuses a wrong check digit, an impossible birth date and a leading zero', () => {
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    const feb30 = '11010519490230002';
    expect(isResidentIdNumber(feb30 + mod11_2(feb30))).toBe(false);
    const leapDay = '11010520000229002';
    expect(isResidentIdNumber(leapDay + mod11_2(leapDay))).toBe(true);
    const zero = '01010519491231002';
    expect(isResidentIdNumber(zero + mod11_2(zero))).toBe(false);
    const old = '11010518991231002';
    expect(isResidentIdNumber(old + mod11_2(old))).toBe(false);
  });

  it('refuses a 100 KB string on its length alone', () => {
    const huge = '1'.repeat(100 * 1024);
    let verdict = true;
    expect(
      charactersRead(() => {
        verdict = isResidentIdNumber(huge);
      }),
    ).toBe(0);
    expect(verdict).toBe(false);
    // A valid number: each of its 18 characters read at most twice (the birth date is read again
    // as a day), however long the input could have been.
    expect(charactersRead(() => isResidentIdNumber('11010519491231002X'))).toBeLessThanOrEqual(36);
  });

  it('accepts exactly the numbers whose last character is the MOD 11-2 check of the rest', () => {
    const body = fc
      .tuple(
        fc.stringMatching(/^[1-9][0-9]{5}$/),
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.stringMatching(/^[0-9]{3}$/),
      )
      .map(
        ([area, date, seq]) =>
          `${area}${date.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`,
      );
    fc.assert(
      fc.property(body, fc.constantFrom(...'0123456789X'), (digits, last) => {
        expect(isResidentIdNumber(digits + last)).toBe(last === mod11_2(digits));
      }),
    );
  });
});
