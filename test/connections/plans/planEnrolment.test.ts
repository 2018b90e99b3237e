import { describe, expect, it } from 'vitest';
import { checkEnrolment } from '../../../src/connections/plans/checkEnrolment.js';
import { planEnrolment } from '../../../src/connections/plans/planEnrolment.js';
import type { LiaisonStation } from '../../../src/model/liaisonStation.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { isDeeplyFrozen } from '../coverage/fixtures.js';

const sample = generateSample({ seed: 1 });
const period = { from: '2025-01-01', to: '2026-12-31' };

describe('planEnrolment on the town sample', () => {
  const plan = planEnrolment(sample.deputies, sample.stations, { period, groups: sample.groups });
  const before = checkEnrolment(sample.deputies, sample.stations, sample.groups, {
    asOf: period.from,
  });

  it('places every deputy the check finds without a station, in a station of their area', () => {
    expect(isDeeplyFrozen(plan)).toBe(true);
    expect(plan.unplaced).toEqual([]);
    const missing = before.violations.filter((v) => v.kind === 'noStation').map((v) => v.deputyId);
    expect(plan.stations.map((p) => p.deputyId)).toEqual(missing);
    const areaOf = new Map(sample.stations.map((s) => [s.id, s.area?.code]));
    const groupArea = new Map(sample.groups.map((g) => [g.id, g.area?.code]));
    for (const pair of plan.stations) {
      const d = sample.deputies.find((x) => x.id === pair.deputyId);
      const group = d?.memberships.find((m) => m.kind === 'group' && groupArea.get(m.orgId));
      if (group !== undefined) expect(areaOf.get(pair.orgId)).toBe(groupArea.get(group.orgId));
      expect(sample.stations.find((s) => s.id === pair.orgId)?.kind).not.toBe('online');
    }
  });

  it('leaves nothing to find once applied', () => {
    const stations = sample.stations.map((s) => ({
      ...s,
      enrolments: [
        ...s.enrolments,
        ...plan.stations
          .filter((p) => p.orgId === s.id)
          .map((p) => ({ deputyId: p.deputyId, from: p.from, to: p.to })),
      ],
    })) as LiaisonStation[];
    const after = checkEnrolment(sample.deputies, stations, sample.groups, {
      asOf: period.from,
      require: 'station',
    });
    expect(after.violations).toEqual([]);
  });

  it('is deterministic', () => {
    const again = planEnrolment([...sample.deputies].reverse(), [...sample.stations].reverse(), {
      period,
      groups: [...sample.groups].reverse(),
    });
    expect(again.stations).toEqual(plan.stations);
  });

  it('refuses a bad period', () => {
    expect(() =>
      planEnrolment([], [], { period: { from: '2025-01-01', to: '2024-01-01' } }),
    ).toThrow(RendaError);
    expect(() => checkEnrolment([], [], [], { asOf: 'soon' })).toThrow(RendaError);
  });
});
