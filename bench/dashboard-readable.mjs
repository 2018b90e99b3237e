// A readable hand-written dashboard (bench helper): one loop and one Map by lead unit like the
// tight loop, but each record is first read into a facts object with array methods (find, filter,
// some, map), the way most people would write the rules, then counted. Independent of the tight
// loop's rule code; it fills the same group shape so the same figures are compared.
import { SUGGESTION_STATES, safeDueDate } from 'renda';
import { dayNumber, dayText, shanghaiDayNumber } from './dashboard-days.mjs';
import { C, D, finishGroups, newGroup, UNASSIGNED } from './dashboard-tight.mjs';

const EXCLUSIONS = ['withdrawn', 'merged', 'notRegistered'];
const NOT_YET_ASSIGNED = ['draft', 'submitted', 'registered'];
const NEVER_ASSIGNED = ['draft', 'withdrawn', 'merged', 'notRegistered'];
const WAITING = ['submitted', 'registered'];
const HANDLING = ['assigned', 'inHandling', 'reHandling'];

const isLead = (a) => a.role === 'lead' || a.role === 'sole';
const byFirst = (x, y) => x.round - y.round || (x.at < y.at ? -1 : x.at > y.at ? 1 : 0);
/** A unit's non-follow-up replies, first reply first (ties keep their order). */
const ownReplies = (s, unitId) =>
  s.replies.filter((r) => !r.followUp && r.unitId === unitId).sort(byFirst);
/** The final reply: the highest round, the latest in it (on a tie, the later in the list). */
const finalReply = (s, unitId) => {
  const own = ownReplies(s, unitId);
  const last = own.at(-1);
  return last === undefined
    ? undefined
    : own.findLast((r) => r.round === last.round && r.at === last.at);
};

/** The facts of one record under the rules. */
function factsOf(s, rules) {
  const active = s.assignments.filter((a) => a.active);
  const required = active.filter((a) => a.mustReply);
  const report = active.find(isLead) ?? required[0] ?? active[0] ?? s.assignments[0] ?? undefined;
  const leadDeputy = s.proposers.find((p) => p.role === 'lead')?.deputyId;
  // 并案: under leadOnly the lead of each merged item counts too.
  const mergedLeads = new Set(
    (s.mergedProposers ?? []).filter((p) => p.role === 'lead').map((p) => p.deputyId),
  );
  const counts = (e) => !rules.leadOnly || e.deputyId === leadDeputy || mergedLeads.has(e.deputyId);
  const excludedAs = EXCLUSIONS.includes(s.state)
    ? EXCLUSIONS.indexOf(s.state)
    : NOT_YET_ASSIGNED.includes(s.state) || active.length === 0
      ? 3
      : -1;
  const forms = s.evaluations.map((e) => ({
    final: !s.evaluations.some((o) => o.deputyId === e.deputyId && o.round > e.round),
    firstRound: e.round === 1,
    counted: counts(e),
    grade: e.grade,
    attitude: e.attitude,
    round: e.round,
  }));
  const facts = {
    unit: report?.unitId ?? UNASSIGNED,
    state: s.state,
    topic: s.topic ?? '(none)',
    keyItem: s.keyItem !== undefined,
    excludedAs,
    forms,
    lateAssignment: lateAssignmentOf(s, rules),
    closed: s.state === 'closed',
    replied: false,
    onTime: false,
    days: null,
    outcomeClass: undefined,
    answeringClasses: [],
    faceToFace: false,
    formReturned: false,
    reHandled: false,
    replyRounds: [],
    daysLate: 0,
    inputs: [],
    followUps: [],
  };
  // Duties: inputs sent (frozen verdict), inputs owed this round while in handling, follow-ups.
  const sent = s.assistingInputs ?? [];
  const roundDeadline = (a) =>
    s.round === 1
      ? a.deadline.day
      : (s.reHandlings.find((h) => h.round === s.round)?.deadline.day ?? a.deadline.day);
  const owedInputs = HANDLING.includes(s.state)
    ? active.filter(
        (a) => !a.mustReply && !sent.some((i) => i.unitId === a.unitId && i.round === s.round),
      )
    : [];
  const done = (unitId, onTime) => ({ unitId, done: true, onTime: onTime === true });
  const owed = (unitId, day) => ({ unitId, done: false, overdue: rules.asOfDay > dayNumber(day) });
  facts.inputs = [
    ...sent.map((i) => done(i.unitId, i.onTime)),
    ...owedInputs.map((a) => owed(a.unitId, roundDeadline(a))),
  ];
  facts.followUps = (s.followUps ?? []).map((f) =>
    f.dischargedAt === undefined ? owed(f.unitId, f.deadline.day) : done(f.unitId, f.onTime),
  );
  if (excludedAs >= 0) return facts;

  const lead =
    rules.leadUnit && !required.some((a) => a.role === 'separate')
      ? required.find(isLead)
      : undefined;
  const owing = lead !== undefined ? [lead] : required;
  const firsts = owing.map((a) => ownReplies(s, a.unitId)[0]);
  const replied = owing.length > 0 && firsts.every((r) => r !== undefined);
  const classUnit = lead ?? (owing.includes(report) ? report : owing[0]);
  const answering = required.length > 0 ? required : [report];
  const unanswered = owing.filter(
    (a) => !s.replies.some((r) => !r.followUp && r.unitId === a.unitId && r.round === s.round),
  );
  const deadlineOf = (a) =>
    s.round === 1
      ? a.deadline.day
      : (s.reHandlings.find((h) => h.round === s.round)?.deadline.day ?? a.deadline.day);
  facts.replied = replied;
  facts.onTime = replied && firsts.every((r) => r.onTime);
  facts.days = replied
    ? Math.max(
        0,
        ...owing.map((a, i) => shanghaiDayNumber(firsts[i].at) - dayNumber(a.assignedDay)),
      )
    : null;
  facts.outcomeClass = replied ? finalReply(s, classUnit.unitId)?.outcomeClass : undefined;
  facts.answeringClasses = answering
    .map((a) => finalReply(s, a.unitId)?.outcomeClass)
    .filter((code) => code !== undefined);
  facts.faceToFace =
    s.replies.some((r) => r.faceToFace) || s.consultations.some((c) => c.faceToFace);
  facts.formReturned = forms.some((f) => f.counted);
  facts.reHandled = s.reHandlings.length > 0;
  facts.replyRounds = s.replies.filter((r) => !r.followUp).map((r) => r.round);
  facts.daysLate =
    s.state === 'closed'
      ? 0
      : Math.max(0, ...unanswered.map((a) => rules.asOfDay - dayNumber(deadlineOf(a))));
  return facts;
}

/** 交办超期 of one record: null when not judged, 'undecided', or the days late and whether assigned. */
function lateAssignmentOf(s, rules) {
  if (s.period !== 'betweenSessions' || NEVER_ASSIGNED.includes(s.state)) return null;
  const first = s.assignments[0];
  if (first === undefined && !WAITING.includes(s.state)) return null;
  const receipt =
    typeof s.submittedAt === 'string'
      ? s.submittedAt
      : s.history.find((h) => h.type === 'submit')?.at;
  if (receipt === undefined) return 'undecided';
  const due = rules.assignDueDay(shanghaiDayNumber(receipt));
  if (due === null) return 'undecided';
  const late = (first === undefined ? rules.asOfDay : dayNumber(first.assignedDay)) - due;
  return { daysLate: Math.max(0, late), assigned: first !== undefined };
}

const add = (counts, at, amount = 1) => {
  while (counts.length <= at) counts.push(0);
  counts[at] += amount;
};
const addTo = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

/** The whole dashboard, readably; the same output shape as the tight loop. */
export function withReadableLoop(records, policy, asOf, options = {}) {
  const classes = policy.outcomeTaxonomy.classes;
  const codes = classes.map((c) => c.code);
  const dueDays = new Map();
  const rules = {
    leadUnit: policy.repliedWhen === 'leadUnit',
    leadOnly: policy.evaluationCounting === 'leadOnly',
    asOfDay: shanghaiDayNumber(asOf),
    assignDueDay: (day) => {
      if (!dueDays.has(day)) {
        const result = safeDueDate(dayText(day), policy.deadlines.assign, {
          timeZone: policy.timeZone,
          calendar: policy.calendar,
        });
        dueDays.set(day, result.ok ? dayNumber(result.value.day) : null);
      }
      return dueDays.get(day);
    },
  };
  const topicNames = [];
  const groups = new Map();
  const countClass = (counts, other, code) => {
    const index = codes.indexOf(code);
    if (index < 0) addTo(other, code);
    else counts[index]++;
    return classes[index];
  };
  for (const s of records) {
    const f = factsOf(s, rules);
    if (!groups.has(f.unit)) groups.set(f.unit, newGroup(f.unit, codes.length));
    const g = groups.get(f.unit);
    const c = g.c;
    c[C.records]++;
    const state = SUGGESTION_STATES.indexOf(f.state);
    if (state < 0) addTo(g.otherStates, f.state);
    else g.states[state]++;
    if (options.topics === true) {
      if (!topicNames.includes(f.topic)) topicNames.push(f.topic);
      add(g.topics, topicNames.indexOf(f.topic));
    }
    const late = f.lateAssignment;
    if (late === 'undecided') c[C.assignUndecided]++;
    else if (late !== null) {
      c[C.assignJudged]++;
      if (late.daysLate > 0) {
        g.lateIds.push(s.id);
        g.lateDays.push(late.daysLate);
        g.lateWaiting.push(late.assigned ? 0 : 1);
      }
    }
    const excluded = f.excludedAs >= 0;
    for (const form of f.forms) {
      const broad = form.grade === 'satisfied' || form.grade === 'basicallySatisfied';
      if (excluded || !form.counted) {
        const reason = excluded ? 'ItemExcluded' : 'CoSigner';
        if (form.final) c[C[`final${reason}`]]++;
        if (form.firstRound) c[C[`first${reason}`]]++;
        continue;
      }
      add(g.rounds, 3 * (form.round - 1) + 1);
      if (form.grade !== 'dissatisfied') add(g.rounds, 3 * (form.round - 1) + 2);
      if (form.final) {
        c[C.final]++;
        if (form.grade === 'satisfied') c[C.finalSatisfied]++;
        if (form.grade === 'basicallySatisfied') c[C.finalBasic]++;
        if (f.keyItem) c[C.finalKey]++;
        if (f.keyItem && broad) c[C.finalKeyBroad]++;
        if (form.attitude !== undefined) c[C.finalAttitude]++;
        if (form.attitude !== undefined && form.attitude !== 'dissatisfied') {
          c[C.finalAttitudeBroad]++;
        }
      }
      if (form.firstRound) {
        c[C.first]++;
        if (form.grade === 'satisfied') c[C.firstSatisfied]++;
        if (form.grade === 'basicallySatisfied') c[C.firstBasic]++;
      }
    }
    const duties = [
      [f.inputs, g.inputUnits, C.inputExcluded],
      [f.followUps, g.followUpUnits, C.followUpExcluded],
    ];
    for (const [list, units, excludedCounter] of duties) {
      for (const duty of list) {
        if (excluded) {
          c[excludedCounter]++;
          continue;
        }
        if (!units.has(duty.unitId)) units.set(duty.unitId, [0, 0, 0, 0, 0, 0]);
        const counts = units.get(duty.unitId);
        if (duty.done) counts[duty.onTime ? D.onTime : D.late]++;
        if (duty.done || duty.overdue) counts[D.due]++;
        counts[duty.done ? D.done : D.open]++;
        if (duty.overdue) counts[D.overdue]++;
      }
    }
    if (excluded) {
      c[C.excluded + f.excludedAs]++;
      continue;
    }
    c[C.assigned]++;
    if (f.keyItem) c[C.keyItem]++;
    if (f.closed) c[C.closed]++;
    for (const round of f.replyRounds) add(g.rounds, 3 * (round - 1));
    for (const code of f.answeringClasses) countClass(g.replyClasses, g.otherReplyClasses, code);
    if (f.replied) {
      c[C.replied]++;
      if (f.onTime) c[C.onTime]++;
      if (f.keyItem) c[C.keyReplied]++;
      if (f.formReturned) c[C.feedback]++;
      if (f.reHandled) c[C.reHandled]++;
      if (f.faceToFace) c[C.faceToFace]++;
      c[C.daysN]++;
      c[C.daysSum] += f.days;
      add(g.days, f.days);
      if (f.outcomeClass !== undefined) {
        const taxonomyClass = countClass(g.classes, g.otherClasses, f.outcomeClass);
        if (taxonomyClass?.solvedOrPlanned === true) c[C.solvedOrPlanned]++;
        if (taxonomyClass?.adopted === true) c[C.adopted]++;
      }
    }
    if (f.daysLate > 0) {
      g.overdueIds.push(s.id);
      g.overdueDays.push(f.daysLate);
    }
  }
  const veryOverdueDays = policy.deadlineWarning.veryOverdueDays;
  const total = finishGroups(groups, codes.length, veryOverdueDays);
  return { groups, total, topicNames: options.topics === true ? topicNames : undefined };
}
