import { describe, expect, it } from 'vitest';
import { RendaError, type ValidationError } from '../../../src/model/shared/validationError.js';
import {
  evaluateUnits,
  type UnitHandlingFigures,
} from '../../../src/suggestion/figures/evaluateUnits.js';
import { shenzhen2007UnitThresholds } from '../../../src/suggestion/figures/shenzhen2007UnitThresholds.js';
import { deepFreeze, isDeeplyFrozen } from '../../connections/coverage/fixtures.js';

const good: UnitHandlingFigures = {
  unitId: 'U-GOOD',
  signedWithin7DaysRate: 1,
  repliedWithin3MonthsRate: 0.8,
  overdueCount: 0,
  repliedWithin6MonthsAll: true,
  satisfiedRate: 0.8,
  dissatisfiedCount: 0,
  basicallyOrBetterAll: true,
};
const grade = (figures: Partial<UnitHandlingFigures>) =>
  evaluateUnits([{ ...good, ...figures }], shenzhen2007UnitThresholds).units[0]!;
const criterion = (figures: Partial<UnitHandlingFigures>, id: string) =>
  grade(figures).perCriterion.find((c) => c.criterion === id)?.grade;

describe('evaluateUnits with shenzhen2007UnitThresholds', () => {
  it('grades a unit good when every criterion is good, at the exact thresholds', () => {
    expect(grade({})).toMatchObject({ unitId: 'U-GOOD', grade: 'good' });
  });

  it('fails the unit on a single fail, even when the rest are good', () => {
    const failed = grade({ dissatisfiedCount: 1, basicallyOrBetterAll: false });
    expect(failed.grade).toBe('fail');
    expect(failed.perCriterion.map((c) => [c.criterion, c.grade])).toEqual([
      ['signOff', 'good'],
      ['replies', 'good'],
      ['satisfaction', 'fail'],
    ]);
  });

  it('grades sign-off: 100% good, 90% to under 100% pass, under 90% fail', () => {
    expect(criterion({ signedWithin7DaysRate: 1 }, 'signOff')).toBe('good');
    expect(criterion({ signedWithin7DaysRate: 0.9 }, 'signOff')).toBe('pass');
    expect(criterion({ signedWithin7DaysRate: 0.99 }, 'signOff')).toBe('pass');
    expect(criterion({ signedWithin7DaysRate: 0.89 }, 'signOff')).toBe('fail');
  });

  it('grades replies: overdue or under 80% passes only if all came within 6 months', () => {
    expect(criterion({ overdueCount: 1 }, 'replies')).toBe('pass');
    expect(criterion({ repliedWithin3MonthsRate: 0.79 }, 'replies')).toBe('pass');
    expect(criterion({ repliedWithin6MonthsAll: false }, 'replies')).toBe('fail');
  });

  it('grades satisfaction: under 80% with none below basically passes; any dissatisfied fails', () => {
    expect(criterion({ satisfiedRate: 0.5 }, 'satisfaction')).toBe('pass');
    expect(criterion({ dissatisfiedCount: 1 }, 'satisfaction')).toBe('fail');
    expect(criterion({ basicallyOrBetterAll: false }, 'satisfaction')).toBe('fail');
  });

  it('grades the unit pass when the worst criterion passes', () => {
    expect(grade({ signedWithin7DaysRate: 0.95 }).grade).toBe('pass');
  });

  it('marks a criterion with no figure as not applicable and grades on the rest', () => {
    const r = grade({ satisfiedRate: null });
    expect(r.perCriterion[2]).toMatchObject({ grade: 'notApplicable', value: null });
    expect(r.grade).toBe('good');
    const none = grade({
      signedWithin7DaysRate: null,
      repliedWithin3MonthsRate: null,
      satisfiedRate: null,
    });
    expect(none.grade).toBe('notApplicable');
  });

  it('keeps input order, counts the grades and returns a frozen result', () => {
    const units = deepFreeze([
      good,
      { ...good, unitId: 'U-BAD', name: '某局', signedWithin7DaysRate: 0.5 },
    ]);
    const r = evaluateUnits(units, shenzhen2007UnitThresholds);
    expect(r.units.map((u) => u.unitId)).toEqual(['U-GOOD', 'U-BAD']);
    expect(r.units[1]?.name).toBe('某局');
    expect(r.distribution).toEqual({ good: 1, pass: 0, fail: 1, notApplicable: 0 });
    expect(r.table).toEqual({ id: 'shenzhen-2007', version: 1 });
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('refuses a rate given as a percentage, naming the unit and the figure', () => {
    const refusal = (() => {
      try {
        evaluateUnits([good, { ...good, satisfiedRate: 85 }], shenzhen2007UnitThresholds);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(RendaError);
    const issue = ((refusal as RendaError).detail as unknown as ValidationError).issues[0];
    expect(issue?.path).toEqual(['unitFigures', 1, 'satisfiedRate']);
    expect(issue?.message.en).toContain('85% is 0.85');
    expect(issue?.message['zh-Hans']).toContain('满意率');
  });

  it('refuses a negative or fractional count and a yes/no figure given as text', () => {
    expect(() =>
      evaluateUnits(
        [
          { ...good, overdueCount: -1 },
          { ...good, dissatisfiedCount: 1.5 },
        ],
        shenzhen2007UnitThresholds,
      ),
    ).toThrow(RendaError);
    expect(() =>
      evaluateUnits(
        [{ ...good, repliedWithin6MonthsAll: 'yes' as never }],
        shenzhen2007UnitThresholds,
      ),
    ).toThrow(/repliedWithin6MonthsAll/);
    // The rates at their bounds are rates.
    expect(
      evaluateUnits([{ ...good, satisfiedRate: 0 }], shenzhen2007UnitThresholds).units,
    ).toHaveLength(1);
  });
});
