import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rosterFor } from '../../../src/connections/coverage/rosterFor.js';
import { dutyRecords } from '../../../src/connections/dutyRecord/dutyRecords.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import { yinchuanStyleRules } from '../../../src/connections/scoring/yinchuanStyleRules.js';
import type { Deputy } from '../../../src/model/deputy.js';
import { activity, deputy, record, report, YEAR } from '../coverage/fixtures.js';

const DAYS = ['2024-12-31', '2025-01-01', '2025-03-15', '2025-06-30', '2025-07-01', '2025-12-31'];
const day = fc.constantFrom(...DAYS);
const ids = ['D-1', 'D-2', 'D-3', 'D-X'];
const deputyId = fc.constantFrom(...ids);

/** A deputy in office, suspended from a day, or ended on a day. */
const deputyOf = (id: string, status: 0 | 1 | 2, on: string): Deputy =>
  status === 0
    ? deputy(id)
    : status === 1
      ? deputy(id, { status: { status: 'suspended', since: on, reason: 'servingSentence' } })
      : deputy(id, {
          status: { status: 'ended', on, reason: 'resigned' },
          term: { from: '2022-01-04', to: on },
        });

const world = fc.record({
  statuses: fc.tuple(
    ...['D-1', 'D-2', 'D-3'].map(() =>
      fc.tuple(fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>, day),
    ),
  ),
  activities: fc.array(
    fc.tuple(
      fc.constantFrom('inspection', 'research', 'scSessionAttendance' as const),
      day,
      fc.uniqueArray(deputyId, { minLength: 1, maxLength: 4 }),
    ),
    { maxLength: 12 },
  ),
  records: fc.array(
    fc.tuple(deputyId, fc.constantFrom('sessionAttendance', 'suggestionSubmitted' as const), day),
    { maxLength: 12 },
  ),
  reports: fc.array(fc.tuple(deputyId, day), { maxLength: 6 }),
});

describe('dutyRecords laws', () => {
  it('per-deputy counts add up to the source counts on served days, and scoring agrees', () => {
    fc.assert(
      fc.property(world, (w) => {
        const deputies = w.statuses.map(([s, on], i) => deputyOf(`D-${i + 1}`, s, on));
        const activities = w.activities.map(([kind, d, who]) =>
          activity(kind, d, { deputyIds: who }),
        );
        const performanceRecords = w.records.map(([id, kind, d]) => record(id, kind, d));
        const dutyReports = w.reports.map(([id, d]) => report(id, d));
        const { records } = dutyRecords(
          { deputies, activities, performanceRecords, dutyReports },
          { period: YEAR },
        );
        const roster = rosterFor(deputies, YEAR, { partial: 'include' });
        const spans = new Map(roster.entries.map((e) => [e.id, e.served]));
        const serving = (id: string, d: string) =>
          (spans.get(id) ?? []).some((s) => s.from <= d && d <= s.to);
        const sum = (f: (r: (typeof records)[number]) => number) =>
          records.reduce((n, r) => n + f(r), 0);

        expect(sum((r) => r.activities.total)).toBe(
          activities.reduce(
            (n, a) => n + a.participants.deputyIds.filter((id) => serving(id, a.day)).length,
            0,
          ),
        );
        expect(sum((r) => r.records.total)).toBe(
          performanceRecords.filter((p) => serving(p.deputyId, p.day)).length,
        );
        expect(sum((r) => r.dutyReports.count)).toBe(
          dutyReports.filter((p) => serving(p.deputyId, p.day)).length,
        );
        const options = { period: YEAR };
        expect(
          scoreDeputies(
            deputies,
            records.flatMap((r) => r.occurrences),
            yinchuanStyleRules,
            options,
          ),
        ).toEqual(
          scoreDeputies(
            deputies,
            [...performanceRecords, ...activities],
            yinchuanStyleRules,
            options,
          ),
        );
      }),
    );
  });
});
