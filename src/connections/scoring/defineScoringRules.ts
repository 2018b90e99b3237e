import type { ACTIVITY_KINDS } from '../../model/activity.js';
import type { PERFORMANCE_RECORD_KINDS } from '../../model/performanceRecord.js';
import type { BilingualText } from '../../model/shared/localized.js';
import {
  type ArgumentIssue,
  fieldName,
  guard,
  issueOf,
  NO_SUBJECT,
  throwArgumentError,
} from '../../stats/internal/invalidInput.js';
import type { MessageParams } from '../../stats/internal/messages.js';

/**
 * What a scoring item counts (积分事项类别): a performance-record kind (履职登记类别) or an activity
 * kind (活动类别).
 *
 * @example
 * ```ts
 * import type { ScoringKind } from 'renda';
 *
 * const kinds: ScoringKind[] = ['suggestionSubmitted', 'inspection'];
 * ```
 * @category Metrics
 */
export type ScoringKind =
  | (typeof PERFORMANCE_RECORD_KINDS)[number]
  | (typeof ACTIVITY_KINDS)[number];

/**
 * One line of a scoring scheme (积分项目): points per occurrence of some kinds, with an optional cap.
 *
 * @example
 * ```ts
 * import type { ScoringItem } from 'renda';
 *
 * const suggestions: ScoringItem = { kind: 'suggestionSubmitted', points: 3, cap: 15 };
 * ```
 * @category Metrics
 */
export interface ScoringItem {
  /** A stable id for the breakdown; the kind (or kinds joined by `+`) by default. */
  readonly id?: string;
  /** The item's name, for reports. */
  readonly label?: BilingualText;
  /** The kind or kinds that count; several kinds share one cap. */
  readonly kind: ScoringKind | readonly ScoringKind[];
  /** Points per occurrence: > 0 for items; for penalties, the points deducted (also > 0). */
  readonly points: number;
  /** The most an item can add (or a penalty deduct) in the period; no cap when absent. */
  readonly cap?: number;
  /**
   * Where occurrences come from: performance records, activities (once per participating deputy),
   * or both (the default). `receptionDay` and `voterContact` are both record and activity kinds,
   * so pick one when you pass both, or they count twice.
   */
  readonly source?: 'record' | 'activity' | 'both';
  /** Count only session absences with this `excused` flag (records only), e.g. leave (请假). */
  readonly excused?: boolean;
}

/**
 * A grade band (等次): totals at or above `min` get `grade`; `min: null` catches everything below
 * the other bands.
 *
 * @example
 * ```ts
 * import type { ScoringBand } from 'renda';
 *
 * const good: ScoringBand = { min: 80, grade: { 'zh-Hans': '好', en: 'Good' } };
 * ```
 * @category Metrics
 */
export interface ScoringBand {
  /** The lowest total in the band; `null` for the catch-all bottom band. */
  readonly min: number | null;
  /** The grade's name. */
  readonly grade: BilingualText;
}

/**
 * A star level (星级): totals at or above `min` get `stars`.
 *
 * @example
 * ```ts
 * import type { ScoringStarLevel } from 'renda';
 *
 * const fiveStars: ScoringStarLevel = { min: 95, stars: 5 };
 * ```
 * @category Metrics
 */
export interface ScoringStarLevel {
  /** The lowest total for this many stars. */
  readonly min: number;
  /** The number of stars, a whole number ≥ 0. */
  readonly stars: number;
}

/**
 * The cycle a scoring scheme runs over (积分周期): monthly (Shigu), quarterly, yearly or per term.
 *
 * @example
 * ```ts
 * import { SCORING_PERIODS } from 'renda';
 *
 * console.log(SCORING_PERIODS); // ['month', 'quarter', 'year', 'term']
 * ```
 * @category Metrics
 */
export const SCORING_PERIODS = ['month', 'quarter', 'year', 'term'] as const;

/**
 * The data of a deputy performance scoring scheme (履职积分规则), the argument of
 * {@link defineScoringRules}.
 *
 * @example
 * ```ts
 * import type { ScoringRulesSpec } from 'renda';
 *
 * const spec: ScoringRulesSpec = {
 *   id: 'my-county',
 *   version: 1,
 *   base: 0,
 *   items: [{ kind: 'suggestionSubmitted', points: 3 }],
 *   cap: null,
 *   bands: [],
 *   period: 'year',
 * };
 * ```
 * @category Metrics
 */
export interface ScoringRulesSpec {
  /** A stable id, e.g. `yinchuan-style`. */
  readonly id: string;
  /** The rules' version, a whole number ≥ 1; bump it when the scheme changes. */
  readonly version: number;
  /** The scheme's name. */
  readonly name?: BilingualText;
  /** Points everyone starts with (基础分), e.g. 60 in Dongbao. */
  readonly base: number;
  /** The items that add points. */
  readonly items: readonly ScoringItem[];
  /** The items that deduct points (扣分项), `points` given as a positive number. */
  readonly penalties?: readonly ScoringItem[];
  /** The highest total (e.g. 100), or `null` for no cap (Dongbao). */
  readonly cap: number | null;
  /** The lowest total (e.g. 0), or `null`/absent for no floor. */
  readonly floor?: number | null;
  /** The grade bands, in any order; may be empty when the scheme only ranks. */
  readonly bands: readonly ScoringBand[];
  /** Optional star levels. */
  readonly stars?: readonly ScoringStarLevel[];
  /** The cycle the scheme is meant for; score one such period per call. */
  readonly period: (typeof SCORING_PERIODS)[number];
  /** Set on the examples renda ships: modelled on a published scheme, to adapt before use. */
  readonly example?: boolean;
}

/**
 * Checked, frozen scoring rules (履职积分规则): the spec with bands sorted by `min`, highest first
 * (the catch-all last), and star levels likewise.
 *
 * @example
 * ```ts
 * import { yinchuanStyleRules, type ScoringRules } from 'renda';
 *
 * const rules: ScoringRules = yinchuanStyleRules;
 * console.log(rules.bands[0]?.min); // 80
 * ```
 * @category Metrics
 */
export interface ScoringRules extends ScoringRulesSpec {
  readonly penalties: readonly ScoringItem[];
  readonly floor: number | null;
  readonly stars?: readonly ScoringStarLevel[];
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * Checks and freezes a deputy performance scoring scheme (定义履职积分规则).
 *
 * @remarks
 * Rules: `version` a whole number ≥ 1; `base` finite; every item and penalty has at least one
 * kind, `points` > 0 and, when given, `cap` > 0; `cap` and `floor` finite or `null`, with
 * floor ≤ cap; band `min`s distinct, at most one `null`; star `stars` whole numbers ≥ 0 with
 * distinct `min`s. Bands and star levels come back sorted highest first. See
 * {@link scoreDeputies} for how a total is computed.
 *
 * @param spec - The scheme as data.
 * @returns The rules, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`; its issues name the bad field
 * (e.g. `['items', 2, 'points']`).
 *
 * @example
 * ```ts
 * import { defineScoringRules } from 'renda';
 *
 * const rules = defineScoringRules({
 *   id: 'my-town',
 *   version: 1,
 *   base: 60,
 *   items: [{ kind: 'suggestionSubmitted', points: 3, cap: 15 }],
 *   penalties: [{ kind: 'sessionAbsence', excused: false, points: 5 }],
 *   cap: null,
 *   bands: [
 *     { min: 80, grade: { 'zh-Hans': '优秀', en: 'Excellent' } },
 *     { min: null, grade: { 'zh-Hans': '合格', en: 'Satisfactory' } },
 *   ],
 *   period: 'year',
 * });
 * console.log(Object.isFrozen(rules)); // true
 * ```
 * @category Metrics
 */
export function defineScoringRules(spec: ScoringRulesSpec): ScoringRules {
  return guard('defineScoringRules', () => {
    const issues: ArgumentIssue[] = [];
    // The issue names the top-level option; the sentence, the very value (`points` of an item).
    const bad = (
      path: (string | number)[],
      subject: BilingualText,
      requirement: Pick<MessageParams, 'expected' | 'rule'>,
    ): void => {
      issues.push(
        issueOf('INVALID_VALUE', path, {
          field: fieldName(String(path[0]), String(path[0])),
          subject,
          ...requirement,
        }),
      );
    };
    const mustBe = (zh: string, en: string) => ({ expected: fieldName(zh, en) });
    const must = (zh: string, en: string) => ({ rule: fieldName(zh, en) });
    const finiteOrNull = mustBe('有限数或 null', 'finite or null');
    if (typeof spec.id !== 'string' || spec.id.trim() === '')
      bad(['id'], fieldName('规则编号', 'id'), must('不能为空', 'must not be empty'));
    if (!Number.isSafeInteger(spec.version) || spec.version < 1) {
      bad(
        ['version'],
        fieldName('版本号', 'version'),
        mustBe('不小于 1 的整数', 'a whole number ≥ 1'),
      );
    }
    if (!finite(spec.base))
      bad(['base'], fieldName('基础分', 'base'), mustBe('有限数', 'a finite number'));
    const checkItems = (
      list: readonly ScoringItem[] | undefined,
      key: 'items' | 'penalties',
    ): void => {
      (list ?? []).forEach((item, i) => {
        const kinds = typeof item.kind === 'string' ? [item.kind] : item.kind;
        if (!Array.isArray(kinds) || kinds.length === 0) {
          bad([key, i, 'kind'], NO_SUBJECT, must('须至少给出一个类别', 'needs at least one kind'));
        }
        if (!finite(item.points) || item.points <= 0) {
          bad(
            [key, i, 'points'],
            fieldName('分值', 'points'),
            mustBe('正数（扣分项也填正数）', '> 0 (also for penalties)'),
          );
        }
        if (item.cap !== undefined && (!finite(item.cap) || item.cap <= 0)) {
          bad([key, i, 'cap'], fieldName('封顶分', 'cap'), mustBe('正数', '> 0'));
        }
      });
    };
    checkItems(spec.items, 'items');
    checkItems(spec.penalties, 'penalties');
    const floor = spec.floor ?? null;
    if (spec.cap !== null && !finite(spec.cap))
      bad(['cap'], fieldName('总分上限', 'cap'), finiteOrNull);
    if (floor !== null && !finite(floor))
      bad(['floor'], fieldName('总分下限', 'floor'), finiteOrNull);
    if (
      spec.cap !== null &&
      floor !== null &&
      finite(spec.cap) &&
      finite(floor) &&
      floor > spec.cap
    ) {
      bad(['floor'], fieldName('总分下限', 'floor'), must('不得高于上限', 'must not exceed cap'));
    }
    const mins = new Set<number | null>();
    spec.bands.forEach((band, i) => {
      if (band.min !== null && !finite(band.min))
        bad(['bands', i, 'min'], fieldName('等次分数线', 'min'), finiteOrNull);
      if (mins.has(band.min))
        bad(['bands', i, 'min'], NO_SUBJECT, must('等次分数线重复', 'duplicate band min'));
      mins.add(band.min);
    });
    const starMins = new Set<number>();
    (spec.stars ?? []).forEach((level, i) => {
      if (!finite(level.min) || starMins.has(level.min)) {
        bad(
          ['stars', i, 'min'],
          fieldName('星级分数线', 'star min'),
          mustBe('不重复的有限数', 'finite and distinct'),
        );
      }
      starMins.add(level.min);
      if (!Number.isSafeInteger(level.stars) || level.stars < 0) {
        bad(
          ['stars', i, 'stars'],
          fieldName('星级', 'stars'),
          mustBe('非负整数', 'a whole number ≥ 0'),
        );
      }
    });
    if (issues.length > 0) throwArgumentError('ScoringRules', issues);

    const freezeItem = (item: ScoringItem): ScoringItem =>
      Object.freeze({
        ...item,
        kind: typeof item.kind === 'string' ? item.kind : Object.freeze([...item.kind]),
        ...(item.label !== undefined ? { label: Object.freeze({ ...item.label }) } : {}),
      });
    const bands = [...spec.bands]
      .sort((a, b) => (a.min === null ? 1 : b.min === null ? -1 : b.min - a.min))
      .map((band) => Object.freeze({ min: band.min, grade: Object.freeze({ ...band.grade }) }));
    return Object.freeze({
      ...spec,
      ...(spec.name !== undefined ? { name: Object.freeze({ ...spec.name }) } : {}),
      items: Object.freeze(spec.items.map(freezeItem)),
      penalties: Object.freeze((spec.penalties ?? []).map(freezeItem)),
      floor,
      bands: Object.freeze(bands),
      ...(spec.stars !== undefined
        ? {
            stars: Object.freeze(
              [...spec.stars].sort((a, b) => b.min - a.min).map((s) => Object.freeze({ ...s })),
            ),
          }
        : {}),
    });
  });
}
