import { describe, expect, it } from 'vitest';
import { toCalendarDay } from '../../../src/calendar/toCalendarDay.js';
import { rosterFor } from '../../../src/connections/coverage/rosterFor.js';
import { dutyRecords } from '../../../src/connections/dutyRecord/dutyRecords.js';
import { sessionAttendanceReport } from '../../../src/connections/dutyRecord/sessionAttendanceReport.js';
import { dongbaoStyleRules } from '../../../src/connections/scoring/dongbaoStyleRules.js';
import { jiangbeiStyleRules } from '../../../src/connections/scoring/jiangbeiStyleRules.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import { yinchuanStyleRules } from '../../../src/connections/scoring/yinchuanStyleRules.js';
import { generateSample } from '../../../src/testing/generateSample.js';

const sample = generateSample({ seed: 1 });
const period = { from: '2025-01-01', to: '2025-12-31' };
const result = dutyRecords(sample, { period });
const roster = rosterFor(sample.deputies, period, { partial: 'include' });
const served = new Map(roster.entries.map((e) => [e.id, e.served]));
/** Whether the deputy served on the day, read from rosterFor: the oracle for the one rule. */
const serving = (id: string, day: string): boolean =>
  day >= period.from &&
  day <= period.to &&
  (served.get(id) ?? []).some((s) => s.from <= day && day <= s.to);
const sum = (f: (r: (typeof result.records)[number]) => number): number =>
  result.records.reduce((n, r) => n + f(r), 0);

describe('dutyRecords over generateSample({ seed: 1 })', () => {
  it('has a record per deputy', () => {
    expect(result.records.map((r) => r.deputyId)).toEqual(sample.deputies.map((d) => d.id));
  });

  it('totals equal direct counts over the sources, on days served', () => {
    const activityParts = sample.activities.reduce(
      (n, a) =>
        n + [...new Set(a.participants.deputyIds)].filter((id) => serving(id, a.day)).length,
      0,
    );
    expect(activityParts).toBeGreaterThan(0);
    expect(sum((r) => r.activities.total)).toBe(activityParts);
    const records = sample.performanceRecords.filter((p) => serving(p.deputyId, p.day)).length;
    expect(sum((r) => r.records.total)).toBe(records);
    const reports = sample.dutyReports.filter((d) => serving(d.deputyId, d.day)).length;
    expect(sum((r) => r.dutyReports.count)).toBe(reports);
    const opinions = sample.opinions.reduce(
      (n, o) => n + [...new Set(o.deputyIds)].filter((id) => serving(id, o.receivedDay)).length,
      0,
    );
    expect(sum((r) => r.opinions.received)).toBe(opinions);
    let lead = 0;
    let co = 0;
    for (const s of sample.suggestions) {
      if (s.submittedAt === undefined) continue;
      const day = toCalendarDay(s.submittedAt, 'Asia/Shanghai');
      for (const p of s.proposers) {
        if (!serving(p.deputyId, day)) continue;
        if (p.role === 'lead') lead += 1;
        else co += 1;
      }
    }
    expect(lead).toBeGreaterThan(0);
    expect(sum((r) => r.suggestions.lead)).toBe(lead);
    expect(sum((r) => r.suggestions.coSigned)).toBe(co);
    const firstDay = new Map(sample.trainings.map((t) => [t.id, t.period.from]));
    const trained = new Set(
      sample.trainingAttendances
        .filter((a) => a.status === 'attended')
        .filter((a) => {
          const day = firstDay.get(a.trainingId);
          return day !== undefined && serving(a.deputyId, day);
        })
        .map((a) => `${a.deputyId}|${a.trainingId}`),
    );
    expect(sum((r) => r.trainings.attended)).toBe(trained.size);
  });

  it('gives each suggestion its final outcome classes and the deputy’s evaluations', () => {
    const items = result.records.flatMap((r) => r.suggestions.items.map((s) => ({ r, s })));
    const byId = new Map(sample.suggestions.map((s) => [s.id, s]));
    const evaluated = items.filter(({ s }) => s.evaluations.length > 0);
    expect(evaluated.length).toBeGreaterThan(0);
    for (const { r, s } of items) {
      const source = byId.get(s.id);
      expect(s.state).toBe(source?.state);
      expect(s.evaluations.length).toBe(
        source?.evaluations.filter((e) => e.deputyId === r.deputyId).length,
      );
      for (const o of s.outcomes) {
        const replies = (source?.replies ?? []).filter((x) => x.unitId === o.unitId && !x.followUp);
        const top = Math.max(...replies.map((x) => x.round));
        expect(replies.filter((x) => x.round === top).map((x) => x.outcomeClass)).toContain(
          o.outcomeClass,
        );
      }
    }
    expect(items.some(({ s }) => s.outcomes.length > 0)).toBe(true);
  });

  it('scores from duty records exactly as from the sources', () => {
    const occurrences = result.records.flatMap((r) => r.occurrences);
    for (const rules of [yinchuanStyleRules, dongbaoStyleRules, jiangbeiStyleRules]) {
      for (const partial of ['include', 'exclude'] as const) {
        const fromSources = scoreDeputies(
          sample.deputies,
          [...sample.performanceRecords, ...sample.activities],
          rules,
          { period, partial },
        );
        expect(scoreDeputies(sample.deputies, occurrences, rules, { period, partial })).toEqual(
          fromSources,
        );
      }
    }
  });

  it('reports congress attendance that adds up to the records’ marks', () => {
    const report = sessionAttendanceReport(
      sample.deputies,
      [...sample.performanceRecords, ...sample.activities],
      { period },
    );
    const congress = report.sessions.filter((s) => s.body === 'congress');
    expect(congress.length).toBeGreaterThan(0);
    const marks = (k: 'attended' | 'excused' | 'unexcused') =>
      congress.reduce((n, s) => n + s[k].length, 0);
    expect(marks('attended')).toBe(sum((r) => r.congressSessions.attended));
    expect(marks('excused')).toBe(sum((r) => r.congressSessions.excused));
    expect(marks('unexcused')).toBe(sum((r) => r.congressSessions.unexcused));
    const sc = report.sessions.filter((s) => s.body === 'standingCommittee');
    expect(sc.reduce((n, s) => n + s.attended.length, 0)).toBe(sum((r) => r.scSessions.attended));
  });
});
