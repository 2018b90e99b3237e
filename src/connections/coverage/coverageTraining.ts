import { daysInMonth, toDayNumber } from '../../calendar/internal/days.js';
import type { Deputy } from '../../model/deputy.js';
import type { TRAINING_KINDS, Training } from '../../model/training.js';
import type { TrainingAttendance } from '../../model/trainingAttendance.js';
import { guard } from '../../stats/internal/invalidInput.js';
import type { RateOptions } from '../../stats/rate.js';
import type { CoveragePeriod, PartialPolicy } from './coveragePeriod.js';
import type { CoverageExclusion, CoverageResult, CoverageShortfall } from './coverageResult.js';
import { buildResult } from './internal/buildResult.js';
import { OptionChecks } from './internal/checkOptions.js';
import { coverageSentence, DEPUTIES } from './internal/coverageSentence.js';
import { toDay } from './internal/days.js';
import { deputySubjects } from './internal/deputySubject.js';
import { evaluateTarget, shortfall } from './internal/evaluate.js';
import { buildRoster } from './internal/roster.js';
import { servingOn } from './internal/serving.js';

type TrainingKind = (typeof TRAINING_KINDS)[number];

/**
 * Options of {@link coverageTraining} (培训覆盖率选项).
 *
 * @example
 * ```ts
 * import type { CoverageTrainingOptions } from 'renda';
 *
 * const newDeputies: CoverageTrainingOptions = {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   newDeputiesWithinFirstYear: true,
 * };
 * ```
 * @category Coverage
 */
export interface CoverageTrainingOptions {
  /** The period, both days inclusive. */
  readonly period: CoveragePeriod;
  /** The kind(s) of training that count: 初任 `initial`, 履职 `basic`, 专题 `thematic`…; any by default, `initial` for new deputies. */
  readonly kind?: TrainingKind | readonly TrainingKind[];
  /** Trainings each deputy needs in the period; 1 by default (ignored for new deputies). */
  readonly minTrainings?: number;
  /**
   * Measure new deputies' first-year training instead (新任代表一年内参加初任学习): the roster is the
   * deputies whose term started in the period; each needs a training of `kind` (default
   * `initial`) that starts no later than the last day of their first year.
   */
  readonly newDeputiesWithinFirstYear?: boolean;
  /**
   * The day the figures are as of (`period.to` by default). In the first-year mode a deputy whose
   * first year is not over by then and who has not trained yet is not short: left out as
   * `notYetDue`.
   */
  readonly asOf?: string;
  /** Only grassroots deputies (基层代表) are in the roster; false by default. */
  readonly grassrootsOnly?: boolean;
  /** How to treat deputies who served part of the period; `'prorate'` by default. */
  readonly partial?: PartialPolicy;
  /** The interval and minimum n of the rate. */
  readonly rateOptions?: RateOptions;
}

/** The last day of a deputy's first year: the day before the first anniversary of `from`. */
function firstYearEnd(from: string): number {
  const year = Number(from.slice(0, 4)) + 1;
  const month = Number(from.slice(5, 7));
  const day = Math.min(Number(from.slice(8, 10)), daysInMonth(year, month));
  return toDayNumber(year, month, day) - 1;
}

/**
 * Training coverage (代表学习培训覆盖率): the share of deputies who attended at least `minTrainings`
 * trainings (of a kind) in the period, or of new deputies who had initial training (初任学习)
 * within their first year.
 *
 * @remarks
 * Formula, default mode: deputies with ≥ `minTrainings` distinct trainings attended ÷ deputies in
 * the roster (see {@link rosterFor}). A training counts when its first day (`period.from`) is in the
 * period, its kind is one of `kind` (any kind by default), and the deputy's attendance record says
 * `attended` (`excused` and `absent` do not count). Under `partial: 'prorate'` the need is
 * ⌈minTrainings × share⌉.
 *
 * Formula, `newDeputiesWithinFirstYear: true` (Sources §4.4 item 5, §6.1): new deputies who attended
 * a training of `kind` (default `initial`) starting on or before the last day of their first year
 * ÷ new deputies, where new means the term (or the by-election term) started in the period; the
 * others are excluded as `notNew`. Training before the term starts counts (initial study is often
 * held before the first session). The partial policy does not apply, since every new deputy joins
 * mid-period; a shortfall names the first year as `window`. With `grassrootsOnly`, non-grassroots
 * deputies are excluded as `notGrassroots`. O(deputies + trainings + attendances).
 *
 * @param deputies - The deputies; any iterable.
 * @param trainings - The trainings (for their kind and dates).
 * @param attendances - The attendance records.
 * @param options - The period, kinds, mode and policy.
 * @returns The coverage result, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for a bad period or target.
 *
 * @example
 * ```ts
 * import { coverageTraining } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies, trainings, trainingAttendances } = generateSample({ seed: 1 });
 * const result = coverageTraining(deputies, trainings, trainingAttendances, {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   kind: 'thematic',
 * });
 * console.log(result.rate.denominator > 0); // true
 * ```
 * @category Coverage
 */
export function coverageTraining(
  deputies: Iterable<Deputy>,
  trainings: Iterable<Training>,
  attendances: Iterable<TrainingAttendance>,
  options: CoverageTrainingOptions,
): CoverageResult {
  return guard('coverageTraining', () => {
    const checks = new OptionChecks('coverageTraining');
    checks.records(deputies, 'deputies', '代表');
    checks.records(trainings, 'trainings', '培训');
    checks.records(attendances, 'attendances', '参训记录');
    checks.options(options, 'options', '选项', false);
    const span = checks.period(options.period);
    const target = checks.count('minTrainings', '最少培训次数', options.minTrainings, 1);
    const partial = checks.partial(options.partial);
    const asOfNumber = checks.day('asOf', '统计截止日', options.asOf, span) ?? span.to;
    checks.done();
    const { from, to } = options.period;
    const newMode = options.newDeputiesWithinFirstYear === true;
    const kindOption = options.kind ?? (newMode ? 'initial' : undefined);
    const kinds =
      kindOption === undefined
        ? undefined
        : new Set<string>(typeof kindOption === 'string' ? [kindOption] : kindOption);

    // training id → its first day, for the trainings of the kinds that count.
    const counted = new Map<string, string>();
    for (const training of trainings) {
      if (kinds !== undefined && !kinds.has(training.kind)) continue;
      if (!newMode && (training.period.from < from || training.period.from > to)) continue;
      counted.set(training.id, training.period.from);
    }
    const excluded: CoverageExclusion[] = [];
    const inScope: Deputy[] = [];
    for (const deputy of deputies) {
      if (options.grassrootsOnly === true && !deputy.grassroots) {
        excluded.push({ id: deputy.id, reason: 'notGrassroots' });
      } else if (
        newMode &&
        (deputy.term.from < from || deputy.term.from > to || deputy.reElected === true)
      ) {
        // New means new to this congress: a re-elected deputy is not owed initial training.
        excluded.push({ id: deputy.id, reason: 'notNew' });
      } else inScope.push(deputy);
    }
    const roster = buildRoster(deputySubjects(inScope), span, newMode ? 'include' : partial);
    excluded.push(...roster.excluded);
    // In the first-year mode a training after the period still counts, so service is checked
    // against the deputy's whole term there.
    const serving = newMode ? undefined : servingOn(roster.entries);

    // deputy id → the first days of the distinct trainings attended.
    const attended = new Map<string, Map<string, string>>();
    for (const attendance of attendances) {
      if (attendance.status !== 'attended') continue;
      const day = counted.get(attendance.trainingId);
      if (day === undefined) continue;
      if (serving !== undefined && !serving(attendance.deputyId, day)) continue;
      const mine = attended.get(attendance.deputyId) ?? new Map<string, string>();
      mine.set(attendance.trainingId, day);
      attended.set(attendance.deputyId, mine);
    }

    let covered: string[];
    let shortfalls: CoverageShortfall[];
    if (newMode) {
      covered = [];
      shortfalls = [];
      for (const entry of roster.entries) {
        const lastNumber = firstYearEnd(entry.record.term.from);
        const last = toDay(lastNumber);
        const days = attended.get(entry.id);
        const inTime = days !== undefined && [...days.values()].some((day) => day <= last);
        if (inTime) covered.push(entry.id);
        // Not trained yet, but the first year is not over: not short yet.
        else if (lastNumber >= asOfNumber) excluded.push({ id: entry.id, reason: 'notYetDue' });
        else
          shortfalls.push(
            shortfall(entry, 0, 1, { window: { from: entry.record.term.from, to: last } }),
          );
      }
    } else {
      ({ covered, shortfalls } = evaluateTarget(
        roster.entries,
        [span],
        partial,
        target,
        (id) => attended.get(id)?.size ?? 0,
      ));
    }
    const kindText = kinds === undefined ? '' : [...kinds].join('/');
    return buildResult({
      id: 'coverageTraining',
      version: 1,
      name: newMode
        ? {
            'zh-Hans': '新任代表一年内初任学习覆盖率',
            en: 'New deputies trained within their first year',
          }
        : { 'zh-Hans': '代表学习培训覆盖率', en: 'Deputies trained' },
      formula: newMode
        ? {
            'zh-Hans': `任职一年内参加 ${kindText} 培训的新任代表数 ÷ 期内新任代表数`,
            en: `new deputies who attended ${kindText} training within their first year ÷ deputies whose term started in the period`,
          }
        : {
            'zh-Hans': `期内参加${kindText ? ` ${kindText} ` : ''}培训不少于 ${target} 次的代表数 ÷ 名册代表数`,
            en: `deputies who attended at least ${target} ${kindText ? `${kindText} ` : ''}training(s) in the period ÷ deputies in the roster`,
          },
      sentence: newMode
        ? coverageSentence(
            { zh: '新任代表', measure: '名', en: 'new deputies' },
            { zh: '在任职一年内参加初任学习', en: 'trained within their first year' },
          )
        : coverageSentence(DEPUTIES, { zh: '参加学习培训', en: 'attended training' }),
      period: options.period,
      covered,
      shortfalls,
      excluded,
      rateOptions: options.rateOptions,
    });
  });
}
