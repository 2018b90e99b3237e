import { describe, expect, it } from 'vitest';
import { coverageActivityTarget } from '../../../src/connections/coverage/coverageActivityTarget.js';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { coverageStationActivity } from '../../../src/connections/coverage/coverageStationActivity.js';
import type { Activity } from '../../../src/model/activity.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { activity, deputy, group, isDeeplyFrozen, station, YEAR } from './fixtures.js';

// One general activity target: "every deputy (group, station, member) has at least N activities
// of kinds K, in role R, per period", as of a day; the member-contact and station figures are its
// presets.

const research = (day: string, deputyIds: string[], extra: Partial<Activity> = {}) =>
  activity('research', day, { deputyIds }, extra as { stationId?: string });

const a = deputy('D-A');
const b = deputy('D-B');
// D-A researches in the first three quarters, D-B in every quarter.
const activities = [
  research('2025-02-10', ['D-A', 'D-B']),
  research('2025-05-10', ['D-A', 'D-B']),
  research('2025-08-10', ['D-A', 'D-B']),
  research('2025-11-10', ['D-B']),
  activity('memberContact', '2025-11-11', { memberIds: ['M-1'], deputyIds: ['D-A'] }),
];
const quarterly = {
  period: YEAR,
  subject: 'deputy' as const,
  kinds: ['research' as const],
  per: 'quarter' as const,
};

describe('coverageActivityTarget', () => {
  it('checks every quarter and names the worst one', () => {
    const r = coverageActivityTarget([a, b], activities, quarterly);
    expect(r.covered).toEqual(['D-B']);
    expect(r.shortfalls).toEqual([
      {
        id: 'D-A',
        name: '代表D-A',
        have: 0,
        need: 1,
        short: 1,
        window: { from: '2025-10-01', to: '2025-12-31' },
      },
    ]);
    // 人次: seven research participations; the contact is of another kind.
    expect(r.participations).toBe(7);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('as of a day: later quarters are not due, the quarter under way asks its pace', () => {
    expect(
      coverageActivityTarget([a], activities, { ...quarterly, asOf: '2025-09-30' }).covered,
    ).toEqual(['D-A']);
    // On 15 November, 46 of Q4's 92 days have passed: ⌈1 × 46/92⌉ = 1 is due, and none was held.
    const pace = coverageActivityTarget([a], activities, { ...quarterly, asOf: '2025-11-15' });
    expect(pace.shortfalls[0]).toMatchObject({ have: 0, need: 1 });
    // Under 'include' the window under way asks the whole target, as at its end.
    const whole = coverageActivityTarget([a], activities, {
      ...quarterly,
      min: 2,
      asOf: '2025-10-15',
      partial: 'include',
    });
    expect(whole.shortfalls[0]).toMatchObject({ have: 0, need: 2 });
  });

  it('counts distinct days at stations, and the public received once per activity', () => {
    const st = station('ST-1');
    const reception = (day: string, constituents: number) =>
      ({
        ...activity('receptionDay', day, { deputyIds: ['D-A'] }, { stationId: 'ST-1' }),
        participants: { memberIds: [], deputyIds: ['D-A'], constituents },
      }) as Activity;
    const held = [
      reception('2025-03-20', 12),
      reception('2025-03-20', 8),
      reception('2025-04-20', 5),
    ];
    const days = coverageActivityTarget([st], held, {
      period: YEAR,
      subject: 'station',
      count: 'days',
      min: 2,
    });
    expect(days.covered).toEqual(['ST-1']);
    const three = coverageActivityTarget([st], held, {
      period: YEAR,
      subject: 'station',
      count: 'days',
      min: 3,
    });
    expect(three.shortfalls[0]).toMatchObject({ have: 2, need: 3 });
    expect(days.constituentsReceived).toBe(25);
    // The station preset says the same.
    const preset = coverageStationActivity([st], held, { period: YEAR, minReceptionDays: 3 });
    expect(preset.shortfalls.map(({ have, need }) => ({ have, need }))).toEqual([
      { have: 2, need: 3 },
    ]);
  });

  it('sets targets for groups (always there) and by organiser', () => {
    const g = group('G-1');
    const meeting = activity('groupActivity', '2025-06-01', { deputyIds: ['D-A'] }, {
      groupId: 'G-1',
      organiserId: 'D-B',
    } as { stationId?: string });
    expect(
      coverageActivityTarget([g], [meeting], { period: YEAR, subject: 'group' }).covered,
    ).toEqual(['G-1']);
    const organised = coverageActivityTarget([a, b], [meeting], {
      period: YEAR,
      subject: 'deputy',
      role: 'organiser',
    });
    expect(organised.covered).toEqual(['D-B']);
  });

  it('is what coverageMemberContact computes, for the sample, per year and per quarter', () => {
    const { deputies, activities: all } = generateSample({ seed: 1 });
    for (const per of ['period', 'quarter'] as const) {
      const preset = coverageMemberContact(deputies, all, { period: YEAR, per, minContacts: 1 });
      const general = coverageActivityTarget(deputies, all, {
        period: YEAR,
        subject: 'deputy',
        kinds: ['memberContact'],
        per,
      });
      expect(general.rate).toEqual(preset.rate);
      expect(general.covered).toEqual(preset.covered);
      expect(general.shortfalls).toEqual(preset.shortfalls);
      expect(general.excluded).toEqual(preset.excluded);
    }
  });

  it('refuses a missing subject, an unknown window and an asOf outside the period', () => {
    const call = (options: object) => () =>
      coverageActivityTarget([a], activities, { period: YEAR, ...options } as never);
    expect(call({})).toThrow(RendaError);
    expect(call({ subject: 'deputy', per: 'week' })).toThrow(/per/);
    expect(call({ subject: 'deputy', asOf: '2026-01-01' })).toThrow(/asOf/);
    expect(call({ subject: 'deputy', min: 0 })).toThrow(/min/);
  });
});

describe('coverageMemberContact per quarter (每季度联系)', () => {
  it('asks every quarter, and counts only contacts of the deputy while serving', () => {
    const contacts = [
      activity('memberContact', '2025-01-15', { memberIds: ['M-1'], deputyIds: ['D-A'] }),
      activity('memberContact', '2025-04-15', { memberIds: ['M-1'], deputyIds: ['D-A'] }),
      activity('memberContact', '2025-07-15', { memberIds: ['M-1'], deputyIds: ['D-A'] }),
    ];
    const year = coverageMemberContact([a], contacts, { period: YEAR, minContacts: 2 });
    expect(year.covered).toEqual(['D-A']);
    const quarters = coverageMemberContact([a], contacts, { period: YEAR, per: 'quarter' });
    expect(quarters.shortfalls[0]?.window).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    const soFar = coverageMemberContact([a], contacts, {
      period: YEAR,
      per: 'quarter',
      asOf: '2025-09-30',
    });
    expect(soFar.covered).toEqual(['D-A']);
  });
});
