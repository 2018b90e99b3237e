import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { WITH_THE_UNIT } from '../internal/states.js';

// A constituent opinion's facts (群众意见的办理事实) as data: each record is read once, at the
// asOf day, into one integer of bits, and every figure of the opinion dashboard is stated over
// these names (OPINION_METRICS). Due days and on-time verdicts are read as the workflow froze
// them on the record, never recounted, so a later calendar or policy never rewrites a figure.

const t = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-Hans': zh, en });

/**
 * The facts of one constituent opinion and their names (群众意见事实): what its record shows at
 * `asOf`. Every rate of {@link OPINION_METRICS} states its denominator and numerator as lists of
 * these names, and `counts` of {@link OpinionStats} counts each of them.
 *
 * @remarks
 * Read from the record as the workflow froze it: the handling's on-time verdict
 * (`handlings[].onTime`), the feedback due day (`feedbackDueDay`) and the feedback's verdict
 * (`feedbacks[].onTime`). Only the overdue facts compare a due day with the asOf day (the
 * calendar day of `asOf` in the policy's zone).
 *
 * @example
 * ```ts
 * import { OPINION_FACTS } from 'renda';
 *
 * console.log(OPINION_FACTS.resolved['zh-Hans']); // '推动解决（最后一次办理结果为已解决）'
 * ```
 * @category Metrics
 */
export const OPINION_FACTS = /* @__PURE__ */ Object.freeze({
  screened: t('已甄别（已过登记环节，重复件除外）', 'screened: past received, not merged'),
  accepted: t('已受理（甄别后未被不予受理）', 'accepted: screened and not refused'),
  notAccepted: t('不予受理', 'not accepted'),
  merged: t('重复件已合并', 'merged into another ticket as a duplicate'),
  answeredOnSite: t('当场答复', 'answered on the spot'),
  converted: t('转为代表建议', 'converted into (or joined) a deputy’s suggestion'),
  handled: t('已办理（承办单位有办理结果）', 'handled: a unit has reported a handling result'),
  handledOnTime: t(
    '按期办理（首次办结时固化的按期结论）',
    'handled on time: the verdict frozen when a unit first handled it',
  ),
  handlingOverdue: t(
    '逾期未办：交办或办理中，尚无办理结果，统计日已过办理期限',
    'handling overdue: with the unit, never handled yet, past its due day',
  ),
  handlingDue: t('办理已到期：已办理或逾期未办', 'handling due: handled, or handling overdue'),
  fedBack: t('已向反映人反馈', 'fed back to the constituent'),
  fedBackOnTime: t(
    '按期反馈（首次向反映人反馈时固化的按期结论）',
    'fed back on time: the verdict frozen at the first feedback to the constituent',
  ),
  feedbackOverdue: t(
    '逾期未反馈：已办理，从未向反映人反馈，统计日已过反馈期限',
    'feedback overdue: handled, the constituent never told yet, past the feedback due day',
  ),
  closedLoop: t(
    '按期闭环：当场答复或按期反馈',
    'closed loop: answered on the spot or fed back on time',
  ),
  closedLoopDue: t(
    '闭环已到期：当场答复、已反馈或逾期未反馈',
    'closed loop due: answered on the spot, fed back, or feedback overdue',
  ),
  resolved: t('推动解决（最后一次办理结果为已解决）', 'resolved: the last handling’s outcome'),
  calledBack: t('已回访', 'called back'),
  satisfied: t(
    '满意（含基本满意）：最后一次回访满意或基本满意',
    'satisfied (broad): the last callback satisfied or basically satisfied',
  ),
  fullySatisfied: t(
    '满意（仅满意）：最后一次回访满意',
    'satisfied (narrow): the last callback satisfied',
  ),
  reopened: t('经过重新办理', 'reopened at least once (round > 1)'),
  inPerson: t(
    '当面接待（联络站、接待日、走访、常委会组成人员联系代表、列席代表座谈会）',
    'received in person (station, reception day, visit, member contact, attendee symposium)',
  ),
});

/**
 * The name of a constituent-opinion fact, a key of {@link OPINION_FACTS}.
 *
 * @example
 * ```ts
 * import type { OpinionFact } from 'renda';
 *
 * const fact: OpinionFact = 'fedBackOnTime';
 * ```
 * @category Metrics
 */
export type OpinionFact = keyof typeof OPINION_FACTS;

/** Every fact name, in the order of their bits. */
export const OPINION_FACT_NAMES = /* @__PURE__ */ Object.freeze(
  Object.keys(OPINION_FACTS) as OpinionFact[],
);

/** The bit of each fact: a record's facts are one integer. */
export const OPINION_FACT_BIT: Readonly<Record<OpinionFact, number>> = /* @__PURE__ */ (() => {
  const bits = {} as Record<OpinionFact, number>;
  OPINION_FACT_NAMES.forEach((name, index) => {
    bits[name] = 1 << index;
  });
  return Object.freeze(bits);
})();

/** The mask of a list of facts. */
export function opinionFactMask(facts: readonly OpinionFact[]): number {
  let mask = 0;
  for (const fact of facts) mask |= OPINION_FACT_BIT[fact];
  return mask;
}

/**
 * The channels on which the deputy or the station met the person (当面接待): each opinion received
 * on one of them is one person received (接待群众一人次).
 */
const IN_PERSON: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'station',
  'receptionDay',
  'visit',
  'memberContact',
  'attendeeSymposium',
]);

/** The states in which the unit holds the opinion, so its handling may be overdue. */
const WITH_UNIT: ReadonlySet<string> = /* @__PURE__ */ new Set(WITH_THE_UNIT);

const B = OPINION_FACT_BIT;

/**
 * Reads one opinion's facts at the asOf day (`YYYY-MM-DD` in the policy's zone) into bits of
 * {@link OPINION_FACT_BIT}: the one reading every opinion figure is computed from.
 */
export function readOpinionFacts(record: ConstituentOpinion, asOfDay: string): number {
  let flags = 0;
  const state = record.state;
  if (state === 'merged') flags |= B.merged;
  else if (state !== 'received') {
    flags |= B.screened;
    flags |= state === 'notAccepted' ? B.notAccepted : B.accepted;
  }
  if (state === 'answeredOnSite') flags |= B.answeredOnSite;
  if (record.suggestionId !== undefined) flags |= B.converted;
  if (IN_PERSON.has(record.channel)) flags |= B.inPerson;
  if (record.round > 1) flags |= B.reopened;

  // 按期办理 and 按期闭环 are judged on the first time: the first handling by a unit (whatever
  // round it came in: a converted opinion reopened may meet a unit only in round 2) and the first
  // feedback to the constituent. Later rounds are the constituent's reopenings, counted by the
  // reopen rate. So an opinion is overdue only while it has never been handled (or told), and
  // one overdue opinion stays in the denominator once handled late.
  const handlings = record.handlings;
  const first = handlings[0];
  if (first !== undefined) {
    flags |= B.handled | B.handlingDue;
    if (first.onTime === true) flags |= B.handledOnTime;
  }
  const dueDay = record.referral?.dueDay;
  if (WITH_UNIT.has(state) && dueDay !== undefined && dueDay < asOfDay && first === undefined) {
    flags |= B.handlingOverdue | B.handlingDue;
  }
  if (handlings[handlings.length - 1]?.outcome === 'resolved') flags |= B.resolved;

  const feedback = record.feedbacks.find((f) => f.to === 'constituent');
  if (feedback !== undefined) {
    flags |= B.fedBack | B.closedLoopDue;
    if (feedback.onTime === true) flags |= B.fedBackOnTime | B.closedLoop;
  }
  const feedbackDue = record.feedbackDueDay;
  if (state === 'handled' && feedbackDue !== undefined && feedbackDue < asOfDay && !feedback) {
    flags |= B.feedbackOverdue | B.closedLoopDue;
  }
  if (state === 'answeredOnSite') flags |= B.closedLoop | B.closedLoopDue;

  // The constituent's last word is the one that stands: a dissatisfied callback followed by a
  // reopening and a satisfied one counts as satisfied.
  const callbacks = record.callbacks;
  const last = callbacks[callbacks.length - 1];
  if (last !== undefined) {
    flags |= B.calledBack;
    if (last.satisfaction !== 'dissatisfied') flags |= B.satisfied;
    if (last.satisfaction === 'satisfied') flags |= B.fullySatisfied;
  }
  return flags;
}
