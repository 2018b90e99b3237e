import type { BilingualText } from '../../model/shared/localized.js';
import type { Suggestion } from '../../model/suggestion.js';
import {
  countsEvaluator,
  finalReplyOf,
  firstReplyOf,
  HANDLING_STATES,
  isFinalEvaluation,
  owesInput,
  owingAssignments,
  repliedThisRound,
  replyingLeadOf,
  reportingAssignmentOf,
  roundDeadlineOf,
} from '../rules/handling.js';
import type { DashboardContext } from './internal/context.js';
import { dayNumber } from './internal/days.js';

// A suggestion's facts (建议的办理事实) as data: each record is read once into bits (replied, on
// time, closed, …) and a few numbers (days to reply, days late, outcome class), and each of its
// evaluation forms into bits of its own. Every figure of the dashboard is stated over these facts
// (SUGGESTION_METRICS); the fused accumulator, the per-definition path and the facts row all read
// them here, through the handling rules of suggestion/rules/handling.ts.

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });

/**
 * The facts of one item (件) and their names (建议事实): the four exclusion reasons, then what the
 * item's record shows at `asOf`. A figure over items states its denominator and numerator as lists
 * of these names (see {@link SUGGESTION_METRICS}).
 *
 * @example
 * ```ts
 * import { ITEM_FACTS } from 'renda';
 *
 * console.log(ITEM_FACTS.replied['zh-Hans']); // '已办复'
 * ```
 * @category Metrics
 */
export const ITEM_FACTS = /* @__PURE__ */ Object.freeze({
  withdrawn: t('已撤回（撤回即终止办理）', 'withdrawn'),
  merged: t('已并案（计入主件）', 'merged into another item'),
  notRegistered: t('不予立案', 'not registered'),
  notAssigned: t('尚未交办（草稿、已提交、已立案）', 'not yet assigned'),
  replied: t('已办复', 'replied: every owing unit has given its first reply'),
  onTime: t('按期办复', 'replied on time: every owing unit’s first reply was on time'),
  closed: t('已办结', 'closed'),
  faceToFace: t('见面（面商或见面答复）', 'a face-to-face consultation or reply'),
  formReturned: t('收回征询意见表', 'a counted evaluation form returned'),
  solvedOrPlanned: t('解决或计划逐步解决', 'the outcome class counts as solved or planned'),
  adopted: t('采纳', 'the outcome class counts as adopted'),
  reHandled: t('经过重新办理', 're-handled at least once'),
  keyItem: t('重点督办', 'a key item'),
  satisfied: t(
    '满意（含基本满意）：每份计入的最终评价表均为满意或基本满意',
    'satisfied (broad): every counted final form satisfied or basically satisfied',
  ),
  fullySatisfied: t(
    '满意（仅满意）：每份计入的最终评价表均为满意',
    'satisfied (narrow): every counted final form satisfied',
  ),
  basicallySatisfied: t(
    '基本满意：计入的最终评价表均为满意或基本满意，且至少一份为基本满意',
    'basically satisfied: satisfied (broad) but not every form satisfied',
  ),
  overdue: t('逾期未复', 'overdue: an owing unit past its round’s deadline without a reply'),
});

/**
 * The facts of one evaluation form (征询意见表) and their names: the two exclusion reasons, then
 * the form's round and grade.
 *
 * @example
 * ```ts
 * import { FORM_FACTS } from 'renda';
 *
 * console.log(FORM_FACTS.final.en); // 'its deputy’s final form (no later round graded)'
 * ```
 * @category Metrics
 */
export const FORM_FACTS = /* @__PURE__ */ Object.freeze({
  itemExcluded: t('所属建议已撤回、并案、不予立案或未交办', 'its item is excluded'),
  coSigner: t('附议代表的评价（口径为仅领衔代表）', 'a co-signer’s form under leadOnly counting'),
  final: t('最终评价', 'its deputy’s final form (no later round graded)'),
  firstRound: t('第一轮评价', 'a form of round 1'),
  satisfied: t('满意', 'satisfied'),
  basicallySatisfied: t('基本满意', 'basically satisfied'),
  broad: t('满意或基本满意', 'satisfied or basically satisfied'),
  keyItem: t('重点督办件的评价', 'a form on a key item'),
  attitudeGraded: t('评价了办理态度', 'grades the attitude (办理态度)'),
  attitudeBroad: t('办理态度满意或基本满意', 'the attitude satisfied or basically satisfied'),
});

/**
 * The facts of one duty a unit owes with a deadline (办理义务件次): an assisting unit's input to the
 * lead unit (协办意见, one per unit and round) or a follow-up duty (跟踪办理义务). The exclusion
 * reason first, then whether it was done (with the on-time verdict frozen when it was done) or is
 * still owed, and whether it is past its due day as of `asOf`.
 *
 * @remarks
 * An assisting input is done when it is recorded (`assistingInputs`, any round); it is owed while
 * the item is in handling (assigned, inHandling, reHandling) and the active 协办 / 会办 unit has
 * not sent it this round: the units and deadlines {@link pendingAssistingInputs} lists. A follow-up
 * duty is done when a follow-up reply discharged it, owed until then ({@link pendingFollowUps}).
 *
 * @example
 * ```ts
 * import { DUTY_FACTS } from 'renda';
 *
 * console.log(DUTY_FACTS.overdue['zh-Hans']); // '逾期未履行：尚未履行且统计日已过期限'
 * ```
 * @category Metrics
 */
export const DUTY_FACTS = /* @__PURE__ */ Object.freeze({
  itemExcluded: t('所属建议已撤回、并案、不予立案或未交办', 'its item is excluded'),
  done: t(
    '已履行：协办意见已提交，或跟踪办理已答复',
    'done: the input sent, or the follow-up reply given',
  ),
  onTime: t(
    '按期履行（履行时固化的按期结论）',
    'done on time (the verdict frozen when it was done)',
  ),
  late: t('逾期履行', 'done late'),
  open: t(
    '尚未履行：办理中本轮欠交的协办意见，或未履行的跟踪办理义务',
    'still owed: an input not sent this round (item in handling), or an open follow-up duty',
  ),
  overdue: t('逾期未履行：尚未履行且统计日已过期限', 'owed past its due day as of asOf'),
  due: t('已到期：已履行，或逾期未履行', 'due: done, or owed past its due day'),
});

/**
 * The name of an item fact.
 *
 * @example
 * ```ts
 * import type { ItemFact } from 'renda';
 *
 * const fact: ItemFact = 'replied';
 * ```
 * @category Metrics
 */
export type ItemFact = keyof typeof ITEM_FACTS;

/**
 * The name of an evaluation-form fact.
 *
 * @example
 * ```ts
 * import type { FormFact } from 'renda';
 *
 * const fact: FormFact = 'final';
 * ```
 * @category Metrics
 */
export type FormFact = keyof typeof FORM_FACTS;

/**
 * The name of a duty fact (assisting inputs and follow-up duties).
 *
 * @example
 * ```ts
 * import type { DutyFact } from 'renda';
 *
 * const fact: DutyFact = 'overdue';
 * ```
 * @category Metrics
 */
export type DutyFact = keyof typeof DUTY_FACTS;

/** The bit of each fact: a record's facts are one integer. */
function bitsOf<K extends string>(names: readonly K[]): Readonly<Record<K, number>> {
  const bits = {} as Record<K, number>;
  names.forEach((name, index) => {
    bits[name] = 1 << index;
  });
  return Object.freeze(bits);
}

/** The bit of each item fact. */
export const ITEM_BIT = /* @__PURE__ */ bitsOf(Object.keys(ITEM_FACTS) as ItemFact[]);
/** The bit of each form fact. */
export const FORM_BIT = /* @__PURE__ */ bitsOf(Object.keys(FORM_FACTS) as FormFact[]);

/** The mask of a list of facts. */
export function maskOf<K extends string>(
  bits: Readonly<Record<K, number>>,
  facts: readonly K[],
): number {
  let mask = 0;
  for (const fact of facts) mask |= bits[fact];
  return mask;
}

/** The bit of each duty fact. */
export const DUTY_BIT = /* @__PURE__ */ bitsOf(Object.keys(DUTY_FACTS) as DutyFact[]);

/** The item exclusion reasons, in the order the first match wins. */
export const ITEM_EXCLUSIONS = ['withdrawn', 'merged', 'notRegistered', 'notAssigned'] as const;
/** The form exclusion reasons, in the order the first match wins. */
export const FORM_EXCLUSIONS = ['itemExcluded', 'coSigner'] as const;

/** The duty exclusion reasons. */
export const DUTY_EXCLUSIONS = ['itemExcluded'] as const;

/** The bits of every item exclusion reason. */
export const ITEM_EXCLUDED_MASK = /* @__PURE__ */ maskOf(ITEM_BIT, ITEM_EXCLUSIONS);
/** The bits of every duty exclusion reason. */
export const DUTY_EXCLUDED_MASK = /* @__PURE__ */ maskOf(DUTY_BIT, DUTY_EXCLUSIONS);
/** The bits of every form exclusion reason. */
export const FORM_EXCLUDED_MASK = /* @__PURE__ */ maskOf(FORM_BIT, FORM_EXCLUSIONS);

/**
 * What reading one item leaves, beside its bits: reused from record to record, so reading
 * allocates nothing.
 */
export interface ItemReading {
  /** The item's facts, as bits of {@link ITEM_BIT}. */
  flags: number;
  /** Calendar days from assignment to reply (the slowest owing unit, at least 0), or -1. */
  daysToReply: number;
  /** Days past the binding deadline when overdue, else 0. */
  daysLate: number;
  /** The outcome class of a replied item, or undefined. */
  outcomeClass: string | undefined;
  /** Its index in the taxonomy, or -1 (not replied, or a code the taxonomy lacks). */
  classIndex: number;
  /** The counted final forms. */
  finalForms: number;
  /**
   * The facts of each evaluation form (bits of {@link FORM_BIT}), at the form's index in
   * `evaluations`; only the first `evaluations.length` entries belong to the item last read.
   */
  forms: number[];
  /** The item's assisting inputs (sent, then owed): how many, each one's facts and unit. */
  inputs: DutyReading;
  /** The item's follow-up duties: how many, each one's facts and unit. */
  followUps: DutyReading;
}

/** The duties of one kind an item holds: the first `count` entries belong to the item last read. */
export interface DutyReading {
  count: number;
  /** Bits of {@link DUTY_BIT}. */
  facts: number[];
  /** The unit that owes (or owed) each: the assisting unit, or the unit of the follow-up duty. */
  unitIds: string[];
}

const newDutyReading = (): DutyReading => ({ count: 0, facts: [], unitIds: [] });

/** A fresh reading to reuse. */
export function newItemReading(): ItemReading {
  return {
    flags: 0,
    daysToReply: -1,
    daysLate: 0,
    outcomeClass: undefined,
    classIndex: -1,
    finalForms: 0,
    forms: [],
    inputs: newDutyReading(),
    followUps: newDutyReading(),
  };
}

const NOT_YET_ASSIGNED: ReadonlySet<string> = new Set(['draft', 'submitted', 'registered']);

type Assignment = Suggestion['assignments'][number];
type Evaluation = Suggestion['evaluations'][number];
type Reply = Suggestion['replies'][number];

/** The first exclusion reason an item matches (in {@link ITEM_EXCLUSIONS} order), or null. */
export function itemExclusionOf(s: Suggestion): (typeof ITEM_EXCLUSIONS)[number] | null {
  const state = s.state;
  if (state === 'withdrawn') return 'withdrawn';
  if (state === 'merged') return 'merged';
  if (state === 'notRegistered') return 'notRegistered';
  if (NOT_YET_ASSIGNED.has(state) || !hasActiveAssignment(s)) return 'notAssigned';
  return null;
}

function hasActiveAssignment(s: Suggestion): boolean {
  const assignments = s.assignments;
  for (let i = 0; i < assignments.length; i++)
    if ((assignments[i] as Assignment).active) return true;
  return false;
}

/**
 * Reads one item's facts into `out` (and returns it). Each rule is the handling rule of
 * suggestion/rules/handling.ts: the owing units (办复口径), each unit's first and final reply,
 * the round's binding deadline, final evaluations and whose count.
 */
export function readItem(s: Suggestion, ctx: DashboardContext, out: ItemReading): ItemReading {
  out.daysToReply = -1;
  out.daysLate = 0;
  out.outcomeClass = undefined;
  out.classIndex = -1;
  out.finalForms = 0;
  const exclusion = itemExclusionOf(s);
  let flags = s.keyItem === undefined ? 0 : ITEM_BIT.keyItem;
  if (exclusion !== null) flags |= ITEM_BIT[exclusion];
  // Each form is read once, here: the step counts these bits, the item's own bits come from them.
  const formBits = readForms(s, ctx, flags, out);
  readDuties(s, ctx, exclusion !== null, out);
  if (exclusion !== null) {
    out.flags = flags;
    return out;
  }
  flags |= formBits;
  if (s.state === 'closed') flags |= ITEM_BIT.closed;
  if (s.reHandlings.length > 0) flags |= ITEM_BIT.reHandled;
  if (faceToFace(s)) flags |= ITEM_BIT.faceToFace;

  const policy = ctx.policy;
  const replies = s.replies;
  const lead = replyingLeadOf(s, policy);
  // One owing unit (the lead) is read without building the list: the common case.
  const owing = lead === undefined ? owingAssignments(s, policy) : undefined;
  let replied = lead !== undefined || (owing as Assignment[]).length > 0;
  let onTime = true;
  let days = 0;
  const count = owing === undefined ? 1 : owing.length;
  for (let i = 0; i < count && replied; i++) {
    const a = (owing === undefined ? lead : owing[i]) as Assignment;
    const first = firstReplyOf(replies, a.unitId);
    if (first === undefined) {
      replied = false;
      break;
    }
    if (!first.onTime) onTime = false;
    const d = ctx.instantDay(first.at) - dayNumber(a.assignedDay);
    if (d > days) days = d;
  }
  if (replied) {
    flags |= ITEM_BIT.replied;
    if (onTime) flags |= ITEM_BIT.onTime;
    out.daysToReply = days;
    const report = reportingAssignmentOf(s) as Assignment;
    // The class is the reporting unit's when it owes a reply, else the first owing unit's.
    const classUnit =
      lead ??
      ((owing as Assignment[]).includes(report)
        ? report
        : ((owing as Assignment[])[0] as Assignment));
    const code = finalReplyOf(replies, classUnit.unitId)?.outcomeClass;
    if (code !== undefined) {
      out.outcomeClass = code;
      const index = ctx.classIndex.get(code);
      if (index !== undefined) {
        out.classIndex = index;
        if (ctx.solvedOrPlanned[index]) flags |= ITEM_BIT.solvedOrPlanned;
        if (ctx.adopted[index]) flags |= ITEM_BIT.adopted;
      }
    }
  }
  if (s.state !== 'closed') {
    const late = daysLate(s, ctx, lead, owing);
    if (late > 0) {
      flags |= ITEM_BIT.overdue;
      out.daysLate = late;
    }
  }
  out.flags = flags;
  return out;
}

function faceToFace(s: Suggestion): boolean {
  const replies = s.replies;
  for (let i = 0; i < replies.length; i++) if ((replies[i] as Reply).faceToFace) return true;
  const consultations = s.consultations;
  for (let i = 0; i < consultations.length; i++) {
    if ((consultations[i] as Suggestion['consultations'][number]).faceToFace) return true;
  }
  return false;
}

/**
 * Reads each form's facts into `out.forms`, and returns the item bits they give (form returned,
 * satisfied), with the count of counted final forms in `out.finalForms`.
 */
function readForms(
  s: Suggestion,
  ctx: DashboardContext,
  itemFlags: number,
  out: ItemReading,
): number {
  const evaluations = s.evaluations;
  const forms = out.forms;
  let returned = false;
  let finals = 0;
  let broad = true;
  let narrow = true;
  for (let j = 0; j < evaluations.length; j++) {
    const bits = formFlags(s, ctx, evaluations[j] as Evaluation, itemFlags);
    forms[j] = bits;
    if ((bits & FORM_EXCLUDED_MASK) !== 0) continue;
    returned = true;
    if ((bits & FORM_BIT.final) === 0) continue;
    finals++;
    if ((bits & FORM_BIT.broad) === 0) broad = false;
    if ((bits & FORM_BIT.satisfied) === 0) narrow = false;
  }
  out.finalForms = finals;
  let flags = returned ? ITEM_BIT.formReturned : 0;
  if (finals > 0 && broad) flags |= ITEM_BIT.satisfied;
  if (finals > 0 && narrow) flags |= ITEM_BIT.fullySatisfied;
  else if (finals > 0 && broad) flags |= ITEM_BIT.basicallySatisfied;
  return flags;
}

/**
 * Days late of an open item: the worst of the owing units (办复口径) that have no reply in the
 * current round, against their round's deadline (roundDeadlineOf), as of asOf's day.
 */
function daysLate(
  s: Suggestion,
  ctx: DashboardContext,
  lead: Assignment | undefined,
  owing: readonly Assignment[] | undefined,
): number {
  let worst = 0;
  const count = owing === undefined ? 1 : owing.length;
  for (let i = 0; i < count; i++) {
    const a = (owing === undefined ? lead : owing[i]) as Assignment;
    if (repliedThisRound(s, a.unitId)) continue;
    const late = ctx.asOfDay - dayNumber(roundDeadlineOf(s, a).day);
    if (late > worst) worst = late;
  }
  return worst;
}

const NO_INPUTS: Suggestion['assistingInputs'] = Object.freeze([]) as never;
const NO_FOLLOW_UPS: NonNullable<Suggestion['followUps']> = Object.freeze([]) as never;

/** Adds one duty to a reading. */
function addDuty(duties: DutyReading, unitId: string, facts: number): void {
  duties.unitIds[duties.count] = unitId;
  duties.facts[duties.count] = facts;
  duties.count++;
}

/** The facts of a duty done, with its frozen on-time verdict. */
const doneFacts = (excluded: number, onTime: boolean | undefined): number =>
  excluded | DUTY_BIT.done | DUTY_BIT.due | (onTime === true ? DUTY_BIT.onTime : DUTY_BIT.late);

/** The facts of a duty still owed, due on `dueDay`, as of asOf's day. */
const openFacts = (excluded: number, ctx: DashboardContext, dueDay: string): number =>
  excluded |
  DUTY_BIT.open |
  (ctx.asOfDay > dayNumber(dueDay) ? DUTY_BIT.overdue | DUTY_BIT.due : 0);

/**
 * Reads the item's assisting inputs and follow-up duties into `out.inputs` and `out.followUps`.
 * Inputs: every one recorded (done, its verdict frozen when sent), then those owed this round by
 * the rules of pendingAssistingInputs (in handling; owedInputs; roundDeadlineOf). Follow-up
 * duties: discharged (done, verdict frozen) or open, against their frozen deadline.
 */
function readDuties(
  s: Suggestion,
  ctx: DashboardContext,
  itemExcluded: boolean,
  out: ItemReading,
): void {
  const excluded = itemExcluded ? DUTY_BIT.itemExcluded : 0;
  const inputs = out.inputs;
  inputs.count = 0;
  // A record stored before inputs or duties were recorded has none.
  const sent = s.assistingInputs ?? NO_INPUTS;
  for (let i = 0; i < sent.length; i++) {
    const input = sent[i] as Suggestion['assistingInputs'][number];
    addDuty(inputs, input.unitId, doneFacts(excluded, input.onTime));
  }
  if (HANDLING_STATES.has(s.state)) {
    // Each unit is asked the rule of owedInputs in turn, so no list is built for every record.
    const view = sent === s.assistingInputs ? s : { round: s.round, assistingInputs: sent };
    const assignments = s.assignments;
    for (let i = 0; i < assignments.length; i++) {
      const a = assignments[i] as Assignment;
      if (!owesInput(view, a)) continue;
      addDuty(inputs, a.unitId, openFacts(excluded, ctx, roundDeadlineOf(s, a).day));
    }
  }
  const followUps = out.followUps;
  followUps.count = 0;
  const duties = s.followUps ?? NO_FOLLOW_UPS;
  for (let i = 0; i < duties.length; i++) {
    const duty = duties[i] as NonNullable<Suggestion['followUps']>[number];
    addDuty(
      followUps,
      duty.unitId,
      duty.dischargedAt === undefined
        ? openFacts(excluded, ctx, duty.deadline.day)
        : doneFacts(excluded, duty.onTime),
    );
  }
}

/**
 * The facts of one evaluation form as bits of {@link FORM_BIT}, given its item's bits.
 */
export function formFlags(
  s: Suggestion,
  ctx: DashboardContext,
  e: Evaluation,
  itemFlags: number,
): number {
  let flags = 0;
  if ((itemFlags & ITEM_EXCLUDED_MASK) !== 0) flags |= FORM_BIT.itemExcluded;
  else if (!countsEvaluator(s, ctx.policy, e.deputyId)) flags |= FORM_BIT.coSigner;
  if (isFinalEvaluation(s.evaluations, e)) flags |= FORM_BIT.final;
  if (e.round === 1) flags |= FORM_BIT.firstRound;
  if (e.grade === 'satisfied') flags |= FORM_BIT.satisfied | FORM_BIT.broad;
  else if (e.grade === 'basicallySatisfied') flags |= FORM_BIT.basicallySatisfied | FORM_BIT.broad;
  if ((itemFlags & ITEM_BIT.keyItem) !== 0) flags |= FORM_BIT.keyItem;
  const attitude = e.attitude;
  if (attitude !== undefined) {
    flags |= FORM_BIT.attitudeGraded;
    if (attitude !== 'dissatisfied') flags |= FORM_BIT.attitudeBroad;
  }
  return flags;
}

/**
 * The final reply of each answering unit (件次), written into `out` (reused, so reading allocates
 * nothing); returns how many. The answering units: every active unit that must reply, or the
 * reporting unit when none must.
 */
export function answeringReplies(s: Suggestion, out: Reply[]): number {
  const assignments = s.assignments;
  let required = 0;
  let count = 0;
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as Assignment;
    if (!a.active || !a.mustReply) continue;
    required++;
    const last = finalReplyOf(s.replies, a.unitId);
    if (last !== undefined) out[count++] = last;
  }
  if (required > 0) return count;
  const report = reportingAssignmentOf(s);
  const last = report === undefined ? undefined : finalReplyOf(s.replies, report.unitId);
  if (last !== undefined) out[count++] = last;
  return count;
}

const answering: Reply[] = [];

/**
 * The classes of each answering unit's final reply (件次, {@link answeringReplies}), written into
 * `out`; returns how many.
 */
export function answeringClasses(s: Suggestion, out: string[]): number {
  const count = answeringReplies(s, answering);
  for (let i = 0; i < count; i++) out[i] = (answering[i] as Reply).outcomeClass;
  return count;
}

/**
 * Adds a counted item's figures per round to `rounds` (at 3(r−1): non-follow-up replies, counted
 * forms, satisfied or basically satisfied forms), growing it as needed; `reading` is the item's,
 * from {@link readItem}.
 */
export function countRounds(rounds: number[], s: Suggestion, reading: ItemReading): void {
  const replies = s.replies;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i] as Reply;
    if (!r.followUp) addToRound(rounds, r.round, 0);
  }
  const evaluations = s.evaluations;
  const forms = reading.forms;
  for (let j = 0; j < evaluations.length; j++) {
    const bits = forms[j] as number;
    if ((bits & FORM_EXCLUDED_MASK) !== 0) continue;
    const round = (evaluations[j] as Evaluation).round;
    addToRound(rounds, round, 1);
    if ((bits & FORM_BIT.broad) !== 0) addToRound(rounds, round, 2);
  }
}

function addToRound(rounds: number[], round: number, slot: number): void {
  const at = 3 * (round - 1) + slot;
  while (rounds.length <= at) rounds.push(0);
  rounds[at] = (rounds[at] as number) + 1;
}

/** The topic key of an item without a topic. */
export const NO_TOPIC = '(none)';

/** The topic an item is counted under (内容分类): its `topic`, or `(none)` without one. */
export function topicOf(s: Pick<Suggestion, 'topic'>): string {
  return s.topic ?? NO_TOPIC;
}
