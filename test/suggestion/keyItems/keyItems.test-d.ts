import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  type KeyItemMilestoneStatus,
  type KeyItemPlan,
  KeyItemPlanSchema,
  parseKeyItemPlan,
} from '../../../src/model/keyItemPlan.js';
import type { KeyItemVote } from '../../../src/model/keyItemVote.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';
import {
  type SupervisionLead,
  type SupervisionLeadKind,
  SupervisionLeadSchema,
} from '../../../src/model/supervisionLead.js';
import type { Rate } from '../../../src/stats/rateTypes.js';
import {
  type KeyItemPlanStatusResult,
  keyItemPlanStatus,
  safeKeyItemPlanStatus,
} from '../../../src/suggestion/keyItems/keyItemPlanStatus.js';
import {
  type KeyItemVoteTally,
  safeTallyKeyItemVote,
  tallyKeyItemVote,
} from '../../../src/suggestion/keyItems/tallyKeyItemVote.js';

declare const plan: KeyItemPlan;
declare const vote: KeyItemVote;

describe('key-item types', () => {
  it('names the parsed types after their models', () => {
    expectTypeOf(parseKeyItemPlan).returns.toEqualTypeOf<KeyItemPlan>();
    expectTypeOf<SupervisionLead['kind']>().toEqualTypeOf<SupervisionLeadKind>();
    expectTypeOf<SupervisionLeadKind>().toEqualTypeOf<
      | 'leadingOfficial'
      | 'specialCommittee'
      | 'deputyWorkCommittee'
      | 'governmentLeader'
      | 'judicialLeader'
      | 'unitHead'
    >();
  });

  it('types statuses, rates and results', () => {
    const status = keyItemPlanStatus(plan, '2025-12-05');
    expectTypeOf(status).toEqualTypeOf<KeyItemPlanStatusResult>();
    expectTypeOf(status.milestones[0]!.status).toEqualTypeOf<KeyItemMilestoneStatus>();
    expectTypeOf(status.milestonesMet).toEqualTypeOf<Rate>();
    expectTypeOf(safeKeyItemPlanStatus(plan, '2025-12-05')).toEqualTypeOf<
      Result<KeyItemPlanStatusResult, ValidationError>
    >();
    expectTypeOf(tallyKeyItemVote(vote).items[0]!.passed).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(safeTallyKeyItemVote(vote)).toEqualTypeOf<
      Result<KeyItemVoteTally, ValidationError>
    >();
  });

  it('refuses wrong options and kinds at compile time', () => {
    // @ts-expect-error: the measure is broad or narrow
    tallyKeyItemVote(vote, { threshold: 0.8, measure: 'all' });
    // @ts-expect-error: the threshold is a number
    tallyKeyItemVote(vote, { threshold: '0.8' });
    // @ts-expect-error: dueSoonDays lives under deadlineWarning
    keyItemPlanStatus(plan, '2025-12-05', { dueSoonDays: 3 });
    // @ts-expect-error: not a kind of lead
    const lead: SupervisionLead = { kind: 'mayor' };
    expectTypeOf(lead).toBeObject();
  });

  it('lets other teams extend the models and keep the rules', () => {
    const Extended = KeyItemPlanSchema.safeExtend({ internalRef: z.string() });
    expectTypeOf<z.infer<typeof Extended>>().toExtend<KeyItemPlan>();
    const Lead = z.object({ ...SupervisionLeadSchema.shape, phone: z.string() });
    expectTypeOf<z.infer<typeof Lead>['kind']>().toEqualTypeOf<SupervisionLeadKind>();
  });
});
