import * as z from 'zod';
import { CongressSchema } from './shared/congress.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { HistoryChainSchema } from './shared/historyChain.js';
import { HistoryEntrySchema } from './shared/historyEntry.js';
import {
  CountSchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';
import { DECISIONS, ProposerSchema } from './suggestionParts.js';

/**
 * The states of a motion (议案状态): drafted, submitted to the presidium, under a special
 * committee's review, reviewed (the report is in), put on the session's agenda, adopted or not
 * in the vote, not put on the agenda, handled as a suggestion, withdrawn.
 *
 * @example
 * ```ts
 * import { MOTION_STATES } from 'renda';
 *
 * console.log(MOTION_STATES.includes('handledAsSuggestion')); // true
 * ```
 * @category Models
 */
export const MOTION_STATES = [
  'draft',
  'submitted',
  'underReview',
  'reviewed',
  'onAgenda',
  'adopted',
  'notAdopted',
  'notOnAgenda',
  'handledAsSuggestion',
  'withdrawn',
] as const;

/**
 * The schema of {@link MOTION_STATES}.
 *
 * @example
 * ```ts
 * import { MotionStateSchema } from 'renda';
 *
 * console.log(MotionStateSchema.safeParse('onAgenda').success); // true
 * ```
 * @category Models
 */
export const MotionStateSchema = /* @__PURE__ */ z.enum(MOTION_STATES);

/**
 * One of {@link MOTION_STATES}.
 *
 * @example
 * ```ts
 * import type { MotionState } from 'renda';
 *
 * const state: MotionState = 'underReview';
 * ```
 * @category Models
 */
export type MotionState = (typeof MOTION_STATES)[number];

/**
 * What the presidium (主席团) decides on a motion (主席团决定): put it on the session's agenda
 * (列入会议议程), refer it to a special committee for review (交专门委员会审议), handle it as a
 * suggestion (作为建议处理) and, only after the committee's report, not put it on the agenda
 * (不列入会议议程).
 *
 * @remarks The first three are the presidium's three decisions on a submitted motion; after a
 * committee's report the presidium decides again, between the agenda, not the agenda and a
 * suggestion.
 * @example
 * ```ts
 * import { MOTION_DECISIONS } from 'renda';
 *
 * console.log(MOTION_DECISIONS[0]); // 'putOnAgenda'
 * ```
 * @category Models
 */
export const MOTION_DECISIONS = [
  'putOnAgenda',
  'referToCommittee',
  'handleAsSuggestion',
  'notOnAgenda',
] as const;

/**
 * One of {@link MOTION_DECISIONS}.
 *
 * @example
 * ```ts
 * import type { MotionDecision } from 'renda';
 *
 * const decision: MotionDecision = 'referToCommittee';
 * ```
 * @category Models
 */
export type MotionDecision = (typeof MOTION_DECISIONS)[number];

/**
 * What a special committee's review report recommends (审议结果报告的意见): put the motion on the
 * agenda (建议列入会议议程) or not (建议不列入会议议程).
 *
 * @example
 * ```ts
 * import { REVIEW_RECOMMENDATIONS } from 'renda';
 *
 * console.log(REVIEW_RECOMMENDATIONS); // ['putOnAgenda', 'notOnAgenda']
 * ```
 * @category Models
 */
export const REVIEW_RECOMMENDATIONS = ['putOnAgenda', 'notOnAgenda'] as const;

/**
 * The results of the vote on a motion on the agenda (表决结果): adopted (通过) or not (未通过).
 *
 * @example
 * ```ts
 * import { VOTE_RESULTS } from 'renda';
 *
 * console.log(VOTE_RESULTS); // ['adopted', 'notAdopted']
 * ```
 * @category Models
 */
export const VOTE_RESULTS = ['adopted', 'notAdopted'] as const;

/**
 * A motion (议案) submitted by deputies (代表联名) or a delegation (代表团) to a session of a
 * people's congress, with its whole record: grounds, basis and proposed solution (案由、案据、
 * 方案), the presidium's decisions, the special committee's review and report, requests to
 * withdraw it, the vote, its conversion to a suggestion and the history of every event.
 *
 * @remarks
 * Records are created by `safeCreateMotion` and changed only by the motion workflow
 * (`motionWorkflow`). The schema checks the shape and that there is exactly one lead proposer and
 * no deputy twice; the workflow's guards check the rest (the threshold, the three required parts,
 * who may act).
 * @example
 * ```ts
 * import { MotionSchema } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * console.log(MotionSchema.safeParse(motions[0]).success); // true
 * ```
 * @category Models
 */
export const MotionSchema = /* @__PURE__ */ z
  .object({
    /** 议案编号 (internal id). */
    id: IdSchema,
    /** 所属人大 (level, 届次). */
    congress: CongressSchema,
    /** 会次: the session it is submitted to. */
    session: /* @__PURE__ */ z.number().int().min(1).max(20).optional(),
    /** 标题. */
    title: ShortTextSchema,
    /** 案由: what the motion is about and why. */
    grounds: /* @__PURE__ */ LongTextSchema.optional(),
    /** 案据: the facts and the legal basis. */
    basis: /* @__PURE__ */ LongTextSchema.optional(),
    /** 方案: the proposed solution. */
    solution: /* @__PURE__ */ LongTextSchema.optional(),
    /** 内容分类. */
    topic: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 提出人: one lead (领衔) and the co-signers (附议). */
    proposers: /* @__PURE__ */ z.array(ProposerSchema).min(1).max(3000),
    /** 代表团: set when a delegation submits it. */
    delegationId: /* @__PURE__ */ IdSchema.optional(),
    /** 状态. */
    state: MotionStateSchema,
    /** 创建时间. */
    createdAt: IsoTimestampSchema,
    /** 提出时间. */
    submittedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /** 主席团决定, oldest first: the first decision, then the decision on the report. */
    decisions: /* @__PURE__ */ z.array(
      z.object({
        /** 决定时间. */
        at: IsoTimestampSchema,
        /** 决定. */
        decision: /* @__PURE__ */ z.enum(MOTION_DECISIONS),
        /** 审议的专门委员会 (referToCommittee). */
        committeeId: /* @__PURE__ */ IdSchema.optional(),
      }),
    ),
    /** 专门委员会审议. */
    review: /* @__PURE__ */ z
      .object({
        /** 专门委员会. */
        committeeId: IdSchema,
        /** 交付审议时间. */
        referredAt: IsoTimestampSchema,
        /** 审议结果报告. */
        report: /* @__PURE__ */ z
          .object({
            /** 报告时间. */
            at: IsoTimestampSchema,
            /** 报告意见. */
            recommendation: /* @__PURE__ */ z.enum(REVIEW_RECOMMENDATIONS),
            /** 报告正文. */
            content: /* @__PURE__ */ LongTextSchema.optional(),
          })
          .optional(),
      })
      .optional(),
    /** 撤回要求, oldest first, each with the presidium's decision once made. */
    withdrawalRequests: /* @__PURE__ */ z.array(
      z.object({
        /** 要求时间. */
        at: IsoTimestampSchema,
        /** 撤回理由. */
        reason: /* @__PURE__ */ ShortTextSchema.optional(),
        /** 主席团意见: approved (同意) or refused (不同意). */
        decision: /* @__PURE__ */ z.enum(DECISIONS).optional(),
        /** 决定时间. */
        decidedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
      }),
    ),
    /** 表决. */
    vote: /* @__PURE__ */ z
      .object({
        /** 表决时间. */
        at: IsoTimestampSchema,
        /** 表决结果. */
        result: /* @__PURE__ */ z.enum(VOTE_RESULTS),
        /** 赞成票. */
        for: /* @__PURE__ */ CountSchema.optional(),
        /** 反对票. */
        against: /* @__PURE__ */ CountSchema.optional(),
        /** 弃权票. */
        abstain: /* @__PURE__ */ CountSchema.optional(),
      })
      .optional(),
    /** 转为建议: the suggestion record made from it (作为建议处理). */
    convertedTo: /* @__PURE__ */ z
      .object({
        /** 建议编号. */
        suggestionId: IdSchema,
        /** 转为建议的时间. */
        at: IsoTimestampSchema,
      })
      .optional(),
    /** 历史记录. */
    history: /* @__PURE__ */ z.array(HistoryEntrySchema),
    /** 历史记录哈希链: the digests sealing the history (see `sealHistory`); absent until sealed. */
    historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
  })
  .check((ctx) => {
    const leads = ctx.value.proposers.filter((p) => p.role === 'lead').length;
    if (leads !== 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.proposers,
        path: ['proposers'],
        params: {
          code: 'ONE_LEAD_PROPOSER',
          zh: `必须有且只有一名领衔代表（现有 ${leads} 名）`,
          en: `must have exactly one lead proposer (has ${leads})`,
        },
      });
    }
    const seen = new Set<string>();
    ctx.value.proposers.forEach((p, i) => {
      if (seen.has(p.deputyId)) {
        ctx.issues.push({
          code: 'custom',
          input: p.deputyId,
          path: ['proposers', i, 'deputyId'],
          params: {
            code: 'DUPLICATE_PROPOSER',
            zh: '同一代表不得重复联名',
            en: 'the same deputy cannot sign twice',
          },
        });
      }
      seen.add(p.deputyId);
    });
  });

/**
 * A motion record; the type of {@link MotionSchema}.
 *
 * @example
 * ```ts
 * import type { Motion } from 'renda';
 *
 * const signers = (m: Motion) => m.proposers.length;
 * ```
 * @category Models
 */
export interface Motion extends z.infer<typeof MotionSchema> {}

/**
 * The input accepted by {@link MotionSchema} (timestamps may carry any offset).
 *
 * @example
 * ```ts
 * import type { MotionInput } from 'renda';
 *
 * const title: MotionInput['title'] = '关于制定农村道路条例的议案';
 * ```
 * @category Models
 */
export interface MotionInput extends z.input<typeof MotionSchema> {}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/**
 * The Chinese and English names of the motion's fields and parts (议案字段名称).
 *
 * @example
 * ```ts
 * import { motionFieldNames } from 'renda';
 *
 * console.log(motionFieldNames.basis?.['zh-Hans']); // '案据'
 * ```
 * @category Validation
 */
export const motionFieldNames: FieldNames = {
  session: name('会次', 'session'),
  title: name('标题', 'title'),
  grounds: name('案由', 'grounds'),
  basis: name('案据', 'basis'),
  solution: name('方案', 'proposed solution'),
  topic: name('内容分类', 'topic'),
  proposers: name('提出人', 'proposers'),
  deputyId: name('代表', 'deputy'),
  delegationId: name('代表团', 'delegation'),
  createdAt: name('创建时间', 'created at'),
  submittedAt: name('提出时间', 'submitted at'),
  decisions: name('主席团决定', 'presidium decisions'),
  decision: name('决定', 'decision'),
  committeeId: name('专门委员会', 'special committee'),
  review: name('专门委员会审议', 'committee review'),
  referredAt: name('交付审议时间', 'referred at'),
  report: name('审议结果报告', 'review report'),
  recommendation: name('报告意见', 'recommendation'),
  content: name('报告正文', 'report text'),
  withdrawalRequests: name('撤回要求', 'withdrawal requests'),
  reason: name('撤回理由', 'reason for withdrawing'),
  decidedAt: name('决定时间', 'decided at'),
  vote: name('表决', 'vote'),
  result: name('表决结果', 'result'),
  for: name('赞成票', 'votes for'),
  against: name('反对票', 'votes against'),
  abstain: name('弃权票', 'abstentions'),
  convertedTo: name('转为建议', 'converted to suggestion'),
  suggestionId: name('建议编号', 'suggestion'),
};

const parsers = /* @__PURE__ */ createParsers(
  MotionSchema,
  { id: 'Motion', 'zh-Hans': '议案', en: 'Motion' },
  motionFieldNames,
);

/**
 * Validates a motion record, throwing a {@link RendaError} that names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The motion, unknown keys stripped, timestamps canonical, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseMotion } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const motion = parseMotion(JSON.parse(JSON.stringify(motions[0])));
 * console.log(motion.id === motions[0]?.id); // true
 * ```
 * @category Validation
 */
export const parseMotion: (input: unknown) => Motion = parsers.parse;

/**
 * Validates a motion record without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseMotion } from 'renda';
 *
 * const result = safeParseMotion({ id: 'M-1', proposers: [] });
 * if (!result.ok) console.log(result.error.issues.length > 0); // true
 * ```
 * @category Validation
 */
export const safeParseMotion: (input: unknown) => Result<Motion, ValidationError> =
  parsers.safeParse;
