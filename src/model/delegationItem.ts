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
import { DECISIONS } from './suggestionParts.js';

/**
 * The states of a delegation item (代表团建议状态): a draft (草稿, also where a refused draft goes
 * back for revision), awaiting the head's approval (报团长审定), awaiting every member's consent
 * (征求全体代表意见), submitted in the delegation's name (以代表团名义提出), abandoned (不再提出).
 *
 * @example
 * ```ts
 * import { DELEGATION_ITEM_STATES } from 'renda';
 *
 * console.log(DELEGATION_ITEM_STATES.includes('awaitingConsent')); // true
 * ```
 * @category Models
 */
export const DELEGATION_ITEM_STATES = [
  'draft',
  'awaitingApproval',
  'awaitingConsent',
  'submitted',
  'abandoned',
] as const;

/**
 * The schema of {@link DELEGATION_ITEM_STATES}.
 *
 * @example
 * ```ts
 * import { DelegationItemStateSchema } from 'renda';
 *
 * console.log(DelegationItemStateSchema.safeParse('awaitingApproval').success); // true
 * ```
 * @category Models
 */
export const DelegationItemStateSchema = /* @__PURE__ */ z.enum(DELEGATION_ITEM_STATES);

/**
 * One of {@link DELEGATION_ITEM_STATES}.
 *
 * @example
 * ```ts
 * import type { DelegationItemState } from 'renda';
 *
 * const state: DelegationItemState = 'awaitingConsent';
 * ```
 * @category Models
 */
export type DelegationItemState = (typeof DELEGATION_ITEM_STATES)[number];

/**
 * A member's answer when the delegation asks every member about a draft (代表意见): consents
 * (同意以代表团名义提出) or refuses (不同意).
 *
 * @example
 * ```ts
 * import { CONSENT_DECISIONS } from 'renda';
 *
 * console.log(CONSENT_DECISIONS); // ['consented', 'refused']
 * ```
 * @category Models
 */
export const CONSENT_DECISIONS = ['consented', 'refused'] as const;

/**
 * One of {@link CONSENT_DECISIONS}.
 *
 * @example
 * ```ts
 * import type { ConsentDecision } from 'renda';
 *
 * const answer: ConsentDecision = 'consented';
 * ```
 * @category Models
 */
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/**
 * A delegation item (代表团建议, also 全团建议): a suggestion a delegation (代表团) drafts from the
 * clues its members collect (线索), its head (团长) approves, every member consents to, and which
 * is then submitted in the delegation's name, with its whole record and the history of every
 * event.
 *
 * @remarks
 * Records are created by `safeCreateDelegationItem` and changed only by the delegation-item
 * workflow (`delegationItemWorkflow`). `members` are the delegation's deputies when the draft is
 * made, the head among them. Each time the draft goes to the head is a round (`round`: 0 in the
 * first draft); the head's answers (`approvals`) and the members' (`consents`) carry their round,
 * so a revised draft asks everyone again and earlier answers stay on the record. Once submitted,
 * `suggestionId` names the suggestion record made from it. The schema checks the shape, that the
 * head is a member and that no member is listed twice; the workflow's guards check who may act.
 * @example
 * ```ts
 * import { DelegationItemSchema } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * console.log(DelegationItemSchema.safeParse(items[0]).success); // true
 * ```
 * @category Models
 */
export const DelegationItemSchema = /* @__PURE__ */ z
  .object({
    /** 建议编号 (internal id of the draft). */
    id: IdSchema,
    /** 所属人大 (level, 届次). */
    congress: CongressSchema,
    /** 会次: the session it is drafted for. */
    session: /* @__PURE__ */ z.number().int().min(1).max(20).optional(),
    /** 代表团. */
    delegationId: IdSchema,
    /** 标题. */
    title: ShortTextSchema,
    /** 正文: what the delegation proposes. */
    content: /* @__PURE__ */ LongTextSchema.optional(),
    /** 内容分类. */
    topic: /* @__PURE__ */ ShortTextSchema.optional(),
    /** 团长: the deputy who heads the delegation and approves the draft. */
    headId: IdSchema,
    /** 全体代表: the delegation's deputies when the draft is made, the head among them. */
    members: /* @__PURE__ */ z.array(IdSchema).min(1).max(3000),
    /** 状态. */
    state: DelegationItemStateSchema,
    /** 创建时间. */
    createdAt: IsoTimestampSchema,
    /** 轮次: how many times the draft has gone to the head (0: not yet). */
    round: CountSchema,
    /** 线索, oldest first: what members and the office collected for the draft. */
    clues: /* @__PURE__ */ z.array(
      z.object({
        /** 收集时间. */
        at: IsoTimestampSchema,
        /** 线索来源: e.g. a member, a constituent's letter, an inspection. */
        source: ShortTextSchema,
        /** 线索内容. */
        text: ShortTextSchema,
      }),
    ),
    /** 团长审定, oldest first: one per round that reached the head. */
    approvals: /* @__PURE__ */ z.array(
      z.object({
        /** 轮次. */
        round: CountSchema,
        /** 审定时间. */
        at: IsoTimestampSchema,
        /** 团长. */
        by: IdSchema,
        /** 审定意见: approved (同意) or refused (不同意). */
        decision: /* @__PURE__ */ z.enum(DECISIONS),
        /** 意见说明. */
        note: /* @__PURE__ */ ShortTextSchema.optional(),
      }),
    ),
    /** 代表意见, oldest first: each member's answer, at most one per member and round. */
    consents: /* @__PURE__ */ z.array(
      z.object({
        /** 轮次. */
        round: CountSchema,
        /** 代表. */
        deputyId: IdSchema,
        /** 表态时间. */
        at: IsoTimestampSchema,
        /** 意见: consented (同意) or refused (不同意). */
        decision: /* @__PURE__ */ z.enum(CONSENT_DECISIONS),
        /** 意见说明. */
        note: /* @__PURE__ */ ShortTextSchema.optional(),
      }),
    ),
    /** 提出时间: when it was submitted in the delegation's name. */
    submittedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
    /** 建议编号: the suggestion record made from it. */
    suggestionId: /* @__PURE__ */ IdSchema.optional(),
    /** 不再提出: when and why the delegation gave it up. */
    abandoned: /* @__PURE__ */ z
      .object({
        /** 时间. */
        at: IsoTimestampSchema,
        /** 理由. */
        reason: /* @__PURE__ */ ShortTextSchema.optional(),
      })
      .optional(),
    /** 历史记录. */
    history: /* @__PURE__ */ z.array(HistoryEntrySchema),
    /** 历史记录哈希链: the digests sealing the history (see `sealHistory`); absent until sealed. */
    historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
  })
  .check((ctx) => {
    const { members, headId } = ctx.value;
    if (!members.includes(headId)) {
      ctx.issues.push({
        code: 'custom',
        input: headId,
        path: ['headId'],
        params: {
          code: 'HEAD_NOT_A_MEMBER',
          zh: '团长须为代表团成员',
          en: 'the head must be one of the members',
        },
      });
    }
    const seen = new Set<string>();
    members.forEach((deputyId, i) => {
      if (seen.has(deputyId)) {
        ctx.issues.push({
          code: 'custom',
          input: deputyId,
          path: ['members', i],
          params: {
            code: 'DUPLICATE_MEMBER',
            zh: '同一代表不得重复列入',
            en: 'the same deputy cannot be listed twice',
          },
        });
      }
      seen.add(deputyId);
    });
  });

/**
 * A delegation item record; the type of {@link DelegationItemSchema}.
 *
 * @example
 * ```ts
 * import type { DelegationItem } from 'renda';
 *
 * const memberCount = (item: DelegationItem) => item.members.length;
 * ```
 * @category Models
 */
export interface DelegationItem extends z.infer<typeof DelegationItemSchema> {}

/**
 * The input accepted by {@link DelegationItemSchema} (timestamps may carry any offset).
 *
 * @example
 * ```ts
 * import type { DelegationItemInput } from 'renda';
 *
 * const title: DelegationItemInput['title'] = '关于支持湘江流域综合治理的建议';
 * ```
 * @category Models
 */
export interface DelegationItemInput extends z.input<typeof DelegationItemSchema> {}

const name = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/**
 * The Chinese and English names of the delegation item's fields (代表团建议字段名称).
 *
 * @example
 * ```ts
 * import { delegationItemFieldNames } from 'renda';
 *
 * console.log(delegationItemFieldNames.headId?.['zh-Hans']); // '团长'
 * ```
 * @category Validation
 */
export const delegationItemFieldNames: FieldNames = {
  session: name('会次', 'session'),
  delegationId: name('代表团', 'delegation'),
  title: name('标题', 'title'),
  content: name('正文', 'content'),
  topic: name('内容分类', 'topic'),
  headId: name('团长', 'delegation head'),
  members: name('全体代表', 'members'),
  createdAt: name('创建时间', 'created at'),
  round: name('轮次', 'round'),
  clues: name('线索', 'clues'),
  source: name('线索来源', 'source'),
  text: name('线索内容', 'clue'),
  approvals: name('团长审定', 'head’s approvals'),
  by: name('团长', 'delegation head'),
  decision: name('意见', 'decision'),
  note: name('意见说明', 'note'),
  consents: name('代表意见', 'members’ answers'),
  deputyId: name('代表', 'deputy'),
  submittedAt: name('提出时间', 'submitted at'),
  suggestionId: name('建议编号', 'suggestion'),
  abandoned: name('不再提出', 'abandoned'),
  reason: name('理由', 'reason'),
};

const parsers = /* @__PURE__ */ createParsers(
  DelegationItemSchema,
  { id: 'DelegationItem', 'zh-Hans': '代表团建议', en: 'Delegation item' },
  delegationItemFieldNames,
);

/**
 * Validates a delegation item record, throwing a {@link RendaError} that names the field on bad
 * input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The item, unknown keys stripped, timestamps canonical, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseDelegationItem } from 'renda';
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items } = generateDelegationItemSample({ seed: 1 });
 * const item = parseDelegationItem(JSON.parse(JSON.stringify(items[0])));
 * console.log(item.id === items[0]?.id); // true
 * ```
 * @category Validation
 */
export const parseDelegationItem: (input: unknown) => DelegationItem = parsers.parse;

/**
 * Validates a delegation item record without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseDelegationItem } from 'renda';
 *
 * const result = safeParseDelegationItem({ id: 'DI-1', members: [] });
 * if (!result.ok) console.log(result.error.issues.length > 0); // true
 * ```
 * @category Validation
 */
export const safeParseDelegationItem: (input: unknown) => Result<DelegationItem, ValidationError> =
  parsers.safeParse;
