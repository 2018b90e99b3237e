import { type Draft, Immer } from 'immer';
import type * as z from 'zod';
import { deepFreeze, freezeFreshRecord, frozenCopy } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import type { Actor } from '../../model/shared/actor.js';
import { toValidationError } from '../../model/shared/toValidationError.js';
import type { HistoryEntry } from '../historyEntry.js';
import type { AnyWorkflow, TransitionError, WorkflowRecord } from '../types.js';
import { isComplete, markComplete } from './completeRecords.js';
import {
  allowedInState,
  checkGuards,
  checkRole,
  effectFailed,
  eventAsSeen,
  eventSpecOf,
  type LooseEventSpec,
  notAllowedInState,
} from './eventChecks.js';
import { targetsFrom } from './eventTargets.js';
import { inputFields, inputIssue, isWorkflowLike } from './inputProblems.js';
import { engineDetails, replayOnlyDetail, transitionMessages } from './messages.js';
import { payloadParser, storedPayload } from './ownedPayloads.js';
import { parseTiming } from './parseTiming.js';
import { shallowEffect } from './shallowEffect.js';

/** immer without its own freezing: the engine deep-freezes the finished record once. */
const unfrozen = /* @__PURE__ */ new Immer({ autoFreeze: false });

/** The loose event the core reads: its type and raw payload. */
export interface LooseEvent {
  readonly type: unknown;
  readonly payload?: unknown;
}

/** The loose options the core reads. */
export interface LooseOptions {
  readonly workflow: unknown;
  readonly actor: unknown;
  readonly at: unknown;
  readonly recordedAt?: unknown;
  readonly context: unknown;
}

/** What one accepted event produced. */
export type Applied =
  | { readonly ok: true; readonly record: WorkflowRecord; readonly entry: HistoryEntry }
  | { readonly ok: false; readonly error: TransitionError };

/**
 * Where a replay keeps its growing history: the engine appends each accepted entry to `entries`
 * (one array for the whole replay, frozen by the caller at the end) instead of copying the
 * history and deep-freezing the record at every step, which is what made a replay quadratic.
 *
 * With `inPlace`, the record handed to `applyEvent` is the replay's own unfrozen working copy,
 * and effects write to it directly instead of to an immer draft: immer copies every array an
 * effect writes to (a record's thousands of 督办 entries, once per entry), which is the other
 * half of a quadratic replay. An effect that cannot run on a plain record (it throws, returns a
 * value, or touches the engine's fields) makes the step throw {@link InPlaceRefused}, and the
 * replay starts again through immer, whose result is the authority.
 */
export interface ReplayLog {
  readonly entries: HistoryEntry[];
  readonly inPlace: boolean;
}

/** Thrown by an in-place step that must be replayed through immer instead (see {@link ReplayLog}). */
export class InPlaceRefused extends Error {}

const fail = (error: TransitionError): Applied => ({ ok: false, error });

/** How deep a record may nest: a suggestion's payloads (32 levels) sit 3 levels down. */
const MAX_RECORD_DEPTH = 40;

/**
 * Whether a value is plain JSON data (objects, arrays, strings, finite numbers, booleans, null;
 * `undefined` for an absent optional field): what a record must be for its result to be too.
 */
export function isPlainData(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_RECORD_DEPTH) return false;
      if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        if (!isPlainData((value as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function payloadError(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  state: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): TransitionError {
  const model = {
    id: workflow.id,
    'zh-Hans': `事件「${spec.label['zh-Hans']}」`,
    en: `Event ${spec.label.en}`,
  };
  const prefixed = issues.map((issue) => ({ ...issue, path: ['payload', ...issue.path] }));
  // With the schema and the input, an unknown key names the nearest known one and a missing
  // field reads as 必填 whatever zod locale the app configured.
  const validation = toValidationError(model, prefixed, spec.fieldNames ?? {}, {
    schema: spec.payload as unknown as z.core.$ZodType,
    input,
    at: ['payload'],
  });
  return {
    code: 'INVALID_INPUT',
    message: validation.message,
    event: type,
    state,
    issues: validation.issues,
  };
}

function unexpectedPayload(type: string, state: string): TransitionError {
  return {
    code: 'INVALID_INPUT',
    message: engineDetails.unexpectedPayload,
    event: type,
    state,
    issues: [
      {
        code: 'UNEXPECTED_PAYLOAD',
        path: ['payload'],
        field: inputFields.payload,
        message: engineDetails.unexpectedPayload,
      },
    ],
  };
}

/** `INVALID_INPUT` for an options object or workflow the engine cannot use. */
export function badOptions(options: unknown, type: string): TransitionError | undefined {
  if (typeof options !== 'object' || options === null) {
    return {
      code: 'INVALID_INPUT',
      message: engineDetails.notAnObject,
      event: type,
      issues: [inputIssue([], inputFields.options, engineDetails.notAnObject)],
    };
  }
  if (!isWorkflowLike((options as { workflow?: unknown }).workflow)) {
    return {
      code: 'INVALID_INPUT',
      message: engineDetails.notAWorkflow,
      event: type,
      issues: [inputIssue(['workflow'], inputFields.workflow, engineDetails.notAWorkflow)],
    };
  }
  return undefined;
}

/**
 * `RULES_VERSION_MISMATCH` when the workflow reads a rules version from its context, the record
 * carries one, they differ, and the event is not the workflow's migration; `undefined` otherwise.
 */
function rulesMismatch(
  workflow: AnyWorkflow,
  type: string,
  spec: LooseEventSpec,
  record: WorkflowRecord,
  context: unknown,
): TransitionError | undefined {
  const rules = workflow.rulesVersion;
  const recordRules = (record as { readonly rulesVersion?: unknown }).rulesVersion;
  if (rules === undefined || typeof recordRules !== 'string' || type === rules.migrateEvent) {
    return undefined;
  }
  let contextRules: unknown;
  try {
    contextRules = rules.of(context);
  } catch (error) {
    return effectFailed(
      workflow,
      type,
      spec,
      record.state,
      engineDetails.threw('rulesVersion.of', error),
    );
  }
  if (contextRules === recordRules) return undefined;
  return {
    code: 'RULES_VERSION_MISMATCH',
    message: transitionMessages.RULES_VERSION_MISMATCH({
      workflow: workflow.id,
      event: type,
      eventLabel: spec.label,
      recordRules,
      contextRules: quote(contextRules),
    }),
    event: type,
    state: record.state,
  };
}

/**
 * Applies one event (the core of `safeTransition` and of replays), on loosely typed values.
 * The caller catches what hostile inputs throw (getters, Proxies, nesting too deep).
 *
 * With `log`, the new record's history is `log.entries` after the new entry is pushed there,
 * and only the entry is frozen: the replay deep-freezes its last record once, at the end.
 */
export function applyEvent(
  record: WorkflowRecord,
  event: LooseEvent,
  options: LooseOptions,
  log?: ReplayLog,
): Applied {
  const rawType = (event as LooseEvent | null | undefined)?.type;
  const type = typeof rawType === 'string' ? rawType : quote(rawType);
  const shown = quote(type);
  const invalid = badOptions(options, shown);
  if (invalid) return fail(invalid);
  const workflow = options.workflow as AnyWorkflow;
  const { context } = options;
  const spec = eventSpecOf(workflow, rawType);
  if (spec === undefined) {
    return fail({
      code: 'INVALID_EVENT',
      message: transitionMessages.INVALID_EVENT({ workflow: workflow.id, event: shown }),
      event: shown,
    });
  }

  const timing = parseTiming(options);
  if (!timing.ok) {
    return fail({
      code: 'INVALID_INPUT',
      message: timing.error.message,
      event: type,
      issues: timing.error.issues,
    });
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.state !== 'string' ||
    !Array.isArray(record.history)
  ) {
    const hasState = typeof (record as WorkflowRecord | null | undefined)?.state === 'string';
    return fail({
      code: 'INVALID_INPUT',
      message: engineDetails.malformedRecord,
      event: type,
      issues: [
        inputIssue(
          hasState ? ['history'] : ['state'],
          inputFields.record,
          engineDetails.malformedRecord,
        ),
      ],
    });
  }
  // A record parseX or transition made is deeply frozen plain data. One that is not (a row read
  // without parsing) is checked here, so a BigInt or a function in it never reaches the result.
  // A replay checks its initial record once instead (its own records in between are unfrozen).
  if (log === undefined && !Object.isFrozen(record) && !isPlainData(record, 0)) {
    return fail({
      code: 'INVALID_INPUT',
      message: engineDetails.malformedRecord,
      event: type,
      issues: [inputIssue([], inputFields.record, engineDetails.malformedRecord)],
    });
  }
  const { state } = record;
  const { actor, at, recordedAt } = timing.value;

  // An event written only by replays (an import's adoption entry) is refused on every live path,
  // so no transition can forge one; `log` is present only in a replay.
  if (spec.replayOnly === true && log === undefined) {
    return fail({
      code: 'FORBIDDEN',
      message: {
        'zh-Hans': `「${spec.label['zh-Hans']}」：${replayOnlyDetail['zh-Hans']}`,
        en: `"${spec.label.en}": ${replayOnlyDetail.en}`,
      },
      event: type,
      state,
    });
  }
  const mismatch = rulesMismatch(workflow, type, spec, record, context);
  if (mismatch) return fail(mismatch);
  if (!allowedInState(workflow, spec, state))
    return fail(notAllowedInState(workflow, type, spec, state));
  const forbidden = checkRole(workflow, type, spec, state, actor as Actor, context);
  if (forbidden) return fail(forbidden);

  const rawPayload = (event as LooseEvent).payload;
  let payload: Readonly<Record<string, unknown>> | undefined;
  if (spec.payload) {
    // Only renda's own schemas are compiled (see ownedPayloads.ts): the workflow is the caller's.
    const parsed = payloadParser(spec.payload).safeParse(rawPayload, { reportInput: true });
    if (!parsed.success) {
      const issues = parsed.error.issues as z.core.$ZodIssue[];
      return fail(payloadError(workflow, type, spec, state, issues, rawPayload));
    }
    // What a history entry stores must parse again: plain JSON, whatever the schema output.
    // An optional payload that was left out stays out.
    const { data } = parsed;
    const json =
      data === undefined
        ? { ok: true as const, value: undefined }
        : storedPayload(spec.payload, data);
    if (!json.ok) {
      const { refusal } = json;
      const message = engineDetails.payloadNotJson(refusal);
      return fail({
        code: 'INVALID_INPUT',
        message,
        event: type,
        state,
        issues: [
          {
            code: refusal.code,
            path: ['payload', ...refusal.path],
            field: inputFields.payload,
            message,
          },
        ],
      });
    }
    payload = json.value;
  } else if (rawPayload !== undefined) {
    return fail(unexpectedPayload(type, state));
  }

  const wfEvent = eventAsSeen(type, payload, actor as Actor, at, recordedAt);
  const refused = checkGuards(workflow, type, spec, record, wfEvent, context);
  if (refused) return fail(refused);

  let target: unknown = state;
  if (typeof spec.to === 'string') target = spec.to;
  else if (spec.to !== undefined) {
    try {
      target = spec.to(record, wfEvent, context);
    } catch (error) {
      return fail(effectFailed(workflow, type, spec, state, engineDetails.threw('to', error)));
    }
    if (typeof target !== 'string' || !targetsFrom(spec, state).includes(target)) {
      return fail(effectFailed(workflow, type, spec, state, engineDetails.unknownTarget(target)));
    }
  }

  // The effect runs in immer; the engine then sets `state` and appends the entry itself, which
  // spares a draft of the history array. One deep freeze at the end covers what immer created,
  // and stops at the frozen parts shared with the input.
  let misuse: 'returned' | 'engineFields' | undefined;
  let changed: WorkflowRecord = record;
  // Whether every field of `changed` is frozen already (see completeRecords.ts).
  let fieldsFrozen = isComplete(record);
  const { effect } = spec;
  if (effect !== undefined && log?.inPlace === true) {
    // The replay's own record, written in place; any doubt goes back to the immer replay.
    const length = log.entries.length;
    let returned: unknown;
    try {
      returned = effect(record as Draft<WorkflowRecord>, wfEvent, context);
    } catch {
      throw new InPlaceRefused();
    }
    if (
      returned !== undefined ||
      record.state !== state ||
      record.history !== log.entries ||
      log.entries.length !== length
    ) {
      throw new InPlaceRefused();
    }
  } else if (effect !== undefined) {
    // A record renda made (deeply frozen) first tries the cheap one-level copy; the rest, and
    // every effect that copy cannot serve, run through immer.
    const shallow = Object.isFrozen(record)
      ? shallowEffect(record, (draft) => effect(draft, wfEvent, context))
      : undefined;
    if (shallow !== undefined) changed = shallow;
    else {
      fieldsFrozen = false;
      try {
        changed = unfrozen.produce(record, (draft: Draft<WorkflowRecord>) => {
          if (effect(draft, wfEvent, context) !== undefined) misuse = 'returned';
        });
      } catch (error) {
        return fail(
          effectFailed(workflow, type, spec, state, engineDetails.threw('effect', error)),
        );
      }
    }
    // immer keeps unchanged subtrees, so any write to `history` shows as a new array.
    if (misuse === undefined && (changed.state !== state || changed.history !== record.history)) {
      misuse = 'engineFields';
    }
  }
  if (misuse !== undefined) {
    const detail =
      misuse === 'returned'
        ? engineDetails.effectReturned
        : engineDetails.effectTouchedEngineFields;
    return fail(effectFailed(workflow, type, spec, state, detail));
  }
  // The entry is the engine's own: a fresh object, the actor parseTiming made and the payload
  // toJsonObject copied (or zod made, for renda's own schemas), frozen in place. A replay's
  // copies it instead, since an in-place effect may have kept a part of the payload in the
  // replay's working record, which must stay writable.
  const entry: HistoryEntry = (log === undefined ? deepFreeze : frozenCopy)(
    payload === undefined
      ? { type, at, recordedAt, actor: actor as Actor }
      : {
          type,
          at,
          recordedAt,
          actor: actor as Actor,
          payload: payload as Record<string, unknown>,
        },
  );
  // `changed` is a fresh object when the effect changed something, so it may be completed in
  // place; otherwise copy the input's top level (an in-place replay's record is its own).
  const next = (changed === record && log?.inPlace !== true ? { ...record } : changed) as {
    -readonly [K in keyof WorkflowRecord]: WorkflowRecord[K];
  };
  next.state = target as string;
  if (log !== undefined) {
    // A replay: append to the one growing array, and leave the record unfrozen: the replay
    // freezes the last record once, when it is complete. Intermediate records are never handed
    // out, and immer never writes to a base, so they need no freezing; freezing them would walk
    // every array an effect grows (and make immer copy it the slow way) at every step.
    log.entries.push(entry);
    next.history = log.entries;
    return { ok: true, record: next, entry };
  }
  // The old entries are judged through the input's history array (one check when it is frozen);
  // the parts of an input that is not frozen are copied, not frozen: freezing them would change
  // the caller's record.
  const history = Object.isFrozen(record.history)
    ? [...record.history, entry]
    : [...record.history.map(frozenCopy), entry];
  next.history = Object.freeze(history);
  // `next` is a fresh object of the engine's (immer's copy or the spread above): frozen in place.
  const frozen = fieldsFrozen ? Object.freeze(next) : freezeFreshRecord(next);
  return { ok: true, record: markComplete(frozen), entry };
}
