import { neverThrow } from '../shared/neverThrow.js';
import type { Result } from '../shared/result.js';
import { RendaError, type ValidationError } from '../shared/validationError.js';
import { DIVISION_LEVELS, type DivisionLevel } from './divisionLevels.js';
import { chainOf, depthOf, readOrThrow } from './internal/divisionChain.js';
import { CODE_ARGUMENT, divisionError, shown, toDivisionError } from './internal/divisionIssue.js';
import type { DivisionReading } from './internal/readDivisionCode.js';

/**
 * A record with a jurisdiction (所属行政区划): suggestions, motions and every record that names its
 * congress.
 *
 * @example
 * ```ts
 * import type { WithJurisdiction } from 'renda';
 *
 * const record: WithJurisdiction = { congress: { jurisdiction: '330281' } };
 * ```
 * @category Models
 */
export interface WithJurisdiction {
  /** The congress, whose `jurisdiction` is a division code. */
  readonly congress: { readonly jurisdiction: string };
}

const RECORD_CODE = {
  path: ['congress', 'jurisdiction'],
  field: { 'zh-Hans': '记录的行政区划代码', en: "the record's division code" },
} as const;

/** Distinct codes remembered per key function: enough for every township of a province. */
const CACHE_LIMIT = 50_000;

/**
 * Groups records by administrative division at one level (按行政区划分组): a record's division
 * code mapped to its ancestor at `level`, in canonical form, so any grouped figure can then be
 * rolled up (see {@link rollUp}).
 *
 * @remarks
 * The code is the record's `congress.jurisdiction` unless `codeOf` reads another (a station's
 * `area.code`, a deputy's constituency). A code at `level` or below maps to its ancestor at
 * `level`; where the chain skips that level (a town of 东莞, which has no counties, grouped by
 * county) it maps to the first division above it; a code above `level` (a figure recorded at
 * city level, grouped by township) keeps its own code, so a roll-up merges it into its own node.
 * A code that {@link parseDivisionCode} refuses makes the key function throw a
 * {@link RendaError} naming the record's code: a figure is never filed under a wrong division.
 * Each distinct code is read once.
 *
 * @typeParam TRecord - The records; {@link WithJurisdiction} without `codeOf`.
 * @param level - The level to group at.
 * @param codeOf - Optional: reads a record's code; `congress.jurisdiction` by default.
 * @returns The key function.
 * @throws {@link RendaError} with code `INVALID_INPUT` for an unknown level or a `codeOf` that is
 * not a function.
 *
 * @example
 * ```ts
 * import { byDivision } from 'renda';
 *
 * const byCounty = byDivision('county');
 * console.log(byCounty({ congress: { jurisdiction: '330281101' } })); // '330281'
 * console.log(byCounty({ congress: { jurisdiction: '330200' } })); // '330200'
 * ```
 *
 * @example
 * ```ts
 * import { byDivision, suggestionStats } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const { groups } = suggestionStats(suggestions, { asOf, policy, groupBy: byDivision('city') });
 * console.log(groups.map((g) => g.key[0])); // ['330200']
 * ```
 * @category Metrics
 */
export function byDivision<TRecord = WithJurisdiction>(
  level: DivisionLevel,
  codeOf?: (record: TRecord) => string,
): (record: TRecord) => string {
  if (typeof level !== 'string' || !(DIVISION_LEVELS as readonly string[]).includes(level)) {
    throw new RendaError(
      divisionError(
        { path: ['level'], field: { 'zh-Hans': '区划层级', en: 'level' } },
        'UNKNOWN_VALUE',
        {
          'zh-Hans': `未知的区划层级：${shown(level)}，可选：${DIVISION_LEVELS.join(' / ')}`,
          en: `unknown level ${shown(level)}; one of ${DIVISION_LEVELS.join(', ')}`,
        },
      ),
    );
  }
  if (codeOf !== undefined && typeof codeOf !== 'function') {
    throw new RendaError(
      divisionError(
        { path: ['codeOf'], field: { 'zh-Hans': '读取代码的函数', en: 'codeOf' } },
        'INVALID_TYPE',
        {
          'zh-Hans': `读取代码的函数 codeOf 必须是函数，收到 ${shown(codeOf)}`,
          en: `codeOf must be a function, got ${shown(codeOf)}`,
        },
      ),
    );
  }
  const read =
    codeOf ?? ((record: TRecord) => (record as unknown as WithJurisdiction).congress.jurisdiction);
  const target = depthOf(level);
  const keys = new Map<string, string>();
  return Object.freeze((record: TRecord): string => {
    const code = read(record);
    const known = typeof code === 'string' ? keys.get(code) : undefined;
    if (known !== undefined) return known;
    const chain = chainOf(
      readOrThrow(
        code,
        codeOf === undefined ? RECORD_CODE : { ...CODE_ARGUMENT, field: RECORD_CODE.field },
      ),
    );
    // Nearest first: the first division at or above the level is the key.
    // A province is at depth 0, so one is always found.
    const key = (chain.find((division) => depthOf(division.level) <= target) as DivisionReading)
      .code;
    if (keys.size < CACHE_LIMIT) keys.set(code, key);
    return key;
  });
}

/**
 * {@link byDivision} returning a result instead of throwing (按行政区划分组，不抛错).
 *
 * @param level - Anything.
 * @param codeOf - Anything.
 * @returns `{ ok: true, value }` with the key function, or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeByDivision } from 'renda';
 *
 * console.log(safeByDivision('district' as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeByDivision<TRecord = WithJurisdiction>(
  level: DivisionLevel,
  codeOf?: (record: TRecord) => string,
): Result<(record: TRecord) => string, ValidationError> {
  return neverThrow(
    () =>
      Object.freeze({
        ok: true as const,
        value: byDivision(level, codeOf),
      }),
    toDivisionError,
  );
}
