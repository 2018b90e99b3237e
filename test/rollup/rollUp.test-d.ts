import { describe, expectTypeOf, it } from 'vitest';
import {
  byDivision,
  countAccumulator,
  type DivisionCode,
  type DivisionLevel,
  divisionParent,
  finalizeRollUp,
  type GroupKeyFn,
  type ParentOf,
  parseDivisionCode,
  type Rate,
  type RollUpResult,
  type RollUpStates,
  rateAccumulator,
  rollUp,
  rollUpCoverage,
  type Suggestion,
  stationParent,
} from '../../src/index.js';

describe('roll-up types', () => {
  it('reads a division code with its level', () => {
    expectTypeOf(parseDivisionCode('330281')).toEqualTypeOf<DivisionCode>();
    expectTypeOf<DivisionCode['level']>().toEqualTypeOf<DivisionLevel>();
    expectTypeOf(divisionParent).returns.toEqualTypeOf<string | null>();
    // @ts-expect-error: a level is one of five names
    byDivision('district');
  });

  it('groups suggestions, and any record with codeOf', () => {
    expectTypeOf(byDivision('county')).toMatchTypeOf<GroupKeyFn<Suggestion>>();
    const byArea = byDivision('city', (s: { area: { code: string } }) => s.area.code);
    expectTypeOf(byArea).parameter(0).toEqualTypeOf<{ area: { code: string } }>();
    // @ts-expect-error: a record without a jurisdiction needs codeOf
    byDivision('city')({ area: { code: '330200' } });
  });

  it('keeps the metrics’ result types at every node', () => {
    const metrics = {
      n: countAccumulator<{ key: string }>(),
      ok: rateAccumulator<{ key: string }>({ numerator: () => true, denominator: () => true }),
    };
    const rolled = {} as RollUpStates;
    const tree = finalizeRollUp(rolled, metrics);
    expectTypeOf(tree).toEqualTypeOf<RollUpResult<typeof metrics>>();
    expectTypeOf(tree.nodes[0]!.results.n).toEqualTypeOf<number>();
    expectTypeOf(tree.total.ok).toMatchTypeOf<Rate>();
    expectTypeOf(divisionParent).toMatchTypeOf<ParentOf>();
    expectTypeOf(stationParent([])).toMatchTypeOf<ParentOf>();
    // @ts-expect-error: parentOf is required
    rollUp({} as never, metrics, {});
    // @ts-expect-error: a parent is a string, null or undefined
    rollUp({} as never, metrics, { parentOf: (key: string) => key.length });
    expectTypeOf(rollUpCoverage).returns.toHaveProperty('nodes');
  });
});
