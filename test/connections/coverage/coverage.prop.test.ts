import * as fc from 'fast-check';
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
import type { Deputy } from '../../../src/model/deputy.js';
import {
  activity,
  attendance,
  deputy,
  group,
  member,
  opinion,
  report,
  station,
  training,
  YEAR,
} from './fixtures.js';

const DAYS = [
  '2024-11-20',
  '2025-01-01',
  '2025-02-14',
  '2025-05-06',
  '2025-07-01',
  '2025-09-30',
  '2025-10-08',
  '2025-12-31',
  '2026-01-15',
];
const day = fc.constantFrom(...DAYS);
const policy = fc.constantFrom('exclude', 'prorate', 'include' as const);

/** A deputy with any term, status and grassroots flag, valid by construction. */
const deputyArb = (id: string): fc.Arbitrary<Deputy> =>
  fc
    .record({
      from: day,
      to: fc.option(day, { nil: undefined }),
      grassroots: fc.boolean(),
      status: fc.constantFrom('inOffice', 'suspended', 'ended'),
      since: day,
      until: fc.option(day, { nil: undefined }),
    })
    .map((r) => {
      const to = r.to !== undefined && r.to >= r.from ? r.to : undefined;
      const until = r.until !== undefined && r.until >= r.since ? r.until : undefined;
      const status =
        r.status === 'inOffice'
          ? { status: 'inOffice' }
          : r.status === 'suspended'
            ? {
                status: 'suspended',
                since: r.since,
                reason: 'servingSentence',
                ...(until ? { until } : {}),
              }
            : { status: 'ended', on: r.since, reason: 'resigned' };
      return deputy(id, {
        grassroots: r.grassroots,
        term: { from: r.from, ...(to ? { to } : {}) },
        status,
      });
    });

const world = fc.integer({ min: 0, max: 7 }).chain((n) =>
  fc.record({
    deputies: fc.tuple(...Array.from({ length: n }, (_, i) => deputyArb(`D-${i}`))),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom('memberContact', 'scSessionAttendance', 'receptionDay' as const),
        day,
        who: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }),
        by: fc.integer({ min: 0, max: 2 }),
        at: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 25 },
    ),
    partial: policy,
    target: fc.integer({ min: 0, max: 3 }),
  }),
);

function checkInvariants(result: CoverageResult, rosterIds?: readonly string[]): void {
  const shortIds = result.shortfalls.map((s) => s.id);
  const covered = new Set(result.covered);
  // Disjoint, and together exactly the roster.
  expect(shortIds.some((id) => covered.has(id))).toBe(false);
  if (rosterIds !== undefined)
    expect([...result.covered, ...shortIds].sort()).toEqual([...rosterIds].sort());
  expect(result.rate.numerator).toBe(result.covered.length);
  expect(result.rate.denominator).toBe(result.covered.length + shortIds.length);
  if (result.rate.denominator === 0) expect(result.rate.value).toBeNull();
  else {
    expect(result.rate.value).toBeGreaterThanOrEqual(0);
    expect(result.rate.value).toBeLessThanOrEqual(1);
  }
  for (const s of result.shortfalls) {
    expect(s.short).toBe(s.need - s.have);
    expect(s.short).toBeGreaterThanOrEqual(1);
  }
  for (let i = 1; i < result.shortfalls.length; i++) {
    const a = result.shortfalls[i - 1]!;
    const b = result.shortfalls[i]!;
    expect(a.short > b.short || (a.short === b.short && a.id < b.id)).toBe(true);
  }
  expect([...result.covered].sort()).toEqual(result.covered);
}

describe('coverage invariants (fast-check)', () => {
  it('shortfalls are exactly the complement of covered within the roster, for every deputy-based function', () => {
    fc.assert(
      fc.property(world, ({ deputies, events, partial, target }) => {
        const ids = (n: number[]) => n.map((i) => `D-${i}`);
        const activities = events.map((e) =>
          e.kind === 'receptionDay'
            ? activity(
                'receptionDay',
                e.day,
                { deputyIds: ids(e.who) },
                { stationId: `ST-${e.at}` },
              )
            : activity(e.kind, e.day, { deputyIds: ids(e.who), memberIds: [`M-${e.by}`] }),
        );
        const roster = rosterFor(deputies, YEAR, { partial });
        const rosterIds = roster.entries.map((e) => e.id);
        // Everyone is either in the roster or excluded, once.
        expect([...rosterIds, ...roster.excluded.map((e) => e.id)].sort()).toEqual(
          deputies.map((d) => d.id).sort(),
        );

        const contact = coverageMemberContact(deputies, activities, {
          period: YEAR,
          minContacts: target,
          partial,
        });
        checkInvariants(contact, rosterIds);
        expect(contact.excluded).toEqual(roster.excluded);
        if (partial === 'include') {
          // Oracle: count by brute force, only contacts on days the deputy served (a contact
          // before the term began, or while suspended, counts for nothing).
          for (const id of rosterIds) {
            const served = roster.entries.find((e) => e.id === id)?.served ?? [];
            const n = activities.filter(
              (a) =>
                a.kind === 'memberContact' &&
                a.day >= YEAR.from &&
                a.day <= YEAR.to &&
                served.some((s) => a.day >= s.from && a.day <= s.to) &&
                a.participants.deputyIds.includes(id),
            ).length;
            expect(contact.covered.includes(id)).toBe(n >= target);
          }
        }

        const sessions = coverageSessionAttendance(deputies, activities, {
          period: YEAR,
          partial,
          minAttendances: target,
        });
        const grassroots = roster.entries.filter((e) => e.deputy.grassroots).map((e) => e.id);
        checkInvariants(sessions, grassroots);

        const reports = events
          .filter((e) => e.kind === 'scSessionAttendance')
          .map((e) => report(`D-${e.who[0]}`, e.day));
        checkInvariants(
          coverageDutyReports(deputies, reports, { period: YEAR, per: 'year', partial }),
          rosterIds,
        );
        checkInvariants(
          coverageDutyReports(deputies, reports, {
            period: { from: '2024-01-01', to: '2026-12-31' },
            per: 'year',
            partial,
          }),
        );

        const stations = [0, 1, 2].map((i) =>
          station(
            `ST-${i}`,
            ids(events.filter((e) => e.at === i).flatMap((e) => e.who))
              .filter((v, k, a) => a.indexOf(v) === k)
              .map((deputyId) => ({ deputyId, from: '2024-01-01' })),
          ),
        );
        checkInvariants(
          coverageEnrolment(deputies, stations, [group('G-1')], {
            period: YEAR,
            require: 'both',
            partial,
          }),
          rosterIds,
        );
        checkInvariants(
          coverageStationActivity(stations, activities, {
            period: YEAR,
            minReceptionDays: target,
            per: 'quarter',
            partial,
          }),
          ['ST-0', 'ST-1', 'ST-2'],
        );

        const t = training('T-1', 'initial', '2025-05-06');
        const att = deputies.filter((_, i) => i % 2 === 0).map((d) => attendance('T-1', d.id));
        checkInvariants(coverageTraining(deputies, [t], att, { period: YEAR, partial }), rosterIds);
        const fresh = coverageTraining(deputies, [t], att, {
          period: YEAR,
          newDeputiesWithinFirstYear: true,
        });
        checkInvariants(fresh);
        expect(
          [
            ...fresh.covered,
            ...fresh.shortfalls.map((s) => s.id),
            ...fresh.excluded.map((e) => e.id),
          ].sort(),
        ).toEqual(deputies.map((d) => d.id).sort());

        const members = [0, 1, 2].map((i) =>
          member(
            `M-${i}`,
            ids([i, i + 3]).map((deputyId) => ({ deputyId, from: '2022-01-10' })),
          ),
        );
        checkInvariants(
          coverageMemberQuota(members, activities, { period: YEAR, minDeputies: target, partial }),
        );
        checkInvariants(
          coverageMemberQuota(members, activities, {
            period: YEAR,
            perAssignedDeputy: target + 1,
            partial,
          }),
        );
      }),
    );
  });

  it('opinion coverage keeps its invariants for any receipt and feedback days', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            received: day,
            feedback: fc.option(day, { nil: undefined }),
            closed: fc.boolean(),
          }),
          { maxLength: 15 },
        ),
        fc.integer({ min: 0, max: 12 }),
        (items, limit) => {
          const opinions = items.map((o, i) => {
            const fb =
              o.feedback !== undefined && o.feedback >= o.received ? o.feedback : undefined;
            return opinion(
              `O-${i}`,
              o.received,
              fb ? (o.closed ? 'closed' : 'fedBack') : 'inHandling',
              fb,
            );
          });
          const result = coverageOpinionsClosed(opinions, {
            period: YEAR,
            withinWorkingDays: limit,
            calendar: chinaOfficialCalendar,
          });
          checkInvariants(result);
          const inPeriod = opinions
            .filter((o) => o.receivedDay >= YEAR.from && o.receivedDay <= YEAR.to)
            .map((o) => o.id);
          expect(
            [
              ...result.covered,
              ...result.shortfalls.map((s) => s.id),
              ...result.excluded.map((e) => e.id),
            ].sort(),
          ).toEqual(inPeriod.sort());
          for (const s of result.shortfalls) expect(s.have).toBe(limit);
        },
      ),
    );
  });
});
