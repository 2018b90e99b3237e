import { dueDate } from '../../calendar/dueDate.js';
import { extendDeadline } from '../../calendar/extendDeadline.js';
import { isOnTime } from '../../calendar/isOnTime.js';
import { toCalendarDay } from '../../calendar/toCalendarDay.js';
import type { Deadline, DeadlineRule } from '../../model/shared/deadline.js';
import type { HistoryEntry } from '../../model/shared/historyEntry.js';
import type { Suggestion } from '../../model/suggestion.js';
import { earliestOwedDeadline } from '../../suggestion/rules/handling.js';
import type { SampleContext } from './context.js';
import { isoOf } from './time.js';

// The record of one suggestion as its life unfolds: each event is one event of the suggestion
// workflow (its name, its parsed payload, its actor), appended to `history` in time order, and
// the builder writes on the record exactly what the workflow's effect would, so that replaying
// the history from the draft rebuilds the record (test/testing/replay.test.ts proves it). An
// event that would fall after `asOf` is not appended, and the life stops there, so the state is
// whatever the item had reached by then.

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
export type MutableSuggestion = Mutable<Suggestion>;

/** Who acts: role and id, as in `HistoryEntry.actor`. */
export type ActorRef = {
  readonly role: string;
  readonly id: string;
  /** The one acted for, when the office keys in what someone handed in on paper. */
  readonly onBehalfOf?: { readonly role: string; readonly id: string };
};

/** Deadlines memoised per anchor day and rule: a sample has only a few hundred distinct ones. */
export function deadlineCache(ctx: SampleContext): {
  due(anchorIso: string, rule: DeadlineRule): Deadline;
  extend(deadline: Deadline, months: number): Deadline;
} {
  const due = new Map<string, Deadline>();
  const extended = new Map<string, Deadline>();
  const ruleKeys = new Map<DeadlineRule, string>();
  const keyOf = (rule: DeadlineRule): string => {
    let key = ruleKeys.get(rule);
    if (key === undefined) {
      key = JSON.stringify(rule);
      ruleKeys.set(rule, key);
    }
    return key;
  };
  return {
    due(anchorIso, rule) {
      const day = toCalendarDay(anchorIso, ctx.policy.timeZone);
      const key = `${day}|${keyOf(rule)}`;
      let deadline = due.get(key);
      if (deadline === undefined) {
        deadline = dueDate(day, rule, ctx.policy);
        due.set(key, deadline);
      }
      return deadline;
    },
    extend(deadline, months) {
      const key = `${deadline.anchorDay}|${deadline.day}|${keyOf(deadline.rule)}|${months}`;
      let result = extended.get(key);
      if (result === undefined) {
        result = extendDeadline(deadline, months, ctx.policy);
        extended.set(key, result);
      }
      return result;
    },
  };
}

/** A suggestion being lived through, event by event. */
export class SuggestionLife {
  readonly record: MutableSuggestion;
  /** The moment of the last event. */
  now: number;
  /** True once an event fell after `asOf`. */
  stopped = false;
  private readonly asOf: number;

  constructor(ctx: SampleContext, record: MutableSuggestion, createdAt: number) {
    this.record = record;
    this.now = createdAt;
    this.asOf = ctx.asOf;
  }

  /**
   * Appends an event at `at` (moved forward to the last event's moment if earlier) and returns
   * the moment used, or `undefined` when it would fall after `asOf` (and the life stops). The
   * payload is exactly what the workflow's event schema outputs (it is replayed as is); give a
   * function when it depends on the moment used.
   */
  event(
    type: string,
    at: number,
    actor: ActorRef,
    payload?: Record<string, unknown> | ((moment: number) => Record<string, unknown>),
    recordedAt?: number,
  ): number | undefined {
    if (this.stopped) return undefined;
    const moment = at < this.now ? this.now : at;
    const recorded = recordedAt === undefined || recordedAt < moment ? moment : recordedAt;
    if (moment > this.asOf || recorded > this.asOf) {
      this.stopped = true;
      return undefined;
    }
    this.now = moment;
    const iso = isoOf(moment);
    const entry: Mutable<HistoryEntry> = {
      type,
      at: iso,
      recordedAt: recorded === moment ? iso : isoOf(recorded),
      actor,
    };
    if (payload !== undefined)
      entry.payload = typeof payload === 'function' ? payload(moment) : payload;
    this.record.history.push(entry);
    return moment;
  }
}

/** The on-time verdict and due day of a reply made at `at` against a deadline. */
export function verdict(at: string, deadline: Deadline): { dueDay: string; onTime: boolean } {
  return { dueDay: deadline.day, onTime: isOnTime(at, deadline) };
}

/**
 * Sets `record.deadline` to the binding deadline of the round (the one rule in
 * suggestion/rules/handling.ts), or removes it when nobody owes a reply.
 */
export function refreshDeadline(record: MutableSuggestion): void {
  const binding = earliestOwedDeadline(record);
  if (binding === undefined) delete record.deadline;
  else record.deadline = binding;
}
