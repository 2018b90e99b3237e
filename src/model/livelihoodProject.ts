import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import {
  CalendarDaySchema,
  IdSchema,
  LongTextSchema,
  ShortTextSchema,
} from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

/**
 * The stages of a livelihood project (民生实事项目阶段): a candidate (候选项目), short-listed
 * (初定), selected by the deputies' vote (票决入选), not selected (未入选), in progress (实施中),
 * completed (已完成), or rated at year end (已测评).
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
] as const;

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
