import { safeToCalendarDay } from '../../calendar/toCalendarDay.js';
import type { Activity } from '../../model/activity.js';
import type { LiaisonStation, ReceptionSchedule } from '../../model/liaisonStation.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import { type Rate, type RateOptions, rate } from '../../stats/rate.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { dayNumber, toDay, toNumber } from '../coverage/internal/days.js';
import type { ScheduledReceptionDay } from './expandSchedule.js';
import { expandDays } from './internal/expandDays.js';
import { matchHeld } from './internal/matchHeld.js';
import { readSchedule, readScheduleOptions } from './internal/readSchedule.js';
import type { ScheduleOptions } from './scheduleOptions.js';

/**
 * Why a station is left out of {@link receptionDayAdherence} (不计入的原因): it has no reception
 * schedule (`noSchedule`), or it was not active on any day of the period (`notActive`).
 *
 * @example
 * ```ts
 * import { RECEPTION_EXCLUSION_REASONS } from 'renda';
 *
 * console.log(RECEPTION_EXCLUSION_REASONS); // ['noSchedule', 'notActive']
 * ```
 * @category Coverage
 */
export const RECEPTION_EXCLUSION_REASONS = ['noSchedule', 'notActive'] as const;

/**
 * Options of {@link receptionDayAdherence} (接待日按期举行率选项): the period, the day it is
 * measured on, and how the schedules are laid on the calendar.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, type ReceptionDayAdherenceOptions } from 'renda';
 *
 * const options: ReceptionDayAdherenceOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   asOf: '2025-10-31T18:00:00+08:00',
 *   calendar: chinaOfficialCalendar,
 *   onNonWorkingDay: 'nextWorkingDay',
 * };
 * ```
 * @category Coverage
 */
export interface ReceptionDayAdherenceOptions extends ScheduleOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /**
   * The day measured on (统计截止日): a `YYYY-MM-DD` day, or a timestamp with an offset read as
   * its day in `timeZone`. Scheduled days up to it (inclusive) are due; later ones are upcoming.
   */
  readonly asOf: string;
  /** The zone that turns a timestamp `asOf` into a day; `Asia/Shanghai` by default. */
  readonly timeZone?: string;
  /**
   * How many days off a scheduled day a reception may be held and still count for it; 0 (the
   * same day) by default, at most 31.
   */
  readonly toleranceDays?: number;
  /** The interval and minimum n of the rates. */
  readonly rateOptions?: RateOptions;
}

/**
 * A scheduled reception day that was held (已举行): the day scheduled and the day held, the same
 * day unless a tolerance let another count.
 *
 * @example
 * ```ts
 * import type { HeldReceptionDay } from 'renda';
 *
 * const held: HeldReceptionDay = { day: '2025-03-15', heldOn: '2025-03-15' };
 * ```
 * @category Coverage
 */
export interface HeldReceptionDay {
  /** The scheduled day. */
  readonly day: string;
  /** The day a `receptionDay` activity was held at the station. */
  readonly heldOn: string;
}

/**
 * One station's reception days, held against scheduled (站点接待日举行情况).
 *
 * @remarks
 * `held.length + missed.length = due.length`; `rate` = held ÷ due.
 *
 * @example
 * ```ts
 * import type { StationAdherence } from 'renda';
 *
 * const s: StationAdherence = {
 *   id: 'ST-1',
 *   name: '某街道代表联络站',
 *   scheduled: [{ day: '2025-01-20', ruleDay: '2025-01-20' }],
 *   due: ['2025-01-20'],
 *   held: [],
 *   missed: ['2025-01-20'],
 *   extra: ['2025-01-21'],
 *   rate: { numerator: 0, denominator: 1, value: 0 },
 * };
 * ```
 * @category Coverage
 */
export interface StationAdherence {
  /** The station's id. */
  readonly id: string;
  /** The station's name. */
  readonly name: string;
  /** Every scheduled reception day of the station's part of the period, due or not. */
  readonly scheduled: readonly ScheduledReceptionDay[];
  /** The scheduled days up to `asOf` (应举行). */
  readonly due: readonly string[];
  /** The due days that were held (已举行). */
  readonly held: readonly HeldReceptionDay[];
  /** The due days that were not (未举行). */
  readonly missed: readonly string[];
  /** Days a reception was held that match no due day (计划外接待日). */
  readonly extra: readonly string[];
  /** held ÷ due; `value` is `null` when nothing is due yet. */
  readonly rate: Rate;
}

/**
 * A station left out of {@link receptionDayAdherence}, with the reason.
 *
 * @example
 * ```ts
 * import type { ReceptionExclusion } from 'renda';
 *
 * const e: ReceptionExclusion = { id: 'ST-ONLINE', reason: 'noSchedule' };
 * ```
 * @category Coverage
 */
export interface ReceptionExclusion {
  /** The station's id. */
  readonly id: string;
  /** Why it is left out. */
  readonly reason: (typeof RECEPTION_EXCLUSION_REASONS)[number];
}

/**
 * The result of {@link receptionDayAdherence} (接待日按期举行率).
 *
 * @example
 * ```ts
 * import { receptionDayAdherence, type ReceptionDayAdherenceResult } from 'renda';
 *
 * const r: ReceptionDayAdherenceResult = receptionDayAdherence([], [], {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   asOf: '2025-12-31',
 * });
 * console.log(r.rate.value); // null
 * ```
 * @category Coverage
 */
export interface ReceptionDayAdherenceResult {
  /** The definition's stable id, `receptionDayAdherence`. */
  readonly id: string;
  /** The definition's version; bumped when the meaning changes. */
  readonly version: number;
  /** The figure's name, 接待日按期举行率. */
  readonly name: BilingualText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** The period measured. */
  readonly period: CoveragePeriod;
  /** The day measured on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Held ÷ due over every station; `value` is `null` when nothing is due. */
  readonly rate: Rate;
  /** The stations with a schedule, sorted by id. */
  readonly stations: readonly StationAdherence[];
  /** The stations left out and why, sorted by id. */
  readonly excluded: readonly ReceptionExclusion[];
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Reads `asOf` as a day: a day is itself, a timestamp is its day in `timeZone`. */
function readAsOf(checks: OptionChecks, value: unknown, timeZone: string): string | undefined {
  if (value === undefined) {
    checks.add('REQUIRED', ['asOf'], { field: fieldName('统计截止日', 'asOf') });
    return undefined;
  }
  const day = typeof value === 'string' ? safeToCalendarDay(value, timeZone) : undefined;
  if (day?.ok === true) return day.value;
  checks.add('INVALID_VALUE', ['asOf'], {
    field: fieldName('统计截止日', 'asOf'),
    expected: fieldName(
      'YYYY-MM-DD 日期或带时区偏移的时间',
      'a YYYY-MM-DD day or a timestamp with an offset',
    ),
    got: value,
  });
  return undefined;
}

/**
 * Reception days held as scheduled (接待日按期举行率): per station, the scheduled reception days
 * (接待日) due by `asOf`, those held, those missed, and receptions held off the schedule.
 *
 * @remarks
 * Formula: 接待日按期举行率 = scheduled days held ÷ scheduled days due, over every station with a
 * schedule. A scheduled day is due when it is in the period, in the station's `active` dates, and
 * not after `asOf`; later ones are listed in `scheduled` but not counted. The days come from
 * {@link expandSchedule} with the same options (`calendar`, `onNonWorkingDay`, `missingDay`,
 * `noticeIn`), so a day moved off a holiday is due on the day it moved to.
 *
 * A due day is held when an activity of kind `receptionDay` at the station (`stationId`) falls on
 * that day; two deputies receiving on one day make one reception day. The strict reading (the
 * same day) is the default: a reception held on another day of the week or month does not count,
 * since the published day is the promise made to constituents. With `toleranceDays: k`, a
 * reception up to k days before or after counts, each reception for at most one scheduled day
 * (the most days possible are matched). Receptions in the period, up to `asOf`, that match no due
 * day are `extra` (including one held early for a day not yet due).
 *
 * Stations without a schedule are excluded (`noSchedule`), as are those not active on any day of
 * the period (`notActive`). One pass over the activities: O(stations × scheduled days +
 * activities).
 *
 * @param stations - The liaison stations; any iterable.
 * @param activities - Activities of any kind; only `receptionDay` ones are read.
 * @param options - The period, `asOf`, tolerance and schedule options.
 * @returns The rate and the per-station lists, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the field for a bad period, `asOf`,
 * time zone, tolerance, option or station schedule, or a missing calendar.
 *
 * @example
 * ```ts
 * import { receptionDayAdherence } from 'renda';
 *
 * const station = {
 *   id: 'ST-1',
 *   name: '某街道代表联络站',
 *   kind: 'station' as const,
 *   area: { code: '440106001', name: '某街道' },
 *   enrolments: [],
 *   receptionSchedule: { kind: 'monthlyDays' as const, days: [20], noticeDays: 3 },
 *   active: { from: '2020-01-01' },
 * };
 * const reception = {
 *   id: 'A-1',
 *   kind: 'receptionDay' as const,
 *   title: '代表接待选民日',
 *   at: '2025-01-20T09:00:00+08:00',
 *   day: '2025-01-20',
 *   stationId: 'ST-1',
 *   participants: { memberIds: [], deputyIds: ['D-1'] },
 *   recordedAt: '2025-01-20T12:00:00+08:00',
 * };
 * const result = receptionDayAdherence([station], [reception], {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   asOf: '2025-03-31',
 * });
 * console.log(result.rate); // { numerator: 1, denominator: 3, value: 0.3333333333333333 }
 * console.log(result.stations[0]?.missed); // ['2025-02-20', '2025-03-20']
 * ```
 * @category Coverage
 */
export function receptionDayAdherence(
  stations: Iterable<LiaisonStation>,
  activities: Iterable<Activity>,
  options: ReceptionDayAdherenceOptions,
): ReceptionDayAdherenceResult {
  return guard('receptionDayAdherence', () => {
    const checks = new OptionChecks('receptionDayAdherence');
    checks.records(stations, 'stations', '家站点');
    checks.records(activities, 'activities', '活动');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const timeZone = checks.timeZone(options.timeZone);
    const asOf = readAsOf(checks, options.asOf, timeZone);
    const tolerance = checks.count('toleranceDays', '容差天数', options.toleranceDays, 0, 0, 31);
    const settingsOf = readScheduleOptions(checks, options);
    checks.done();
    const settings = settingsOf();
    const asOfNumber = toNumber(asOf as string);

    const scheduled: {
      station: LiaisonStation;
      schedule: ReceptionSchedule;
      from: number;
      to: number;
    }[] = [];
    const excluded: ReceptionExclusion[] = [];
    let index = 0;
    for (const station of stations) {
      const at = index++;
      if (station.receptionSchedule === undefined) {
        excluded.push({ id: station.id, reason: 'noSchedule' });
        continue;
      }
      const schedule = readSchedule(checks, station.receptionSchedule, [
        'stations',
        at,
        'receptionSchedule',
      ]);
      const from = Math.max(span.from, toNumber(station.active.from));
      const to =
        station.active.to === undefined ? span.to : Math.min(span.to, toNumber(station.active.to));
      if (schedule === undefined) continue;
      if (to < from) excluded.push({ id: station.id, reason: 'notActive' });
      else scheduled.push({ station, schedule, from, to });
    }
    checks.done();

    // station id → the distinct days it held a reception, in the period and up to asOf.
    const wanted = new Set(scheduled.map((s) => s.station.id));
    const heldDays = new Map<string, Set<number>>();
    const last = Math.min(span.to, asOfNumber);
    for (const activity of activities) {
      if (activity.kind !== 'receptionDay' || activity.stationId === undefined) continue;
      if (!wanted.has(activity.stationId)) continue;
      const day = dayNumber(activity.day);
      if (day === undefined || day < span.from || day > last) continue;
      let days = heldDays.get(activity.stationId);
      if (days === undefined) {
        days = new Set();
        heldDays.set(activity.stationId, days);
      }
      days.add(day);
    }

    let totalHeld = 0;
    let totalDue = 0;
    const results: StationAdherence[] = scheduled.map(({ station, schedule, from, to }) => {
      const days = expandDays(schedule, { from, to }, settings);
      const due = days.map((d) => toNumber(d.day)).filter((d) => d <= asOfNumber);
      const held = [...(heldDays.get(station.id) ?? [])]
        .filter((d) => d >= from && d <= to)
        .sort((a, b) => a - b);
      const match = matchHeld(due, held, tolerance);
      totalHeld += match.held.length;
      totalDue += due.length;
      return {
        id: station.id,
        name: station.name,
        scheduled: days,
        due: due.map(toDay),
        held: match.held.map(([day, on]) => ({ day: toDay(day), heldOn: toDay(on) })),
        missed: match.missed.map(toDay),
        extra: match.extra.map(toDay),
        rate: rate(match.held.length, due.length, options.rateOptions),
      };
    });

    const tol =
      tolerance === 0
        ? { zh: '', en: '' }
        : { zh: `（前后 ${tolerance} 天内）`, en: ` (within ${tolerance} days)` };
    return {
      id: 'receptionDayAdherence',
      version: 1,
      name: { 'zh-Hans': '接待日按期举行率', en: 'Reception days held as scheduled' },
      formula: {
        'zh-Hans': `按期举行${tol.zh}的接待日数 ÷ 截至 ${asOf} 应举行的接待日数`,
        en: `scheduled reception days held${tol.en} ÷ scheduled reception days due by ${asOf}`,
      },
      period: { from: options.period.from, to: options.period.to },
      asOf: asOf as string,
      rate: rate(totalHeld, totalDue, options.rateOptions),
      stations: results.sort(byId),
      excluded: excluded.sort(byId),
    };
  });
}
