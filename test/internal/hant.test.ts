import { describe, expect, it } from 'vitest';
import { labelTable } from '../../src/i18n/labelTable.js';
import { toHant } from '../../src/internal/hant.js';

describe('toHant', () => {
  it('writes phrases as OpenCC writes them, not character by character', () => {
    expect(toHant('已答复')).toBe('已答覆');
    expect(toHant('办复率')).toBe('辦復率');
    expect(toHant('已并案')).toBe('已併案');
  });

  it('leaves what is not Chinese, and characters outside the vocabulary, as they are', () => {
    expect(toHant('payload.units[0] 必填 S-2025-001')).toBe('payload.units[0] 必填 S-2025-001');
    expect(toHant('')).toBe('');
  });

  it('agrees with every traditional label written by hand in the label table', () => {
    const disagreements: string[] = [];
    for (const group of Object.values(labelTable)) {
      for (const [hans, hant] of Object.values(group as Record<string, readonly string[]>)) {
        if (toHant(hans as string) !== hant)
          disagreements.push(`${hans} → ${toHant(hans as string)} ≠ ${hant}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
