import { describe, expectTypeOf, it } from 'vitest';
import {
  type ImportRowResult,
  importRows,
  reverseLabel,
  safeImportRows,
} from '../../src/import/index.js';
import type { Deputy } from '../../src/model/deputy.js';
import type { LiaisonStation } from '../../src/model/liaisonStation.js';

describe('import types', () => {
  it('types records by model', () => {
    expectTypeOf(importRows('deputy', []).records).toEqualTypeOf<readonly Deputy[]>();
    expectTypeOf(importRows('liaisonStation', []).rows).toEqualTypeOf<
      readonly ImportRowResult<LiaisonStation>[]
    >();
    const safe = safeImportRows('deputy', []);
    if (safe.ok) expectTypeOf(safe.value.records).toEqualTypeOf<readonly Deputy[]>();
    // @ts-expect-error: not an importable model
    importRows('motion', []);
  });

  it('types a reversed label as its group', () => {
    expectTypeOf(reverseLabel('congressLevel', '省级')).toEqualTypeOf<
      'national' | 'provincial' | 'city' | 'county' | 'township'
    >();
    // @ts-expect-error: not a group
    reverseLabel('noSuchGroup', 'x');
  });
});
