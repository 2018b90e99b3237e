// The tightest hand-written suggestion dashboard (bench helper): one pass, one Map by lead unit,
// counters in arrays, every handling rule inline (src/suggestion/rules/handling.ts as read by
// src/suggestion/figures/facts.ts), no allocation per record beyond a new group and the overdue and
// late-to-assign lists, no Date, Date.parse or Intl (dashboard-days.mjs). It computes every figure
// suggestionStats gives per group and in total: counts by state and topic, each rate's n,
// denominator, numerator and exclusions, outcome classes per item and per answering unit, the days
// histogram, per-round counts, the overdue list and the late-to-assign list, both sorted, and the
// duties (协办意见 sent and owed, 跟踪办理 duties) by the unit that owes each.
import { SUGGESTION_STATES, safeDueDate } from 'renda';
import { dayNumber, dayText, shanghaiDayNumber } from './dashboard-days.mjs';

/** The group of items with no unit at all. */
export const UNASSIGNED = '(unassigned)';

// Counters of a group, by index.
export const C = Object.freeze({
  records: 0,
  assigned: 1,
  // Item exclusions in first-match order: withdrawn, merged, notRegistered, notAssigned.
  excluded: 2,
  replied: 6,
  onTime: 7,
  closed: 8,
  faceToFace: 9,
  feedback: 10,
  solvedOrPlanned: 11,
  adopted: 12,
  reHandled: 13,
  keyItem: 14,
  keyReplied: 15,
  // Final forms: of excluded items, of co-signers (leadOnly), counted, satisfied, basically
  // satisfied, counted on key items, satisfied or basically satisfied on key items.
  finalItemExcluded: 16,
  finalCoSigner: 17,
  final: 18,
  finalSatisfied: 19,
  finalBasic: 20,
  finalKey: 21,
  finalKeyBroad: 22,
  // Round-1 forms, likewise.
  firstItemExcluded: 23,
  firstCoSigner: 24,
  first: 25,
  firstSatisfied: 26,
  firstBasic: 27,
  daysN: 28,
  daysSum: 29,
  assignJudged: 30,
  assignUndecided: 31,
  // Final counted forms that grade the attitude (办理态度), and those satisfied or basically.
  finalAttitude: 32,
  finalAttitudeBroad: 33,
  // Assisting inputs and follow-up duties of excluded items.
  inputExcluded: 34,
  followUpExcluded: 35,
});
const COUNTERS = 36;

/** A unit's duty counts, by index. */
export const D = Object.freeze({ done: 0, onTime: 1, late: 2, open: 3, overdue: 4, due: 5 });
const DUTY_COUNTS = 6;

/** Counts one duty under its unit: done (with its frozen verdict) or owed (overdue or not). */

/** Whether a deputy leads one of the items merged into this one (并案: each item's lead counts). */
function isMergedLead(s, deputy) {
  const merged = s.mergedProposers;
  if (merged === undefined) return false;
  for (let k = 0; k < merged.length; k++) {
    if (merged[k].role === 'lead' && merged[k].deputyId === deputy) return true;
  }
  return false;
}

function countDuty(units, unitId, done, onTime, overdue) {
  let counts = units.get(unitId);
  if (counts === undefined) {
    counts = new Array(DUTY_COUNTS).fill(0);
    units.set(unitId, counts);
  }
  if (done) {
    counts[D.done]++;
    counts[D.due]++;
    counts[onTime ? D.onTime : D.late]++;
  } else {
    counts[D.open]++;
    if (overdue) {
      counts[D.overdue]++;
      counts[D.due]++;
    }
  }
}
const NO_DUTIES = [];

/** The standard states, their index, and what each means for the rules. */
const STATES = SUGGESTION_STATES;
const STATE_INDEX = new Map(STATES.map((state, index) => [state, index]));
/** The exclusion reason of each state (0–3), or -1 (excluded only when no unit is active). */
const EXCLUSION_OF_STATE = STATES.map((state) =>
  state === 'withdrawn'
    ? 0
    : state === 'merged'
      ? 1
      : state === 'notRegistered'
        ? 2
        : state === 'draft' || state === 'submitted' || state === 'registered'
          ? 3
          : -1,
);
/** 交办超期: 0 never judged, 1 still waiting for a unit, 2 judged by its first assignment. */
const LATE_KIND_OF_STATE = STATES.map((state) =>
  state === 'draft' || state === 'withdrawn' || state === 'merged' || state === 'notRegistered'
    ? 0
    : state === 'submitted' || state === 'registered'
      ? 1
      : 2,
);
const CLOSED_STATE = STATE_INDEX.get('closed');
/** The states in which assisting units owe their input (in handling). */
const HANDLING_STATE = STATES.map(
  (state) => state === 'assigned' || state === 'inHandling' || state === 'reHandling',
);

/** A group's counters and lists (also what the readable loop fills). */
export function newGroup(key, classCount) {
  return {
    key,
    c: new Array(COUNTERS).fill(0),
    states: new Array(STATES.length).fill(0),
    otherStates: new Map(),
    topics: [],
    classes: new Array(classCount).fill(0),
    otherClasses: new Map(),
    replyClasses: new Array(classCount).fill(0),
    otherReplyClasses: new Map(),
    days: [],
    rounds: [],
    overdueIds: [],
    overdueDays: [],
    lateIds: [],
    lateDays: [],
    lateWaiting: [],
    veryOverdue: 0,
    inputUnits: new Map(),
    followUpUnits: new Map(),
  };
}

const addToMap = (map, key, amount) => map.set(key, (map.get(key) ?? 0) + amount);

/** Adds one at `at`, growing the array with zeros. */
function bump(counts, at) {
  while (counts.length <= at) counts.push(0);
  counts[at]++;
}

const addArrays = (into, from) => {
  while (into.length < from.length) into.push(0);
  for (let i = 0; i < from.length; i++) into[i] += from[i];
};

/** Sorts a list held in parallel arrays: most days late first, then by id (code-unit order). */
function sortList(ids, days, extra) {
  const order = new Int32Array(ids.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => {
    const dx = days[x];
    const dy = days[y];
    if (dx !== dy) return dy - dx;
    const a = ids[x];
    const b = ids[y];
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const sortedIds = new Array(order.length);
  const sortedDays = new Array(order.length);
  const sortedExtra = extra === undefined ? undefined : new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    sortedIds[i] = ids[order[i]];
    sortedDays[i] = days[order[i]];
    if (sortedExtra !== undefined) sortedExtra[i] = extra[order[i]];
  }
  return { ids: sortedIds, days: sortedDays, extra: sortedExtra };
}

/**
 * The whole dashboard by hand. Returns `{ groups: Map<unit, group>, total: group, topicNames }`,
 * groups and total with their lists sorted. `options.topics`: count items per topic too (when
 * the dashboard under test has that figure).
 */
export function withTightLoop(records, policy, asOf, options = {}) {
  const countTopics = options.topics === true;
  const leadUnitRule = policy.repliedWhen === 'leadUnit';
  const leadOnly = policy.evaluationCounting === 'leadOnly';
  const classes = policy.outcomeTaxonomy.classes;
  const classIndex = new Map(classes.map((c, index) => [c.code, index]));
  const solvedOrPlanned = classes.map((c) => c.solvedOrPlanned === true);
  const adopted = classes.map((c) => c.adopted === true);
  const asOfDay = shanghaiDayNumber(asOf);
  const veryOverdueDays = policy.deadlineWarning.veryOverdueDays;
  // 交办期限 due day per receipt day, memoised (the calendar is asked once per distinct day).
  const dueContext = { timeZone: policy.timeZone, calendar: policy.calendar };
  const assignRule = policy.deadlines.assign;
  const dueByDay = new Map();
  const topicIndex = new Map();
  const topicNames = [];
  const groups = new Map();
  const classCount = classes.length;

  for (let i = 0; i < records.length; i++) {
    const s = records[i];
    const as = s.assignments;
    // One scan of the assignments: the reporting unit (group key), the replying lead, the units
    // that must reply.
    let reportLead;
    let firstRequired;
    let firstActive;
    let replyLead;
    let required = 0;
    let split = false;
    for (let k = 0; k < as.length; k++) {
      const a = as[k];
      if (!a.active) continue;
      if (firstActive === undefined) firstActive = a;
      const role = a.role;
      const isLead = role === 'lead' || role === 'sole';
      if (isLead && reportLead === undefined) reportLead = a;
      if (a.mustReply) {
        required++;
        if (firstRequired === undefined) firstRequired = a;
        if (role === 'separate') split = true;
        else if (isLead && replyLead === undefined) replyLead = a;
      }
    }
    const report = reportLead ?? firstRequired ?? firstActive ?? as[0];
    const key = report === undefined ? UNASSIGNED : report.unitId;
    let g = groups.get(key);
    if (g === undefined) {
      g = newGroup(key, classCount);
      groups.set(key, g);
    }
    const c = g.c;
    c[C.records]++;

    const state = s.state;
    const stateIndex = STATE_INDEX.get(state);
    if (stateIndex === undefined) addToMap(g.otherStates, state, 1);
    else g.states[stateIndex]++;
    if (countTopics) {
      const topic = s.topic ?? '(none)';
      let t = topicIndex.get(topic);
      if (t === undefined) {
        t = topicNames.length;
        topicIndex.set(topic, t);
        topicNames.push(topic);
      }
      bump(g.topics, t);
    }

    // 交办超期: between-sessions items, against the receipt day + policy.deadlines.assign.
    const lateKind = stateIndex === undefined ? 2 : LATE_KIND_OF_STATE[stateIndex];
    if (s.period === 'betweenSessions' && lateKind !== 0) {
      const first = as[0];
      if (first !== undefined || lateKind === 1) {
        let receipt = s.submittedAt;
        if (typeof receipt !== 'string') {
          receipt = undefined;
          const history = s.history;
          for (let k = 0; k < history.length; k++) {
            if (history[k].type === 'submit') {
              receipt = history[k].at;
              break;
            }
          }
        }
        let due = null;
        if (receipt !== undefined) {
          const receiptDay = shanghaiDayNumber(receipt);
          due = dueByDay.get(receiptDay);
          if (due === undefined) {
            const result = safeDueDate(dayText(receiptDay), assignRule, dueContext);
            due = result.ok ? dayNumber(result.value.day) : null;
            dueByDay.set(receiptDay, due);
          }
        }
        if (due === null) c[C.assignUndecided]++;
        else {
          c[C.assignJudged]++;
          const late = (first === undefined ? asOfDay : dayNumber(first.assignedDay)) - due;
          if (late > 0) {
            g.lateIds.push(s.id);
            g.lateDays.push(late);
            g.lateWaiting.push(first === undefined ? 1 : 0);
          }
        }
      }
    }

    let exclusion = stateIndex === undefined ? -1 : EXCLUSION_OF_STATE[stateIndex];
    if (exclusion < 0 && firstActive === undefined) exclusion = 3;
    const excluded = exclusion >= 0;
    const keyItem = s.keyItem !== undefined;

    // Evaluation forms: final (no later round from the same deputy) and round-1 forms, counted
    // unless the item is excluded or (leadOnly) the deputy is not the lead proposer; counted forms
    // of a counted item also go into the per-round figures.
    const evaluations = s.evaluations;
    let leadDeputy;
    if (leadOnly) {
      const proposers = s.proposers;
      for (let k = 0; k < proposers.length; k++) {
        if (proposers[k].role === 'lead') {
          leadDeputy = proposers[k].deputyId;
          break;
        }
      }
    }
    let formReturned = false;
    for (let j = 0; j < evaluations.length; j++) {
      const e = evaluations[j];
      const round = e.round;
      const deputy = e.deputyId;
      let final = true;
      for (let k = 0; k < evaluations.length; k++) {
        const other = evaluations[k];
        if (other.round > round && other.deputyId === deputy) {
          final = false;
          break;
        }
      }
      const firstRound = round === 1;
      if (excluded) {
        if (final) c[C.finalItemExcluded]++;
        if (firstRound) c[C.firstItemExcluded]++;
        continue;
      }
      if (leadOnly && deputy !== leadDeputy && !isMergedLead(s, deputy)) {
        if (final) c[C.finalCoSigner]++;
        if (firstRound) c[C.firstCoSigner]++;
        continue;
      }
      formReturned = true;
      const grade = e.grade;
      const satisfied = grade === 'satisfied';
      const basic = !satisfied && grade === 'basicallySatisfied';
      const at = 3 * (round - 1) + 1;
      bump(g.rounds, at);
      if (grade !== 'dissatisfied') bump(g.rounds, at + 1);
      if (final) {
        c[C.final]++;
        if (satisfied) c[C.finalSatisfied]++;
        else if (basic) c[C.finalBasic]++;
        if (keyItem) {
          c[C.finalKey]++;
          if (satisfied || basic) c[C.finalKeyBroad]++;
        }
        const attitude = e.attitude;
        if (attitude !== undefined) {
          c[C.finalAttitude]++;
          if (attitude !== 'dissatisfied') c[C.finalAttitudeBroad]++;
        }
      }
      if (firstRound) {
        c[C.first]++;
        if (satisfied) c[C.firstSatisfied]++;
        else if (basic) c[C.firstBasic]++;
      }
    }
    // Duties, filed under the unit that owes each: every assisting input sent (its verdict frozen),
    // every input owed this round while in handling (overdue the day after its round's due day),
    // every follow-up duty (discharged with its verdict, or open against its frozen deadline).
    const inputs = s.assistingInputs ?? NO_DUTIES;
    for (let k = 0; k < inputs.length; k++) {
      const input = inputs[k];
      if (excluded) c[C.inputExcluded]++;
      else countDuty(g.inputUnits, input.unitId, true, input.onTime === true, false);
    }
    if (stateIndex !== undefined && HANDLING_STATE[stateIndex]) {
      const round = s.round;
      for (let k = 0; k < as.length; k++) {
        const a = as[k];
        if (!a.active || a.mustReply) continue;
        let sent = false;
        for (let m = 0; m < inputs.length; m++) {
          if (inputs[m].unitId === a.unitId && inputs[m].round === round) {
            sent = true;
            break;
          }
        }
        if (sent) continue;
        let due = a.deadline.day;
        if (round !== 1) {
          const reHandlings = s.reHandlings;
          for (let m = 0; m < reHandlings.length; m++) {
            if (reHandlings[m].round === round) {
              due = reHandlings[m].deadline.day;
              break;
            }
          }
        }
        if (excluded) c[C.inputExcluded]++;
        else countDuty(g.inputUnits, a.unitId, false, false, asOfDay > dayNumber(due));
      }
    }
    const followUps = s.followUps ?? NO_DUTIES;
    for (let k = 0; k < followUps.length; k++) {
      const f = followUps[k];
      if (excluded) c[C.followUpExcluded]++;
      else if (f.dischargedAt !== undefined)
        countDuty(g.followUpUnits, f.unitId, true, f.onTime === true, false);
      else countDuty(g.followUpUnits, f.unitId, false, false, asOfDay > dayNumber(f.deadline.day));
    }

    if (excluded) {
      c[C.excluded + exclusion]++;
      continue;
    }

    c[C.assigned]++;
    if (keyItem) c[C.keyItem]++;
    const closed = stateIndex === CLOSED_STATE;
    if (closed) c[C.closed]++;
    const replies = s.replies;
    const round = s.round;
    let faceToFace = false;
    let replied = false;
    let onTime = true;
    let days = 0;
    let outcomeClass;
    let worstLate = 0;

    if (required === 1) {
      // The common case: one unit must reply, so it alone owes (办复口径), answers (件次) and
      // gives the item's class. One scan of the replies reads everything about it.
      const unit = firstRequired;
      const unitId = unit.unitId;
      let first;
      let last;
      let thisRound = false;
      for (let k = 0; k < replies.length; k++) {
        const r = replies[k];
        if (r.faceToFace) faceToFace = true;
        if (r.followUp) continue;
        const rr = r.round;
        bump(g.rounds, 3 * (rr - 1));
        if (r.unitId !== unitId) continue;
        if (rr === round) thisRound = true;
        if (first === undefined || rr < first.round || (rr === first.round && r.at < first.at))
          first = r;
        if (last === undefined || rr > last.round || (rr === last.round && r.at >= last.at))
          last = r;
      }
      if (first !== undefined) {
        replied = true;
        onTime = first.onTime;
        const d = shanghaiDayNumber(first.at) - dayNumber(unit.assignedDay);
        if (d > 0) days = d;
        outcomeClass = last.outcomeClass;
        const index = classIndex.get(outcomeClass);
        if (index === undefined) addToMap(g.otherReplyClasses, outcomeClass, 1);
        else g.replyClasses[index]++;
      }
      if (!closed && !thisRound) {
        let due = unit.deadline.day;
        if (round !== 1) {
          const reHandlings = s.reHandlings;
          for (let k = 0; k < reHandlings.length; k++) {
            if (reHandlings[k].round === round) {
              due = reHandlings[k].deadline.day;
              break;
            }
          }
        }
        worstLate = asOfDay - dayNumber(due);
      }
    } else {
      // Several units must reply (分办, or every required unit by policy), or none: each owing unit
      // (the replying lead, else every unit that must reply) is read on its own.
      for (let k = 0; k < replies.length; k++) {
        const r = replies[k];
        if (r.faceToFace) faceToFace = true;
        if (!r.followUp) bump(g.rounds, 3 * (r.round - 1));
      }
      const lead = leadUnitRule && !split ? replyLead : undefined;
      replied = lead !== undefined || required > 0;
      for (let k = 0; k < as.length; k++) {
        const a = as[k];
        if (lead === undefined ? !a.active || !a.mustReply : a !== lead) continue;
        const unitId = a.unitId;
        let first;
        let thisRound = false;
        for (let m = 0; m < replies.length; m++) {
          const r = replies[m];
          if (r.followUp || r.unitId !== unitId) continue;
          if (r.round === round) thisRound = true;
          if (
            first === undefined ||
            r.round < first.round ||
            (r.round === first.round && r.at < first.at)
          )
            first = r;
        }
        if (first === undefined) replied = false;
        else if (replied) {
          if (!first.onTime) onTime = false;
          const d = shanghaiDayNumber(first.at) - dayNumber(a.assignedDay);
          if (d > days) days = d;
        }
        if (!closed && !thisRound) {
          let due = a.deadline.day;
          if (round !== 1) {
            const reHandlings = s.reHandlings;
            for (let m = 0; m < reHandlings.length; m++) {
              if (reHandlings[m].round === round) {
                due = reHandlings[m].deadline.day;
                break;
              }
            }
          }
          const late = asOfDay - dayNumber(due);
          if (late > worstLate) worstLate = late;
        }
      }
      // The class: the replying lead's, else the reporting unit's when it must reply, else the
      // first unit that must reply; the answering units: every unit that must reply, else the
      // reporting unit.
      const classUnit =
        lead ?? (report.active && report.mustReply ? report : (firstRequired ?? report));
      for (let k = 0; k < as.length; k++) {
        const a = as[k];
        const answering = required > 0 ? a.active && a.mustReply : a === report;
        if (!answering && !(replied && a === classUnit)) continue;
        const unitId = a.unitId;
        let last;
        for (let m = 0; m < replies.length; m++) {
          const r = replies[m];
          if (r.followUp || r.unitId !== unitId) continue;
          if (
            last === undefined ||
            r.round > last.round ||
            (r.round === last.round && r.at >= last.at)
          )
            last = r;
        }
        if (last === undefined) continue;
        if (answering) {
          const index = classIndex.get(last.outcomeClass);
          if (index === undefined) addToMap(g.otherReplyClasses, last.outcomeClass, 1);
          else g.replyClasses[index]++;
        }
        if (replied && a === classUnit) outcomeClass = last.outcomeClass;
      }
    }

    if (replied) {
      c[C.replied]++;
      if (onTime) c[C.onTime]++;
      if (keyItem) c[C.keyReplied]++;
      if (formReturned) c[C.feedback]++;
      if (s.reHandlings.length > 0) c[C.reHandled]++;
      if (!faceToFace) {
        const consultations = s.consultations;
        for (let k = 0; k < consultations.length; k++) {
          if (consultations[k].faceToFace) {
            faceToFace = true;
            break;
          }
        }
      }
      if (faceToFace) c[C.faceToFace]++;
      c[C.daysN]++;
      c[C.daysSum] += days;
      bump(g.days, days);
      if (outcomeClass !== undefined) {
        const index = classIndex.get(outcomeClass);
        if (index === undefined) addToMap(g.otherClasses, outcomeClass, 1);
        else {
          g.classes[index]++;
          if (solvedOrPlanned[index]) c[C.solvedOrPlanned]++;
          if (adopted[index]) c[C.adopted]++;
        }
      }
    }
    if (worstLate > 0) {
      g.overdueIds.push(s.id);
      g.overdueDays.push(worstLate);
    }
  }

  const total = finishGroups(groups, classCount, veryOverdueDays);
  return { groups, total, topicNames: countTopics ? topicNames : undefined };
}

/** The total (the sum of the groups), every list sorted (most late first), the very overdue counted. */
export function finishGroups(groups, classCount, veryOverdueDays) {
  const total = newGroup('(total)', classCount);
  for (const g of groups.values()) {
    addArrays(total.c, g.c);
    addArrays(total.states, g.states);
    addArrays(total.topics, g.topics);
    addArrays(total.classes, g.classes);
    addArrays(total.replyClasses, g.replyClasses);
    addArrays(total.days, g.days);
    addArrays(total.rounds, g.rounds);
    for (const [k, v] of g.otherStates) addToMap(total.otherStates, k, v);
    for (const [k, v] of g.otherClasses) addToMap(total.otherClasses, k, v);
    for (const [k, v] of g.otherReplyClasses) addToMap(total.otherReplyClasses, k, v);
    for (const [units, into] of [
      [g.inputUnits, total.inputUnits],
      [g.followUpUnits, total.followUpUnits],
    ]) {
      for (const [unitId, counts] of units) {
        const sum = into.get(unitId) ?? new Array(DUTY_COUNTS).fill(0);
        addArrays(sum, counts);
        into.set(unitId, sum);
      }
    }
    for (let k = 0; k < g.overdueIds.length; k++) {
      total.overdueIds.push(g.overdueIds[k]);
      total.overdueDays.push(g.overdueDays[k]);
    }
    for (let k = 0; k < g.lateIds.length; k++) {
      total.lateIds.push(g.lateIds[k]);
      total.lateDays.push(g.lateDays[k]);
      total.lateWaiting.push(g.lateWaiting[k]);
    }
  }
  for (const g of [...groups.values(), total]) {
    const overdue = sortList(g.overdueIds, g.overdueDays);
    g.overdueIds = overdue.ids;
    g.overdueDays = overdue.days;
    let very = 0;
    for (let k = 0; k < overdue.days.length; k++) if (overdue.days[k] > veryOverdueDays) very++;
    g.veryOverdue = very;
    const late = sortList(g.lateIds, g.lateDays, g.lateWaiting);
    g.lateIds = late.ids;
    g.lateDays = late.days;
    g.lateWaiting = late.extra;
  }
  return total;
}
