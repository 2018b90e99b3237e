import type { DeadlineWarning } from '../../calendar/deadlineStatus.js';
import type { KeyItemMilestoneStatus } from '../../model/keyItemPlan.js';
import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';
import type { CategoryCountState } from '../../stats/categoryCountAccumulator.js';
import type { Rate } from '../../stats/rateTypes.js';
import type { SharesOptions } from '../../stats/shareRounding.js';
import type { SharesResult } from '../../stats/shares.js';

/**
 * The options of {@link livelihoodStats} and {@link livelihoodStatsAccumulator}: when the figures
 * are taken, which year, in which time zone, and how the shares are rounded.
 *
 * @example
 * ```ts
 * import type { LivelihoodStatsOptions } from 'renda';
 *
 * const options: LivelihoodStatsOptions = {
 *   asOf: '2025-12-31T18:00:00+08:00',
 *   year: 2025,
 *   shares: { decimals: 1, rounding: 'largestRemainder' },
 * };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodStatsOptions {
  /** 统计时点: a timestamp with an offset, or a `YYYY-MM-DD` day in `timeZone`. */
  readonly asOf: string;
  /** 年度: only projects of this year count; every project when not given. */
  readonly year?: number;
  /** The IANA zone milestones' days are counted in; `Asia/Shanghai` by default. */
  readonly timeZone?: string;
  /** `dueSoonDays`: a milestone is due soon when at most this many days are left; default 10. */
  readonly deadlineWarning?: Partial<DeadlineWarning>;
  /** How the year-end rating shares are rounded (see `shares`); 1 decimal, half up, by default. */
  readonly shares?: SharesOptions;
}

/**
 * The figures of the livelihood-project vote (民生实事项目统计): projects by stage, the
 * milestones as of a day, the projects on schedule, and the year-end ratings.
 *
 * @example
 * ```ts
 * import type { LivelihoodStats } from 'renda';
 *
 * const behind = (s: LivelihoodStats) => s.onSchedule.behind.length;
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodStats {
  /** The year counted, or `null` for every year. */
  readonly year: number | null;
  /** The zone the days are counted in. */
  readonly timeZone: string;
  /** `asOf`'s day in that zone. */
  readonly asOfDay: string;
  /** 项目数: the projects counted. */
  readonly n: number;
  /** 票决入选项目数: projects the congress adopted by vote. */
  readonly adopted: number;
  /** 项目阶段: projects per workflow state (every stage listed, 0 included; extension states after). */
  readonly byStage: Readonly<Record<string, number>>;
  /** 实施节点: milestones per status as of `asOf`, and 节点按期完成率. */
  readonly milestones: {
    readonly counts: Readonly<Record<KeyItemMilestoneStatus, number>>;
    /** 节点按期完成率 = met on time ÷ (met + overdue). */
    readonly metOnTime: Rate;
  };
  /** 项目按期推进率: projects with no milestone overdue ÷ projects with a milestone met or overdue. */
  readonly onSchedule: {
    readonly rate: Rate;
    /** The projects behind schedule (a milestone overdue), by id. */
    readonly behind: readonly string[];
  };
  /** 年终测评结果: projects by their latest rating, and its shares (满意率 …) in percent. */
  readonly ratings: {
    readonly counts: Readonly<Record<SatisfactionGrade, number>>;
    readonly shares: SharesResult;
  };
}

/**
 * The state of the livelihood figures (民生实事项目统计中间状态): plain JSON counts, merged by
 * sums, so shards of the projects merge exactly.
 *
 * @example
 * ```ts
 * import type { LivelihoodStatsState } from 'renda';
 *
 * const projectsCounted = (state: LivelihoodStatsState) => state.n;
 * ```
 * @category Livelihood vote
 */
export type LivelihoodStatsState = {
  /** Projects counted. */
  n: number;
  /** Projects adopted. */
  adopted: number;
  /** Projects per state. */
  stages: CategoryCountState;
  /** Milestones per status. */
  milestones: CategoryCountState;
  /** Projects with a milestone met or overdue, and those of them with none overdue. */
  judged: number;
  onSchedule: number;
  /** The ids of projects with a milestone overdue. */
  behind: string[];
  /** Projects per latest rating. */
  ratings: CategoryCountState;
};
