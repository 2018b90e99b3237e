import type { LivelihoodProject } from '../../model/livelihoodProject.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { ArgumentChecks, guard, safely } from '../../stats/internal/invalidInput.js';
import { atProject, livelihoodStatsAccumulator } from './livelihoodStatsAccumulator.js';
import type { LivelihoodStats, LivelihoodStatsOptions } from './livelihoodStatsTypes.js';

/**
 * The figures of the livelihood-project vote in one pass (民生实事项目统计): projects by stage,
 * their milestones as of a day, the projects on schedule, and the shares of the year-end ratings.
 *
 * @remarks
 * Over the projects of `year` (every project without it):
 * - **项目阶段** (by stage): projects per workflow state (`state`, else `stage`); **票决入选项目数**
 *   (adopted): projects the vote adopted, as their recorded vote says (else a stage from
 *   `selected` on).
 * - **实施节点** (milestones) as of `asOf`, by the key-item plan's rule: met on time (按期完成,
 *   reached on or before the due day, in `timeZone`), met late (逾期完成), overdue (已逾期: not
 *   reached, the due day past), due soon (即将到期: at most `dueSoonDays` left), upcoming. A
 *   milestone reached after `asOf` is not reached yet. **节点按期完成率** = met on time ÷ (met +
 *   overdue).
 * - **项目按期推进率** (on schedule) = projects with no milestone overdue ÷ projects with a
 *   milestone met or overdue; `behind` lists the others. A project whose milestones are all still
 *   to come is not judged yet.
 * - **年终测评结果** (ratings): each project's latest rating (a project re-evaluated after
 *   rectification counts by its last), and their shares in percent (满意、基本满意、不满意率),
 *   rounded by `shares` so they add up as the publisher does.
 *
 * Rates are {@link Rate}s, `null` when nothing is counted. For shards, run
 * {@link livelihoodStatsAccumulator} on each and merge.
 * @param projects - The projects; any iterable.
 * @param options - asOf, the year, the time zone, the due-soon days and the share rounding.
 * @returns The figures, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option, or the field of a
 * project it cannot read (under `projects[i]`).
 * @example
 * ```ts
 * import { livelihoodStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { livelihoodProjects } = generateSample({ seed: 1 });
 * const stats = livelihoodStats(livelihoodProjects, { asOf: '2025-12-31T18:00:00+08:00', year: 2025 });
 * console.log(stats.adopted, stats.byStage.failed); // 10 1
 * console.log(stats.ratings.shares.sumPrinted); // '100.0'
 * ```
 * @category Livelihood vote
 */
export function livelihoodStats(
  projects: Iterable<LivelihoodProject>,
  options: LivelihoodStatsOptions,
): LivelihoodStats {
  return guard('livelihoodStats', () => {
    const checks = new ArgumentChecks('LivelihoodStats');
    checks.records(projects, 'projects', '民生实事项目');
    const stats = livelihoodStatsAccumulator(options);
    let state = stats.init();
    let index = 0;
    for (const project of projects) {
      try {
        state = stats.step(state, project);
      } catch (thrown) {
        throw atProject(thrown, index);
      }
      index += 1;
    }
    return stats.result(state);
  });
}

/**
 * Like {@link livelihoodStats}, but returns a result instead of throwing.
 *
 * @param projects - The projects; any iterable.
 * @param options - asOf, the year, the time zone, the due-soon days and the share rounding.
 * @returns The figures, or a validation error naming the bad argument.
 * @example
 * ```ts
 * import { safeLivelihoodStats } from 'renda';
 *
 * const result = safeLivelihoodStats([{ id: 'P-1', year: 2025 }] as never, { asOf: '2025-12-31' });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['projects', 0, 'stage']
 * ```
 * @category Livelihood vote
 */
export function safeLivelihoodStats(
  projects: Iterable<LivelihoodProject>,
  options: LivelihoodStatsOptions,
): Result<LivelihoodStats, ValidationError> {
  return safely('livelihoodStats', () => livelihoodStats(projects, options));
}
