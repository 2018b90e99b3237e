import { freeze } from 'immer';
import type { Congress } from '../model/shared/congress.js';
import type { Suggestion } from '../model/suggestion.js';
import type { SuggestionState } from '../model/suggestionState.js';

/**
 * The public view of a suggestion (公开版本): what may be shown on a public website or in an
 * open-data export, with personal and confidential fields removed.
 *
 * @example
 * ```ts
 * import type { PublicSuggestion } from 'renda';
 *
 * const titleOf = (s: PublicSuggestion) => s.title;
 * ```
 * @category Suggestion workflow
 */
export interface PublicSuggestion {
  readonly id: string;
  readonly kind: Suggestion['kind'];
  readonly congress: Congress;
  readonly session?: number;
  readonly period: Suggestion['period'];
  readonly title: string;
  /** 正文: only when published in full and not confidential. */
  readonly content?: string;
  readonly topic?: string;
  /** 建议编号 (official number), once registered. */
  readonly number?: string;
  readonly state: SuggestionState;
  readonly confidential: boolean;
  /** 提出人: the deputies' ids are dropped when the item is confidential. */
  readonly proposers: readonly { readonly role: 'lead' | 'co'; readonly deputyId?: string }[];
  readonly delegationId?: string;
  readonly submittedAt?: string;
  readonly round: number;
  /** 交办: units, roles and due days. */
  readonly assignments: readonly {
    readonly unitId: string;
    readonly role: Suggestion['assignments'][number]['role'];
    readonly assignedDay: string;
    readonly dueDay: string;
    readonly mustReply: boolean;
    readonly active: boolean;
  }[];
  /** 答复: the text only when published in full and not confidential. */
  readonly replies: readonly {
    readonly unitId: string;
    readonly round: number;
    readonly outcomeClass: string;
    readonly faceToFace: boolean;
    readonly followUp: boolean;
    readonly at: string;
    readonly dueDay: string;
    readonly onTime: boolean;
    readonly content?: string;
  }[];
  /** 评价: grades without comments; no deputy ids when confidential. */
  readonly evaluations: readonly {
    readonly round: number;
    readonly grade: Suggestion['evaluations'][number]['grade'];
    readonly at: string;
    readonly deputyId?: string;
  }[];
  readonly keyItem?: { readonly designatedAt: string; readonly topic?: string };
  readonly closure?: Suggestion['closure'];
  readonly publication?: {
    readonly mode: 'full' | 'summary' | 'withheld';
    readonly publishedAt?: string;
  };
  /** 办理过程: what happened and when, and the kind of actor, never who. */
  readonly history: readonly {
    readonly type: string;
    readonly at: string;
    readonly role: string;
  }[];
}

/**
 * The public view of a suggestion (公开): the record with personal and confidential fields
 * removed, following the publication rules of DOMAIN §2.13.
 *
 * @remarks
 * Always removed: internal notes and comments (consultation notes, supervision notes,
 * evaluation comments, reasons for return, extension and withdrawal), who supervised and the
 * key item's supervisors and leading official, screening details beyond the official number,
 * merge links, the actors' ids in the history and every event payload (deputies' contact
 * details never reach the record; payloads may carry them).
 * When the item is confidential (保密) or its publication mode is `withheld` (不公开): the body and
 * the reply texts are removed too, and so are the deputies' ids (in proposers, evaluations and
 * consultations). Under `summary` (摘要公开) the reply texts are removed; the app publishes its
 * own summary. An item not yet published is treated as `full` for content but an app should
 * show only published items. The counts stay, so public statistics still add up.
 *
 * @param record - The suggestion.
 * @returns A new frozen object; the record is not changed.
 * @example
 * ```ts
 * import { toPublicSuggestion } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const view = toPublicSuggestion(suggestions[0]!);
 * console.log(view.history.every((h) => !('actor' in h))); // true
 * ```
 * @category Suggestion workflow
 */
export function toPublicSuggestion(record: Suggestion): PublicSuggestion {
  const mode = record.publication?.mode;
  const hidden = record.confidential || mode === 'withheld';
  const replyText = !hidden && mode !== 'summary';
  const view: PublicSuggestion = {
    id: record.id,
    kind: record.kind,
    congress: { ...record.congress },
    ...(record.session === undefined ? {} : { session: record.session }),
    period: record.period,
    title: record.title,
    ...(hidden || record.content === undefined ? {} : { content: record.content }),
    ...(record.topic === undefined ? {} : { topic: record.topic }),
    ...(record.screening?.number === undefined ? {} : { number: record.screening.number }),
    state: record.state,
    confidential: record.confidential,
    proposers: record.proposers.map((p) =>
      hidden ? { role: p.role } : { role: p.role, deputyId: p.deputyId },
    ),
    ...(record.delegationId === undefined ? {} : { delegationId: record.delegationId }),
    ...(record.submittedAt === undefined ? {} : { submittedAt: record.submittedAt }),
    round: record.round,
    assignments: record.assignments.map((a) => ({
      unitId: a.unitId,
      role: a.role,
      assignedDay: a.assignedDay,
      dueDay: a.deadline.day,
      mustReply: a.mustReply,
      active: a.active,
    })),
    replies: record.replies.map((r) => ({
      unitId: r.unitId,
      round: r.round,
      outcomeClass: r.outcomeClass,
      faceToFace: r.faceToFace,
      followUp: r.followUp,
      at: r.at,
      dueDay: r.dueDay,
      onTime: r.onTime,
      ...(replyText && r.content !== undefined ? { content: r.content } : {}),
    })),
    evaluations: record.evaluations.map((e) => ({
      round: e.round,
      grade: e.grade,
      at: e.at,
      ...(hidden ? {} : { deputyId: e.deputyId }),
    })),
    ...(record.keyItem === undefined
      ? {}
      : {
          keyItem: {
            designatedAt: record.keyItem.designatedAt,
            ...(record.keyItem.topic === undefined ? {} : { topic: record.keyItem.topic }),
          },
        }),
    ...(record.closure === undefined ? {} : { closure: { ...record.closure } }),
    ...(record.publication === undefined
      ? {}
      : {
          publication: {
            mode: record.publication.mode,
            ...(record.publication.publishedAt === undefined
              ? {}
              : { publishedAt: record.publication.publishedAt }),
          },
        }),
    history: record.history.map((h) => ({ type: h.type, at: h.at, role: h.actor.role })),
  };
  return freeze(view, true);
}
