import type { Deputy } from '../../model/deputy.js';
import type { DeputyGroup } from '../../model/deputyGroup.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { rangeContains } from '../coverage/internal/days.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import { prefixesOf } from './internal/areaKeys.js';
import { LazyHeap } from './internal/lazyHeap.js';
import { byString, firstById } from './internal/rosterHelpers.js';

/**
 * Options of {@link planEnrolment} (编组进站安排选项).
 *
 * @example
 * ```ts
 * import type { PlanEnrolmentOptions } from 'renda';
 *
 * const options: PlanEnrolmentOptions = { period: { from: '2025-01-01', to: '2026-12-31' } };
 * ```
 * @category Coverage
 */
export interface PlanEnrolmentOptions {
  /** The plan's period; it starts on `from`, and new enrolments run to `to`. */
  readonly period: CoveragePeriod;
  /** The deputy groups: given, deputies in no group are placed in a regional group too. */
  readonly groups?: Iterable<DeputyGroup>;
}

/**
 * One enrolment a plan makes (进站或编组安排): a deputy in a station or group.
 *
 * @example
 * ```ts
 * import type { EnrolmentPair } from 'renda';
 *
 * const near = (pair: EnrolmentPair): boolean => pair.sharedPrefix >= 9;
 * ```
 * @category Coverage
 */
export interface EnrolmentPair {
  /** The deputy. */
  readonly deputyId: string;
  /** The station's or group's id. */
  readonly orgId: string;
  /** The first day. */
  readonly from: string;
  /** The last day. */
  readonly to: string;
  /** How many leading characters the deputy's area code shares with the place's. */
  readonly sharedPrefix: number;
}

/**
 * An enrolment plan (编组进家入站安排): new station and group enrolments, and who could not be
 * placed.
 *
 * @example
 * ```ts
 * import type { EnrolmentPlan } from 'renda';
 *
 * const placed = (plan: EnrolmentPlan): number => plan.stations.length + plan.groups.length;
 * ```
 * @category Coverage
 */
export interface EnrolmentPlan {
  /** The plan's period. */
  readonly period: CoveragePeriod;
  /** New station enrolments, by deputy id. */
  readonly stations: readonly EnrolmentPair[];
  /** New group memberships (only when groups were given), by deputy id. */
  readonly groups: readonly EnrolmentPair[];
  /** Deputies left out, with why: no station, or no regional group, to place them in. */
  readonly unplaced: readonly {
    readonly deputyId: string;
    readonly missing: 'station' | 'group';
  }[];
  /** Deputies serving on the first day. */
  readonly activeDeputies: number;
}

interface Place {
  readonly id: string;
  readonly code: string;
}

/**
 * Plans station enrolment (进站) and group membership (编组) for the deputies who have none: each
 * active deputy of any level placed in the nearest station, and in a regional group, of their area.
 *
 * @remarks
 * Active means serving on the period's first day (see {@link rosterFor}). A deputy is enrolled
 * when a station's `enrolments` or their own `memberships` name a station in force that day
 * (groups alike); online stations (网上联络站) do not count and never receive anyone, as
 * 进站 asks for a physical station. The others are placed:
 * - the deputy's area code is the `area.code` of their regional group (or station, for the
 *   group step), else their congress's `jurisdiction`;
 * - the nearest station is the one whose `area.code` shares the longest leading part with it,
 *   then the least loaded (enrolments in force, plus those planned), then the lower id.
 * Stations must be active on the first day; groups must be regional with an area, and, when they
 * list `levels`, of the deputy's level. Deputies are taken in id order: deterministic.
 * O((deputies + places × code length) log places).
 *
 * @param deputies - The deputies; any iterable.
 * @param stations - The liaison stations with their enrolments.
 * @param options - The period, and the groups.
 * @returns The plan, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period.
 *
 * @example
 * ```ts
 * import { planEnrolment } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, stations, groups } = generateSample({ seed: 1 });
 * const plan = planEnrolment(deputies, stations, {
 *   period: { from: '2025-01-01', to: '2026-12-31' },
 *   groups,
 * });
 * console.log(plan.unplaced.length); // 0
 * ```
 * @category Coverage
 */
export function planEnrolment(
  deputies: Iterable<Deputy>,
  stations: Iterable<LiaisonStation>,
  options: PlanEnrolmentOptions,
): EnrolmentPlan {
  return guard('planEnrolment', () => {
    const checks = new OptionChecks('planEnrolment');
    checks.records(deputies, 'deputies', '代表');
    checks.records(stations, 'stations', '家站点');
    const o = checks.options<PlanEnrolmentOptions>(options, 'options', '选项', false);
    const span = checks.period(o.period);
    if (o.groups !== undefined) checks.records(o.groups, 'groups', '代表小组');
    checks.done();
    const start = (o.period as CoveragePeriod).from;
    const end = (o.period as CoveragePeriod).to;
    const roster = firstById(
      buildRoster(deputySubjects(deputies), { from: span.from, to: span.from }, 'include').entries,
    );
    roster.sort((a, b) => byString(a.id, b.id));

    // Sorted by id, so ties (and a deputy's first group) never depend on the input's order.
    const stationList = firstById([...stations]).sort((a, b) => byString(a.id, b.id));
    const groupList =
      o.groups === undefined
        ? undefined
        : firstById([...o.groups]).sort((a, b) => byString(a.id, b.id));
    const online = new Set(stationList.filter((s) => s.kind === 'online').map((s) => s.id));
    const stationArea = new Map(stationList.map((s) => [s.id, s.area?.code]));
    const groupArea = new Map(
      (groupList ?? []).map((g) => [g.id, g.kind === 'regional' ? g.area?.code : undefined]),
    );

    // Who is already in a station or group on the first day, and each place's load that day.
    const inStation = new Map<string, string>();
    const inGroup = new Map<string, string>();
    const load = new Map<string, number>();
    const enrol = (into: Map<string, string>, deputyId: string, orgId: string): void => {
      if (!into.has(deputyId)) into.set(deputyId, orgId);
    };
    for (const s of stationList) {
      if (online.has(s.id)) continue;
      for (const e of s.enrolments) {
        if (!rangeContains(e, start)) continue;
        enrol(inStation, e.deputyId, s.id);
        load.set(s.id, (load.get(s.id) ?? 0) + 1);
      }
    }
    for (const g of groupList ?? []) {
      for (const m of g.members) {
        if (!rangeContains(m, start)) continue;
        enrol(inGroup, m.deputyId, g.id);
        load.set(g.id, (load.get(g.id) ?? 0) + 1);
      }
    }
    for (const { record } of roster) {
      for (const m of record.memberships) {
        if (!rangeContains(m, start)) continue;
        if (m.kind === 'station' && !online.has(m.orgId)) enrol(inStation, record.id, m.orgId);
        if (m.kind === 'group') enrol(inGroup, record.id, m.orgId);
      }
    }

    const stationPlaces: Place[] = [];
    for (const s of stationList) {
      if (online.has(s.id) || s.area === undefined || !rangeContains(s.active, start)) continue;
      stationPlaces.push({ id: s.id, code: s.area.code });
    }
    const placer = (places: Place[]) => new Placer(places, load);
    const unplaced: EnrolmentPlan['unplaced'][number][] = [];

    const stationsOut: EnrolmentPair[] = [];
    const atStation = placer(stationPlaces);
    for (const { record } of roster) {
      if (inStation.has(record.id)) continue;
      const group = inGroup.get(record.id);
      const code =
        (group === undefined ? undefined : groupArea.get(group)) ?? record.congress.jurisdiction;
      const placed = atStation.place(code);
      if (placed === undefined) unplaced.push({ deputyId: record.id, missing: 'station' });
      else {
        inStation.set(record.id, placed.id);
        stationsOut.push({
          deputyId: record.id,
          orgId: placed.id,
          from: start,
          to: end,
          sharedPrefix: placed.shared,
        });
      }
    }

    const groupsOut: EnrolmentPair[] = [];
    if (groupList !== undefined) {
      const byLevel = new Map<string, Placer>();
      const placerFor = (level: string): Placer => {
        let p = byLevel.get(level);
        if (p === undefined) {
          p = placer(
            groupList
              .filter(
                (g) =>
                  g.kind === 'regional' &&
                  g.area !== undefined &&
                  (g.levels === undefined || g.levels.includes(level as never)),
              )
              .map((g) => ({ id: g.id, code: (g.area as { code: string }).code })),
          );
          byLevel.set(level, p);
        }
        return p;
      };
      for (const { record } of roster) {
        if (inGroup.has(record.id)) continue;
        const station = inStation.get(record.id);
        const code =
          (station === undefined ? undefined : stationArea.get(station)) ??
          record.congress.jurisdiction;
        const placed = placerFor(record.congress.level).place(code);
        if (placed === undefined) unplaced.push({ deputyId: record.id, missing: 'group' });
        else
          groupsOut.push({
            deputyId: record.id,
            orgId: placed.id,
            from: start,
            to: end,
            sharedPrefix: placed.shared,
          });
      }
    }
    return {
      period: { from: start, to: end },
      stations: stationsOut,
      groups: groupsOut,
      unplaced,
      activeDeputies: roster.length,
    };
  });
}

/**
 * Places deputies in the nearest, least loaded place (internal): one heap of places per leading
 * part of their area codes, so a deputy costs one look-up per character of their code.
 */
class Placer {
  private readonly heaps = new Map<string, LazyHeap>();
  private readonly loads: number[];
  private readonly prefixes: string[][];

  constructor(
    private readonly places: readonly Place[],
    shared: Map<string, number>,
  ) {
    // Loads are shared between the station and group steps through `shared`, by place id.
    this.loads = places.map((p) => shared.get(p.id) ?? 0);
    this.shared = shared;
    this.prefixes = places.map((p) => prefixesOf(p.code));
    places.forEach((_, i) => {
      for (const prefix of this.prefixes[i] as string[]) {
        let heap = this.heaps.get(prefix);
        if (heap === undefined) {
          heap = new LazyHeap(this.loads, false);
          this.heaps.set(prefix, heap);
        }
        heap.push(i);
      }
    });
  }

  private readonly shared: Map<string, number>;

  /** The nearest least loaded place for an area code, counted as taken; none when nothing shares a character. */
  place(code: string): { id: string; shared: number } | undefined {
    for (const prefix of prefixesOf(code)) {
      const heap = this.heaps.get(prefix);
      const i = heap?.top();
      if (i === undefined) continue;
      this.loads[i] = (this.loads[i] as number) + 1;
      const place = this.places[i] as Place;
      this.shared.set(place.id, this.loads[i] as number);
      for (const p of this.prefixes[i] as string[]) this.heaps.get(p)?.push(i);
      return { id: place.id, shared: prefix.length };
    }
    return undefined;
  }
}
