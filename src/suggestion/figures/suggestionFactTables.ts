import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import {
  answeringReplies,
  DUTY_BIT,
  DUTY_EXCLUSIONS,
  type DutyReading,
  FORM_BIT,
  FORM_EXCLUSIONS,
  newItemReading,
  readItem,
} from './facts.js';
import {
  factsContextOf,
  factsRowOf,
  type SuggestionFactsRow,
  type SuggestionFactsRowOptions,
} from './suggestionFactsRow.js';
import type { DutyUnit } from './suggestionMetrics.js';

// A suggestion's facts as four flat tables: the item row, one row per evaluation form, one per
// reply and one per duty. Each fact column is named after its fact (ITEM_FACTS, FORM_FACTS,
// DUTY_FACTS), so a rate's rule, stated over those names, reads the columns directly; the SQL path
// (suggestionStatsSql) is generated from the rules and these names.

/**
 * One evaluation form's facts (评价表事实行): the columns are the {@link FORM_FACTS}, the exclusion
 * reason first (`null` when the form counts).
 *
 * @example
 * ```ts
 * import type { SuggestionFormFactsRow } from 'renda';
 *
 * const countedFinal = (f: SuggestionFormFactsRow) => f.excluded === null && f.final;
 * ```
 * @category Metrics
 */
export interface SuggestionFormFactsRow {
  /** The suggestion's id. */
  readonly suggestionId: string;
  /** The form's index in the record's `evaluations`. */
  readonly index: number;
  readonly deputyId: string;
  /** The handling round the form grades. */
  readonly round: number;
  readonly excluded: (typeof FORM_EXCLUSIONS)[number] | null;
  readonly final: boolean;
  readonly firstRound: boolean;
  readonly satisfied: boolean;
  readonly basicallySatisfied: boolean;
  readonly broad: boolean;
  readonly keyItem: boolean;
  readonly attitudeGraded: boolean;
  readonly attitudeBroad: boolean;
}

/**
 * One reply's facts (答复事实行): its unit, round and class, whether it is a follow-up reply, and
 * whether it is the final reply of an answering unit (the replies, 件次, the reply-based figures
 * count).
 *
 * @example
 * ```ts
 * import type { SuggestionReplyFactsRow } from 'renda';
 *
 * const counted = (r: SuggestionReplyFactsRow) => r.answering;
 * ```
 * @category Metrics
 */
export interface SuggestionReplyFactsRow {
  readonly suggestionId: string;
  /** The reply's index in the record's `replies`. */
  readonly index: number;
  readonly unitId: string;
  readonly round: number;
  readonly followUp: boolean;
  /** The final reply of a unit that answers the item (一个件次). */
  readonly answering: boolean;
  readonly outcomeClass: string;
}

/**
 * One duty's facts (办理义务事实行): an assisting input (协办意见) or a follow-up duty (跟踪办理),
 * the unit that owes it, and the {@link DUTY_FACTS} as columns.
 *
 * @example
 * ```ts
 * import type { SuggestionDutyFactsRow } from 'renda';
 *
 * const overdue = (d: SuggestionDutyFactsRow) => d.excluded === null && d.overdue;
 * ```
 * @category Metrics
 */
export interface SuggestionDutyFactsRow {
  readonly suggestionId: string;
  /** What the duty is. */
  readonly kind: DutyUnit;
  /** Its place among the item's duties of this kind (inputs sent, then owed). */
  readonly index: number;
  /** The unit that owes (or owed) it. */
  readonly unitId: string;
  readonly excluded: (typeof DUTY_EXCLUSIONS)[number] | null;
  readonly done: boolean;
  readonly onTime: boolean;
  readonly late: boolean;
  readonly open: boolean;
  readonly overdue: boolean;
  readonly due: boolean;
}

/**
 * A suggestion's facts as flat rows of four tables (建议事实表): the item's row
 * ({@link suggestionFactsRow}), and a row per evaluation form, reply and duty.
 *
 * @example
 * ```ts
 * import type { SuggestionFactTables } from 'renda';
 *
 * const formsOf = (t: SuggestionFactTables) => t.forms.length;
 * ```
 * @category Metrics
 */
export interface SuggestionFactTables {
  readonly item: SuggestionFactsRow;
  readonly forms: readonly SuggestionFormFactsRow[];
  readonly replies: readonly SuggestionReplyFactsRow[];
  readonly duties: readonly SuggestionDutyFactsRow[];
}

const formRow = (
  suggestionId: string,
  index: number,
  e: Suggestion['evaluations'][number],
  bits: number,
): SuggestionFormFactsRow => {
  const has = (fact: keyof typeof FORM_BIT): boolean => (bits & FORM_BIT[fact]) !== 0;
  return Object.freeze({
    suggestionId,
    index,
    deputyId: e.deputyId,
    round: e.round,
    excluded: FORM_EXCLUSIONS.find((reason) => has(reason)) ?? null,
    final: has('final'),
    firstRound: has('firstRound'),
    satisfied: has('satisfied'),
    basicallySatisfied: has('basicallySatisfied'),
    broad: has('broad'),
    keyItem: has('keyItem'),
    attitudeGraded: has('attitudeGraded'),
    attitudeBroad: has('attitudeBroad'),
  });
};

const dutyRows = (
  suggestionId: string,
  kind: DutyUnit,
  duties: DutyReading,
): SuggestionDutyFactsRow[] =>
  Array.from({ length: duties.count }, (_, index) => {
    const bits = duties.facts[index] as number;
    const has = (fact: keyof typeof DUTY_BIT): boolean => (bits & DUTY_BIT[fact]) !== 0;
    return Object.freeze({
      suggestionId,
      kind,
      index,
      unitId: duties.unitIds[index] as string,
      excluded: DUTY_EXCLUSIONS.find((reason) => has(reason)) ?? null,
      done: has('done'),
      onTime: has('onTime'),
      late: has('late'),
      open: has('open'),
      overdue: has('overdue'),
      due: has('due'),
    });
  });

/**
 * A suggestion's facts as rows of four tables (建议事实表): what {@link suggestionStats} counts,
 * read once by its rules, to store beside the record and compute the dashboard in SQL
 * ({@link suggestionStatsSql}).
 *
 * @remarks
 * `item` is {@link suggestionFactsRow}'s row. `forms` has a row per evaluation form with the
 * {@link FORM_FACTS} as columns, `duties` a row per assisting input and follow-up duty with the
 * {@link DUTY_FACTS}, `replies` a row per reply, `answering` marking each answering unit's final
 * reply (件次). Facts are taken at `asOf`: store them again when `asOf` moves (days late, overdue
 * duties change with it).
 *
 * @param record - A suggestion record.
 * @param options - The policy and `asOf`.
 * @returns The rows, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for options without a usable policy or
 * `asOf`, or a record that cannot be read.
 *
 * @example
 * ```ts
 * import { suggestionFactTables } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy, asOf } = generateSample({ seed: 1 });
 * const tables = suggestionFactTables(suggestions[0]!, { policy, asOf });
 * console.log(tables.forms.length === suggestions[0]!.evaluations.length); // true
 * ```
 * @category Metrics
 */
export function suggestionFactTables(
  record: Suggestion,
  options: SuggestionFactsRowOptions,
): SuggestionFactTables {
  return guard('suggestionFactTables', () => {
    const ctx = factsContextOf(options);
    const reading = readItem(record, ctx, newItemReading());
    const id = record.id;
    const answering = new Set(finalReplies(record));
    return Object.freeze({
      item: Object.freeze(factsRowOf(record, ctx, reading)),
      forms: Object.freeze(
        record.evaluations.map((e, index) => formRow(id, index, e, reading.forms[index] as number)),
      ),
      replies: Object.freeze(
        record.replies.map((r, index) =>
          Object.freeze({
            suggestionId: id,
            index,
            unitId: r.unitId,
            round: r.round,
            followUp: r.followUp,
            answering: answering.has(r),
            outcomeClass: r.outcomeClass,
          }),
        ),
      ),
      duties: Object.freeze([
        ...dutyRows(id, 'assistingInput', reading.inputs),
        ...dutyRows(id, 'followUp', reading.followUps),
      ]),
    });
  });
}

/** The answering units' final replies, by identity. */
function finalReplies(record: Suggestion): Suggestion['replies'][number][] {
  const out: Suggestion['replies'][number][] = [];
  const count = answeringReplies(record, out);
  return out.slice(0, count);
}

/**
 * {@link suggestionFactTables} returning a result instead of throwing (建议事实表，不抛错).
 *
 * @param record - As for {@link suggestionFactTables}.
 * @param options - As for {@link suggestionFactTables}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 *
 * @example
 * ```ts
 * import { safeSuggestionFactTables } from 'renda';
 *
 * console.log(safeSuggestionFactTables(null as never, null as never).ok); // false
 * ```
 * @category Metrics
 */
export function safeSuggestionFactTables(
  record: Suggestion,
  options: SuggestionFactsRowOptions,
): Result<SuggestionFactTables, ValidationError> {
  return safely('suggestionFactTables', () => suggestionFactTables(record, options));
}
