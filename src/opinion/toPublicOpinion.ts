import { labelTable } from '../i18n/labelTable.js';
import type { ConstituentOpinion } from '../model/constituentOpinion.js';
import { OPINION_STATES } from '../model/constituentOpinion.js';
import { OPINION_OUTCOMES } from '../model/opinionParts.js';
import type { PublicViewError, PublicViewResult } from '../model/publicViewError.js';
import {
  listAt,
  objectAt,
  oneOfAt,
  optionalAt,
  type Path,
  readView,
  textAt,
} from '../model/shared/allowList.js';
import { LOCALES, type Locale } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { RendaError } from '../model/shared/validationError.js';
import { opinionStates } from './internal/states.js';
import type { OpinionPolicy } from './opinionPolicy.js';

/**
 * A ticket as the public may see it (群众意见公开视图), in the shape of an Open311 GeoReport v2
 * service request: the ticket's id, whether it is open or closed, its category, its times, the
 * unit responsible and a status note. It holds no personal data at any depth.
 *
 * @example
 * ```ts
 * import type { PublicOpinion } from 'renda';
 *
 * const isOpen = (ticket: PublicOpinion) => ticket.status === 'open';
 * ```
 * @category Opinion workflow
 */
export interface PublicOpinion {
  /** The ticket's id (意见编号). */
  readonly service_request_id: string;
  /** `open` while the loop runs, `closed` once it ended (办结, 不予受理, 合并, 当场答复). */
  readonly status: 'open' | 'closed';
  /** The state's label, and the handling outcome once there is one (办理状态说明). */
  readonly status_notes: string;
  /** The category's code (分类代码), once classified. */
  readonly service_code?: string;
  /** The category's label in the locale when the policy is given, else its code (分类). */
  readonly service_name?: string;
  /** When it was received (受理时间). */
  readonly requested_datetime: string;
  /** When it last changed: the latest of the receipt and every event (更新时间). */
  readonly updated_datetime: string;
  /** The unit it is assigned to (承办单位), once assigned. */
  readonly agency_responsible?: string;
  /**
   * The day it is expected to be fulfilled, a date (`YYYY-MM-DD`, all of that day): the unit's due
   * day (办理期限) while a unit holds it, the feedback due day (反馈期限) once handled and until the
   * constituent is told; absent otherwise.
   */
  readonly expected_datetime?: string;
}

/**
 * The options of {@link toPublicOpinion}: the locale of the notes and the policy that names the
 * categories.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type ToPublicOpinionOptions } from 'renda';
 *
 * const options: ToPublicOpinionOptions = { locale: 'en', policy: defaultOpinionPolicy };
 * ```
 * @category Opinion workflow
 */
export interface ToPublicOpinionOptions {
  /** `zh-Hans` by default. */
  readonly locale?: Locale;
  /** The policy whose category labels name `service_name`. */
  readonly policy?: Pick<OpinionPolicy, 'categories'>;
}

const at = (path: Path, key: string | number): Path => [...path, key];
const LOCALE_INDEX = { 'zh-Hans': 0, 'zh-Hant': 1, en: 2 } as const;

/** The label of a category code from the caller's policy, read field by field. */
function categoryLabel(policy: unknown, code: string, locale: Locale): string | undefined {
  const path: Path = ['options', 'policy'];
  const categories = listAt(objectAt(policy, path).categories, at(path, 'categories'), (c, p) => {
    const category = objectAt(c, p);
    return { code: textAt(category.code, at(p, 'code')), label: category.label, path: p };
  });
  const found = categories.find((category) => category.code === code);
  if (found === undefined) return undefined;
  return textAt(objectAt(found.label, at(found.path, 'label'))[locale], [
    ...found.path,
    'label',
    locale,
  ]);
}

/** Whether the constituent has heard this round's outcome, read field by field. */
function constituentToldThisRound(record: Readonly<Record<string, unknown>>): boolean {
  const round = record.round ?? 1;
  const told = optionalAt(record.feedbacks, ['feedbacks'], (v, p) =>
    listAt(v, p, (f, fp) => {
      const feedback = objectAt(f, fp);
      return feedback.round === round && feedback.to === 'constituent';
    }),
  );
  return told?.some(Boolean) ?? false;
}

// Every read below names its field: the submitter, the content, notes and answers are never
// looked at, so no personal data (nor free text that may hold some) can reach the view.
function publicOpinionOf(input: unknown, rawOptions: unknown): PublicOpinion {
  const options = optionalAt(rawOptions, ['options'], objectAt) ?? {};
  const locale =
    optionalAt(options.locale, ['options', 'locale'], (v, p) => oneOfAt(v, LOCALES, p)) ??
    'zh-Hans';
  const record = objectAt(input, []);
  const id = textAt(record.id, ['id']);
  const state = oneOfAt(record.state, OPINION_STATES, ['state']);
  const receivedAt = textAt(record.receivedAt, ['receivedAt']);
  const times = listAt(record.history, ['history'], (entry, p) =>
    textAt(objectAt(entry, p).at, at(p, 'at')),
  );
  const updated = times.reduce((latest, t) => (t > latest ? t : latest), receivedAt);
  const handlings =
    optionalAt(record.handlings, ['handlings'], (v, p) =>
      listAt(v, p, (h, hp) =>
        oneOfAt(objectAt(h, hp).outcome, OPINION_OUTCOMES, at(hp, 'outcome')),
      ),
    ) ?? [];
  const index = LOCALE_INDEX[locale];
  const outcome = handlings[handlings.length - 1];
  const stateNote = labelTable.opinionState[state][index];
  const note =
    outcome === undefined
      ? stateNote
      : `${stateNote} · ${labelTable.opinionOutcome[outcome][index]}`;
  const classification = optionalAt(record.classification, ['classification'], objectAt);
  const code =
    classification === undefined
      ? undefined
      : textAt(classification.category, ['classification', 'category']);
  const name =
    code === undefined || options.policy === undefined
      ? code
      : (categoryLabel(options.policy, code, locale) ?? code);
  const referral = optionalAt(record.referral, ['referral'], objectAt);
  const unit =
    referral === undefined
      ? undefined
      : optionalAt(referral.unitId, ['referral', 'unitId'], textAt);
  // Only the due day of the step the ticket waits on is published; a due day already met is not:
  // once the constituent has heard this round's outcome, nothing more is expected of the ticket
  // (telling the deputy is internal).
  const expected =
    state === 'referred' || state === 'inHandling'
      ? referral === undefined
        ? undefined
        : optionalAt(referral.dueDay, ['referral', 'dueDay'], textAt)
      : state === 'handled' && !constituentToldThisRound(record)
        ? optionalAt(record.feedbackDueDay, ['feedbackDueDay'], textAt)
        : undefined;
  return {
    service_request_id: id,
    status: opinionStates[state].category === 'closed' ? 'closed' : 'open',
    status_notes: note,
    ...(code === undefined ? {} : { service_code: code }),
    ...(name === undefined ? {} : { service_name: name }),
    requested_datetime: receivedAt,
    updated_datetime: updated,
    ...(unit === undefined ? {} : { agency_responsible: unit }),
    ...(expected === undefined ? {} : { expected_datetime: expected }),
  };
}

/**
 * The public view of a ticket (群众意见公开视图), in the shape of an Open311 service request: built
 * from an allow-list, so the submitter's name, phone, identity number and address, the content
 * and every note never reach it.
 *
 * @remarks `status` is `closed` for the states whose category is closed (closed, not accepted,
 * merged, answered on the spot), else `open`. Reads only the fields it names, each checked:
 * a record that cannot be read throws a `RendaError` naming the field. The result is frozen.
 * @param record - The opinion.
 * @param options - The locale of `status_notes` and, optionally, the policy naming categories.
 * @returns The frozen public view.
 * @throws RendaError `INVALID_INPUT` naming the field when the record cannot be read.
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, toPublicOpinion } from 'renda';
 *
 * const opinion = createOpinion(
 *   { id: 'O-1', channel: 'hotline12345', content: '路灯损坏', submitter: { name: '王女士', mobile: '13912345678' } },
 *   { at: '2025-03-15T09:20:00+08:00', policy: defaultOpinionPolicy },
 * );
 * const view = toPublicOpinion(opinion, { locale: 'en' });
 * console.log(view.status, view.status_notes); // 'open' 'Received'
 * console.log(JSON.stringify(view).includes('139')); // false
 * ```
 * @category Opinion workflow
 */
export function toPublicOpinion(
  record: ConstituentOpinion,
  options: ToPublicOpinionOptions = {},
): PublicOpinion {
  return readView({ zh: '群众意见', en: 'the opinion' }, () =>
    Object.freeze(publicOpinionOf(record, options)),
  );
}

/**
 * The public view of a ticket (群众意见公开视图), like {@link toPublicOpinion}, but returns a result
 * instead of throwing.
 *
 * @remarks Never throws, whatever it is given: a record or options that cannot be read come back
 * as `{ ok: false, error }` with code `INVALID_INPUT` and the field's path.
 * @param record - The opinion.
 * @param options - The locale and, optionally, the policy naming categories.
 * @returns `{ ok: true, value }` with the frozen view, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { safeToPublicOpinion } from 'renda';
 *
 * const result = safeToPublicOpinion({ id: 'O-1' } as never);
 * if (!result.ok) console.log(result.error.path); // ['state']
 * ```
 * @category Opinion workflow
 */
export function safeToPublicOpinion(
  record: ConstituentOpinion,
  options: ToPublicOpinionOptions = {},
): PublicViewResult<PublicOpinion> {
  return neverThrow<PublicOpinion, PublicViewError>(
    () => Object.freeze({ ok: true as const, value: toPublicOpinion(record, options) }),
    (thrown) => (thrown as RendaError).detail as PublicViewError,
  );
}
