import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContactPlan,
  ContactPlanRules,
  PlanCheck,
  PlanViolation,
} from '../../../src/connections/plans/index.js';
import {
  checkPairings,
  checkPlan,
  type PairingCheck,
  type PairingKind,
  type PairingPlan,
  type PairingRules,
  type PairingViolation,
  planContacts,
  planPairings,
  safeCheckPairings,
  safePlanContacts,
  safePlanPairings,
} from '../../../src/connections/plans/index.js';
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

describe('pairing types', () => {
  it('types the pairing plan, the check and the safe twins', () => {
    expectTypeOf(planPairings).returns.toEqualTypeOf<PairingPlan>();
    expectTypeOf(checkPairings).returns.toEqualTypeOf<PairingCheck>();
    expectTypeOf(safePlanPairings).returns.toEqualTypeOf<Result<PairingPlan, ValidationError>>();
    expectTypeOf(safeCheckPairings).returns.toEqualTypeOf<Result<PairingCheck, ValidationError>>();
    expectTypeOf<PairingRules['kind']>().toEqualTypeOf<PairingKind>();
  });

  it('narrows a pairing violation on its kind and refuses unknown kinds', () => {
    const window = (v: PairingViolation) =>
      v.kind === 'pairBehindPace' ? v.window.from : undefined;
    expectTypeOf(window).returns.toEqualTypeOf<string | undefined>();
    const rules: PairingRules = {
      // @ts-expect-error: not a kind of pairing
      kind: 'mentors',
      period: { from: '2025-01-01', to: '2025-12-31' },
      quota: 1,
    };
    // @ts-expect-error: the quota is required
    const noQuota: PairingRules = { kind: 'returningWithNew', period: rules.period };
    expectTypeOf(noQuota).toEqualTypeOf<PairingRules>();
  });
});
