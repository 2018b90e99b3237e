import * as z from 'zod';
import { dayInZone } from '../../calendar/internal/read.js';
import { isTimeZone } from '../../calendar/internal/timeZone.js';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import { KEY_ITEM_MILESTONE_STATUSES } from '../../model/keyItemPlan.js';
import { LIVELIHOOD_PROJECT_STAGES } from '../../model/livelihoodProject.js';
import { createParsers } from '../../model/shared/createParsers.js';
import { CalendarDaySchema, IdSchema, IsoTimestampSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { SATISFACTION_GRADES, SatisfactionGradeSchema } from '../../model/shared/satisfaction.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { Accumulator } from '../../stats/accumulator.js';
import { categoryCountAccumulator } from '../../stats/categoryCountAccumulator.js';
import { ArgumentChecks, fieldName, guard, safely } from '../../stats/internal/invalidInput.js';
import { readSharesOptions } from '../../stats/internal/sharesOptions.js';
import { rate } from '../../stats/rate.js';
import { shares } from '../../stats/shares.js';
import {
  type AsOf,
  judgeMilestone,
  readAsOf,
  readDueSoonDays,
} from '../../suggestion/keyItems/internal/planReading.js';
import { KEY_ITEM_METRICS } from '../../suggestion/keyItems/keyItemMetrics.js';
import { own } from '../internal/ownKeys.js';
import { isAdopted } from '../rules/adopted.js';
import type {
  LivelihoodStats,
  LivelihoodStatsOptions,
  LivelihoodStatsState,
} from './livelihoodStatsTypes.js';

/** The zone the figures count days in when the options name none. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MODEL = { id: 'LivelihoodStats', 'zh-Hans': '民生实事项目统计', en: 'Livelihood figures' };

// What the figures read of a project, checked by name (a workflow extension's own state is any
// text, so the state is not held to the stages).
const readable = /* @__PURE__ */ createParsers(
  /* @__PURE__ */ z.object({
    id: IdSchema,
    year: /* @__PURE__ */ z.number().int().min(1949).max(9999),
    stage: /* @__PURE__ */ z.string().min(1).max(64),
    state: /* @__PURE__ */ z.string().min(1).max(64).optional(),
    vote: /* @__PURE__ */ z.object({ adopted: /* @__PURE__ */ z.boolean() }).optional(),
    milestones: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          dueDay: CalendarDaySchema,
          reachedAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
        }),
      )
      .max(1_000)
      .optional(),
    evaluations: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.object({ rating: SatisfactionGradeSchema }))
      .max(100)
      .optional(),
  }),
  { id: 'LivelihoodProject', 'zh-Hans': '民生实事项目', en: 'Livelihood project' },
  {
    year: { 'zh-Hans': '年度', en: 'year' },
    stage: { 'zh-Hans': '项目阶段', en: 'stage' },
    vote: { 'zh-Hans': '票决结果', en: 'vote' },
    milestones: { 'zh-Hans': '实施节点', en: 'milestones' },
    dueDay: { 'zh-Hans': '计划完成日期', en: 'due day' },
    reachedAt: { 'zh-Hans': '完成时间', en: 'time reached' },
    evaluations: { 'zh-Hans': '年终测评', en: 'year-end evaluations' },
    rating: { 'zh-Hans': '测评结果', en: 'rating' },
  },
);

// Every count of the state: a key → count object any string may key, merged by sums.
const tally = /* @__PURE__ */ categoryCountAccumulator<string>((key) => key);

const MET: ReadonlySet<string> = new Set(KEY_ITEM_METRICS.milestonesMet.numerator);
const JUDGED: ReadonlySet<string> = new Set(KEY_ITEM_METRICS.milestonesMet.denominator);

interface Context {
  readonly year: number | undefined;
  readonly timeZone: string;
  readonly asOf: AsOf;
  readonly dueSoonDays: number;
  readonly shares: LivelihoodStatsOptions['shares'];
}

/** The options read and checked once, every bad one named. */
function contextOf(options: unknown): Context {
  const checks = new ArgumentChecks(MODEL.id);
  const given = checks.options<LivelihoodStatsOptions>(options, 'options', '统计选项', false);
  const year = checks.count('year', '年度', given.year, 0, 1949, 9999);
  const timeZone = given.timeZone ?? DEFAULT_TIME_ZONE;
  let asOf: AsOf | undefined;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    checks.issues.push({
      code: 'INVALID_TIME_ZONE',
      path: ['timeZone'],
      field: fieldName('时区', 'time zone'),
      message: {
        'zh-Hans': `时区须为运行环境已知的 IANA 时区，收到 ${quote(timeZone)}`,
        en: `the time zone must be an IANA zone the runtime knows, got ${quote(timeZone)}`,
      },
    });
  } else {
    asOf = readAsOf(given.asOf, timeZone, checks);
  }
  const dueSoonDays = readDueSoonDays(given, checks);
  readSharesOptions(checks, given.shares, ['shares']);
  checks.done();
  return {
    year: given.year === undefined ? undefined : year,
    timeZone,
    asOf: asOf as AsOf,
    dueSoonDays,
    shares: given.shares,
  };
}

function initState(): LivelihoodStatsState {
  return {
    n: 0,
    adopted: 0,
    stages: tally.init(),
    milestones: tally.init(),
    judged: 0,
    onSchedule: 0,
    behind: [],
    ratings: tally.init(),
  };
}

function makeStep(ctx: Context) {
  return (state: LivelihoodStatsState, record: unknown): LivelihoodStatsState => {
    const project = readable.parse(record);
    if (ctx.year !== undefined && project.year !== ctx.year) return state;
    state.n += 1;
    if (isAdopted(project)) state.adopted += 1;
    tally.step(state.stages, project.state ?? project.stage);
    let judged = false;
    let overdue = false;
    for (const milestone of project.milestones ?? []) {
      const { dueDay, reachedAt } = milestone;
      // The key-item plan's one rule: met on time, met late, overdue, due soon or upcoming.
      const { status } =
        reachedAt === undefined
          ? judgeMilestone({ dueDay }, undefined, ctx.asOf, ctx.dueSoonDays)
          : judgeMilestone(
              { dueDay, doneAt: reachedAt },
              dayInZone(reachedAt, ctx.timeZone, 'reachedAt'),
              ctx.asOf,
              ctx.dueSoonDays,
            );
      tally.step(state.milestones, status);
      if (JUDGED.has(status)) judged = true;
      if (status === 'overdue') overdue = true;
    }
    if (judged) {
      state.judged += 1;
      if (overdue) state.behind.push(project.id);
      else state.onSchedule += 1;
    }
    const latest = project.evaluations?.at(-1);
    if (latest !== undefined) tally.step(state.ratings, latest.rating);
    return state;
  };
}

function mergeStates(a: LivelihoodStatsState, b: LivelihoodStatsState): LivelihoodStatsState {
  return {
    n: a.n + b.n,
    adopted: a.adopted + b.adopted,
    stages: tally.merge(a.stages, b.stages),
    milestones: tally.merge(a.milestones, b.milestones),
    judged: a.judged + b.judged,
    onSchedule: a.onSchedule + b.onSchedule,
    behind: [...a.behind, ...b.behind],
    ratings: tally.merge(a.ratings, b.ratings),
  };
}

function countsOf<T extends string>(
  state: LivelihoodStatsState['stages'],
  keys: readonly T[],
): Record<T, number> {
  const { counts } = tally.result(state);
  return Object.fromEntries(keys.map((key) => [key, own(counts, key) ?? 0])) as Record<T, number>;
}

function resultOf(state: LivelihoodStatsState, ctx: Context): LivelihoodStats {
  const stages = tally.result(state.stages).counts;
  const extensions = Object.keys(stages).filter(
    (stage) => !(LIVELIHOOD_PROJECT_STAGES as readonly string[]).includes(stage),
  );
  const milestones = countsOf(state.milestones, KEY_ITEM_MILESTONE_STATUSES);
  let met = 0;
  let judged = 0;
  for (const status of KEY_ITEM_MILESTONE_STATUSES) {
    if (MET.has(status)) met += milestones[status];
    if (JUDGED.has(status)) judged += milestones[status];
  }
  const ratings = countsOf(state.ratings, SATISFACTION_GRADES);
  return deepFreeze({
    year: ctx.year ?? null,
    timeZone: ctx.timeZone,
    asOfDay: ctx.asOf.day,
    n: state.n,
    adopted: state.adopted,
    byStage: countsOf(state.stages, [...LIVELIHOOD_PROJECT_STAGES, ...extensions.sort()]),
    milestones: { counts: milestones, metOnTime: rate(met, judged) },
    onSchedule: {
      rate: rate(state.onSchedule, state.judged),
      behind: [...state.behind].sort(),
    },
    ratings: { counts: ratings, shares: shares(ratings, ctx.shares) },
  });
}

/**
 * The livelihood figures as an accumulator (民生实事项目统计累加器): `init`, `step` one project,
 * `merge` two shards, `result` the {@link LivelihoodStats}.
 *
 * @remarks
 * The state is plain JSON counts: shards of the projects merge exactly, in any order. See
 * {@link livelihoodStats} for the figures.
 * @param options - asOf, the year, the time zone, the due-soon days and the share rounding.
 * @returns The accumulator.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option; its `step` throws one
 * naming the field of a project it cannot read.
 * @example
 * ```ts
 * import { livelihoodStatsAccumulator } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { livelihoodProjects } = generateSample({ seed: 1 });
 * const stats = livelihoodStatsAccumulator({ asOf: '2025-12-31T18:00:00+08:00', year: 2025 });
 * const half = Math.floor(livelihoodProjects.length / 2);
 * const run = (projects: readonly unknown[]) => projects.reduce(stats.step, stats.init());
 * const merged = stats.merge(run(livelihoodProjects.slice(0, half)), run(livelihoodProjects.slice(half)));
 * console.log(stats.result(merged).n); // 15
 * ```
 * @category Livelihood vote
 */
export function livelihoodStatsAccumulator(
  options: LivelihoodStatsOptions,
): Accumulator<unknown, LivelihoodStatsState, LivelihoodStats> {
  return guard(MODEL.id, () => {
    const ctx = contextOf(options);
    return Object.freeze({
      id: 'livelihoodStats',
      version: 1,
      init: initState,
      step: makeStep(ctx),
      merge: mergeStates,
      result: (state: LivelihoodStatsState) => resultOf(state, ctx),
    });
  });
}

/**
 * Like {@link livelihoodStatsAccumulator}, but returns a result instead of throwing.
 *
 * @param options - asOf, the year, the time zone, the due-soon days and the share rounding.
 * @returns The accumulator, or a validation error naming the bad option.
 * @example
 * ```ts
 * import { safeLivelihoodStatsAccumulator } from 'renda';
 *
 * const result = safeLivelihoodStatsAccumulator({ asOf: '2025-12-31', timeZone: 'Mars/Olympus' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'INVALID_TIME_ZONE'
 * ```
 * @category Livelihood vote
 */
export function safeLivelihoodStatsAccumulator(
  options: LivelihoodStatsOptions,
): Result<Accumulator<unknown, LivelihoodStatsState, LivelihoodStats>, ValidationError> {
  return safely(MODEL.id, () => livelihoodStatsAccumulator(options));
}

/** A project's error, its paths under `projects[index]` (internal: the one-call figures). */
export function atProject(thrown: unknown, index: number): unknown {
  if (!(thrown instanceof RendaError)) return thrown;
  const detail = thrown.detail as Partial<ValidationError>;
  if (!Array.isArray(detail.issues)) return thrown;
  return new RendaError(
    deepFreeze<ValidationError>({
      ...(detail as ValidationError),
      issues: detail.issues.map((issue) => ({
        ...issue,
        path: ['projects', index, ...issue.path],
      })),
    }),
  );
}
