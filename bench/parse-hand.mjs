// A hand-written validator for suggestion records: the baseline the performance issue asks
// parseSuggestion to be measured against ("≤1.5× a hand-written validator that checks the same
// things and returns the same frozen result"). Plain JavaScript, no zod and nothing of renda but
// its list of states: direct property reads, typeof checks, loops. It accepts exactly what
// parseSuggestion accepts and returns the same deeply frozen object (keys in schema order,
// unknown keys stripped, ids and texts trimmed, timestamps in canonical UTC); where
// parseSuggestion throws it throws a plain Error (without renda's messages).
// bench/parse-hand.check.mjs proves the equivalence.
//
// Mirrors src/model/suggestion.ts, suggestionParts.ts, suggestionRules.ts and the shared parts
// (primitives, timestamp grammar, deadline, history entry, JSON payload, actor, congress).
import { SUGGESTION_STATES } from 'renda';

class InvalidSuggestion extends Error {}

function fail(what) {
  throw new InvalidSuggestion(what);
}

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function object(v, what) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(what);
  return v;
}

function array(v, what) {
  if (!Array.isArray(v)) fail(what);
  return v;
}

// ---- strings -------------------------------------------------------------------------------

/** A trimmed string of min..max characters (IdSchema, ShortTextSchema and the like). */
function trimmed(v, min, max, what) {
  if (typeof v !== 'string') fail(what);
  const t = v.trim();
  if (t.length < min || t.length > max) fail(what);
  return t;
}

/** A reason code from a policy list (理由代码): trimmed, 1..64. */
function reasonCode(v, what) {
  return trimmed(v, 1, 64, what);
}

/** An optional field: read when present, kept as `undefined` when present but undefined. */
function optionalInto(o, v, key, read, what) {
  const x = v[key];
  if (x !== undefined) o[key] = read(x, what);
  else if (key in v) o[key] = undefined;
}

/** IdSchema: trimmed, 1..128. */
function id(v, what) {
  if (typeof v !== 'string') fail(what);
  const t = v.trim();
  if (t.length === 0 || t.length > 128) fail(what);
  return t;
}

/** ShortTextSchema: trimmed, 1..500. */
function shortText(v, what) {
  if (typeof v !== 'string') fail(what);
  const t = v.trim();
  if (t.length === 0 || t.length > 500) fail(what);
  return t;
}

/** LongTextSchema: not trimmed, 0..100,000. */
function longText(v, what) {
  if (typeof v !== 'string' || v.length > 100_000) fail(what);
  return v;
}

/** An untrimmed string of 1..64 (calendarId, timeZone). */
function name64(v, what) {
  if (typeof v !== 'string' || v.length === 0 || v.length > 64) fail(what);
  return v;
}

function int(v, min, max, what) {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(what);
  return v;
}

function bool(v, what) {
  if (typeof v !== 'boolean') fail(what);
  return v;
}

// ---- days and timestamps -------------------------------------------------------------------

function isLeapYear(y) {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y, m) {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Two ASCII digits at i as a number, or -1. */
function d2(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/** Four ASCII digits at i as a number, or -1. */
function d4(s, i) {
  const hi = d2(s, i);
  const lo = d2(s, i + 2);
  if (hi < 0 || lo < 0) return -1;
  return hi * 100 + lo;
}

/** CalendarDaySchema (z.iso.date()): `YYYY-MM-DD`, a real Gregorian day, year 0000 included. */
function calendarDay(v, what) {
  if (typeof v !== 'string' || v.length !== 10) fail(what);
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) fail(what);
  const y = d4(v, 0);
  const m = d2(v, 5);
  const d = d2(v, 8);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) fail(what);
  return v;
}

/** A deadline's days (DeadlineSchema): the calendar's grammar, years 0001–9999. */
function deadlineDay(v, what) {
  calendarDay(v, what);
  if (v.startsWith('0000')) fail(what);
  return v;
}

const MS_PER_DAY = 86_400_000;
const MIN_MS = -719_162 * MS_PER_DAY; // 0001-01-01T00:00:00.000Z
const MAX_MS = (2_932_896 + 1) * MS_PER_DAY - 1; // 9999-12-31T23:59:59.999Z

/** Days since 1970-01-01 (Hinnant's days_from_civil). */
function dayNumber(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function pad2(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

/** The canonical `YYYY-MM-DDTHH:mm:ss.sssZ` of epoch milliseconds within 0001–9999. */
function formatUtc(ms) {
  const days = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - days * MS_PER_DAY;
  // Hinnant's civil_from_days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hour = Math.floor(msOfDay / 3_600_000);
  const minute = Math.floor(msOfDay / 60_000) % 60;
  const second = Math.floor(msOfDay / 1000) % 60;
  const milli = msOfDay % 1000;
  const yyyy = y < 10 ? `000${y}` : y < 100 ? `00${y}` : y < 1000 ? `0${y}` : `${y}`;
  const sss = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${yyyy}-${pad2(m)}-${pad2(d)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${sss}Z`;
}

/**
 * IsoTimestampSchema: RFC 3339 (`YYYY-MM-DDTHH:MM:SS`, optional 1–9 fraction digits, `Z` or
 * `±HH:MM` with hours 00–23), a real date and time, within 0001–9999 once in UTC; returned in
 * canonical UTC. A canonical string (24 characters ending in Z) comes back as it is.
 */
function timestamp(v, what) {
  if (typeof v !== 'string') fail(what);
  const n = v.length;
  if (n < 20 || n > 35) fail(what);
  if (
    v.charCodeAt(4) !== 45 /* - */ ||
    v.charCodeAt(7) !== 45 ||
    v.charCodeAt(10) !== 84 /* T */ ||
    v.charCodeAt(13) !== 58 /* : */ ||
    v.charCodeAt(16) !== 58
  ) {
    fail(what);
  }
  const year = d4(v, 0);
  const month = d2(v, 5);
  const day = d2(v, 8);
  const hour = d2(v, 11);
  const minute = d2(v, 14);
  const second = d2(v, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) fail(what);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) fail(what);
  // The usual case: canonical already. With `Z`, only year 0000 falls outside the range.
  if (n === 24 && v.charCodeAt(23) === 90 /* Z */) {
    if (v.charCodeAt(19) !== 46 /* . */) fail(what);
    const a = v.charCodeAt(20) - 48;
    const b = v.charCodeAt(21) - 48;
    const c = v.charCodeAt(22) - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9 || c < 0 || c > 9 || year === 0) fail(what);
    return v;
  }
  let i = 19;
  let ms = 0;
  if (v.charCodeAt(i) === 46 /* . */) {
    i++;
    const start = i;
    while (i < n) {
      const c = v.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      if (i - start < 3) ms = ms * 10 + c;
      i++;
    }
    const digits = i - start;
    if (digits < 1 || digits > 9) fail(what);
    if (digits === 1) ms *= 100;
    else if (digits === 2) ms *= 10;
  }
  let offset = 0;
  const t = v.charCodeAt(i);
  if (t === 90 /* Z */) {
    if (i + 1 !== n) fail(what);
  } else if (t === 43 /* + */ || t === 45 /* - */) {
    if (i + 6 !== n || v.charCodeAt(i + 3) !== 58) fail(what);
    const oh = d2(v, i + 1);
    const om = d2(v, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) fail(what);
    offset = (t === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    fail(what);
  }
  const epoch =
    dayNumber(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offset) * 60 + second) * 1000 +
    ms;
  if (epoch < MIN_MS || epoch > MAX_MS) fail(what);
  return formatUtc(epoch);
}

// ---- enums ---------------------------------------------------------------------------------

const KINDS = new Set(['suggestion', 'motion']);
const PERIODS = new Set(['duringSession', 'betweenSessions']);
const LEVELS = new Set(['national', 'provincial', 'city', 'county', 'township']);
// The states are the model's own list; the checks below are written by hand.
const STATES = new Set(SUGGESTION_STATES);
const PROPOSER_ROLES = new Set(['lead', 'co']);
const HANDLING_ROLES = new Set(['lead', 'assisting', 'joint', 'separate', 'sole']);
const DECISIONS = new Set(['approved', 'refused']);
const GRADES = new Set(['satisfied', 'basicallySatisfied', 'dissatisfied']);
const SUPERVISION_KINDS = new Set(['reminder', 'inspection', 'meeting', 'escalation', 'other']);
const SUPERVISION_LEAD_KINDS = new Set([
  'leadingOfficial',
  'specialCommittee',
  'deputyWorkCommittee',
  'governmentLeader',
  'judicialLeader',
  'unitHead',
]);
const LEAD_BODY_KINDS = new Set(['specialCommittee', 'deputyWorkCommittee', 'unitHead']);
const LEAD_PERSON_KINDS = new Set(['leadingOfficial', 'governmentLeader', 'judicialLeader']);
const CLOSURE_REASONS = new Set(['evaluated', 'roundsExhausted', 'evaluationLapsed', 'byOffice']);
const PUBLICATION_MODES = new Set(['full', 'summary', 'withheld']);
const DEADLINE_UNITS = new Set(['calendarMonths', 'calendarDays', 'workingDays']);
const DEADLINE_ANCHORS = new Set(['assignment', 'receipt', 'sessionClose', 'fixedDate']);
const STATES_AFTER_ASSIGNMENT = new Set(['assigned', 'inHandling', 'replied', 'reHandling']);

function oneOf(set, v, what) {
  if (!set.has(v)) fail(what);
  return v;
}

// ---- parts ---------------------------------------------------------------------------------
// Optional fields: an absent key stays absent; a key present with `undefined` stays present
// with `undefined` (as zod's object does); anything else is validated.

function actor(v, what) {
  object(v, what);
  const o = { role: trimmed(v.role, 1, 64, what), id: id(v.id, what) };
  const principal = v.onBehalfOf;
  if (principal !== undefined) {
    object(principal, `${what}.onBehalfOf`);
    o.onBehalfOf = Object.freeze({
      role: trimmed(principal.role, 1, 64, what),
      id: id(principal.id, what),
    });
  } else if ('onBehalfOf' in v) o.onBehalfOf = undefined;
  return Object.freeze(o);
}

function deadlineRule(v) {
  object(v, 'rule');
  const o = {
    amount: int(v.amount, 0, 3660, 'rule.amount'),
    unit: oneOf(DEADLINE_UNITS, v.unit, 'rule.unit'),
    anchor: oneOf(DEADLINE_ANCHORS, v.anchor, 'rule.anchor'),
  };
  const fixedDate = v.fixedDate;
  if (fixedDate !== undefined) {
    // ^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$, with no check of the month's length.
    if (typeof fixedDate !== 'string' || fixedDate.length !== 5 || fixedDate.charCodeAt(2) !== 45)
      fail('rule.fixedDate');
    const m = d2(fixedDate, 0);
    const d = d2(fixedDate, 3);
    if (m < 1 || m > 12 || d < 1 || d > 31) fail('rule.fixedDate');
    o.fixedDate = fixedDate;
  } else if ('fixedDate' in v) o.fixedDate = undefined;
  const roll = v.rollToWorkingDay;
  if (roll !== undefined) o.rollToWorkingDay = bool(roll, 'rule.rollToWorkingDay');
  else if ('rollToWorkingDay' in v) o.rollToWorkingDay = undefined;
  if (o.anchor === 'fixedDate' && o.fixedDate === undefined) fail('rule.fixedDate missing');
  return Object.freeze(o);
}

function deadline(v) {
  object(v, 'deadline');
  const o = {
    day: deadlineDay(v.day, 'deadline.day'),
    anchorDay: deadlineDay(v.anchorDay, 'deadline.anchorDay'),
    rule: deadlineRule(v.rule),
    calendarId: name64(v.calendarId, 'deadline.calendarId'),
    timeZone: name64(v.timeZone, 'deadline.timeZone'),
  };
  const ext = v.extension;
  if (ext !== undefined) {
    object(ext, 'deadline.extension');
    o.extension = Object.freeze({
      originalDay: deadlineDay(ext.originalDay, 'extension.originalDay'),
      months: int(ext.months, 1, 24, 'extension.months'),
    });
  } else if ('extension' in v) o.extension = undefined;
  return Object.freeze(o);
}

function proposer(v) {
  object(v, 'proposer');
  return Object.freeze({
    deputyId: id(v.deputyId, 'proposer.deputyId'),
    role: oneOf(PROPOSER_ROLES, v.role, 'proposer.role'),
  });
}

function mergedProposer(v) {
  object(v, 'mergedProposer');
  return Object.freeze({
    deputyId: id(v.deputyId, 'mergedProposer.deputyId'),
    role: oneOf(PROPOSER_ROLES, v.role, 'mergedProposer.role'),
    itemId: id(v.itemId, 'mergedProposer.itemId'),
  });
}

function returnRequest(v) {
  object(v, 'returnRequest');
  const o = {
    at: timestamp(v.at, 'returnRequest.at'),
    reason: shortText(v.reason, 'returnRequest.reason'),
  };
  optionalInto(o, v, 'reasonCode', reasonCode, 'returnRequest.reasonCode');
  const unit = v.suggestedUnitId;
  if (unit !== undefined) o.suggestedUnitId = id(unit, 'returnRequest.suggestedUnitId');
  else if ('suggestedUnitId' in v) o.suggestedUnitId = undefined;
  const decision = v.decision;
  if (decision !== undefined) o.decision = oneOf(DECISIONS, decision, 'returnRequest.decision');
  else if ('decision' in v) o.decision = undefined;
  const decidedAt = v.decidedAt;
  if (decidedAt !== undefined) o.decidedAt = timestamp(decidedAt, 'returnRequest.decidedAt');
  else if ('decidedAt' in v) o.decidedAt = undefined;
  return Object.freeze(o);
}

function assignment(v) {
  object(v, 'assignment');
  const o = {
    unitId: id(v.unitId, 'assignment.unitId'),
    role: oneOf(HANDLING_ROLES, v.role, 'assignment.role'),
    assignedAt: timestamp(v.assignedAt, 'assignment.assignedAt'),
    assignedDay: calendarDay(v.assignedDay, 'assignment.assignedDay'),
    deadline: deadline(v.deadline),
    mustReply: bool(v.mustReply, 'assignment.mustReply'),
    active: bool(v.active, 'assignment.active'),
  };
  const acceptedAt = v.acceptedAt;
  if (acceptedAt !== undefined) o.acceptedAt = timestamp(acceptedAt, 'assignment.acceptedAt');
  else if ('acceptedAt' in v) o.acceptedAt = undefined;
  const rr = v.returnRequest;
  if (rr !== undefined) o.returnRequest = returnRequest(rr);
  else if ('returnRequest' in v) o.returnRequest = undefined;
  const moved = v.reassignment;
  if (moved !== undefined) {
    object(moved, 'assignment.reassignment');
    const m = {
      at: timestamp(moved.at, 'reassignment.at'),
      toUnitId: id(moved.toUnitId, 'reassignment.toUnitId'),
    };
    optionalInto(m, moved, 'reasonCode', reasonCode, 'reassignment.reasonCode');
    optionalInto(m, moved, 'reason', shortText, 'reassignment.reason');
    o.reassignment = Object.freeze(m);
  } else if ('reassignment' in v) o.reassignment = undefined;
  return Object.freeze(o);
}

function extension(v) {
  object(v, 'extension');
  const o = {
    unitId: id(v.unitId, 'extension.unitId'),
    months: int(v.months, 1, 24, 'extension.months'),
    reason: shortText(v.reason, 'extension.reason'),
    requestedAt: timestamp(v.requestedAt, 'extension.requestedAt'),
  };
  const decision = v.decision;
  if (decision !== undefined) o.decision = oneOf(DECISIONS, decision, 'extension.decision');
  else if ('decision' in v) o.decision = undefined;
  const decidedAt = v.decidedAt;
  if (decidedAt !== undefined) o.decidedAt = timestamp(decidedAt, 'extension.decidedAt');
  else if ('decidedAt' in v) o.decidedAt = undefined;
  return Object.freeze(o);
}

function reHandling(v) {
  object(v, 'reHandling');
  return Object.freeze({
    round: int(v.round, 2, 99, 'reHandling.round'),
    startedAt: timestamp(v.startedAt, 'reHandling.startedAt'),
    deadline: deadline(v.deadline),
  });
}

function assistingInput(v) {
  object(v, 'assistingInput');
  const o = {
    unitId: id(v.unitId, 'assistingInput.unitId'),
    round: int(v.round, 1, 99, 'assistingInput.round'),
    at: timestamp(v.at, 'assistingInput.at'),
    recordedAt: timestamp(v.recordedAt, 'assistingInput.recordedAt'),
    dueDay: calendarDay(v.dueDay, 'assistingInput.dueDay'),
    onTime: bool(v.onTime, 'assistingInput.onTime'),
  };
  const content = v.content;
  if (content !== undefined) o.content = longText(content, 'assistingInput.content');
  else if ('content' in v) o.content = undefined;
  return Object.freeze(o);
}

function followUp(v) {
  object(v, 'followUp');
  const o = {
    unitId: id(v.unitId, 'followUp.unitId'),
    outcomeClass: trimmed(v.outcomeClass, 1, 16, 'followUp.outcomeClass'),
    openedAt: timestamp(v.openedAt, 'followUp.openedAt'),
    deadline: deadline(v.deadline),
  };
  const dischargedAt = v.dischargedAt;
  if (dischargedAt !== undefined) o.dischargedAt = timestamp(dischargedAt, 'followUp.dischargedAt');
  else if ('dischargedAt' in v) o.dischargedAt = undefined;
  const onTime = v.onTime;
  if (onTime !== undefined) o.onTime = bool(onTime, 'followUp.onTime');
  else if ('onTime' in v) o.onTime = undefined;
  return Object.freeze(o);
}

function reply(v) {
  object(v, 'reply');
  const o = {
    unitId: id(v.unitId, 'reply.unitId'),
    round: int(v.round, 1, 99, 'reply.round'),
    outcomeClass: trimmed(v.outcomeClass, 1, 16, 'reply.outcomeClass'),
    faceToFace: bool(v.faceToFace, 'reply.faceToFace'),
    followUp: bool(v.followUp, 'reply.followUp'),
    at: timestamp(v.at, 'reply.at'),
    recordedAt: timestamp(v.recordedAt, 'reply.recordedAt'),
    dueDay: calendarDay(v.dueDay, 'reply.dueDay'),
    onTime: bool(v.onTime, 'reply.onTime'),
  };
  const content = v.content;
  if (content !== undefined) o.content = longText(content, 'reply.content');
  else if ('content' in v) o.content = undefined;
  return Object.freeze(o);
}

function evaluation(v) {
  object(v, 'evaluation');
  const o = {
    deputyId: id(v.deputyId, 'evaluation.deputyId'),
    round: int(v.round, 1, 99, 'evaluation.round'),
    grade: oneOf(GRADES, v.grade, 'evaluation.grade'),
  };
  // In the schema's key order: the attitude comes between the grade and the times.
  const attitude = v.attitude;
  if (attitude !== undefined) o.attitude = oneOf(GRADES, attitude, 'evaluation.attitude');
  else if ('attitude' in v) o.attitude = undefined;
  o.at = timestamp(v.at, 'evaluation.at');
  o.recordedAt = timestamp(v.recordedAt, 'evaluation.recordedAt');
  const comment = v.comment;
  if (comment !== undefined) o.comment = longText(comment, 'evaluation.comment');
  else if ('comment' in v) o.comment = undefined;
  return Object.freeze(o);
}

function preSubmissionConsultation(v) {
  object(v, 'preSubmissionConsultation');
  const o = {
    deputyId: id(v.deputyId, 'preSubmissionConsultation.deputyId'),
    unitId: id(v.unitId, 'preSubmissionConsultation.unitId'),
    faceToFace: bool(v.faceToFace, 'preSubmissionConsultation.faceToFace'),
    at: timestamp(v.at, 'preSubmissionConsultation.at'),
  };
  optionalInto(o, v, 'note', longText, 'preSubmissionConsultation.note');
  return Object.freeze(o);
}

function holdingReply(v) {
  object(v, 'holdingReply');
  const o = {
    unitId: id(v.unitId, 'holdingReply.unitId'),
    round: int(v.round, 1, 99, 'holdingReply.round'),
    at: timestamp(v.at, 'holdingReply.at'),
    recordedAt: timestamp(v.recordedAt, 'holdingReply.recordedAt'),
  };
  optionalInto(o, v, 'expectedDay', calendarDay, 'holdingReply.expectedDay');
  optionalInto(o, v, 'content', longText, 'holdingReply.content');
  return Object.freeze(o);
}

function instruction(v) {
  object(v, 'instruction');
  return Object.freeze({
    by: shortText(v.by, 'instruction.by'),
    content: longText(v.content, 'instruction.content'),
    at: timestamp(v.at, 'instruction.at'),
    recordedAt: timestamp(v.recordedAt, 'instruction.recordedAt'),
  });
}

function directRoute(v) {
  object(v, 'directRoute');
  const o = { to: shortText(v.to, 'directRoute.to'), at: timestamp(v.at, 'directRoute.at') };
  optionalInto(o, v, 'note', longText, 'directRoute.note');
  o.instructions = each(v.instructions, instruction, 'directRoute.instructions');
  if (o.instructions.length > 100) fail('directRoute.instructions length');
  return Object.freeze(o);
}

/** An array field absent in records made before 0.2: none (the schema's default), else each read. */
function defaultedList(v, key, read, max) {
  if (v[key] === undefined) return Object.freeze([]);
  const out = each(v[key], read, key);
  if (out.length > max) fail(`${key} length`);
  return out;
}

function consultation(v) {
  object(v, 'consultation');
  const ids = array(v.deputyIds, 'consultation.deputyIds');
  const n = ids.length;
  if (n < 1) fail('consultation.deputyIds empty');
  const deputyIds = new Array(n);
  for (let i = 0; i < n; i++) deputyIds[i] = id(ids[i], 'consultation.deputyIds[]');
  const o = {
    unitId: id(v.unitId, 'consultation.unitId'),
    deputyIds: Object.freeze(deputyIds),
    faceToFace: bool(v.faceToFace, 'consultation.faceToFace'),
    at: timestamp(v.at, 'consultation.at'),
  };
  const note = v.note;
  if (note !== undefined) o.note = longText(note, 'consultation.note');
  else if ('note' in v) o.note = undefined;
  return Object.freeze(o);
}

function supervision(v) {
  object(v, 'supervision');
  const o = {
    kind: oneOf(SUPERVISION_KINDS, v.kind, 'supervision.kind'),
    by: actor(v.by, 'supervision.by'),
    at: timestamp(v.at, 'supervision.at'),
  };
  const note = v.note;
  if (note !== undefined) o.note = longText(note, 'supervision.note');
  else if ('note' in v) o.note = undefined;
  return Object.freeze(o);
}

function leader(v) {
  object(v, 'leader');
  const o = {};
  optionalInto(o, v, 'id', id, 'leader.id');
  optionalInto(o, v, 'name', shortText, 'leader.name');
  optionalInto(o, v, 'title', shortText, 'leader.title');
  if (o.id === undefined && o.name === undefined) fail('LEADER_UNNAMED');
  return Object.freeze(o);
}

function supervisionLead(v) {
  object(v, 'lead');
  const o = { kind: oneOf(SUPERVISION_LEAD_KINDS, v.kind, 'lead.kind') };
  optionalInto(o, v, 'bodyId', id, 'lead.bodyId');
  if (v.leaders !== undefined) {
    o.leaders = each(v.leaders, leader, 'lead.leaders');
    if (o.leaders.length > 100) fail('lead.leaders length');
  } else if ('leaders' in v) o.leaders = undefined;
  optionalInto(o, v, 'note', longText, 'lead.note');
  if (LEAD_BODY_KINDS.has(o.kind) && o.bodyId === undefined) fail('BODY_REQUIRED');
  if (LEAD_PERSON_KINDS.has(o.kind) && (o.leaders === undefined || o.leaders.length === 0))
    fail('LEADER_REQUIRED');
  return Object.freeze(o);
}

function keyItem(v) {
  object(v, 'keyItem');
  const ids = array(v.supervisorIds, 'keyItem.supervisorIds');
  const n = ids.length;
  const supervisorIds = new Array(n);
  for (let i = 0; i < n; i++) supervisorIds[i] = id(ids[i], 'keyItem.supervisorIds[]');
  const o = {
    designatedAt: timestamp(v.designatedAt, 'keyItem.designatedAt'),
    designatedBy: shortText(v.designatedBy, 'keyItem.designatedBy'),
    supervisorIds: Object.freeze(supervisorIds),
  };
  const official = v.leadingOfficial;
  if (official !== undefined) o.leadingOfficial = shortText(official, 'keyItem.leadingOfficial');
  else if ('leadingOfficial' in v) o.leadingOfficial = undefined;
  const topic = v.topic;
  if (topic !== undefined) o.topic = shortText(topic, 'keyItem.topic');
  else if ('topic' in v) o.topic = undefined;
  if (v.leads !== undefined) {
    o.leads = each(v.leads, supervisionLead, 'keyItem.leads');
    if (o.leads.length > 100) fail('keyItem.leads length');
  } else if ('leads' in v) o.leads = undefined;
  optionalInto(o, v, 'planId', id, 'keyItem.planId');
  optionalInto(o, v, 'planItemId', id, 'keyItem.planItemId');
  return Object.freeze(o);
}

function screening(v) {
  object(v, 'screening');
  const o = {
    at: timestamp(v.at, 'screening.at'),
    registered: bool(v.registered, 'screening.registered'),
  };
  const number = v.number;
  if (number !== undefined) o.number = shortText(number, 'screening.number');
  else if ('number' in v) o.number = undefined;
  const reason = v.reason;
  if (reason !== undefined) o.reason = trimmed(reason, 1, 64, 'screening.reason');
  else if ('reason' in v) o.reason = undefined;
  const noticeAt = v.noticeAt;
  if (noticeAt !== undefined) o.noticeAt = timestamp(noticeAt, 'screening.noticeAt');
  else if ('noticeAt' in v) o.noticeAt = undefined;
  return Object.freeze(o);
}

// ---- history payload: plain JSON, copied, at most 32 levels ---------------------------------

const MAX_DEPTH = 32;

function jsonValue(v, depth) {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail('payload: non-finite number');
    return v;
  }
  if (typeof v !== 'object') fail('payload: not JSON');
  if (depth > MAX_DEPTH) fail('payload: too deep');
  return Array.isArray(v) ? jsonArray(v, depth) : jsonObject(v, depth);
}

function jsonArray(v, depth) {
  if (Object.getPrototypeOf(v) !== Array.prototype) fail('payload: not a plain array');
  const n = v.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    const desc = Object.getOwnPropertyDescriptor(v, i);
    if (desc === undefined || !('value' in desc)) fail('payload: hole or getter');
    out.push(jsonValue(desc.value, depth + 1));
  }
  return Object.freeze(out);
}

function jsonObject(v, depth) {
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) fail('payload: not a plain object');
  const out = {};
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const desc = Object.getOwnPropertyDescriptor(v, key);
    if (desc === undefined) continue;
    if (!('value' in desc)) fail('payload: getter');
    const value = desc.value;
    if (value === undefined) continue;
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: jsonValue(value, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = jsonValue(value, depth + 1);
    }
  }
  return Object.freeze(out);
}

function historyEntry(v) {
  object(v, 'history');
  const o = {
    type: trimmed(v.type, 1, 64, 'history.type'),
    at: timestamp(v.at, 'history.at'),
    recordedAt: timestamp(v.recordedAt, 'history.recordedAt'),
    actor: actor(v.actor, 'history.actor'),
  };
  const payload = v.payload;
  if (payload !== undefined) {
    if (!isObject(payload)) fail('history.payload');
    o.payload = jsonObject(payload, 1);
  } else if ('payload' in v) o.payload = undefined;
  if (o.recordedAt < o.at) fail('history.recordedAt before at');
  return Object.freeze(o);
}

/** Validates each element of an array with `fn`, into a fresh frozen array. */
function each(v, fn, what) {
  array(v, what);
  const n = v.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = fn(v[i]);
  return Object.freeze(out);
}

// ---- the record ----------------------------------------------------------------------------

/**
 * Validates a suggestion record as parseSuggestion does: the same accepted records, the same
 * frozen result; throws an Error on anything parseSuggestion refuses.
 */
export function handParseSuggestion(input) {
  const v = object(input, 'suggestion');
  const o = {
    id: id(v.id, 'id'),
    rulesVersion: trimmed(v.rulesVersion, 1, 64, 'rulesVersion'),
    kind: oneOf(KINDS, v.kind, 'kind'),
  };
  const congress = object(v.congress, 'congress');
  o.congress = Object.freeze({
    jurisdiction: trimmed(congress.jurisdiction, 1, 64, 'congress.jurisdiction'),
    level: oneOf(LEVELS, congress.level, 'congress.level'),
    term: int(congress.term, 1, 99, 'congress.term'),
  });
  const session = v.session;
  if (session !== undefined) o.session = int(session, 1, 20, 'session');
  else if ('session' in v) o.session = undefined;
  o.period = oneOf(PERIODS, v.period, 'period');
  o.title = shortText(v.title, 'title');
  const content = v.content;
  if (content !== undefined) o.content = longText(content, 'content');
  else if ('content' in v) o.content = undefined;
  const topic = v.topic;
  if (topic !== undefined) o.topic = shortText(topic, 'topic');
  else if ('topic' in v) o.topic = undefined;

  const proposersIn = array(v.proposers, 'proposers');
  const proposerCount = proposersIn.length;
  if (proposerCount < 1 || proposerCount > 3000) fail('proposers length');
  const proposers = new Array(proposerCount);
  for (let i = 0; i < proposerCount; i++) proposers[i] = proposer(proposersIn[i]);
  o.proposers = Object.freeze(proposers);

  const delegationId = v.delegationId;
  if (delegationId !== undefined) o.delegationId = id(delegationId, 'delegationId');
  else if ('delegationId' in v) o.delegationId = undefined;
  const converted = v.convertedFromMotion;
  if (converted !== undefined) {
    object(converted, 'convertedFromMotion');
    const c = {};
    const motionId = converted.motionId;
    if (motionId !== undefined) c.motionId = id(motionId, 'convertedFromMotion.motionId');
    else if ('motionId' in converted) c.motionId = undefined;
    c.at = timestamp(converted.at, 'convertedFromMotion.at');
    o.convertedFromMotion = Object.freeze(c);
  } else if ('convertedFromMotion' in v) o.convertedFromMotion = undefined;
  o.state = oneOf(STATES, v.state, 'state');
  o.createdAt = timestamp(v.createdAt, 'createdAt');
  const submittedAt = v.submittedAt;
  if (submittedAt !== undefined) o.submittedAt = timestamp(submittedAt, 'submittedAt');
  else if ('submittedAt' in v) o.submittedAt = undefined;
  o.preSubmissionConsultations = defaultedList(
    v,
    'preSubmissionConsultations',
    preSubmissionConsultation,
    1000,
  );
  const screeningIn = v.screening;
  if (screeningIn !== undefined) o.screening = screening(screeningIn);
  else if ('screening' in v) o.screening = undefined;
  const withdrawal = v.withdrawal;
  if (withdrawal !== undefined) {
    object(withdrawal, 'withdrawal');
    const w = { at: timestamp(withdrawal.at, 'withdrawal.at') };
    const reason = withdrawal.reason;
    if (reason !== undefined) w.reason = shortText(reason, 'withdrawal.reason');
    else if ('reason' in withdrawal) w.reason = undefined;
    optionalInto(w, withdrawal, 'reasonCode', reasonCode, 'withdrawal.reasonCode');
    o.withdrawal = Object.freeze(w);
  } else if ('withdrawal' in v) o.withdrawal = undefined;
  const mergedInto = v.mergedInto;
  if (mergedInto !== undefined) o.mergedInto = id(mergedInto, 'mergedInto');
  else if ('mergedInto' in v) o.mergedInto = undefined;
  const mergedFromIn = array(v.mergedFrom, 'mergedFrom');
  const mergedFrom = new Array(mergedFromIn.length);
  for (let i = 0; i < mergedFromIn.length; i++) mergedFrom[i] = id(mergedFromIn[i], 'mergedFrom[]');
  o.mergedFrom = Object.freeze(mergedFrom);
  // Absent in records made before 0.2: none (the schema's default).
  if (v.mergedProposers === undefined) o.mergedProposers = Object.freeze([]);
  else {
    o.mergedProposers = each(v.mergedProposers, mergedProposer, 'mergedProposers');
    if (o.mergedProposers.length > 3000) fail('mergedProposers length');
  }
  o.assignments = each(v.assignments, assignment, 'assignments');
  o.extensions = each(v.extensions, extension, 'extensions');
  o.round = int(v.round, 1, 99, 'round');
  o.reHandlings = each(v.reHandlings, reHandling, 'reHandlings');
  // Absent in records made before 0.2: none (the schema's default).
  o.assistingInputs =
    v.assistingInputs === undefined
      ? Object.freeze([])
      : each(v.assistingInputs, assistingInput, 'assistingInputs');
  o.holdingReplies = defaultedList(v, 'holdingReplies', holdingReply, 1000);
  o.replies = each(v.replies, reply, 'replies');
  o.followUps =
    v.followUps === undefined ? Object.freeze([]) : each(v.followUps, followUp, 'followUps');
  o.evaluations = each(v.evaluations, evaluation, 'evaluations');
  o.consultations = each(v.consultations, consultation, 'consultations');
  o.supervisions = each(v.supervisions, supervision, 'supervisions');
  const keyItemIn = v.keyItem;
  if (keyItemIn !== undefined) o.keyItem = keyItem(keyItemIn);
  else if ('keyItem' in v) o.keyItem = undefined;
  optionalInto(o, v, 'directRoute', directRoute, 'directRoute');
  const deadlineIn = v.deadline;
  if (deadlineIn !== undefined) o.deadline = deadline(deadlineIn);
  else if ('deadline' in v) o.deadline = undefined;
  const closure = v.closure;
  if (closure !== undefined) {
    object(closure, 'closure');
    const c = {
      at: timestamp(closure.at, 'closure.at'),
      reason: oneOf(CLOSURE_REASONS, closure.reason, 'closure.reason'),
    };
    optionalInto(c, closure, 'reasonCode', reasonCode, 'closure.reasonCode');
    optionalInto(c, closure, 'note', shortText, 'closure.note');
    o.closure = Object.freeze(c);
  } else if ('closure' in v) o.closure = undefined;
  const publication = v.publication;
  if (publication !== undefined) {
    object(publication, 'publication');
    const p = { mode: oneOf(PUBLICATION_MODES, publication.mode, 'publication.mode') };
    const publishedAt = publication.publishedAt;
    if (publishedAt !== undefined)
      p.publishedAt = timestamp(publishedAt, 'publication.publishedAt');
    else if ('publishedAt' in publication) p.publishedAt = undefined;
    const withheld = publication.withheldReason;
    if (withheld !== undefined)
      p.withheldReason = shortText(withheld, 'publication.withheldReason');
    else if ('withheldReason' in publication) p.withheldReason = undefined;
    o.publication = Object.freeze(p);
  } else if ('publication' in v) o.publication = undefined;
  o.confidential = bool(v.confidential, 'confidential');
  o.history = each(v.history, historyEntry, 'history');

  checkRules(o);
  return Object.freeze(o);
}

/** The cross-field rules (suggestionRules), on the validated, trimmed, canonical values. */
function checkRules(o) {
  const proposers = o.proposers;
  let leads = 0;
  const proposerIds = new Set();
  for (let i = 0; i < proposers.length; i++) {
    const p = proposers[i];
    if (p.role === 'lead') leads++;
    if (proposerIds.has(p.deputyId)) fail('DUPLICATE_PROPOSER');
    proposerIds.add(p.deputyId);
  }
  if (leads !== 1) fail('LEAD_PROPOSER_COUNT');
  const mergedItems = new Set(o.mergedFrom);
  const mergedKeys = new Set();
  const evaluatorIds = new Set(proposerIds);
  for (let i = 0; i < o.mergedProposers.length; i++) {
    const p = o.mergedProposers[i];
    if (!mergedItems.has(p.itemId)) fail('MERGED_PROPOSER_ITEM_NOT_MERGED');
    const key = `${p.itemId}\u0000${p.deputyId}`;
    if (mergedKeys.has(key)) fail('DUPLICATE_PROPOSER');
    mergedKeys.add(key);
    evaluatorIds.add(p.deputyId);
  }

  const assignments = o.assignments;
  const activeUnits = new Set();
  const assignedUnits = new Set();
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i];
    assignedUnits.add(a.unitId);
    if (a.deadline.day < a.assignedDay) fail('DUE_BEFORE_ASSIGNMENT');
    if (a.active) {
      if (activeUnits.has(a.unitId)) fail('DUPLICATE_ASSIGNMENT');
      activeUnits.add(a.unitId);
    }
  }
  if (activeUnits.size === 0 && STATES_AFTER_ASSIGNMENT.has(o.state)) fail('STATE_DETAILS_MISSING');

  const assisting = new Set();
  for (let i = 0; i < assignments.length; i++) {
    if (!assignments[i].mustReply) assisting.add(assignments[i].unitId);
  }
  const sent = new Set();
  for (let i = 0; i < o.assistingInputs.length; i++) {
    const input = o.assistingInputs[i];
    if (!assisting.has(input.unitId)) fail('INPUT_FROM_NON_ASSISTING_UNIT');
    if (input.round > o.round) fail('ROUND_AHEAD');
    const key = `${input.round}\u0000${input.unitId}`;
    if (sent.has(key)) fail('DUPLICATE_INPUT');
    sent.add(key);
    if (input.recordedAt < input.at) fail('RECORDED_BEFORE_HAPPENED');
  }

  for (let i = 0; i < o.holdingReplies.length; i++) {
    const h = o.holdingReplies[i];
    if (!assignedUnits.has(h.unitId)) fail('REPLY_FROM_UNASSIGNED_UNIT');
    if (h.round > o.round) fail('ROUND_AHEAD');
    if (h.recordedAt < h.at) fail('RECORDED_BEFORE_HAPPENED');
  }
  if (o.directRoute !== undefined) {
    const instructions = o.directRoute.instructions;
    for (let i = 0; i < instructions.length; i++) {
      if (instructions[i].at < o.directRoute.at) fail('INSTRUCTION_BEFORE_ROUTING');
      if (instructions[i].recordedAt < instructions[i].at) fail('RECORDED_BEFORE_HAPPENED');
    }
  }

  const replies = o.replies;
  const repliedRounds = new Set();
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i];
    repliedRounds.add(r.round);
    if (!assignedUnits.has(r.unitId)) fail('REPLY_FROM_UNASSIGNED_UNIT');
    if (r.round > o.round) fail('ROUND_AHEAD');
    if (r.recordedAt < r.at) fail('RECORDED_BEFORE_HAPPENED');
  }

  const evaluations = o.evaluations;
  if (evaluations.length > 0) {
    const evaluated = new Set();
    for (let i = 0; i < evaluations.length; i++) {
      const e = evaluations[i];
      if (!repliedRounds.has(e.round)) fail('EVALUATION_WITHOUT_REPLY');
      if (!evaluatorIds.has(e.deputyId)) fail('EVALUATOR_NOT_PROPOSER');
      const key = `${e.deputyId}\u0000${e.round}`;
      if (evaluated.has(key)) fail('DUPLICATE_EVALUATION');
      evaluated.add(key);
      if (e.recordedAt < e.at) fail('RECORDED_BEFORE_HAPPENED');
    }
  }

  switch (o.state) {
    case 'notRegistered':
      if (!(o.screening?.registered === false && o.screening.reason !== undefined))
        fail('STATE_DETAILS_MISSING: screening');
      break;
    case 'withdrawn':
      if (o.withdrawal === undefined) fail('STATE_DETAILS_MISSING: withdrawal');
      break;
    case 'merged':
      if (o.mergedInto === undefined) fail('STATE_DETAILS_MISSING: mergedInto');
      break;
    case 'closed':
      if (o.closure === undefined) fail('STATE_DETAILS_MISSING: closure');
      break;
  }
}
