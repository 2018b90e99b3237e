import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContactPlan,
  ContactPlanRules,
  PlanCheck,
  PlanViolation,
} from '../../../src/connections/plans/index.js';
import { checkPlan, planContacts, safePlanContacts } from '../../../src/connections/plans/index.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';

describe('plan types', () => {
  it('types the plan, the check and the safe twin', () => {
    expectTypeOf(planContacts).returns.toEqualTypeOf<ContactPlan>();
    expectTypeOf(checkPlan).returns.toEqualTypeOf<PlanCheck>();
    expectTypeOf(safePlanContacts).returns.toEqualTypeOf<Result<ContactPlan, ValidationError>>();
  });

  it('narrows a violation on its kind', () => {
    const who = (v: PlanViolation): string => {
      if (v.kind === 'pairBehindPace') {
        expectTypeOf(v.per).toEqualTypeOf<'year' | 'quarter'>();
        return v.deputyId;
      }
      return v.kind === 'unassignedDeputy' ? v.deputyId : v.memberId;
    };
    expectTypeOf(who).toBeFunction();
  });

  it('refuses an unknown matching and a string quota', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    // @ts-expect-error: matching is 'none' | 'area' | 'field'
    const bad: ContactPlanRules = { period, matching: 'nearby' };
    // @ts-expect-error: quotas are numbers
    const worse: ContactPlanRules = { period, quota: { leader: '5' } };
    expectTypeOf(bad).toEqualTypeOf<ContactPlanRules>();
    expectTypeOf(worse).toEqualTypeOf<ContactPlanRules>();
  });
});
