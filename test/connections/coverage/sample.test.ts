import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../../src/calendar/chinaOfficialCalendar.js';
import { coverageDutyReports } from '../../../src/connections/coverage/coverageDutyReports.js';
import { coverageEnrolment } from '../../../src/connections/coverage/coverageEnrolment.js';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { coverageMemberQuota } from '../../../src/connections/coverage/coverageMemberQuota.js';
import { coverageOpinionsClosed } from '../../../src/connections/coverage/coverageOpinionsClosed.js';
import type { CoverageResult } from '../../../src/connections/coverage/coverageResult.js';
import { coverageSessionAttendance } from '../../../src/connections/coverage/coverageSessionAttendance.js';
import { coverageStationActivity } from '../../../src/connections/coverage/coverageStationActivity.js';
import { coverageTraining } from '../../../src/connections/coverage/coverageTraining.js';
import { rosterFor } from '../../../src/connections/coverage/rosterFor.js';
import { generateSample } from '../../../src/testing/generateSample.js';

const sample = generateSample({ seed: 1, size: 'town' });
const period = { from: `${sample.year}-01-01`, to: `${sample.year}-12-31` };

function check(result: CoverageResult, universe: readonly string[]): void {
  const shortIds = result.shortfalls.map((s) => s.id);
  const all = [...result.covered, ...shortIds, ...result.excluded.map((e) => e.id)];
  expect(new Set(all).size).toBe(all.length);
  expect(all.sort()).toEqual([...universe].sort());
  expect(result.rate.denominator).toBe(result.covered.length + shortIds.length);
  if (result.rate.value !== null) {
    expect(result.rate.value).toBeGreaterThanOrEqual(0);
    expect(result.rate.value).toBeLessThanOrEqual(1);
  }
  for (const s of result.shortfalls) expect(s.short).toBe(s.need - s.have);
}

describe('coverage over generateSample({ seed: 1, size: "town" })', () => {
  const deputyIds = sample.deputies.map((d) => d.id);

  it('keeps every invariant for every function and policy, and finds the planted gaps', () => {
    for (const partial of ['exclude', 'prorate', 'include'] as const) {
      const roster = rosterFor(sample.deputies, period, { partial });
      expect(roster.entries.length + roster.excluded.length).toBe(deputyIds.length);
      const contact = coverageMemberContact(sample.deputies, sample.activities, {
        period,
        partial,
      });
      check(contact, deputyIds);
      check(
        coverageMemberContact(sample.deputies, sample.activities, {
          period,
          partial,
          byAssignedMember: true,
          members: sample.members,
        }),
        deputyIds,
      );
      check(
        coverageEnrolment(sample.deputies, sample.stations, sample.groups, {
          period,
          require: 'both',
          partial,
        }),
        deputyIds,
      );
      check(
        coverageSessionAttendance(sample.deputies, sample.activities, { period, partial }),
        deputyIds,
      );
      check(
        coverageTraining(sample.deputies, sample.trainings, sample.trainingAttendances, {
          period,
          partial,
        }),
        deputyIds,
      );
      check(
        coverageTraining(sample.deputies, sample.trainings, sample.trainingAttendances, {
          period,
          newDeputiesWithinFirstYear: true,
        }),
        deputyIds,
      );
      check(
        coverageDutyReports(sample.deputies, sample.dutyReports, { period, per: 'year', partial }),
        deputyIds,
      );
      check(
        coverageMemberQuota(sample.members, sample.activities, { period, partial }),
        sample.members.map((m) => m.id),
      );
      check(
        coverageStationActivity(sample.stations, sample.activities, {
          period,
          minReceptionDays: 2,
          per: 'quarter',
          partial,
        }),
        sample.stations.map((s) => s.id),
      );
    }
  });

  it('finds the gaps the generator leaves on purpose', () => {
    expect(
      coverageMemberContact(sample.deputies, sample.activities, { period }).shortfalls.length,
    ).toBeGreaterThan(0);
    expect(
      coverageMemberQuota(sample.members, sample.activities, { period }).shortfalls.length,
    ).toBeGreaterThan(0);
    expect(
      coverageTraining(sample.deputies, sample.trainings, sample.trainingAttendances, { period })
        .shortfalls.length,
    ).toBeGreaterThan(0);
    expect(
      coverageDutyReports(sample.deputies, sample.dutyReports, { period, per: 'year' }).shortfalls
        .length,
    ).toBeGreaterThan(0);
  });

  it('keeps the opinion invariants over the sample opinions', () => {
    const result = coverageOpinionsClosed(sample.opinions, {
      period,
      withinWorkingDays: 15,
      calendar: chinaOfficialCalendar,
    });
    const received = sample.opinions.filter(
      (o) => o.receivedDay >= period.from && o.receivedDay <= period.to,
    );
    check(
      result,
      received.map((o) => o.id),
    );
    // An opinion that heard back from its suggestion had until its feedback due day: the working
    // days from its receipt to that day; any other had 15.
    const byId = new Map(sample.opinions.map((o) => [o.id, o]));
    const workingDaysBetween = (from: string, to: string): number => {
      let n = 0;
      for (let t = Date.parse(from) + 86_400_000; t <= Date.parse(to); t += 86_400_000) {
        if (chinaOfficialCalendar.isWorkingDay(new Date(t).toISOString().slice(0, 10))) n += 1;
      }
      return n;
    };
    let converted = 0;
    for (const s of result.shortfalls) {
      const opinion = byId.get(s.id);
      const due = opinion?.suggestionReply === undefined ? undefined : opinion.feedbackDueDay;
      if (due !== undefined) converted += 1;
      const have = due === undefined ? 15 : workingDaysBetween(opinion?.receivedDay as string, due);
      expect(s).toMatchObject({ have, need: have + s.short });
    }
    expect(converted).toBeGreaterThan(0);
  });
});
