import { aggregateStates } from '../../stats/aggregateStates.js';
import { countAccumulator } from '../../stats/countAccumulator.js';
import type { FinalizeAggregateOptions } from '../../stats/finalizeAggregate.js';
import { ArgumentChecks, FUNCTION, fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { Rate } from '../../stats/rate.js';
import { rateAccumulator } from '../../stats/rateAccumulator.js';
import { finalizeRollUp } from '../../stats/rollup/finalizeRollUp.js';
import { rollUp } from '../../stats/rollup/rollUp.js';
import type { ParentOf } from '../../stats/rollup/rollUpTypes.js';
import type { CoverageResult } from '../coverage/coverageResult.js';

/**
 * Options of {@link rollUpCoverage} (覆盖率逐级汇总选项).
 *
 * @example
 * ```ts
 * import { divisionParent, type RollUpCoverageOptions } from 'renda';
 *
 * const townOf: Record<string, string> = { 'D-0001': '330281101000' };
 * const options: RollUpCoverageOptions = {
 *   keyOf: (id) => townOf[id] ?? '330281',
 *   parentOf: divisionParent,
 * };
 * ```
 * @category Coverage
 */
export interface RollUpCoverageOptions {
  /**
   * The node each id of the result belongs to: a deputy's township code, a member's committee, a
   * station's own id. Each id counts under exactly one node.
   */
  readonly keyOf: (id: string) => string;
  /** The parent of each node (see {@link rollUp}). */
  readonly parentOf: ParentOf;
  /** When the figures were taken, stamped on every rate. */
  readonly asOf?: FinalizeAggregateOptions['asOf'];
}

/**
 * The parts of a coverage rate at one node (覆盖率分项): who is covered, who falls short, who was
 * left out, and the rate.
 *
 * @example
 * ```ts
 * import type { CoverageRollUpCounts } from 'renda';
 *
 * const gap = (counts: CoverageRollUpCounts) => counts.shortfalls;
 * ```
 * @category Coverage
 */
export interface CoverageRollUpCounts {
  /** Ids that meet the target. */
  readonly covered: number;
  /** Ids that fall short. */
  readonly shortfalls: number;
  /** Ids left out of the roster. */
  readonly excluded: number;
  /** covered ÷ (covered + shortfalls); `value` null for an empty roster. */
  readonly rate: Rate;
}

/**
 * One node of {@link CoverageRollUp} (覆盖率汇总节点).
 *
 * @example
 * ```ts
 * import type { CoverageRollUpNode } from 'renda';
 *
 * const line = (node: CoverageRollUpNode) => `${node.key}: ${node.covered}/${node.covered + node.shortfalls}`;
 * ```
 * @category Coverage
 */
export interface CoverageRollUpNode extends CoverageRollUpCounts {
  /** The node's key. */
  readonly key: string;
  /** Its parent's key; `null` for a root. */
  readonly parent: string | null;
  /** Its depth: 0 for a root. */
  readonly depth: number;
  /** The keys of the nodes directly under it, sorted. */
  readonly children: readonly string[];
  /** Whether ids were filed at the node itself (see {@link rollUp}). */
  readonly own: boolean;
}

/**
 * A coverage result rolled up a hierarchy (覆盖率逐级汇总): the figure's id, name and period, and
 * the parts of its rate at every node.
 *
 * @example
 * ```ts
 * import type { CoverageRollUp } from 'renda';
 *
 * const rootRate = (r: CoverageRollUp) => r.total.rate.value;
 * ```
 * @category Coverage
 */
export interface CoverageRollUp {
  /** The coverage figure's id, e.g. `coverageEnrolment`. */
  readonly id: string;
  /** Its version. */
  readonly version: number;
  /** Its name. */
  readonly name: CoverageResult['name'];
  /** The period measured. */
  readonly period: CoverageResult['period'];
  /** Over all roots: the result's own counts. */
  readonly total: CoverageRollUpCounts;
  /** The keys of the roots, sorted. */
  readonly roots: readonly string[];
  /** Every node, sorted by key. */
  readonly nodes: readonly CoverageRollUpNode[];
}

/** One id of a coverage result, with where it stands. */
interface Entry {
  readonly id: string;
  readonly standing: 'covered' | 'short' | 'excluded';
}

/**
 * The rate's parts as accumulators, so the coverage roll-up is the generic one, merges included
 * (made per call: nothing is built at import time).
 */
const metricsOf = () => ({
  rate: rateAccumulator<Entry>({
    id: 'coverageRollUp',
    numerator: (entry) => entry.standing === 'covered',
    denominator: (entry) => entry.standing !== 'excluded',
  }),
  excluded: countAccumulator<Entry>((entry) => entry.standing === 'excluded', {
    id: 'coverageExcluded',
  }),
});

/**
 * Rolls a coverage result up a hierarchy (覆盖率逐级汇总): the parts of its rate (covered,
 * shortfalls, excluded) summed at every node from the nodes under it, e.g. enrolment coverage by
 * township → county → city, or station activity by station → central station → main station.
 *
 * @remarks
 * A coverage result is a list of ids, not accumulator states, so each id is filed under its node
 * (`keyOf`) and counted there; the counts then roll up with {@link rollUp}, and each node's rate
 * is covered ÷ (covered + shortfalls) over the ids under it. The parts add up: every node's
 * counts are the sums of its own ids and its children's, and the total equals the result's own
 * `covered`, `shortfalls` and `excluded` counts and rate. That holds because each id counts under
 * one node: a deputy enrolled at two stations is filed where `keyOf` says, never twice.
 *
 * @param result - A result of any `coverage…` function.
 * @param options - The node of each id, the hierarchy, and asOf.
 * @returns The roll-up, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a result that is not a coverage
 * result, a `keyOf` that is not a function or returns a non-string, or a broken hierarchy.
 *
 * @example
 * ```ts
 * import { coverageEnrolment, divisionParent, rollUpCoverage } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations, groups } = generateSample({ seed: 1 });
 * const result = coverageEnrolment(deputies, stations, groups, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   require: 'station',
 * });
 * const towns = ['330281101000', '330281102000'];
 * const rolled = rollUpCoverage(result, {
 *   keyOf: (id) => towns[Number(id.slice(-1)) % 2] as string,
 *   parentOf: divisionParent,
 * });
 * console.log(rolled.roots, rolled.total.covered === result.covered.length); // ['330000'] true
 * ```
 * @category Coverage
 */
export function rollUpCoverage(
  result: CoverageResult,
  options: RollUpCoverageOptions,
): CoverageRollUp {
  return guard('rollUpCoverage', () => {
    const checks = new ArgumentChecks('RollUpCoverage');
    const given = checks.options<RollUpCoverageOptions>(options, 'options', '汇总选项', false);
    const read = checks.options<CoverageResult>(result, 'result', '覆盖率结果', false);
    const lists = ['covered', 'shortfalls', 'excluded'] as const;
    for (const list of lists) {
      if (!Array.isArray(read[list])) {
        checks.add('INVALID_TYPE', ['result', list], {
          field: fieldName('覆盖率结果', `result.${list}`),
          expected: fieldName(
            '数组（coverage… 函数的结果）',
            'an array (a result of a coverage… function)',
          ),
          got: read[list],
        });
      }
    }
    const keyOf = given.keyOf;
    if (typeof keyOf !== 'function') {
      checks.add(keyOf === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['options', 'keyOf'], {
        field: fieldName('节点函数', 'keyOf'),
        expected: FUNCTION,
        got: keyOf,
      });
    }
    checks.done();
    const entries: Entry[] = [
      ...(read.covered as readonly string[]).map((id) => ({ id, standing: 'covered' as const })),
      ...(read.shortfalls as CoverageResult['shortfalls']).map((s) => ({
        id: s.id,
        standing: 'short' as const,
      })),
      ...(read.excluded as CoverageResult['excluded']).map((e) => ({
        id: e.id,
        standing: 'excluded' as const,
      })),
    ];
    const metrics = metricsOf();
    const states = aggregateStates(entries, metrics, {
      groupBy: (entry) => (keyOf as RollUpCoverageOptions['keyOf'])(entry.id),
    });
    const rolled = finalizeRollUp(
      rollUp(states, metrics, { parentOf: given.parentOf as ParentOf }),
      metrics,
      given.asOf === undefined ? {} : { asOf: given.asOf },
    );
    const counts = (results: (typeof rolled)['total']): CoverageRollUpCounts => ({
      covered: results.rate.numerator,
      shortfalls: results.rate.denominator - results.rate.numerator,
      excluded: results.excluded,
      rate: results.rate,
    });
    return {
      id: read.id as string,
      version: read.version as number,
      name: read.name as CoverageResult['name'],
      period: read.period as CoverageResult['period'],
      total: counts(rolled.total),
      roots: rolled.roots,
      nodes: rolled.nodes.map((node) => ({
        key: node.key,
        parent: node.parent,
        depth: node.depth,
        children: node.children,
        own: node.own,
        ...counts(node.results),
      })),
    };
  });
}
