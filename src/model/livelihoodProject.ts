import * as z from 'zod';
import { LIVELIHOOD_BALLOTS } from './livelihoodVote.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { HistoryChainSchema } from './shared/historyChain.js';
import { HistoryEntrySchema } from './shared/historyEntry.js';
import {
  CalendarDaySchema,
  CountSchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import { SatisfactionGradeSchema } from './shared/satisfaction.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The stages of a livelihood project (民生实事项目阶段): a candidate (候选项目), short-listed
 * (初定), selected by the deputies' vote (票决入选), not selected (未入选), in progress (实施中),
 * completed (已完成), or rated at year end (已测评); then, added for the livelihood workflow,
 * deliberated (已审议), under rectification after a dissatisfied rating (整改中), and failed
 * (测评不合格).
 *
 * @remarks New stages are added at the end, so a stored stage keeps its meaning.
 *
 * @example
 * ```ts
 * import { LIVELIHOOD_PROJECT_STAGES } from 'renda';
 *
 * console.log(LIVELIHOOD_PROJECT_STAGES.includes('selected')); // true
 * ```
 * @category Models
 */
export const LIVELIHOOD_PROJECT_STAGES = [
  'candidate',
  'shortlisted',
  'selected',
  'notSelected',
  'inProgress',
  'completed',
  'evaluated',
  'deliberated',
  'rectifying',
  'failed',
] as const;

/**
 * Where a livelihood project candidate came from (征集来源): the deputies (代表提出), the
 * constituents (群众征集), or the government (政府提出).
 *
 * @example
 * ```ts
 * import { LIVELIHOOD_PROJECT_SOURCES } from 'renda';
 *
 * console.log(LIVELIHOOD_PROJECT_SOURCES); // ['deputies', 'constituents', 'government']
 * ```
 * @category Models
 */
export const LIVELIHOOD_PROJECT_SOURCES = ['deputies', 'constituents', 'government'] as const;

/**
 * The electorate a share is taken of (表决基数): all members entitled to vote (全体组成人员 /
 * 应到), or those present (实到).
 *
 * @example
 * ```ts
 * import { ELECTORATE_BASES } from 'renda';
 *
 * console.log(ELECTORATE_BASES); // ['allMembers', 'present']
 * ```
 * @category Models
 */
export const ELECTORATE_BASES = ['allMembers', 'present'] as const;

const NoteSchema = /* @__PURE__ */ ShortTextSchema.optional();

/**
 * A livelihood project chosen by the deputies' vote (民生实事项目, 人大代表票决制): the candidate's
 * attributes, the units and leaders responsible, and where it stands.
 *
 * @remarks The votes themselves are {@link LivelihoodVote} records, one per ballot, so a project's
 * selection and its year-end rating can be traced to the ballots.
 * @example
 * ```ts
 * import { LivelihoodProjectSchema } from 'renda';
 *
 * LivelihoodProjectSchema.parse({
 *   id: 'P-2025-03',
 *   year: 2025,
 *   title: '农村公路提档升级',
 *   investment: 3200,
 *   responsibleUnitIds: ['U-TRANSPORT'],
 *   completionDay: '2025-12-31',
 *   stage: 'candidate',
 * });
 * ```
 * @category Models
 */
export const LivelihoodProjectSchema = /* @__PURE__ */ z.object({
  /** 项目编号. */
  id: IdSchema,
  /** 年度: the year the project is chosen for. */
  year: /* @__PURE__ */ z.number().int().min(1949).max(9999),
  /** 项目名称. */
  title: ShortTextSchema,
  /** 项目内容: the description put before the deputies. */
  description: /* @__PURE__ */ LongTextSchema.optional(),
  /** 投资额 (万元): the planned investment in units of 10,000 yuan. */
  investment: /* @__PURE__ */ z.number().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  /** 责任单位: the units responsible for delivering it (may be empty for a candidate). */
  responsibleUnitIds: /* @__PURE__ */ z.array(IdSchema).max(1_000),
  /** 领办领导: the leaders in charge. */
  leaderIds: /* @__PURE__ */ z.array(IdSchema).max(1_000).optional(),
  /** 计划完成日期. */
  completionDay: /* @__PURE__ */ CalendarDaySchema.optional(),
  /** 项目阶段, one of {@link LIVELIHOOD_PROJECT_STAGES}. */
  stage: /* @__PURE__ */ z.enum(LIVELIHOOD_PROJECT_STAGES),
  // Added for the livelihood workflow, at the end and optional, so stored projects still parse.
  /** 行政区划: the county or township whose congress votes on it (for 全覆盖). */
  jurisdictionId: /* @__PURE__ */ IdSchema.optional(),
  /** 征集来源, one of {@link LIVELIHOOD_PROJECT_SOURCES}. */
  source: /* @__PURE__ */ z.enum(LIVELIHOOD_PROJECT_SOURCES).optional(),
  /** 征集时间: when the candidate was registered. */
  collectedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 规则版本: the livelihood policy's `id@version`. */
  rulesVersion: /* @__PURE__ */ RulesVersionSchema.optional(),
  /** 流程状态: the workflow's state, one of the stages; `stage` always equals it. */
  state: /* @__PURE__ */ z.enum(LIVELIHOOD_PROJECT_STAGES).optional(),
  /** 票决结果: this project's counts and rank in the congress's vote. */
  vote: /* @__PURE__ */ z
    .object({
      /** 登记时间. */
      at: IsoTimestampSchema,
      /** 票决编号: the session vote, when the app keeps one. */
      voteId: /* @__PURE__ */ IdSchema.optional(),
      /** 投票方式. */
      ballot: /* @__PURE__ */ z.enum(LIVELIHOOD_BALLOTS),
      /** 应到人数. */
      members: CountSchema,
      /** 实到人数. */
      present: CountSchema,
      /** 赞成票数 (ranked ballots: placed within the places to fill). */
      votesFor: CountSchema,
      /** 反对票数. */
      against: CountSchema,
      /** 弃权票数. */
      abstain: CountSchema,
      /** 排序得分 (ranked ballots). */
      points: /* @__PURE__ */ CountSchema.optional(),
      /** 排序名次 (1 = first). */
      rank: /* @__PURE__ */ z.number().int().min(1).max(10_000).optional(),
      /** 是否票决入选. */
      adopted: /* @__PURE__ */ z.boolean(),
    })
    .optional(),
  /** 实施节点: the milestones set for the implementation. */
  milestones: /* @__PURE__ */ z
    .array(
      z.object({
        id: IdSchema,
        title: ShortTextSchema,
        dueDay: CalendarDaySchema,
        /** 完成时间: when a progress report marked it reached. */
        reachedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
      }),
    )
    .max(1_000)
    .optional(),
  /** 进展报告: the responsible unit's progress reports. */
  progressReports: /* @__PURE__ */ z
    .array(
      z.object({
        at: IsoTimestampSchema,
        unitId: IdSchema,
        /** 完成进度 (%). */
        percent: /* @__PURE__ */ z.number().int().min(0).max(100),
        note: NoteSchema,
        milestoneIds: /* @__PURE__ */ z.array(IdSchema).max(1_000).optional(),
      }),
    )
    .max(10_000)
    .optional(),
  /** 监督活动: inspections, research and other supervision by the congress and its deputies. */
  supervisions: /* @__PURE__ */ z
    .array(z.object({ at: IsoTimestampSchema, by: IdSchema, note: NoteSchema }))
    .max(10_000)
    .optional(),
  /** 完成时间. */
  completedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
  /** 年终测评: each year-end (or re-) evaluation with its counts and frozen rating. */
  evaluations: /* @__PURE__ */ z
    .array(
      z.object({
        round: /* @__PURE__ */ z.number().int().min(1).max(100),
        at: IsoTimestampSchema,
        members: CountSchema,
        present: CountSchema,
        satisfied: CountSchema,
        basicallySatisfied: CountSchema,
        dissatisfied: CountSchema,
        /** 表决基数: the electorate the rule's shares were taken of. */
        electorate: /* @__PURE__ */ z.enum(ELECTORATE_BASES),
        /** 测评结果, classified by the policy's rule when it happened. */
        rating: SatisfactionGradeSchema,
      }),
    )
    .max(100)
    .optional(),
  /** 历史记录: every accepted event of the workflow, oldest first. */
  history: /* @__PURE__ */ z.array(HistoryEntrySchema).max(10_000).optional(),
  /** 历史记录哈希链: the digests sealing the history (see `sealHistory`); absent until sealed. */
  historyChain: /* @__PURE__ */ HistoryChainSchema.optional(),
});

/**
 * A livelihood project (民生实事项目); the type of {@link LivelihoodProjectSchema}.
 *
 * @example
 * ```ts
 * import type { LivelihoodProject } from 'renda';
 *
 * const project: LivelihoodProject = {
 *   id: 'P-1',
 *   year: 2024,
 *   title: '老旧小区加装电梯',
 *   responsibleUnitIds: ['U-HOUSING'],
 *   stage: 'inProgress',
 * };
 * ```
 * @category Models
 */
export interface LivelihoodProject extends z.infer<typeof LivelihoodProjectSchema> {}

/**
 * The input accepted by {@link LivelihoodProjectSchema} (民生实事项目输入).
 *
 * @example
 * ```ts
 * import type { LivelihoodProjectInput } from 'renda';
 *
 * const input: LivelihoodProjectInput = {
 *   id: 'P-2',
 *   year: 2025,
 *   title: '社区食堂建设',
 *   responsibleUnitIds: [],
 *   stage: 'candidate',
 * };
 * ```
 * @category Models
 */
export interface LivelihoodProjectInput extends z.input<typeof LivelihoodProjectSchema> {}

/**
 * The Chinese and English names of the livelihood project's fields (民生实事项目字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { livelihoodProjectFieldNames } from 'renda';
 *
 * console.log(livelihoodProjectFieldNames.investment?.['zh-Hans']); // '投资额（万元）'
 * ```
 * @category Validation
 */
export const livelihoodProjectFieldNames: FieldNames = {
  year: { 'zh-Hans': '年度', en: 'year' },
  title: { 'zh-Hans': '项目名称', en: 'project name' },
  description: { 'zh-Hans': '项目内容', en: 'description' },
  investment: { 'zh-Hans': '投资额（万元）', en: 'investment (10,000 yuan)' },
  responsibleUnitIds: { 'zh-Hans': '责任单位', en: 'responsible units' },
  leaderIds: { 'zh-Hans': '领办领导', en: 'leaders in charge' },
  completionDay: { 'zh-Hans': '计划完成日期', en: 'planned completion day' },
  stage: { 'zh-Hans': '项目阶段', en: 'stage' },
  jurisdictionId: { 'zh-Hans': '行政区划', en: 'jurisdiction' },
  source: { 'zh-Hans': '征集来源', en: 'source' },
  collectedAt: { 'zh-Hans': '征集时间', en: 'time collected' },
  rulesVersion: { 'zh-Hans': '规则版本', en: 'rules version' },
  state: { 'zh-Hans': '流程状态', en: 'state' },
  vote: { 'zh-Hans': '票决结果', en: 'vote' },
  members: { 'zh-Hans': '应到人数', en: 'members' },
  present: { 'zh-Hans': '实到人数', en: 'members present' },
  votesFor: { 'zh-Hans': '赞成票数', en: 'votes for' },
  against: { 'zh-Hans': '反对票数', en: 'votes against' },
  abstain: { 'zh-Hans': '弃权票数', en: 'abstentions' },
  milestones: { 'zh-Hans': '实施节点', en: 'milestones' },
  progressReports: { 'zh-Hans': '进展报告', en: 'progress reports' },
  percent: { 'zh-Hans': '完成进度', en: 'percent done' },
  supervisions: { 'zh-Hans': '监督活动', en: 'supervisions' },
  evaluations: { 'zh-Hans': '年终测评', en: 'year-end evaluations' },
  rating: { 'zh-Hans': '测评结果', en: 'rating' },
};

const parsers = /* @__PURE__ */ createParsers(
  LivelihoodProjectSchema,
  { id: 'LivelihoodProject', 'zh-Hans': '民生实事项目', en: 'Livelihood project' },
  livelihoodProjectFieldNames,
);

/**
 * Validates a livelihood project (民生实事项目), throwing a {@link RendaError} that names the field
 * on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The project, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseLivelihoodProject } from 'renda';
 *
 * const project = parseLivelihoodProject({
 *   id: 'P-1', year: 2025, title: '农村公路提档升级', responsibleUnitIds: [], stage: 'candidate',
 * });
 * console.log(project.stage); // 'candidate'
 * ```
 * @category Validation
 */
export const parseLivelihoodProject: (input: unknown) => LivelihoodProject = parsers.parse;

/**
 * Validates a livelihood project (民生实事项目) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseLivelihoodProject } from 'renda';
 *
 * const result = safeParseLivelihoodProject({
 *   id: 'P-1', year: 2025, title: '农村公路', responsibleUnitIds: [], stage: 'approved',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'INVALID_VALUE'
 * ```
 * @category Validation
 */
export const safeParseLivelihoodProject: (
  input: unknown,
) => Result<LivelihoodProject, ValidationError> = parsers.safeParse;
