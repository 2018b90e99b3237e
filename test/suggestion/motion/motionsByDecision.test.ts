import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { aggregate } from '../../../src/stats/aggregate.js';
import {
  motionsByDecision,
  motionsByDecisionAccumulator,
  safeMotionsByDecision,
} from '../../../src/suggestion/motion/motionsByDecision.js';
import { generateMotionSample } from '../../../src/testing/generateMotionSample.js';
import {
  asSuggestion,
  draftMotion,
  ok,
  onAgenda,
  PRESIDIUM,
  referred,
  reviewed,
  SECRETARIAT,
} from './support/motions.js';

describe('motionsByDecision', () => {
  it('counts submitted motions by the presidium’s first decision and by outcome', () => {
    const motions = [
      draftMotion(),
      ok(onAgenda(), SECRETARIAT, 'vote', { result: 'adopted' }),
      onAgenda(),
      referred(),
      ok(reviewed('notOnAgenda'), PRESIDIUM, 'decide', { decision: 'handleAsSuggestion' }),
      asSuggestion(),
    ];
    const figure = motionsByDecision(motions);
    expect(figure.total).toBe(5);
    expect(figure.byDecision).toEqual({
      putOnAgenda: 2,
      referToCommittee: 2,
      handleAsSuggestion: 1,
      undecided: 0,
    });
    expect(figure.byOutcome).toMatchObject({ pending: 2, adopted: 1, handledAsSuggestion: 2 });
    expect(figure.byDecisionAndOutcome.referToCommittee).toMatchObject({
      pending: 1,
      handledAsSuggestion: 1,
    });
    expect(Object.isFrozen(figure.byDecisionAndOutcome.putOnAgenda)).toBe(true);
  });

  it('adds up: rows, columns and cells all sum to the total', () => {
    const { motions } = generateMotionSample({ seed: 3, count: 60 });
    const figure = motionsByDecision(motions);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(figure.byDecision)).toBe(figure.total);
    expect(sum(figure.byOutcome)).toBe(figure.total);
    expect(
      sum(
        Object.fromEntries(
          Object.entries(figure.byDecisionAndOutcome).map(([k, v]) => [k, sum(v)]),
        ),
      ),
    ).toBe(figure.total);
    expect(figure.total).toBe(motions.filter((m) => m.state !== 'draft').length);
  });

  it('merges exactly: any split of the motions gives the same figure (aggregate, one pass)', () => {
    const { motions } = generateMotionSample({ seed: 5, count: 40 });
    const accumulator = motionsByDecisionAccumulator();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: motions.length }), (cut) => {
        const run = (part: typeof motions) => {
          let state = accumulator.init();
          for (const m of part) state = accumulator.step(state, m);
          return JSON.parse(JSON.stringify(state));
        };
        const merged = accumulator.merge(run(motions.slice(0, cut)), run(motions.slice(cut)));
        expect(accumulator.result(merged)).toEqual(motionsByDecision(motions));
      }),
    );
    const { total } = aggregate(motions, { motions: accumulator });
    expect(total.motions).toEqual(motionsByDecision(motions));
  });

  it('refuses what is not an iterable of motions', () => {
    expect(safeMotionsByDecision(42 as never)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(safeMotionsByDecision([null] as never)).toMatchObject({ ok: false });
    expect(() => motionsByDecision(42 as never)).toThrow(RendaError);
  });
});
