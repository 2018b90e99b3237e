import { describe, expectTypeOf, it } from 'vitest';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { coverageMemberQuota } from '../../../src/connections/coverage/coverageMemberQuota.js';
import type {
  CoveragePeriod,
  PartialPolicy,
} from '../../../src/connections/coverage/coveragePeriod.js';
import type {
  CoverageResult,
  CoverageShortfall,
} from '../../../src/connections/coverage/coverageResult.js';
import {
  type CoverageSessionAttendanceResult,
  coverageSessionAttendance,
} from '../../../src/connections/coverage/coverageSessionAttendance.js';
import type { ScoringRules } from '../../../src/connections/scoring/defineScoringRules.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import type { Activity } from '../../../src/model/activity.js';
import type { Deputy } from '../../../src/model/deputy.js';
import type { Rate } from '../../../src/stats/rate.js';

declare const deputies: Deputy[];
declare const activities: Activity[];
const period: CoveragePeriod = { from: '2025-01-01', to: '2025-12-31' };

describe('coverage types', () => {
  it('returns a CoverageResult with a core Rate', () => {
    const r = coverageMemberContact(deputies, activities, { period });
    expectTypeOf(r).toEqualTypeOf<CoverageResult>();
    expectTypeOf(r.rate).toEqualTypeOf<Rate>();
    expectTypeOf(r.shortfalls).toEqualTypeOf<readonly CoverageShortfall[]>();
  });

  it('adds the attendance totals to the session-attendance result', () => {
    const r = coverageSessionAttendance(deputies, activities, { period });
    expectTypeOf(r).toEqualTypeOf<CoverageSessionAttendanceResult>();
    expectTypeOf(r.attendances).toBeNumber();
    expectTypeOf(r).toMatchTypeOf<CoverageResult>();
  });

  it('accepts only the three partial policies', () => {
    expectTypeOf<PartialPolicy>().toEqualTypeOf<'exclude' | 'prorate' | 'include'>();
    // @ts-expect-error: not a policy
    coverageMemberContact(deputies, activities, { period, partial: 'half' });
    // @ts-expect-error: the period is required
    coverageMemberQuota([], activities, { minDeputies: 2 });
  });

  it('scores records and activities together', () => {
    expectTypeOf(scoreDeputies)
      .parameter(1)
      .toEqualTypeOf<
        Iterable<import('../../../src/model/performanceRecord.js').PerformanceRecord | Activity>
      >();
    expectTypeOf(scoreDeputies).parameter(2).toEqualTypeOf<ScoringRules>();
  });
});
