import { deepFreeze } from '../internal/deepFreeze.js';
import type { PublicViewError, PublicViewResult } from '../model/publicViewError.js';
import {
  flagAt,
  listAt,
  numberAt,
  objectAt,
  oneOfAt,
  optionalAt,
  type Path,
  readView,
  textAt,
} from '../model/shared/allowList.js';
import type { Congress } from '../model/shared/congress.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { RendaError } from '../model/shared/validationError.js';
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
  /** 办结: when and how, nothing else. */
  readonly closure?: {
    readonly at: string;
    readonly reason: NonNullable<Suggestion['closure']>['reason'];
  };
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
 * removed, following the publication rules of Sources §2.13.
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
 * The view is built by allow-list: it copies only the fields named in {@link PublicSuggestion},
 * at every depth, and each of them must be a string, number or boolean as the model says. A field
 * an office adds to its records (say `closure.handlerPhone`, or anything inside `congress`) never
 * reaches the view, and nothing in the view is shared with the record.
 *
 * Throws a {@link RendaError} (`INVALID_INPUT`, with the `path` of the field at fault) when the
 * input is not a suggestion record; {@link safeToPublicSuggestion} returns the same error as a
 * result instead.
 *
 * @param record - The suggestion.
 * @returns A new frozen object; the record is not changed.
 * @throws {@link RendaError} `INVALID_INPUT` when a field the view reads is missing or of the wrong type.
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
  return readView({ zh: '代表建议', en: 'the suggestion' }, () => publicSuggestionOf(record));
}

/**
 * The public view of a suggestion (公开版本) without throwing: the checked twin of
 * {@link toPublicSuggestion}. Never throws, whatever it is given.
 *
 * @param record - The suggestion.
 * @returns `{ ok: true, value }` with the frozen view, or `{ ok: false, error }` naming the field
 * at fault.
 * @example
 * ```ts
 * import { safeToPublicSuggestion } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions } = generateSample({ seed: 1, size: 'town' });
 * const result = safeToPublicSuggestion(suggestions[0]!);
 * console.log(result.ok); // true
 * ```
 * @category Suggestion workflow
 */
export function safeToPublicSuggestion(record: Suggestion): PublicViewResult<PublicSuggestion> {
  return neverThrow<PublicSuggestion, PublicViewError>(
    () => Object.freeze({ ok: true as const, value: toPublicSuggestion(record) }),
    (thrown) => (thrown as RendaError).detail as PublicViewError,
  );
}

const PROPOSER_ROLES = ['lead', 'co'] as const;
const PUBLICATION_MODES = ['full', 'summary', 'withheld'] as const;

const at = (path: Path, key: string | number): Path => [...path, key];

/** Copies the named fields of a congress: jurisdiction, level and term, nothing else. */
function congressOf(value: unknown, path: Path): Congress {
  const c = objectAt(value, path);
  return {
    jurisdiction: textAt(c.jurisdiction, at(path, 'jurisdiction')),
    level: textAt(c.level, at(path, 'level')) as Congress['level'],
    term: numberAt(c.term, at(path, 'term')),
  };
}

// Every read below names its field: a key the view does not name is never looked at, so an
// office's own fields (at any depth) cannot reach the public view.
function publicSuggestionOf(input: unknown): PublicSuggestion {
  const record = objectAt(input, []);
  const text = (key: string) => textAt(record[key], [key]);
  const optionalText = (key: string) => optionalAt(record[key], [key], textAt);
  const publication = optionalAt(record.publication, ['publication'], objectAt);
  const mode =
    publication === undefined
      ? undefined
      : oneOfAt(publication.mode, PUBLICATION_MODES, ['publication', 'mode']);
  const confidential = flagAt(record.confidential, ['confidential']);
  const hidden = confidential || mode === 'withheld';
  const replyText = !hidden && mode !== 'summary';
  const content = hidden ? undefined : optionalText('content');
  const session = optionalAt(record.session, ['session'], numberAt);
  const topic = optionalText('topic');
  const screening = optionalAt(record.screening, ['screening'], objectAt);
  const number =
    screening === undefined
      ? undefined
      : optionalAt(screening.number, ['screening', 'number'], textAt);
  const delegationId = optionalText('delegationId');
  const submittedAt = optionalText('submittedAt');
  const keyItem = optionalAt(record.keyItem, ['keyItem'], objectAt);
  const closure = optionalAt(record.closure, ['closure'], objectAt);
  const view: PublicSuggestion = {
    id: text('id'),
    kind: text('kind') as Suggestion['kind'],
    congress: congressOf(record.congress, ['congress']),
    ...(session === undefined ? {} : { session }),
    period: text('period') as Suggestion['period'],
    title: text('title'),
    ...(content === undefined ? {} : { content }),
    ...(topic === undefined ? {} : { topic }),
    ...(number === undefined ? {} : { number }),
    state: text('state') as SuggestionState,
    confidential,
    proposers: listAt(record.proposers, ['proposers'], (item, path) => {
      const p = objectAt(item, path);
      const role = oneOfAt(p.role, PROPOSER_ROLES, at(path, 'role'));
      return hidden ? { role } : { role, deputyId: textAt(p.deputyId, at(path, 'deputyId')) };
    }),
    ...(delegationId === undefined ? {} : { delegationId }),
    ...(submittedAt === undefined ? {} : { submittedAt }),
    round: numberAt(record.round, ['round']),
    assignments: listAt(record.assignments, ['assignments'], (item, path) => {
      const a = objectAt(item, path);
      const deadline = objectAt(a.deadline, at(path, 'deadline'));
      return {
        unitId: textAt(a.unitId, at(path, 'unitId')),
        role: textAt(a.role, at(path, 'role')) as Suggestion['assignments'][number]['role'],
        assignedDay: textAt(a.assignedDay, at(path, 'assignedDay')),
        dueDay: textAt(deadline.day, [...path, 'deadline', 'day']),
        mustReply: flagAt(a.mustReply, at(path, 'mustReply')),
        active: flagAt(a.active, at(path, 'active')),
      };
    }),
    replies: listAt(record.replies, ['replies'], (item, path) => {
      const r = objectAt(item, path);
      const text = replyText ? optionalAt(r.content, at(path, 'content'), textAt) : undefined;
      return {
        unitId: textAt(r.unitId, at(path, 'unitId')),
        round: numberAt(r.round, at(path, 'round')),
        outcomeClass: textAt(r.outcomeClass, at(path, 'outcomeClass')),
        faceToFace: flagAt(r.faceToFace, at(path, 'faceToFace')),
        followUp: flagAt(r.followUp, at(path, 'followUp')),
        at: textAt(r.at, at(path, 'at')),
        dueDay: textAt(r.dueDay, at(path, 'dueDay')),
        onTime: flagAt(r.onTime, at(path, 'onTime')),
        ...(text === undefined ? {} : { content: text }),
      };
    }),
    evaluations: listAt(record.evaluations, ['evaluations'], (item, path) => {
      const e = objectAt(item, path);
      return {
        round: numberAt(e.round, at(path, 'round')),
        grade: textAt(e.grade, at(path, 'grade')) as Suggestion['evaluations'][number]['grade'],
        at: textAt(e.at, at(path, 'at')),
        ...(hidden ? {} : { deputyId: textAt(e.deputyId, at(path, 'deputyId')) }),
      };
    }),
    ...(keyItem === undefined
      ? {}
      : {
          keyItem: {
            designatedAt: textAt(keyItem.designatedAt, ['keyItem', 'designatedAt']),
            ...optionalField('topic', optionalAt(keyItem.topic, ['keyItem', 'topic'], textAt)),
          },
        }),
    ...(closure === undefined
      ? {}
      : {
          closure: {
            at: textAt(closure.at, ['closure', 'at']),
            reason: textAt(closure.reason, ['closure', 'reason']) as NonNullable<
              Suggestion['closure']
            >['reason'],
          },
        }),
    ...(publication === undefined || mode === undefined
      ? {}
      : {
          publication: {
            mode,
            ...optionalField(
              'publishedAt',
              optionalAt(publication.publishedAt, ['publication', 'publishedAt'], textAt),
            ),
          },
        }),
    history: listAt(record.history, ['history'], (item, path) => {
      const h = objectAt(item, path);
      const actor = objectAt(h.actor, at(path, 'actor'));
      // An act keyed in for someone (代为操作) is theirs: the view shows their role, never who
      // keyed it in.
      const principal =
        actor.onBehalfOf === undefined
          ? undefined
          : objectAt(actor.onBehalfOf, [...path, 'actor', 'onBehalfOf']);
      return {
        type: textAt(h.type, at(path, 'type')),
        at: textAt(h.at, at(path, 'at')),
        role:
          principal === undefined
            ? textAt(actor.role, [...path, 'actor', 'role'])
            : textAt(principal.role, [...path, 'actor', 'onBehalfOf', 'role']),
      };
    }),
  };
  return deepFreeze(view);
}

/** `{ [key]: value }`, or `{}` when the value is absent (an optional field stays absent). */
function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
