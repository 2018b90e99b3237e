import { isEventType } from '../../../workflow/isEventType.js';
import type { GuardSpec } from '../../../workflow/types.js';
import { meetsThreshold } from '../motionThreshold.js';
import type { MotionEvent, MotionWorkflowRecord, MotionWorkflowTypes } from '../motionTypes.js';
import { DECISIONS_BY_STAGE } from './decisions.js';

// The named guards of the motion workflow. As in the suggestion workflow, the role check
// (FORBIDDEN) is the engine's; "is this actor *that* deputy or committee" is here.

type Guard = GuardSpec<MotionWorkflowTypes, MotionEvent>;
type Check = (record: MotionWorkflowRecord, event: MotionEvent) => boolean;

const guard = (zh: string, en: string, check: Check, needsPayload = false): Guard =>
  needsPayload
    ? { message: { 'zh-Hans': zh, en }, check, needsPayload: true }
    : { message: { 'zh-Hans': zh, en }, check };

/** The lead proposer (领衔代表). */
export const leadOf = (record: Pick<MotionWorkflowRecord, 'proposers'>): string | undefined =>
  record.proposers.find((p) => p.role === 'lead')?.deputyId;

/** The withdrawal request awaiting the presidium's decision, if any. */
export const pendingWithdrawalOf = (record: Pick<MotionWorkflowRecord, 'withdrawalRequests'>) =>
  record.withdrawalRequests.find((r) => r.decision === undefined);

const filled = (text: string | undefined) => text !== undefined && text.trim().length > 0;

/** The named guards of the motion workflow, each with its bilingual refusal (议案守卫条件). */
export const motionGuards = {
  isLeadProposer: guard(
    '只有领衔代表可以提出或要求撤回议案',
    'only the lead proposer may submit the motion or ask to withdraw it',
    (record, event) => event.actor.id === leadOf(record),
  ),
  meetsMotionThreshold: guard(
    '联名代表人数不足：全国人大须代表团或三十名以上代表联名，县级以上地方十名以上，乡级五名以上',
    'too few signers: a delegation or 30 deputies at the NPC, 10 at county level and above, 5 at township level',
    (record) => meetsThreshold(record),
  ),
  statesGroundsBasisSolution: guard(
    '议案应当有案由、案据和方案',
    'a motion must state its grounds, basis and proposed solution',
    (record) => filled(record.grounds) && filled(record.basis) && filled(record.solution),
  ),
  decisionFitsStage: guard(
    '主席团对已提出的议案可决定列入会议议程、交专门委员会审议或作为建议处理；审议结果报告后可决定列入、不列入会议议程或作为建议处理',
    'on a submitted motion the presidium puts it on the agenda, refers it to a committee or handles it as a suggestion; after the report, it puts it on the agenda or not, or handles it as a suggestion',
    (record, event) =>
      isEventType(event, 'decide') &&
      event.payload !== undefined &&
      DECISIONS_BY_STAGE[record.state]?.includes(event.payload.decision) === true,
    true,
  ),
  committeeNamedWhenReferred: guard(
    '交专门委员会审议须指明专门委员会，其他决定不得指明',
    'a referral names the special committee, and no other decision names one',
    (_record, event) =>
      isEventType(event, 'decide') &&
      event.payload !== undefined &&
      (event.payload.decision === 'referToCommittee') === (event.payload.committeeId !== undefined),
    true,
  ),
  isReviewingCommittee: guard(
    '只有受托审议的专门委员会可以提出审议结果报告',
    'only the special committee the motion was referred to may report on it',
    (record, event) => record.review?.committeeId === event.actor.id,
  ),
  noPendingWithdrawal: guard(
    '撤回要求尚待主席团决定',
    'a request to withdraw awaits the presidium’s decision',
    (record) => pendingWithdrawalOf(record) === undefined,
  ),
  pendingWithdrawal: guard(
    '没有待决定的撤回要求',
    'there is no request to withdraw awaiting a decision',
    (record) => pendingWithdrawalOf(record) !== undefined,
  ),
  notConvertedYet: guard(
    '该议案已转为建议',
    'the motion has already been turned into a suggestion',
    (record) => record.convertedTo === undefined,
  ),
} satisfies Record<string, Guard>;
