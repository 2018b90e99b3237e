import * as z from 'zod';
import { LIVELIHOOD_BALLOTS } from '../../model/livelihoodVote.js';
import type { FieldNames } from '../../model/shared/fieldNames.js';
import {
  CalendarDaySchema,
  CountSchema,
  IdSchema,
  ShortTextSchema,
} from '../../model/shared/primitives.js';

// The payload schemas of the livelihood workflow's events: strict at every depth (an unknown key
// is refused by name) and idempotent (replay parses stored payloads again).

const noteOnly = () => z.strictObject({ note: ShortTextSchema.optional() }).optional();

export const shortlistPayload = /* @__PURE__ */ noteOnly();

export const dropPayload = /* @__PURE__ */ z.strictObject({ reason: ShortTextSchema });

export const deliberatePayload = /* @__PURE__ */ noteOnly();

export const recordVotePayload = /* @__PURE__ */ z.strictObject({
  voteId: /* @__PURE__ */ IdSchema.optional(),
  ballot: /* @__PURE__ */ z.enum(LIVELIHOOD_BALLOTS),
  members: /* @__PURE__ */ CountSchema.min(1),
  present: CountSchema,
  votesFor: CountSchema,
  against: /* @__PURE__ */ CountSchema.optional(),
  abstain: /* @__PURE__ */ CountSchema.optional(),
  points: /* @__PURE__ */ CountSchema.optional(),
  rank: /* @__PURE__ */ z.number().int().min(1).max(10_000).optional(),
  adopted: /* @__PURE__ */ z.boolean(),
});

export const addMilestonePayload = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  title: ShortTextSchema,
  dueDay: CalendarDaySchema,
});

export const reportProgressPayload = /* @__PURE__ */ z.strictObject({
  percent: /* @__PURE__ */ z.number().int().min(0).max(100),
  note: /* @__PURE__ */ ShortTextSchema.optional(),
  milestoneIds: /* @__PURE__ */ z.array(IdSchema).min(1).max(1_000).optional(),
});

export const supervisePayload = /* @__PURE__ */ noteOnly();

export const completePayload = /* @__PURE__ */ noteOnly();

export const evaluatePayload = /* @__PURE__ */ z.strictObject({
  members: /* @__PURE__ */ CountSchema.min(1),
  present: CountSchema,
  satisfied: CountSchema,
  basicallySatisfied: CountSchema,
  dissatisfied: CountSchema,
});

/**
 * The livelihood workflow's events, each mapped to its payload schema (`undefined`: no payload)
 * (民生实事项目事件及其内容). {@link LivelihoodEvent} and the typed event argument of `transition`
 * are built from it.
 *
 * @example
 * ```ts
 * import type * as z from 'zod';
 * import type { LivelihoodEventPayloads } from 'renda';
 *
 * const evaluate: z.input<LivelihoodEventPayloads['evaluate']> = {
 *   members: 29, present: 29, satisfied: 20, basicallySatisfied: 8, dissatisfied: 1,
 * };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodEventPayloads {
  readonly shortlist: typeof shortlistPayload;
  readonly drop: typeof dropPayload;
  readonly deliberate: typeof deliberatePayload;
  readonly recordVote: typeof recordVotePayload;
  readonly addMilestone: typeof addMilestonePayload;
  readonly reportProgress: typeof reportProgressPayload;
  readonly supervise: typeof supervisePayload;
  readonly complete: typeof completePayload;
  readonly evaluate: typeof evaluatePayload;
}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** The names of the payload fields, for errors that name the field. */
export const livelihoodPayloadFieldNames: FieldNames = {
  note: name('说明', 'note'),
  reason: name('理由', 'reason'),
  voteId: name('票决编号', 'vote'),
  ballot: name('投票方式', 'ballot'),
  members: name('应到人数', 'members'),
  present: name('实到人数', 'members present'),
  votesFor: name('赞成票数', 'votes for'),
  against: name('反对票数', 'votes against'),
  abstain: name('弃权票数', 'abstentions'),
  points: name('排序得分', 'points'),
  rank: name('排序名次', 'rank'),
  adopted: name('是否入选', 'adopted'),
  id: name('节点编号', 'milestone id'),
  title: name('节点名称', 'milestone'),
  dueDay: name('计划完成日期', 'due day'),
  percent: name('完成进度', 'percent done'),
  milestoneIds: name('完成节点', 'milestones reached'),
  satisfied: name('满意票数', 'satisfied votes'),
  basicallySatisfied: name('基本满意票数', 'basically satisfied votes'),
  dissatisfied: name('不满意票数', 'dissatisfied votes'),
};
