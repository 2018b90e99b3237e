import type { Activity } from '../../model/activity.js';
import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import type { Deputy } from '../../model/deputy.js';
import type { DutyReport } from '../../model/dutyReport.js';
import type { PerformanceRecord } from '../../model/performanceRecord.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { Evaluation, Proposer } from '../../model/suggestionParts.js';
import type { Training } from '../../model/training.js';
import type { TrainingAttendance } from '../../model/trainingAttendance.js';
import type { CoveragePeriod } from '../coverage/coveragePeriod.js';

/**
 * The records a duty record (履职档案) is assembled from: the deputies, and any of the sources.
 *
 * @remarks A source left out is read as empty, so its section of every record is empty.
 *
 * @example
 * ```ts
 * import type { DutyRecordSources } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const sources: DutyRecordSources = sample;
 * ```
 * @category Coverage
 */
export interface DutyRecordSources {
  /** The deputies (代表名册): whose days served decide what counts. */
  readonly deputies: Iterable<Deputy>;
  /** Activities (履职活动), counted for each deputy in `participants.deputyIds`. */
  readonly activities?: Iterable<Activity>;
  /** Performance records (履职登记), incl. congress-session attendance and absences. */
  readonly performanceRecords?: Iterable<PerformanceRecord>;
  /** Suggestions and motions (代表建议、议案), counted for each proposer. */
  readonly suggestions?: Iterable<Suggestion>;
  /** Constituent opinions (群众意见), counted for each deputy in `deputyIds`. */
  readonly opinions?: Iterable<ConstituentOpinion>;
  /** Training courses (学习培训): the days of the attendances. */
  readonly trainings?: Iterable<Training>;
  /** Training attendances (参训记录). */
  readonly trainingAttendances?: Iterable<TrainingAttendance>;
  /** Duty reports to constituents (向选民述职). */
  readonly dutyReports?: Iterable<DutyReport>;
}

/**
 * Options of {@link dutyRecord} and {@link dutyRecords} (履职档案选项).
 *
 * @example
 * ```ts
 * import type { DutyRecordOptions } from 'renda';
 *
 * const options: DutyRecordOptions = { period: { from: '2025-01-01', to: '2025-12-31' } };
 * ```
 * @category Coverage
 */
export interface DutyRecordOptions {
  /** The period, both days inclusive: a year, a quarter, a term. */
  readonly period: CoveragePeriod;
  /** The zone that turns a suggestion's `submittedAt` into its day; `Asia/Shanghai` by default. */
  readonly timeZone?: string;
}

/**
 * How a deputy stood at one session (会议出席情况): attended (出席), absent with leave (请假缺席)
 * or absent without it (未经批准缺席).
 *
 * @example
 * ```ts
 * import { SESSION_ATTENDANCE_MARKS } from 'renda';
 *
 * console.log(SESSION_ATTENDANCE_MARKS); // ['attended', 'excused', 'unexcused']
 * ```
 * @category Coverage
 */
export const SESSION_ATTENDANCE_MARKS = ['attended', 'excused', 'unexcused'] as const;

/**
 * One of {@link SESSION_ATTENDANCE_MARKS}.
 *
 * @example
 * ```ts
 * import type { SessionAttendanceMark } from 'renda';
 *
 * const mark: SessionAttendanceMark = 'excused';
 * ```
 * @category Coverage
 */
export type SessionAttendanceMark = (typeof SESSION_ATTENDANCE_MARKS)[number];

/**
 * A deputy at one congress session (代表大会会议出席情况).
 *
 * @example
 * ```ts
 * import type { SessionAttendance } from 'renda';
 *
 * const missed = (s: SessionAttendance): boolean => s.mark === 'unexcused';
 * ```
 * @category Coverage
 */
export interface SessionAttendance {
  /** The session: the records' `refId`, or their day when they carry none. */
  readonly session: string;
  /** The first day recorded for the session. */
  readonly from: string;
  /** The last day recorded for the session. */
  readonly to: string;
  /** Attended on any day; else absent without leave on any day; else absent with leave. */
  readonly mark: SessionAttendanceMark;
}

/**
 * A suggestion or motion in a duty record (履职档案中的建议): the deputy's role, its state, the
 * outcome class of each unit's final reply and the deputy's own evaluations.
 *
 * @example
 * ```ts
 * import type { DutyRecordSuggestion } from 'renda';
 *
 * const answeredA = (s: DutyRecordSuggestion): boolean =>
 *   s.outcomes.some((o) => o.outcomeClass === 'A');
 * ```
 * @category Coverage
 */
export interface DutyRecordSuggestion {
  /** The suggestion's id. */
  readonly id: string;
  /** 建议 or 议案. */
  readonly kind: Suggestion['kind'];
  /** 领衔 (`lead`) or 附议 (`co`). */
  readonly role: Proposer['role'];
  /** The day submitted, in the options' zone. */
  readonly day: string;
  /** Its state now. */
  readonly state: Suggestion['state'];
  /** Each replying unit's final reply class (最终答复类别), in the order units first replied. */
  readonly outcomes: readonly { readonly unitId: string; readonly outcomeClass: string }[];
  /** The deputy's evaluations (代表评价), by round. */
  readonly evaluations: readonly Pick<Evaluation, 'round' | 'grade' | 'attitude'>[];
}

/**
 * A deputy's duty record (代表履职档案) over a period: what they did on the days they served,
 * section by section, and the occurrences {@link scoreDeputies} counts.
 *
 * @remarks Score deputies from their records with
 * `scoreDeputies(deputies, records.flatMap((r) => r.occurrences), rules, { period })`.
 *
 * @example
 * ```ts
 * import type { DutyRecord } from 'renda';
 *
 * const line = (r: DutyRecord): string =>
 *   `${r.name}: ${r.activities.total} 次活动, ${r.suggestions.lead} 件领衔建议`;
 * ```
 * @category Coverage
 */
export interface DutyRecord {
  /** The deputy's id. */
  readonly deputyId: string;
  /** The deputy's name. */
  readonly name: string;
  /** The period. */
  readonly period: CoveragePeriod;
  /** The stretches served inside the period (empty when none), both days inclusive. */
  readonly served: readonly CoveragePeriod[];
  /** Activities (履职活动), by kind: how many, and which (id and day). */
  readonly activities: {
    readonly total: number;
    readonly byKind: Readonly<
      Partial<
        Record<
          Activity['kind'],
          {
            readonly count: number;
            readonly items: readonly { readonly id: string; readonly day: string }[];
          }
        >
      >
    >;
  };
  /** Performance records (履职登记), counted by kind. */
  readonly records: {
    readonly total: number;
    readonly byKind: Readonly<Partial<Record<PerformanceRecord['kind'], number>>>;
  };
  /** Congress sessions (代表大会会议): the deputy's mark at each, from performance records. */
  readonly congressSessions: {
    readonly attended: number;
    readonly excused: number;
    readonly unexcused: number;
    readonly sessions: readonly SessionAttendance[];
  };
  /** Standing committee sessions attended (列席常委会会议), from activities. */
  readonly scSessions: {
    readonly attended: number;
    readonly sessions: readonly { readonly activityId: string; readonly day: string }[];
  };
  /** Suggestions and motions as lead (领衔) and as co-signer (附议). */
  readonly suggestions: {
    readonly lead: number;
    readonly coSigned: number;
    readonly items: readonly DutyRecordSuggestion[];
  };
  /** Trainings attended (参加培训), counted on their first day. */
  readonly trainings: {
    readonly attended: number;
    readonly items: readonly {
      readonly trainingId: string;
      readonly kind: Training['kind'];
      readonly title: string;
      readonly from: string;
      readonly to?: string;
    }[];
  };
  /** Duty reports to constituents (述职). */
  readonly dutyReports: {
    readonly count: number;
    readonly items: readonly Pick<DutyReport, 'id' | 'day' | 'mode' | 'audience' | 'ratings'>[];
  };
  /** Constituent opinions received (收到的群众意见) and how they ended (办理状态). */
  readonly opinions: {
    readonly received: number;
    readonly byState: Readonly<Partial<Record<ConstituentOpinion['state'], number>>>;
    readonly items: readonly {
      readonly id: string;
      readonly day: string;
      readonly state: ConstituentOpinion['state'];
    }[];
  };
  /**
   * What {@link scoreDeputies} counts, in the shape it reads: the deputy's performance records
   * above, and each activity above narrowed to this deputy (`participants.deputyIds` is
   * `[deputyId]`), so the occurrences of all records together count each deputy's part once.
   */
  readonly occurrences: readonly (PerformanceRecord | Activity)[];
}
