import { describe, expect, it } from 'vitest';
import { coverageDutyReports } from '../../../src/connections/coverage/coverageDutyReports.js';
import { coverageMemberContact } from '../../../src/connections/coverage/coverageMemberContact.js';
import { coverageMemberQuota } from '../../../src/connections/coverage/coverageMemberQuota.js';
import { coverageSessionAttendance } from '../../../src/connections/coverage/coverageSessionAttendance.js';
import { coverageStationActivity } from '../../../src/connections/coverage/coverageStationActivity.js';
import { coverageTraining } from '../../../src/connections/coverage/coverageTraining.js';
import { defineScoringRules } from '../../../src/connections/scoring/defineScoringRules.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import {
  activity,
  attendance,
  deputy,
  member,
  record,
  report,
  station,
  training,
  YEAR,
} from './fixtures.js';

// What a deputy did on a day not served counts for nothing (Deputies Law art. 61–62): while
// suspended, after the qualification ended, or before the term began. Each function that counts
// what deputies (or members, or stations) did applies the same rule, through one roster.

/** Suspended from 1 March to 30 June 2025 (detained), in office otherwise. */
const suspended = deputy('D-SUSP', {
  status: {
    status: 'suspended',
    since: '2025-03-01',
    until: '2025-06-30',
    reason: 'detainedInCriminalCase',
  },
});
/** Qualification ended on 30 June 2025 (moved out): 1 July and later are not served. */
const ended = deputy('D-END', {
  status: { status: 'ended', on: '2025-06-30', reason: 'movedOut' },
});
const deputies = [suspended, ended];
const WHILE_OUT = { 'D-SUSP': '2025-04-15', 'D-END': '2025-07-15' } as const;
const WHILE_IN = { 'D-SUSP': '2025-08-15', 'D-END': '2025-02-15' } as const;
const include = { period: YEAR, partial: 'include' as const };

describe('a day not served counts for nothing', () => {
  it('in member contacts and session attendance', () => {
    for (const id of ['D-SUSP', 'D-END'] as const) {
      const out = [
        activity('memberContact', WHILE_OUT[id], { memberIds: ['M-1'], deputyIds: [id] }),
      ];
      const inn = [
        activity('memberContact', WHILE_IN[id], { memberIds: ['M-1'], deputyIds: [id] }),
      ];
      expect(coverageMemberContact(deputies, out, include).covered).not.toContain(id);
      expect(coverageMemberContact(deputies, inn, include).covered).toContain(id);
      const session = (day: string) => [activity('scSessionAttendance', day, { deputyIds: [id] })];
      const absent = coverageSessionAttendance(deputies, session(WHILE_OUT[id]), include);
      expect(absent.covered).not.toContain(id);
      expect(absent.attendances).toBe(0);
      expect(coverageSessionAttendance(deputies, session(WHILE_IN[id]), include).covered).toContain(
        id,
      );
    }
  });

  it('in duty reports and trainings', () => {
    for (const id of ['D-SUSP', 'D-END'] as const) {
      const options = { ...include, per: 'year' as const };
      expect(
        coverageDutyReports(deputies, [report(id, WHILE_OUT[id])], options).covered,
      ).not.toContain(id);
      expect(coverageDutyReports(deputies, [report(id, WHILE_IN[id])], options).covered).toContain(
        id,
      );
      const course = (day: string) => training(`T-${day}`, 'basic', day);
      const trained = (day: string) =>
        coverageTraining(deputies, [course(day)], [attendance(`T-${day}`, id)], include).covered;
      expect(trained(WHILE_OUT[id])).not.toContain(id);
      expect(trained(WHILE_IN[id])).toContain(id);
    }
  });

  it('in scoring: neither points nor penalties', () => {
    const rules = defineScoringRules({
      id: 'serving',
      version: 1,
      base: 60,
      items: [{ kind: 'suggestionSubmitted', points: 5 }],
      penalties: [{ kind: 'sessionAbsence', points: 10 }],
      cap: null,
      bands: [{ min: null, grade: { 'zh-Hans': '合格', en: 'Pass' } }],
      period: 'year',
    });
    const records = [
      record('D-END', 'suggestionSubmitted', '2025-02-15'),
      record('D-END', 'suggestionSubmitted', '2025-07-15'),
      record('D-END', 'sessionAbsence', '2025-09-01', false),
      record('D-SUSP', 'sessionAbsence', '2025-04-15', false),
    ];
    const totals = Object.fromEntries(
      scoreDeputies(deputies, records, rules, include).scores.map((s) => [s.deputyId, s.total]),
    );
    expect(totals).toEqual({ 'D-END': 65, 'D-SUSP': 60 });
  });

  it('for members and stations too: a contact outside the term, an activity at a closed station', () => {
    const m = member('M-1', [], { from: '2025-03-01' });
    const early = activity('memberContact', '2025-02-10', {
      memberIds: ['M-1'],
      deputyIds: ['D-X'],
    });
    const later = activity('memberContact', '2025-03-10', {
      memberIds: ['M-1'],
      deputyIds: ['D-X'],
    });
    const quota = { ...include, minContacts: 1 };
    expect(coverageMemberQuota([m], [early], quota).covered).toEqual([]);
    expect(coverageMemberQuota([m], [later], quota).covered).toEqual(['M-1']);
    const closed = station('ST-1', [], { from: '2020-01-01', to: '2025-05-31' });
    const at = (day: string) =>
      activity('receptionDay', day, { deputyIds: ['D-X'] }, { stationId: 'ST-1' });
    const target = { ...include, minReceptionDays: 1 };
    expect(coverageStationActivity([closed], [at('2025-06-10')], target).covered).toEqual([]);
    expect(coverageStationActivity([closed], [at('2025-05-10')], target).covered).toEqual(['ST-1']);
  });
});
