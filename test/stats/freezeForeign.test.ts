import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/stats/aggregate.js';
import { defineAccumulator } from '../../src/stats/defineAccumulator.js';

// immer's freeze left what it could not draft (class instances, typed arrays) alone; the new
// freezeForeign freezes them in place (the caller's objects) and crashes on typed arrays.
describe('freezeForeign on a metric result', () => {
  it('a typed-array result no longer crashes aggregate (it did not before 373012a)', () => {
    const histogram = defineAccumulator({
      id: 'h',
      version: 1,
      init: () => 0,
      step: (sum: number, r: { d: number }) => sum + r.d,
      merge: (a, b) => a + b,
      result: (sum) => new Float64Array([sum]),
    });
    expect(() => aggregate([{ d: 1 }], { histogram })).not.toThrow();
  });

  it('does not freeze the caller’s own class instance in place (results copy, never freeze, what the caller owns)', () => {
    class Tally {
      count = 0;
    }
    const mine = new Tally();
    const echo = defineAccumulator({
      id: 'e',
      version: 1,
      init: () => 0,
      step: (n: number) => n + 1,
      merge: (a, b) => a + b,
      result: () => mine,
    });
    aggregate([{}], { echo });
    expect(Object.isFrozen(mine)).toBe(false);
  });
});
