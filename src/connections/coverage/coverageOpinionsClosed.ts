import { addWorkingDays } from '../../calendar/addWorkingDays.js';
import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';
import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod } from './coveragePeriod.js';
import type { CoverageExclusion, CoverageResult, CoverageShortfall } from './coverageResult.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence } from './internal/coverageSentence.js';
import { toDay, toNumber } from './internal/days.js';

/** The longest time limit accepted, in working days: a year's worth and more. */
const MAX_WORKING_DAYS = 366;
/** How far past the period a late feedback's non-working day is rounded up to a working day. */
const ROUND_UP_LIMIT = 60;

/**
 * Options of {@link coverageOpinionsClosed} (群众意见按期反馈率选项).
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, type CoverageOpinionsClosedOptions } from 'renda';
 *
 * const options: CoverageOpinionsClosedOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   withinWorkingDays: 10,
 *   calendar: chinaOfficialCalendar,
 * };
 * ```
 * @category Coverage
 */
export interface CoverageOpinionsClosedOptions {
  /** Opinions received (`receivedDay`) in this period are measured; both days inclusive. */
  readonly period: CoveragePeriod;
  /** The time limit in working days, counted from the day received (day zero). */
  readonly withinWorkingDays: number;
  /** The working-day calendar, e.g. {@link chinaOfficialCalendar}. */
  readonly calendar: WorkingDayCalendar;
  /** The zone that turns `feedback.at` into a calendar day; `Asia/Shanghai` by default. */
  readonly timeZone?: string;
  /** The day the figures are as of (end of that day counts as not yet); `period.to` by default. */
  readonly asOf?: string;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/**
 * Coverage of the constituent-opinion closed loop (群众意见办理反馈闭环率): the share of opinions
 * received in the period that were fed back to the constituent within N working days.
 *
 * @remarks
 * Formula: opinions fed back within `withinWorkingDays` working days ÷ opinions received in the
 * period that are due (Sources §9). The limit is
 * `addWorkingDays(receivedDay, N, calendar)`, so holidays and make-up working days (调休) count as
 * the calendar says; the clock stops on the calendar day of `feedback.at` in `timeZone`.
 *
 * An opinion that became or joined a deputy's suggestion counts too, once that suggestion is
 * replied: its limit is then the feedback duty the reply set (`feedbackDueDay`, the opinion
 * policy's `feedbackWorkingDays` from the reply, frozen on the record), since no suggestion is
 * answered within days of the opinion's receipt; whether it was met is the verdict frozen when
 * the constituent was told (`feedbacks[].onTime`), never judged again here.
 *
 * In the roster: opinions fed back by `asOf`; opinions answered on the spot (`answeredOnSite`,
 * covered with 0 days); and open opinions whose limit is before `asOf` (late). Left out:
 * `notAccepted` (不予受理), `merged` (a duplicate, counted in the ticket it joined),
 * `convertedToSuggestion` (its suggestion not replied yet, so no feedback is owed) and
 * `notYetDue` (still open, limit not passed). Received outside the period: not counted at all.
 *
 * A shortfall is in working days: `need` = the working days the opinion took (to the feedback, or
 * to `asOf` for an open one; feedback on a non-working day counts as given on the next working
 * day, and an open late opinion counts at least N + 1), `have` = N, the working days it had, and
 * `short` = `need − have`, the working days over the limit (for a converted opinion, `have` is
 * the working days from its receipt to its feedback due day).
 * O(opinions × days over the limit).
 *
 * @param opinions - The constituent opinions; any iterable.
 * @param options - The period, limit, calendar, zone and `asOf`.
 * @returns The coverage result over opinions, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period, limit, calendar, zone or
 * `asOf`.
 *
 * @example
 * ```ts
 * import { chinaOfficialCalendar, coverageOpinionsClosed } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { opinions } = generateSample({ seed: 1 });
 * const result = coverageOpinionsClosed(opinions, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   withinWorkingDays: 15,
 *   calendar: chinaOfficialCalendar,
 * });
 * console.log(result.shortfalls.every((s) => s.short === s.need - s.have && s.short > 0)); // true
 * ```
 * @category Coverage
 */
export function coverageOpinionsClosed(
  opinions: Iterable<ConstituentOpinion>,
  options: CoverageOpinionsClosedOptions,
): CoverageResult {
  return guard('coverageOpinionsClosed', () => {
    const checks = new OptionChecks('coverageOpinionsClosed');
    checks.records(opinions, 'opinions', '群众意见');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const limit = checks.count(
      'withinWorkingDays',
      '办理时限（工作日）',
      options.withinWorkingDays,
      0,
      0,
      MAX_WORKING_DAYS,
    );
    if (options.withinWorkingDays === undefined) {
      checks.conflict(
        'withinWorkingDays',
        '办理时限（工作日）',
        fieldName('须给出办理时限', 'withinWorkingDays is required'),
      );
    }
    if (typeof options.calendar?.isWorkingDay !== 'function') {
      checks.conflict('calendar', '工作日历', fieldName('须给出工作日历', 'calendar is required'));
    }
    const timeZone = checks.timeZone(options.timeZone);
    const asOfNumber = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    checks.done();
    const { from, to } = options.period;
    const { calendar } = options;
    const asOf = toDay(asOfNumber);

    // Working days are counted from one prefix sum over the period (built once, on the first late
    // opinion), so each opinion costs O(1) whatever its delay: the work is bounded by the records
    // plus the period's days, and the period itself is at most ten years (OptionChecks).
    const base = span.from;
    const last = span.to + ROUND_UP_LIMIT;
    let prefix: Uint16Array | undefined;
    const workingThrough = (n: number): number => {
      if (prefix === undefined) {
        prefix = new Uint16Array(last - base + 1);
        let count = 0;
        for (let day = base; day <= last; day++) {
          if (calendar.isWorkingDay(toDay(day))) count += 1;
          prefix[day - base] = count;
        }
      }
      if (n < base) return 0;
      return prefix[Math.min(n, last) - base] as number;
    };
    const isWorking = (n: number): boolean => workingThrough(n) - workingThrough(n - 1) === 1;
    /** Working days in (a, b], counting a non-working `b` as the next working day. */
    const workingDaysTo = (a: number, b: number, roundUp: boolean): number => {
      let end = b;
      if (roundUp && end > a) {
        // A calendar with no working day ahead must not spin forever: look a bounded way.
        for (let step = 0; step < ROUND_UP_LIMIT && end < last && !isWorking(end); step++) end += 1;
      }
      return Math.max(0, workingThrough(end) - workingThrough(a));
    };
    const deadlines = new Map<string, string>();
    const deadlineOf = (day: string): string => {
      let d = deadlines.get(day);
      if (d === undefined) {
        d = addWorkingDays(day, limit, calendar);
        deadlines.set(day, d);
      }
      return d;
    };

    const covered: string[] = [];
    const shortfalls: CoverageShortfall[] = [];
    const excluded: CoverageExclusion[] = [];
    for (const opinion of opinions) {
      const received = opinion.receivedDay;
      if (received < from || received > to) continue;
      if (opinion.state === 'notAccepted') {
        excluded.push({ id: opinion.id, reason: 'notAccepted' });
        continue;
      }
      if (opinion.state === 'convertedToSuggestion') {
        excluded.push({ id: opinion.id, reason: 'convertedToSuggestion' });
        continue;
      }
      if (opinion.state === 'merged') {
        excluded.push({ id: opinion.id, reason: 'mergedDuplicate' });
        continue;
      }
      if (opinion.state === 'answeredOnSite') {
        covered.push(opinion.id);
        continue;
      }
      // A converted opinion is owed feedback by the duty its suggestion's reply set.
      const duty = opinion.suggestionReply === undefined ? undefined : opinion.feedbackDueDay;
      const deadline = duty ?? deadlineOf(received);
      const have =
        duty === undefined ? limit : workingDaysTo(toNumber(received), toNumber(duty), false);
      // Its verdict was frozen when the constituent was told, in the policy's zone: read, never
      // judged again here (this function's zone may differ).
      const frozen =
        duty === undefined
          ? undefined
          : opinion.feedbacks.find((f) => f.to === 'constituent' && f.dueDay === duty)?.onTime;
      const fedBackDay =
        opinion.feedback === undefined ? undefined : toCalendarDay(opinion.feedback.at, timeZone);
      if (fedBackDay !== undefined && fedBackDay <= asOf) {
        if (frozen ?? fedBackDay <= deadline) covered.push(opinion.id);
        else {
          const taken = Math.max(
            have + 1,
            workingDaysTo(toNumber(received), toNumber(fedBackDay), true),
          );
          shortfalls.push({ id: opinion.id, have, need: taken, short: taken - have });
        }
      } else if (deadline < asOf) {
        const taken = Math.max(have + 1, workingDaysTo(toNumber(received), asOfNumber, false));
        shortfalls.push({ id: opinion.id, have, need: taken, short: taken - have });
      } else {
        excluded.push({ id: opinion.id, reason: 'notYetDue' });
      }
    }
    return buildResult({
      id: 'coverageOpinionsClosed',
      version: 1,
      name: { 'zh-Hans': '群众意见按期办结反馈率', en: 'Constituent opinions fed back on time' },
      formula: {
        'zh-Hans': `受理后 ${limit} 个工作日内反馈的意见数 ÷ 期内受理且已到期或已反馈的意见数`,
        en: `opinions fed back within ${limit} working days of receipt ÷ opinions received in the period that are fed back or due`,
      },
      sentence: coverageSentence(
        { zh: '群众意见', measure: '件', en: 'constituent opinions' },
        { zh: '按期办结反馈', en: 'fed back on time' },
        { 'zh-Hans': '按期反馈率', en: 'on-time rate' },
        false,
      ),
      period: options.period,
      covered,
      shortfalls,
      excluded,
      rateOptions: options.rateOptions,
    });
  });
}
