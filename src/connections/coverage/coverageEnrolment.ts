import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageResult, CoverageShortfall } from './coverageResult.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence, DEPUTIES } from './internal/coverageSentence.js';
import { type DaySpan, overlapDays, toNumber } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';
import { shortfall } from './internal/evaluate.js';
import { buildRoster } from './internal/roster.js';

/**
 * What enrolment coverage requires (编组入站要求): a station (入站), a group (编组), or both.
 *
 * @example
 * ```ts
 * import { ENROLMENT_REQUIREMENTS } from 'renda';
 *
 * console.log(ENROLMENT_REQUIREMENTS); // ['station', 'group', 'both']
 * ```
 * @category Coverage
 */
export const ENROLMENT_REQUIREMENTS = ['station', 'group', 'both'] as const;

/**
 * Options of {@link coverageEnrolment} (编组入站覆盖率选项).
 *
 * @example
 * ```ts
 * import type { CoverageEnrolmentOptions } from 'renda';
 *
 * const options: CoverageEnrolmentOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   require: 'both',
 * };
 * ```
 * @category Coverage
 */
export interface CoverageEnrolmentOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** A station, a group, or both. */
  readonly require: (typeof ENROLMENT_REQUIREMENTS)[number];
  /**
   * Check one day instead of the whole period (e.g. the last day of the year): the roster is the
   * deputies serving on it, and their enrolments must be in force on it. By default an enrolment
   * counts when it overlaps the days the deputy served.
   */
  readonly asOf?: string;
  /**
   * Whether enrolment at an online station (网上联络站, kind `online`) counts as being in a station
   * (进站); false by default: 编组进家入站 asks for a physical station. An enrolment whose station
   * is not among `stations` is taken as physical.
   */
  readonly countOnlineStations?: boolean;
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

type Kind = 'station' | 'group';

/**
 * Coverage of enrolment in liaison stations and deputy groups (编组进家入站全覆盖): the share of
 * deputies enrolled in a station, a group, or both.
 *
 * @remarks
 * Formula: deputies enrolled as required ÷ deputies in the roster (see {@link rosterFor}).
 * A deputy is enrolled in a station when a station's `enrolments` or the deputy's own
 * `memberships` (kind `station`) name them with dates that overlap the days they served in the
 * period (or, with `asOf`, that hold `asOf`); the same for groups (`members`, or memberships of
 * kind `group`). Both sources count, so a roster kept on either side works.
 *
 * With `asOf` the roster is the deputies serving on that day: one whose term or qualification
 * ended before it is excluded as `endedBefore`, one whose term starts after it as `joinedAfter`,
 * and one suspended on it as `suspendedWholePeriod`, rather than counted short of an enrolment
 * they could not hold.
 *
 * The target is yes/no, so pro-rating does not change it: under `'prorate'` and `'include'` a
 * deputy who served part of the period needs an enrolment during that part. A shortfall has
 * `need` = 1 (or 2 for `both`), `have` = what they have, and `missing` = `['station']`,
 * `['group']` or both. One pass over stations and groups: O(deputies + enrolments).
 *
 * @param deputies - The deputies; any iterable.
 * @param stations - The liaison stations with their enrolments.
 * @param groups - The deputy groups with their members.
 * @param options - The period, what is required, and the policy.
 * @returns The coverage result, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, `require` or `asOf`.
 *
 * @example
 * ```ts
 * import { coverageEnrolment } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations, groups } = generateSample({ seed: 1 });
 * const result = coverageEnrolment(deputies, stations, groups, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   require: 'both',
 * });
 * console.log(result.shortfalls.every((s) => (s.missing?.length ?? 0) > 0)); // true
 * ```
 * @category Coverage
 */
export function coverageEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  groups: Iterable<DeputyGroup>,
  options: CoverageEnrolmentOptions,
): CoverageResult {
  return guard('coverageEnrolment', () => {
    const checks = new OptionChecks('coverageEnrolment');
    checks.records(deputies, 'deputies', '代表');
    checks.records(stations, 'stations', '家站点');
    checks.records(groups, 'groups', '代表小组');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const require = checks.oneOf(
      'require',
      '编组入站要求',
      options.require,
      ENROLMENT_REQUIREMENTS,
      'both',
    );
    const partial = checks.partial(options.partial);
    const asOf = checks.day('asOf', '核查日', options.asOf, span);
    checks.done();

    // deputy id → kind → the enrolment spans (day numbers), from both sides.
    const enrolments = new Map<string, Record<Kind, DaySpan[]>>();
    const add = (
      deputyId: string,
      kind: Kind,
      range: { from: string; to?: string | undefined },
    ): void => {
      let entry = enrolments.get(deputyId);
      if (entry === undefined) {
        entry = { station: [], group: [] };
        enrolments.set(deputyId, entry);
      }
      entry[kind].push({
        from: toNumber(range.from),
        to: range.to === undefined ? Number.POSITIVE_INFINITY : toNumber(range.to),
      });
    };
    // Which stations are online is read from the stations, so the choice never rests on how the
    // data happen to be recorded (on the station or on the deputy's memberships).
    const countOnline = options.countOnlineStations === true;
    const online = new Set<string>();
    for (const station of stations) {
      if (station.kind === 'online') online.add(station.id);
      if (station.kind === 'online' && !countOnline) continue;
      for (const e of station.enrolments) add(e.deputyId, 'station', e);
    }
    for (const group of groups) for (const m of group.members) add(m.deputyId, 'group', m);

    // With `asOf` the question is "enrolled on that day", so the roster is who served on that day:
    // a deputy who left, or was suspended, before it is out (with the reason), not short.
    const roster = buildRoster(
      deputySubjects(deputies),
      asOf === undefined ? span : { from: asOf, to: asOf },
      partial,
    );
    for (const entry of roster.entries) {
      for (const m of entry.record.memberships) {
        if (m.kind === 'station' && online.has(m.orgId) && !countOnline) continue;
        if (m.kind === 'station' || m.kind === 'group') add(entry.id, m.kind, m);
      }
    }

    const kinds: readonly Kind[] = require === 'both' ? ['station', 'group'] : [require];
    const covered: string[] = [];
    const shortfalls: CoverageShortfall[] = [];
    for (const entry of roster.entries) {
      // With `asOf`, the roster's spans are that one day.
      const windows: readonly DaySpan[] = entry.spans;
      const mine = enrolments.get(entry.id);
      const missing = kinds.filter(
        (kind) =>
          !(mine?.[kind] ?? []).some((range) => windows.some((w) => overlapDays(range, w) > 0)),
      );
      if (missing.length === 0) covered.push(entry.id);
      else
        shortfalls.push(shortfall(entry, kinds.length - missing.length, kinds.length, { missing }));
    }
    const what = {
      station: { zh: '进站', en: 'enrolled at a liaison station' },
      group: { zh: '编入代表小组', en: 'in a deputy group' },
      both: { zh: '既进站又编入代表小组', en: 'enrolled at a station and in a group' },
    }[require];
    return buildResult({
      id: 'coverageEnrolment',
      version: 1,
      name: { 'zh-Hans': '代表编组进家入站覆盖率', en: 'Deputies enrolled in stations and groups' },
      formula: {
        'zh-Hans': `${options.asOf === undefined ? '在任期间' : `${options.asOf} 当日`}${what.zh}的代表数 ÷ 名册代表数`,
        en: `deputies ${what.en} ${options.asOf === undefined ? 'while serving in the period' : `on ${options.asOf}`} ÷ deputies in the roster`,
      },
      sentence: coverageSentence(DEPUTIES, what),
      period: options.period,
      covered,
      shortfalls,
      excluded: roster.excluded,
      rateOptions: options.rateOptions,
    });
  });
}
