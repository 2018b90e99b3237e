import { toCalendarDay as toDay } from '../../calendar/toCalendarDay.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { MergedProposer, Proposer } from '../../model/suggestionParts.js';
import type { SampleContext } from './context.js';
import { createRandom, type Random } from './random.js';
import type { Roster } from './roster.js';
import {
  type ActorRef,
  deadlineCache,
  type MutableSuggestion,
  refreshDeadline,
  SuggestionLife,
} from './suggestionLife.js';
import {
  FORCED_PLANS,
  MERGED_SECONDARY,
  randomPlan,
  type SuggestionPlan,
} from './suggestionPlan.js';
import { handleRounds } from './suggestionRounds.js';
import { DAY, dayNumberOf, dayOfMoment, HOUR, isoOf, MINUTE, momentOf } from './time.js';
import { TOPICS } from './vocabulary.js';

// Suggestions: a stream of records, each played out from a plan against the sample's clock.
// Record `i` depends only on (seed, i) and the roster, so the stream needs no memory of earlier
// records beyond a counter. Records are built directly (no workflow in the loop: a province has
// a million of them), but every event carries the workflow's own payload and the record gets
// exactly what the workflow's effect writes, so `safeReplay` from `initialSuggestionOf(record)`
// rebuilds it (test/testing/replay.test.ts).

type MutableAssignment = MutableSuggestion['assignments'][number];
type Assignment = Suggestion['assignments'][number];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const RETURN_REASON = '不属于本单位职责范围';
const EXTENSION_REASON = '涉及面广，需协调多个部门';

/** The suggestions of a sample, one at a time. */
export function* suggestionRecords(ctx: SampleContext, roster: Roster): Generator<Suggestion> {
  const cache = deadlineCache(ctx);
  const codes = ctx.policy.outcomeTaxonomy.classes.map((c) => c.code);
  const target = ctx.profile.suggestions;
  let emitted = 0;
  for (let slot = 0; emitted < target; slot++) {
    const r = createRandom(ctx.seed, `suggestion/${slot}`);
    let plan =
      slot < FORCED_PLANS.length ? (FORCED_PLANS[slot] as SuggestionPlan) : randomPlan(r, codes);
    if (plan.merge === 'primary' && emitted + 2 > target) {
      const { merge: _merge, ...single } = plan;
      plan = single;
    }
    const id = suggestionId(ctx, emitted);
    if (plan.merge === 'primary') {
      const secondaryId = suggestionId(ctx, emitted + 1);
      const mergeDay = ctx.workingDays.add(ctx.sessionDays[1], 6);
      const mergeAt = momentOf(mergeDay, 15 * 60);
      // 并案代表: the secondary's proposers, drawn as its own life draws them (from a generator
      // of the same seed), so the primary's merge names them without changing the secondary.
      const mergedProposers = proposersOf(
        createRandom(ctx.seed, `suggestion/${slot}/merged`),
        roster,
        MERGED_SECONDARY,
      ).map((p) => ({ ...p, itemId: secondaryId }));
      yield live(ctx, roster, cache, r, id, emitted, plan, {
        mergedFrom: [secondaryId],
        mergedProposers,
        mergeAt,
      });
      const r2 = createRandom(ctx.seed, `suggestion/${slot}/merged`);
      yield live(ctx, roster, cache, r2, secondaryId, emitted + 1, MERGED_SECONDARY, {
        mergedInto: id,
        mergeAt,
      });
      emitted += 2;
    } else {
      yield live(ctx, roster, cache, r, id, emitted, plan, {});
      emitted += 1;
    }
  }
}

function suggestionId(ctx: SampleContext, index: number): string {
  return `S-${ctx.year}-${pad(index + 1, 7)}`;
}

interface Link {
  readonly mergedFrom?: readonly string[];
  readonly mergedProposers?: readonly MergedProposer[];
  readonly mergedInto?: string;
  readonly mergeAt?: number;
}

/** The proposers of an item (提出人): the lead, then the plan's co-signers, drawn from `r`. */
function proposersOf(r: Random, roster: Roster, plan: SuggestionPlan): Proposer[] {
  const proposerPool = roster.ownSteady.length >= 20 ? roster.ownSteady : roster.steady;
  const lead = r.pick(proposerPool);
  const co = r
    .sample(proposerPool, plan.coSigners + 1)
    .filter((d) => d.id !== lead.id)
    .slice(0, plan.coSigners);
  return [
    { deputyId: lead.id, role: 'lead' },
    ...co.map((d): Proposer => ({ deputyId: d.id, role: 'co' })),
  ];
}

function submitDayOf(ctx: SampleContext, r: Random, plan: SuggestionPlan, index: number): number {
  if (plan.submitDay !== undefined) return plan.submitDay;
  const [first, last] = ctx.sessionDays;
  if (plan.duringSession) return r.int(first, last);
  // The forced plans fall in spring, so that their lives run to the state they stand for.
  if (index < FORCED_PLANS.length + 2) return r.int(first + 45, first + 160);
  return r.int(last + 7, ctx.lastDay - 3);
}

function live(
  ctx: SampleContext,
  roster: Roster,
  cache: ReturnType<typeof deadlineCache>,
  r: Random,
  id: string,
  index: number,
  plan: SuggestionPlan,
  link: Link,
): Suggestion {
  const wd = ctx.workingDays;
  const rules = ctx.policy.deadlines;
  const at = (day: number, from = 9 * 60, to = 17 * 60 + 30): number =>
    momentOf(wd.onOrAfter(day), r.int(from, to));
  const proposers = proposersOf(r, roster, plan);
  const leadId = (proposers[0] as Proposer).deputyId;
  const [topic, title, unitName] = r.pick(TOPICS);
  const leadUnitId = roster.unitByName.get(unitName) ?? (roster.handlingUnitIds[0] as string);
  const otherUnit = (...exclude: string[]): string => {
    let unit = r.pick(roster.handlingUnitIds);
    while (exclude.includes(unit)) unit = r.pick(roster.handlingUnitIds);
    return unit;
  };
  const submitDay = submitDayOf(ctx, r, plan, index);
  const submitAt = momentOf(submitDay, r.int(8 * 60, 21 * 60));
  const createdAt = submitAt - r.int(5, 3 * 24 * 60) * MINUTE;
  const record: MutableSuggestion = {
    id,
    rulesVersion: ctx.rulesVersion,
    kind: plan.motion ? 'motion' : 'suggestion',
    congress: ctx.congress,
    period: plan.duringSession ? 'duringSession' : 'betweenSessions',
    title,
    topic,
    proposers,
    state: 'draft',
    createdAt: isoOf(createdAt),
    preSubmissionConsultations: [],
    mergedFrom: [],
    mergedProposers: [],
    assignments: [],
    extensions: [],
    round: 1,
    reHandlings: [],
    followUps: [],
    assistingInputs: [],
    holdingReplies: [],
    replies: [],
    evaluations: [],
    consultations: [],
    supervisions: [],
    confidential: plan.confidential === true,
    history: [],
  };
  if (plan.duringSession) record.session = ctx.sessionNumber;
  const life = new SuggestionLife(ctx, record, createdAt);
  // 提出前沟通: one item in five is talked over with its lead unit before submission (上海);
  // chosen by index and timed from the draft, so no draw is added.
  if (index % 5 === 1) {
    const faceToFace = index % 10 === 1;
    const payload = { unitId: leadUnitId, faceToFace };
    const t = life.event(
      'consultBeforeSubmission',
      createdAt + MINUTE,
      { role: 'deputy', id: leadId },
      payload,
    );
    if (t === undefined) return record as Suggestion;
    record.preSubmissionConsultations.push({ deputyId: leadId, ...payload, at: isoOf(t) });
  }
  if (plan.halt === 'draft') return record as Suggestion;

  const deputy: ActorRef = { role: 'deputy', id: leadId };
  const office: ActorRef = { role: 'liaisonOffice', id: ctx.officeId };
  const unitActor = (unitId: string): ActorRef => ({ role: 'handlingUnit', id: unitId });
  const supervisor: ActorRef = { role: 'supervisor', id: r.pick(roster.committees).id };

  // 提交, 议案转建议, 立案审查. Every other item of the session is handed in on paper and keyed
  // in by the office for its lead proposer (代为操作); chosen by index, so no draw is added.
  const submitter =
    plan.duringSession && index % 2 === 0 ? { ...office, onBehalfOf: deputy } : deputy;
  let t = life.event('submit', submitAt, submitter);
  if (t === undefined) return record as Suggestion;
  record.state = 'submitted';
  record.submittedAt = isoOf(t);
  if (plan.motion) {
    t = life.event('convertFromMotion', at(ctx.sessionDays[1]), office, { motionId: `MOT-${id}` });
    if (t === undefined) return record as Suggestion;
    record.kind = 'suggestion';
    record.convertedFromMotion = { motionId: `MOT-${id}`, at: isoOf(t) };
  }
  if (plan.halt === 'submitted') return record as Suggestion;
  const screenBase = plan.duringSession ? ctx.sessionDays[1] : dayOfMoment(t);
  const screenDay = wd.add(screenBase, r.int(1, 3));
  if (plan.refuse) {
    const reason = r.pick(ctx.policy.notRegisteredReasons).code;
    t = life.event('refuseRegistration', at(screenDay), office, (moment) => ({
      reason,
      noticeAt: isoOf(moment + 2 * HOUR),
    }));
    if (t === undefined) return record as Suggestion;
    record.state = 'notRegistered';
    record.screening = { at: isoOf(t), registered: false, reason, noticeAt: isoOf(t + 2 * HOUR) };
    return record as Suggestion;
  }
  const number = `第${pad(index + 1, 4)}号`;
  t = life.event('register', at(screenDay), office, { number });
  if (t === undefined) return record as Suggestion;
  record.state = 'registered';
  record.screening = { at: isoOf(t), registered: true, number };
  if (plan.halt === 'registered') return record as Suggestion;
  if (link.mergeAt !== undefined) {
    if (link.mergedInto !== undefined) {
      t = life.event('merge', link.mergeAt, office, { into: link.mergedInto });
      if (t === undefined) return record as Suggestion;
      record.state = 'merged';
      record.mergedInto = link.mergedInto;
      return record as Suggestion;
    }
    const from = [...(link.mergedFrom ?? [])];
    const merged = link.mergedProposers ?? [];
    t = life.event('merge', link.mergeAt, office, {
      from,
      ...(merged.length > 0 ? { proposers: merged.map((p) => ({ ...p })) } : {}),
    });
    if (t === undefined) return record as Suggestion;
    record.mergedFrom.push(...from);
    record.mergedProposers.push(...merged.map((p) => ({ ...p })));
  }
  if (plan.withdraw === 'registered') {
    return withdraw(life, record, deputy, t + r.int(1, 10) * DAY);
  }

  // 交办.
  const assignDay = plan.duringSession
    ? wd.add(ctx.sessionDays[1], 15)
    : wd.add(dayOfMoment(t), r.int(0, 2));
  const makeAssignment = (
    unitId: string,
    role: Assignment['role'],
    when: string,
  ): MutableAssignment => {
    const mustReply = role === 'lead' || role === 'sole' || role === 'separate';
    return {
      unitId,
      role,
      assignedAt: when,
      assignedDay: dayKey(ctx, when),
      deadline: cache.due(when, mustReply ? rules.reply : rules.assistingInput),
      mustReply,
      active: true,
    };
  };
  const second = otherUnit(leadUnitId);
  const roles: [string, Assignment['role']][] =
    plan.mode === 'sole'
      ? [[leadUnitId, 'sole']]
      : plan.mode === 'separate'
        ? [
            [leadUnitId, 'separate'],
            [second, 'separate'],
          ]
        : [
            [leadUnitId, 'lead'],
            [second, plan.mode === 'leadAssisting' ? 'assisting' : 'joint'],
          ];
  t = life.event('assign', at(assignDay, 9 * 60, 11 * 60), office, {
    units: roles.map(([unitId, role]) => ({ unitId, role })),
  });
  if (t === undefined) return record as Suggestion;
  const assignedAt = isoOf(t);
  for (const [unitId, role] of roles)
    record.assignments.push(makeAssignment(unitId, role, assignedAt));
  record.state = 'assigned';
  let leadAssignment = record.assignments[0] as MutableAssignment;
  refreshDeadline(record);
  if (plan.halt === 'assigned') return record as Suggestion;

  // 申请调整 → 改交.
  if (plan.returnReassign) {
    const newUnit = otherUnit(...record.assignments.map((a) => a.unitId));
    t = life.event(
      'requestReturn',
      at(wd.add(assignDay, r.int(1, 4))),
      unitActor(leadAssignment.unitId),
      {
        reason: RETURN_REASON,
        reasonCode: 'notInRemit',
        suggestedUnitId: newUnit,
      },
    );
    if (t === undefined) return record as Suggestion;
    leadAssignment.returnRequest = {
      at: isoOf(t),
      reason: RETURN_REASON,
      reasonCode: 'notInRemit',
      suggestedUnitId: newUnit,
    };
    const decided = life.event('decideReturn', at(wd.add(dayOfMoment(t), r.int(1, 2))), office, {
      decision: 'approved',
    });
    if (decided === undefined) return record as Suggestion;
    leadAssignment.returnRequest = {
      ...leadAssignment.returnRequest,
      decision: 'approved',
      decidedAt: isoOf(decided),
    };
    t = life.event('reassign', decided + 30 * MINUTE, office, {
      from: leadAssignment.unitId,
      to: newUnit,
      reasonCode: 'returnApproved',
    });
    if (t === undefined) return record as Suggestion;
    leadAssignment.active = false;
    leadAssignment.reassignment = { at: isoOf(t), toUnitId: newUnit, reasonCode: 'returnApproved' };
    const moved = makeAssignment(newUnit, leadAssignment.role, isoOf(t));
    record.assignments.push(moved);
    leadAssignment = moved;
    refreshDeadline(record);
  }

  // 签收.
  const accepting = record.assignments.filter((a) => a.active) as MutableAssignment[];
  for (const assignment of accepting) {
    t = life.event(
      'accept',
      at(wd.add(dayOfMoment(life.now), r.int(0, 2))),
      unitActor(assignment.unitId),
    );
    if (t === undefined) return record as Suggestion;
    assignment.acceptedAt = isoOf(t);
    record.state = 'inHandling';
  }
  if (plan.withdraw === 'inHandling') {
    return withdraw(life, record, deputy, life.now + r.int(5, 30) * DAY);
  }
  if (plan.keyItem) {
    // 督办领办: a special committee supervises, the government leader in charge takes it on, and
    // the lead unit's head answers for it (DOMAIN §2.12); fixed, so no draw is added.
    const designation = {
      designatedBy: '主任会议',
      leadingOfficial: '分管副县长',
      topic,
      leads: [
        { kind: 'specialCommittee' as const, bodyId: supervisor.id },
        {
          kind: 'governmentLeader' as const,
          leaders: [{ title: '分管副县长', name: '分管副县长' }],
        },
        { kind: 'unitHead' as const, bodyId: leadAssignment.unitId },
      ],
    };
    t = life.event(
      'designateKeyItem',
      at(dayOfMoment(life.now) + r.int(5, 20)),
      supervisor,
      designation,
    );
    if (t === undefined) return record as Suggestion;
    // A supervisor who designates it supervises it (the workflow's default).
    record.keyItem = { designatedAt: isoOf(t), ...designation, supervisorIds: [supervisor.id] };
    // 建议直通车: every other key item also goes straight to the leaders, and one instruction
    // (批示) comes back three days later; chosen by index, so no draw is added.
    if (index % 2 === 0) {
      const route = { to: '县委主要领导' };
      t = life.event('routeDirect', t + DAY, office, route);
      if (t === undefined) return record as Suggestion;
      record.directRoute = { ...route, at: isoOf(t), instructions: [] };
      const instruction = { by: '县委书记', content: `请${unitName}抓紧研究办理。` };
      t = life.event('recordInstruction', t + 3 * DAY, office, instruction);
      if (t === undefined) return record as Suggestion;
      record.directRoute.instructions.push({ ...instruction, at: isoOf(t), recordedAt: isoOf(t) });
    }
  }
  if (plan.consult) {
    const faceToFace = plan.consult === 'faceToFace';
    t = life.event(
      'consult',
      at(dayOfMoment(life.now) + r.int(5, 25)),
      unitActor(leadAssignment.unitId),
      {
        faceToFace,
      },
    );
    if (t === undefined) return record as Suggestion;
    record.consultations.push({
      unitId: leadAssignment.unitId,
      deputyIds: record.proposers.map((p) => p.deputyId),
      faceToFace,
      at: isoOf(t),
    });
  }
  if (plan.halt === 'inHandling') return record as Suggestion;
  if (plan.supervise) {
    const by = plan.keyItem ? supervisor : office;
    const kind = plan.keyItem ? 'inspection' : 'reminder';
    t = life.event('supervise', at(dayOfMoment(life.now) + r.int(5, 20)), by, { kind });
    if (t === undefined) return record as Suggestion;
    record.supervisions.push({ kind, by, at: isoOf(t) });
  }
  if (plan.extensionMonths !== undefined) {
    const months = plan.extensionMonths;
    const dueDay = dayNumberOf(leadAssignment.deadline.day);
    t = life.event('requestExtension', at(dueDay - 20), unitActor(leadAssignment.unitId), {
      months,
      reason: EXTENSION_REASON,
    });
    if (t === undefined) return record as Suggestion;
    const requestedAt = isoOf(t);
    const decided = life.event('decideExtension', at(wd.add(dayOfMoment(t), 2)), office, {
      decision: 'approved',
      months,
    });
    if (decided === undefined) {
      record.extensions.push({
        unitId: leadAssignment.unitId,
        months,
        reason: EXTENSION_REASON,
        requestedAt,
      });
      return record as Suggestion;
    }
    record.extensions.push({
      unitId: leadAssignment.unitId,
      months,
      reason: EXTENSION_REASON,
      requestedAt,
      decision: 'approved',
      decidedAt: isoOf(decided),
    });
    leadAssignment.deadline = cache.extend(leadAssignment.deadline, months);
    refreshDeadline(record);
  }
  if (plan.noReply) {
    // Overdue: a reminder after the due day, and no reply by asOf.
    const dueDay = dayNumberOf(leadAssignment.deadline.day);
    t = life.event('supervise', at(wd.add(dueDay, 3)), office, { kind: 'reminder' });
    if (t !== undefined) record.supervisions.push({ kind: 'reminder', by: office, at: isoOf(t) });
    return record as Suggestion;
  }

  return handleRounds(life, record, {
    ctx,
    cache,
    r,
    plan,
    at,
    leadAssignment,
    supervisor,
    office,
  });
}

function dayKey(ctx: SampleContext, iso: string): string {
  // The calendar's own conversion, as the workflow freezes it at assignment.
  return toDay(iso, ctx.policy.timeZone);
}

function withdraw(
  life: SuggestionLife,
  record: MutableSuggestion,
  deputy: ActorRef,
  when: number,
): Suggestion {
  const payload = { reason: '问题已自行解决', reasonCode: 'solved' };
  const t = life.event('withdraw', when, deputy, payload);
  if (t === undefined) return record as Suggestion;
  record.state = 'withdrawn';
  record.withdrawal = { at: isoOf(t), ...payload };
  delete record.deadline;
  return record as Suggestion;
}
