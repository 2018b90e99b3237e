import type { CoverageResult } from '../connections/coverage/coverageResult.js';
import { coverageSentence } from '../connections/coverage/internal/coverageSentence.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { LivelihoodProject } from '../model/livelihoodProject.js';
import type { Result } from '../model/shared/result.js';
import type { ValidationError } from '../model/shared/validationError.js';
import {
  type ArgumentIssue,
  fieldName,
  guard,
  isIterable,
  issueOf,
  safely,
  throwArgumentError,
} from '../stats/internal/invalidInput.js';
import { rate } from '../stats/rate.js';
import { isAdopted } from './rules/adopted.js';

/**
 * A jurisdiction whose congress should hold the livelihood vote (应实行票决制的县、乡镇).
 *
 * @example
 * ```ts
 * import type { LivelihoodJurisdiction } from 'renda';
 *
 * const town: LivelihoodJurisdiction = { id: '330226101', name: '跃龙街道' };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodJurisdiction {
  /** The jurisdiction's id, as in the projects' `jurisdictionId`. */
  readonly id: string;
  /** Its name, shown in the shortfalls. */
  readonly name?: string;
}

/**
 * The options of {@link livelihoodAdoptionCoverage}: the year measured.
 *
 * @example
 * ```ts
 * import type { LivelihoodAdoptionCoverageOptions } from 'renda';
 *
 * const options: LivelihoodAdoptionCoverageOptions = { year: 2025 };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodAdoptionCoverageOptions {
  /** 年度: the projects' `year`. */
  readonly year: number;
}

/**
 * The coverage of the livelihood vote (民生实事项目票决制全覆盖): the share of the given counties
 * and townships whose congress adopted at least one project by vote in the year, with those that
 * fall short.
 *
 * @remarks
 * Formula: jurisdictions with an adopted project of `year` ÷ jurisdictions given. A project is
 * adopted when its recorded vote says so (`vote.adopted`); a project stored without a vote counts
 * when its stage is `selected` or later. Projects of other jurisdictions or years are ignored.
 * `rate.value` is `null` when no jurisdiction is given.
 * @param projects - The projects; any iterable.
 * @param jurisdictions - The counties and townships that should hold the vote.
 * @param options - The year.
 * @returns The coverage, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad argument.
 * @example
 * ```ts
 * import { type LivelihoodProject, livelihoodAdoptionCoverage } from 'renda';
 *
 * const projects: LivelihoodProject[] = [
 *   { id: 'P-1', year: 2025, title: '农村公路', responsibleUnitIds: [], stage: 'selected', jurisdictionId: 'T-1' },
 *   { id: 'P-2', year: 2025, title: '社区食堂', responsibleUnitIds: [], stage: 'notSelected', jurisdictionId: 'T-2' },
 * ];
 * const coverage = livelihoodAdoptionCoverage(projects, [{ id: 'T-1' }, { id: 'T-2', name: '东镇' }], { year: 2025 });
 * console.log(coverage.rate.value, coverage.shortfalls[0]?.id); // 0.5 'T-2'
 * ```
 * @category Livelihood vote
 */
export function livelihoodAdoptionCoverage(
  projects: Iterable<LivelihoodProject>,
  jurisdictions: readonly LivelihoodJurisdiction[],
  options: LivelihoodAdoptionCoverageOptions,
): CoverageResult {
  return guard('livelihoodAdoptionCoverage', () => {
    const year = (options as Partial<LivelihoodAdoptionCoverageOptions> | undefined)?.year;
    const issues: ArgumentIssue[] = [];
    if (!isIterable(projects) || typeof projects === 'string') {
      issues.push(
        issueOf('INVALID_TYPE', ['projects'], {
          field: fieldName('民生实事项目', 'projects'),
          expected: fieldName('可迭代集合', 'an iterable'),
          got: projects,
        }),
      );
    }
    // Each jurisdiction is read once, into a plain copy: a getter cannot answer twice.
    const roster = new Map<string, LivelihoodJurisdiction>();
    let readable = Array.isArray(jurisdictions);
    for (const j of readable ? jurisdictions : []) {
      const id = typeof j === 'object' && j !== null ? j.id : undefined;
      const name = typeof j === 'object' && j !== null ? j.name : undefined;
      if (typeof id !== 'string' || (name !== undefined && typeof name !== 'string')) {
        readable = false;
        break;
      }
      if (!roster.has(id)) roster.set(id, name === undefined ? { id } : { id, name });
    }
    if (!readable) {
      issues.push(
        issueOf('INVALID_TYPE', ['jurisdictions'], {
          field: fieldName('行政区划', 'jurisdictions'),
          expected: fieldName(
            '带 id（及可选名称）的行政区划数组',
            'an array of jurisdictions with a string id (and name)',
          ),
          got: jurisdictions,
        }),
      );
    }
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 9999) {
      issues.push(
        issueOf('INVALID_VALUE', ['options', 'year'], {
          field: fieldName('年度', 'year'),
          expected: fieldName('1949 至 9999 的整数', 'a whole number from 1949 to 9999'),
          got: year,
        }),
      );
    }
    if (issues.length > 0) throwArgumentError('LivelihoodAdoptionCoverage', issues);
    const held = new Set<string>();
    for (const project of projects) {
      if (project.year === year && project.jurisdictionId !== undefined && isAdopted(project))
        held.add(project.jurisdictionId);
    }
    const covered = [...roster.values()].filter((j) => held.has(j.id)).map((j) => j.id);
    const shortfalls = [...roster.values()]
      .filter((j) => !held.has(j.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((j) => ({
        id: j.id,
        ...(j.name === undefined ? {} : { name: j.name }),
        have: 0,
        need: 1,
        short: 1,
      }));
    return deepFreeze({
      id: 'livelihoodAdoptionCoverage',
      version: 1,
      name: { 'zh-Hans': '民生实事项目票决制覆盖率', en: 'Livelihood-vote coverage' },
      formula: {
        'zh-Hans': `${year} 年票决确定民生实事项目的县、乡镇数 ÷ 应实行的县、乡镇数`,
        en: `counties and townships that adopted livelihood projects by vote in ${year} ÷ those that should`,
      },
      sentence: coverageSentence(
        { zh: '县、乡镇', measure: '个', en: 'counties and townships' },
        { zh: '实行民生实事项目票决制', en: 'adopted livelihood projects by vote' },
      ),
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      rate: rate(covered.length, roster.size),
      covered: covered.sort(),
      shortfalls,
      excluded: [],
    });
  });
}

/**
 * Like {@link livelihoodAdoptionCoverage}, but returns a result instead of throwing.
 *
 * @param projects - The projects; any iterable.
 * @param jurisdictions - The counties and townships that should hold the vote.
 * @param options - The year.
 * @returns The coverage, or a validation error naming the bad argument.
 * @example
 * ```ts
 * import { safeLivelihoodAdoptionCoverage } from 'renda';
 *
 * const result = safeLivelihoodAdoptionCoverage([], [], { year: 25 });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['options', 'year']
 * ```
 * @category Livelihood vote
 */
export function safeLivelihoodAdoptionCoverage(
  projects: Iterable<LivelihoodProject>,
  jurisdictions: readonly LivelihoodJurisdiction[],
  options: LivelihoodAdoptionCoverageOptions,
): Result<CoverageResult, ValidationError> {
  return safely('livelihoodAdoptionCoverage', () =>
    livelihoodAdoptionCoverage(projects, jurisdictions, options),
  );
}
