import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/calendar/dueDate.js';
import { isOnTime } from '../../src/calendar/isOnTime.js';
import { toCalendarDay } from '../../src/calendar/toCalendarDay.js';
import { ACTIVITY_KINDS } from '../../src/model/activity.js';
import { OPINION_STATES } from '../../src/model/constituentOpinion.js';
import { HANDLING_ROLES } from '../../src/model/handlingRole.js';
import { STATION_KINDS } from '../../src/model/liaisonStation.js';
import { LIVELIHOOD_PROJECT_STAGES } from '../../src/model/livelihoodProject.js';
import { SATISFACTION_GRADES } from '../../src/model/shared/satisfaction.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { CLOSURE_REASONS } from '../../src/model/suggestionParts.js';
import { SUGGESTION_STATES } from '../../src/model/suggestionState.js';
import { ATTENDANCE_STATUSES } from '../../src/model/trainingAttendance.js';
import { generateSample, safeGenerateSample, streamSample } from '../../src/testing/index.js';
import { invalidRecords, SAMPLE_PARSERS } from './parsers.js';

const sample = generateSample({ seed: 1 });

const EVENT_TYPES = new Set([
  'submit',
  'consultBeforeSubmission',
  'register',
  'refuseRegistration',
  'convertFromMotion',
  'merge',
  'withdraw',
  'assign',
  'requestReturn',
  'decideReturn',
  'reassign',
  'accept',
  'consult',
  'supervise',
  'designateKeyItem',
  'routeDirect',
  'recordInstruction',
  'requestExtension',
  'decideExtension',
  'sendAssistingInput',
  'holdingReply',
  'reply',
  'evaluate',
  'lapseEvaluation',
  'close',
  'followUpReply',
  'publish',
]);

describe('generateSample', () => {
  it('gives a deep-equal sample for the same seed and a different one for another seed', () => {
    expect(generateSample({ seed: 1 })).toEqual(sample);
    const other = generateSample({ seed: 2 });
    expect(other.deputies).not.toEqual(sample.deputies);
    expect(other.suggestions).not.toEqual(sample.suggestions);
  });

  it('defaults to a town of 100 deputies in 2025, as of year-end in Shanghai', () => {
    expect(sample.deputies).toHaveLength(100);
    expect(sample.year).toBe(2025);
    expect(sample.asOf).toBe('2025-12-31T10:00:00.000Z');
    expect(sample.suggestions).toHaveLength(300);
    expect(sample.activities).toHaveLength(1000);
    expect(sample.policy.maxReHandlingRounds).toBe(2);
  });

  it('passes every schema, and every record is already canonical (parse deep-equals it)', () => {
    expect(invalidRecords(sample)).toEqual([]);
    for (const [key, parse] of SAMPLE_PARSERS) {
      for (const record of sample[key] as readonly unknown[]) {
        const result = parse(record);
        expect(result.ok).toBe(true);
        expect(result.value).toStrictEqual(record);
      }
    }
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(sample)).toBe(true);
    expect(Object.isFrozen(sample.suggestions)).toBe(true);
    const suggestion = sample.suggestions.find((s) => s.assignments.length > 0);
    expect(Object.isFrozen(suggestion?.assignments[0]?.deadline)).toBe(true);
    expect(Object.isFrozen(sample.deputies[0]?.memberships)).toBe(true);
  });

  it('holds every suggestion state, outcome class, grade, closure reason and handling role', () => {
    const states = new Set(sample.suggestions.map((s) => s.state));
    for (const state of SUGGESTION_STATES) expect(states).toContain(state);
    const classes = new Set(
      sample.suggestions.flatMap((s) => s.replies.map((r) => r.outcomeClass)),
    );
    for (const c of sample.policy.outcomeTaxonomy.classes) expect(classes).toContain(c.code);
    const grades = new Set(sample.suggestions.flatMap((s) => s.evaluations.map((e) => e.grade)));
    for (const grade of SATISFACTION_GRADES) expect(grades).toContain(grade);
    // The sample grades the result and the attitude apart: every form has both, and they differ.
    const forms = sample.suggestions.flatMap((s) => s.evaluations);
    const attitudes = new Set(forms.map((e) => e.attitude));
    for (const grade of SATISFACTION_GRADES) expect(attitudes).toContain(grade);
    expect(attitudes).not.toContain(undefined);
    expect(forms.some((e) => e.attitude !== e.grade)).toBe(true);
    const closures = new Set(sample.suggestions.map((s) => s.closure?.reason));
    for (const reason of CLOSURE_REASONS) expect(closures).toContain(reason);
    const roles = new Set(sample.suggestions.flatMap((s) => s.assignments.map((a) => a.role)));
    for (const role of HANDLING_ROLES) expect(roles).toContain(role);
  });

  it('holds every activity kind, station kind, opinion state and attendance status', () => {
    const kinds = new Set(sample.activities.map((a) => a.kind));
    for (const kind of ACTIVITY_KINDS) expect(kinds).toContain(kind);
    const stations = new Set(sample.stations.map((s) => s.kind));
    for (const kind of STATION_KINDS) expect(stations).toContain(kind);
    const opinions = new Set(sample.opinions.map((o) => o.state));
    for (const state of OPINION_STATES) expect(opinions).toContain(state);
    const statuses = new Set(sample.trainingAttendances.map((a) => a.status));
    for (const status of ATTENDANCE_STATUSES) expect(statuses).toContain(status);
    const stages = new Set(sample.livelihoodProjects.map((p) => p.stage));
    for (const stage of LIVELIHOOD_PROJECT_STAGES) expect(stages).toContain(stage);
    expect(new Set(sample.trainings.map((t) => t.kind))).toEqual(
      new Set(['initial', 'basic', 'thematic']),
    );
  });

  it('has merged pairs that point at each other', () => {
    const byId = new Map(sample.suggestions.map((s) => [s.id, s]));
    const merged = sample.suggestions.filter((s) => s.state === 'merged');
    expect(merged.length).toBeGreaterThan(0);
    for (const secondary of merged) {
      const primary = byId.get(secondary.mergedInto ?? '');
      expect(primary?.mergedFrom).toContain(secondary.id);
    }
    for (const primary of sample.suggestions.filter((s) => s.mergedFrom.length > 0)) {
      for (const id of primary.mergedFrom) expect(byId.get(id)?.mergedInto).toBe(primary.id);
    }
  });

  it('lists history events by the workflow names, in time order, each recorded no earlier', () => {
    for (const suggestion of sample.suggestions) {
      let previous = '';
      for (const entry of suggestion.history) {
        expect(EVENT_TYPES).toContain(entry.type);
        expect(entry.at >= previous).toBe(true);
        expect(entry.recordedAt >= entry.at).toBe(true);
        expect(entry.at <= sample.asOf).toBe(true);
        previous = entry.at;
      }
    }
    const types = new Set(sample.suggestions.flatMap((s) => s.history.map((h) => h.type)));
    expect(types).toEqual(EVENT_TYPES);
  });

  it('computes due days, assignment days and on-time verdicts with the calendar', () => {
    const policy = sample.policy;
    for (const suggestion of sample.suggestions) {
      for (const a of suggestion.assignments) {
        expect(a.assignedDay).toBe(toCalendarDay(a.assignedAt, policy.timeZone));
        const rule = a.mustReply ? policy.deadlines.reply : policy.deadlines.assistingInput;
        const due = dueDate(a.assignedAt, rule, policy);
        if (a.deadline.extension === undefined) expect(a.deadline).toEqual(due);
        else expect(a.deadline.extension.originalDay).toBe(due.day);
      }
      const template = suggestion.assignments[0]?.deadline;
      for (const reply of suggestion.replies) {
        if (template === undefined) throw new Error('a reply without an assignment');
        expect(reply.onTime).toBe(isOnTime(reply.at, { ...template, day: reply.dueDay }));
      }
      for (const r of suggestion.reHandlings) {
        expect(r.deadline).toEqual(dueDate(r.startedAt, policy.deadlines.reHandlingReply, policy));
      }
    }
  });

  it('covers the situations dashboards list', () => {
    const s = sample.suggestions;
    const asOfDay = sample.asOf.slice(0, 10);
    // overdue: open, no reply, past the due day
    expect(
      s.some((x) => x.deadline !== undefined && x.deadline.day < asOfDay && x.replies.length === 0),
    ).toBe(true);
    // late replies, and backdated paper replies still on time
    expect(s.some((x) => x.replies.some((r) => !r.onTime && !r.followUp))).toBe(true);
    expect(
      s.some((x) => x.replies.some((r) => r.onTime && r.recordedAt.slice(0, 10) > r.dueDay)),
    ).toBe(true);
    // separate handling: two units each reply
    expect(
      s.some(
        (x) =>
          x.assignments.filter((a) => a.role === 'separate').length === 2 &&
          x.replies.filter((r) => r.round === 1 && !r.followUp).length === 2,
      ),
    ).toBe(true);
    // assisting units do not reply
    for (const x of s) {
      for (const a of x.assignments.filter((a) => a.role === 'assisting')) {
        expect(a.mustReply).toBe(false);
        expect(x.replies.some((r) => r.unitId === a.unitId)).toBe(false);
      }
    }
    // joint suggestions evaluated by every deputy
    expect(
      s.some(
        (x) =>
          x.proposers.length > 2 &&
          x.proposers.every((p) => x.evaluations.some((e) => e.deputyId === p.deputyId)),
      ),
    ).toBe(true);
    // re-handling with its own deadline, follow-up replies, key items, supervision, publication
    expect(
      s.some(
        (x) =>
          x.state === 'reHandling' &&
          x.reHandlings.length === 1 &&
          x.deadline?.day === x.reHandlings[0]?.deadline.day,
      ),
    ).toBe(true);
    expect(s.some((x) => x.replies.some((r) => r.followUp) && x.state === 'closed')).toBe(true);
    // assisting inputs late and owed past due; follow-up duties open past due, discharged late
    expect(s.some((x) => x.assistingInputs.some((i) => !i.onTime))).toBe(true);
    expect(
      s.some(
        (x) =>
          ['assigned', 'inHandling', 'reHandling'].includes(x.state) &&
          x.assignments.some(
            (a) =>
              a.active &&
              !a.mustReply &&
              a.deadline.day < asOfDay &&
              !x.assistingInputs.some((i) => i.unitId === a.unitId && i.round === x.round),
          ),
      ),
    ).toBe(true);
    expect(
      s.some((x) =>
        x.followUps.some((f) => f.dischargedAt === undefined && f.deadline.day < asOfDay),
      ),
    ).toBe(true);
    expect(s.some((x) => x.followUps.some((f) => f.onTime === false))).toBe(true);
    expect(s.some((x) => x.followUps.some((f) => f.onTime === true))).toBe(true);
    expect(s.some((x) => x.keyItem !== undefined)).toBe(true);
    expect(s.some((x) => x.supervisions.length > 0)).toBe(true);
    expect(s.some((x) => x.consultations.some((c) => c.faceToFace))).toBe(true);
    // 提出前沟通 before submission, 阶段性答复 before the formal reply, 直通车 with its 批示, and
    // the deputies of merged items evaluating the primary's answer
    expect(
      s.some((x) =>
        x.preSubmissionConsultations.some(
          (c) => x.submittedAt !== undefined && c.at < x.submittedAt,
        ),
      ),
    ).toBe(true);
    expect(
      s.some((x) =>
        x.holdingReplies.some((h) =>
          x.replies.some((r) => r.unitId === h.unitId && r.round === h.round && r.at >= h.at),
        ),
      ),
    ).toBe(true);
    expect(s.some((x) => (x.directRoute?.instructions.length ?? 0) > 0)).toBe(true);
    expect(
      s.some((x) =>
        x.mergedProposers.some((p) => x.evaluations.some((e) => e.deputyId === p.deputyId)),
      ),
    ).toBe(true);
    expect(
      s.some((x) => x.publication?.mode === 'full' && x.publication.publishedAt !== undefined),
    ).toBe(true);
    expect(s.some((x) => x.confidential && x.publication?.mode === 'withheld')).toBe(true);
    expect(s.some((x) => x.convertedFromMotion !== undefined)).toBe(true);
    expect(s.some((x) => x.extensions.some((e) => e.decision === 'approved'))).toBe(true);
    expect(
      s.some((x) =>
        x.assignments.some((a) => !a.active && a.returnRequest?.decision === 'approved'),
      ),
    ).toBe(true);
    const reasons = new Set(sample.policy.notRegisteredReasons.map((r) => r.code));
    for (const x of s.filter((x) => x.state === 'notRegistered')) {
      expect(reasons).toContain(x.screening?.reason);
    }
    expect(s.some((x) => x.state === 'withdrawn' && x.withdrawal !== undefined)).toBe(true);
  });

  it('has a realistic roster: several levels, joiners, leavers, suspensions, stations in a hierarchy', () => {
    const levels = new Set(sample.deputies.map((d) => d.congress.level));
    expect(levels.size).toBeGreaterThanOrEqual(3);
    expect(sample.deputies.filter((d) => d.congress.level === 'township').length).toBeGreaterThan(
      50,
    );
    expect(sample.deputies.some((d) => d.byElected?.replacesDeputyId !== undefined)).toBe(true);
    expect(sample.deputies.some((d) => d.status.status === 'ended')).toBe(true);
    expect(sample.deputies.some((d) => d.status.status === 'suspended')).toBe(true);
    expect(sample.deputies.some((d) => !d.memberships.some((m) => m.kind === 'station'))).toBe(
      true,
    );
    const main = sample.stations.find((s) => s.tier === 'main');
    expect(sample.stations.some((s) => s.parentId === main?.id && s.tier === 'central')).toBe(true);
    expect(new Set(sample.groups.map((g) => g.kind))).toEqual(
      new Set(['regional', 'professional']),
    );
    for (const member of sample.members) {
      expect(member.contactAssignments.length).toBeLessThanOrEqual(member.councilMember ? 5 : 3);
    }
    expect(sample.units.map((u) => u.kind)).toEqual(
      expect.arrayContaining(['government', 'court', 'procuratorate']),
    );
  });

  it('leaves coverage gaps on purpose', () => {
    const contacted = new Set(
      sample.activities
        .filter((a) => a.kind === 'memberContact')
        .flatMap((a) => a.participants.deputyIds),
    );
    expect(sample.deputies.some((d) => !contacted.has(d.id))).toBe(true);
    const contactsByMember = new Map<string, number>();
    for (const a of sample.activities.filter((a) => a.kind === 'memberContact')) {
      for (const m of a.participants.memberIds)
        contactsByMember.set(m, (contactsByMember.get(m) ?? 0) + 1);
    }
    expect(sample.members.some((m) => (contactsByMember.get(m.id) ?? 0) < 2)).toBe(true);
    const receptions = new Map<string, number>();
    for (const a of sample.activities.filter((a) => a.kind === 'receptionDay')) {
      receptions.set(a.stationId ?? '', (receptions.get(a.stationId ?? '') ?? 0) + 1);
    }
    expect(
      sample.stations.some((s) => s.kind !== 'online' && (receptions.get(s.id) ?? 0) < 2),
    ).toBe(true);
    const trained = new Set(
      sample.trainingAttendances.filter((a) => a.status === 'attended').map((a) => a.deputyId),
    );
    expect(sample.deputies.some((d) => !trained.has(d.id))).toBe(true);
    expect(sample.dutyReports.length).toBeGreaterThan(0);
    expect(sample.dutyReports.length).toBeLessThan(sample.deputies.length / 2);
    expect(sample.dutyReports.some((r) => r.audience < 50)).toBe(true);
  });

  it('votes on 15 livelihood candidates for 10 places and rates those carried out at year-end', () => {
    const [selection, evaluation] = sample.livelihoodVotes;
    expect(selection?.kind).toBe('selection');
    expect(selection?.results).toHaveLength(15);
    expect(evaluation?.kind).toBe('evaluation');
    const rated = sample.livelihoodProjects.filter((p) => (p.evaluations?.length ?? 0) > 0);
    expect(evaluation?.results.map((r) => r.projectId)).toEqual(rated.map((p) => p.id));
    expect(rated).toHaveLength(7);
  });

  it('derives performance records from what deputies did', () => {
    const ids = new Set(sample.suggestions.map((s) => s.id));
    const fromSuggestions = sample.performanceRecords.filter(
      (p) => p.kind === 'suggestionSubmitted',
    );
    expect(fromSuggestions.length).toBeGreaterThan(0);
    for (const p of fromSuggestions) expect(ids).toContain(p.refId);
    const kinds = new Set(sample.performanceRecords.map((p) => p.kind));
    for (const kind of [
      'sessionAttendance',
      'motionSubmitted',
      'activity',
      'training',
      'dutyReport',
      'receptionDay',
      'voterContact',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('scales: a county has about ten times the deputies of a town, and sizes can be explicit', () => {
    const county = generateSample({ seed: 1, size: 'county' });
    expect(county.deputies).toHaveLength(1000);
    expect(county.suggestions).toHaveLength(3000);
    expect(county.congresses[0]?.level).toBe('county');
    const small = generateSample({ seed: 1, size: { deputies: 40 }, year: 2024 });
    expect(small.deputies).toHaveLength(40);
    expect(small.asOf).toBe('2024-12-31T10:00:00.000Z');
    expect(invalidRecords(small)).toEqual([]);
  });

  // One failure convention (issue 7): a RendaError INVALID_INPUT naming the option, never a
  // RangeError; safeGenerateSample returns the same error.
  it('rejects a bad seed, year or size', () => {
    const bad = [
      [{ seed: 1.5 }, 'seed'],
      [{ seed: 1, year: 1800 }, 'year'],
      [{ seed: 1, size: { deputies: 3 } }, 'size'],
      [{ seed: 1, size: 'planet' as never }, 'size'],
      [{ seed: 1, size: 'toString' as never }, 'size'],
    ] as const;
    for (const [options, field] of bad) {
      expect(() => generateSample(options)).toThrow(RendaError);
      // The lazy samples refuse the same options when iteration starts.
      expect(() => streamSample(options)[Symbol.iterator]().next()).toThrow(RendaError);
      const result = safeGenerateSample(options);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.issues[0]?.path[0]).toBe(field);
      }
    }
  });
});
