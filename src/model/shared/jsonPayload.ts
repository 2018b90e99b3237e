import * as z from 'zod';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import { typeOfValue } from './describeIssue.js';

/**
 * The deepest a history payload may nest (载荷最大嵌套层数): the payload object is level 1, an
 * object or array inside it level 2, and so on. Deeper payloads are refused with `TOO_DEEP`, so a
 * 100,000-deep JSON body is an issue, never a stack overflow.
 *
 * @example
 * ```ts
 * import { JSON_PAYLOAD_MAX_DEPTH } from 'renda';
 *
 * console.log(JSON_PAYLOAD_MAX_DEPTH); // 32
 * ```
 * @category Models
 */
export const JSON_PAYLOAD_MAX_DEPTH = 32;

// The same shape as the metrics' public JsonValue (accumulator states); kept local so the model
// area does not depend on the metrics above it.
/** A plain JSON value: null, a boolean, a finite number, a string, an array or object of them. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A plain JSON object: what a history entry's payload is. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** Why a value is not plain JSON, in both languages. */
interface Refusal {
  readonly path: readonly (string | number)[];
  readonly code: 'NOT_JSON' | 'TOO_DEEP';
  readonly zh: string;
  readonly en: string;
}

const TYPE_TEXT: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  bigint: ['大整数（BigInt）', 'a BigInt'],
  function: ['函数', 'a function'],
  symbol: ['符号（Symbol）', 'a symbol'],
  undefined: ['undefined', 'undefined'],
  nan: ['NaN', 'NaN'],
  number: ['非有限数', 'a non-finite number'],
};

class NotJson {
  constructor(readonly refusal: Refusal) {}
}

const refuse = (path: readonly (string | number)[], zh: string, en: string): never => {
  throw new NotJson({ path, code: 'NOT_JSON', zh, en });
};

/**
 * A copy of `value` made only of fresh plain objects and arrays (never the caller's), or a thrown
 * NotJson naming the first value that is not plain JSON. Recursion is bounded by
 * JSON_PAYLOAD_MAX_DEPTH, so the stack never overflows; getters are never run (a property must be
 * a data property) and a Proxy's throwing trap is caught by the caller.
 */
function copy(
  value: unknown,
  path: (string | number)[],
  depth: number,
  ancestors: Set<object>,
): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    const [zh, en] = TYPE_TEXT[typeOfValue(value)] ?? (TYPE_TEXT.number as [string, string]);
    return refuse([...path], `不是 JSON 值（${zh}）`, `is not a JSON value (${en})`);
  }
  if (typeof value !== 'object') {
    const [zh, en] = TYPE_TEXT[typeof value] ?? [typeof value, typeof value];
    return refuse([...path], `不是 JSON 值（${zh}）`, `is not a JSON value (${en})`);
  }
  if (ancestors.has(value)) {
    return refuse([...path], '含有循环引用', 'refers back to itself (a cycle)');
  }
  if (depth > JSON_PAYLOAD_MAX_DEPTH) {
    throw new NotJson({
      path: [...path],
      code: 'TOO_DEEP',
      zh: `嵌套超过 ${JSON_PAYLOAD_MAX_DEPTH} 层`,
      en: `nests deeper than ${JSON_PAYLOAD_MAX_DEPTH} levels`,
    });
  }
  ancestors.add(value);
  const result = Array.isArray(value)
    ? copyArray(value, path, depth, ancestors)
    : copyObject(value, path, depth, ancestors);
  ancestors.delete(value);
  return result;
}

function copyArray(
  value: readonly unknown[],
  path: (string | number)[],
  depth: number,
  ancestors: Set<object>,
): JsonValue[] {
  if (Object.getPrototypeOf(value) !== Array.prototype) {
    refuse([...path], '不是普通数组', 'is not a plain array');
  }
  const out: JsonValue[] = [];
  const length = value.length;
  for (let i = 0; i < length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(value, i);
    if (descriptor === undefined || !('value' in descriptor)) {
      refuse(
        [...path, i],
        '不是 JSON 值（空位或取值器）',
        'is not a JSON value (a hole or a getter)',
      );
    }
    path.push(i);
    out.push(copy(descriptor?.value, path, depth + 1, ancestors));
    path.pop();
  }
  return out;
}

function copyObject(
  value: object,
  path: (string | number)[],
  depth: number,
  ancestors: Set<object>,
): JsonObject {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const kind = quote((value as { constructor?: { name?: unknown } }).constructor?.name);
    refuse([...path], `不是普通对象（${kind}）`, `is not a plain object (${kind})`);
  }
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) {
      refuse([...path, key], '不是 JSON 值（取值器）', 'is not a JSON value (a getter)');
    }
    // As JSON.stringify does, a key whose value is undefined is left out.
    if (descriptor.value === undefined) continue;
    path.push(key);
    // defineProperty, not assignment: a `__proto__` key stays a key and never sets a prototype.
    Object.defineProperty(out, key, {
      value: copy(descriptor.value, path, depth + 1, ancestors),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    path.pop();
  }
  return out;
}

/** What {@link quickCopy} answers for anything it does not copy itself. */
const NOT_QUICK: unique symbol = Symbol('not quick');

/**
 * The copy {@link copy} makes, for plain JSON (what a stored record's payloads always are), or
 * NOT_QUICK for anything else: a value that is not JSON, a getter, a hole, or nesting past
 * JSON_PAYLOAD_MAX_DEPTH (which a cycle always reaches). With `freeze`, each object and array is
 * frozen as it is made (they are fresh: nothing of the caller's is frozen). It keeps no path and
 * no set of ancestors and sets keys by assignment, which makes the parse of a record with many
 * history entries markedly faster; whatever it refuses is copied again by {@link copy}, whose
 * refusal (a cycle told from mere depth, the path named) is the one reported.
 */
function quickCopy(value: object, depth: number, freeze: boolean): JsonValue | typeof NOT_QUICK {
  if (depth > JSON_PAYLOAD_MAX_DEPTH) return NOT_QUICK;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_QUICK;
    const length = value.length;
    const out: JsonValue[] = [];
    for (let i = 0; i < length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, i);
      if (descriptor === undefined || !('value' in descriptor)) return NOT_QUICK;
      const part = quickPart(descriptor.value, depth, freeze);
      if (part === NOT_QUICK) return NOT_QUICK;
      out.push(part);
    }
    return freeze ? Object.freeze(out) : out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_QUICK;
  const out: Record<string, JsonValue> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) return NOT_QUICK;
    if (descriptor.value === undefined) continue;
    // Assignment would set the prototype for `__proto__`: that rare key is left to copy.
    if (key === '__proto__') return NOT_QUICK;
    const part = quickPart(descriptor.value, depth, freeze);
    if (part === NOT_QUICK) return NOT_QUICK;
    out[key] = part;
  }
  return freeze ? Object.freeze(out) : out;
}

/** {@link quickCopy} of one part of an object or array at `depth`. */
function quickPart(part: unknown, depth: number, freeze: boolean): JsonValue | typeof NOT_QUICK {
  if (part === null || typeof part === 'string' || typeof part === 'boolean') return part;
  if (typeof part === 'number') return Number.isFinite(part) ? part : NOT_QUICK;
  if (typeof part !== 'object') return NOT_QUICK;
  return quickCopy(part, depth + 1, freeze);
}

/** The result of {@link toJsonObject}. */
export type JsonCopy =
  | { readonly ok: true; readonly value: JsonObject }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Copies a payload into fresh plain JSON (objects, arrays, strings, finite numbers, booleans,
 * null) of at most {@link JSON_PAYLOAD_MAX_DEPTH} levels, or says what is not. Never throws.
 * Shared by the history entry schema and any code that stores a payload.
 */
export function toJsonObject(value: unknown): JsonCopy {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const received = typeOfValue(value);
      return {
        ok: false,
        refusal: {
          path: [],
          code: 'NOT_JSON',
          zh: `应为 JSON 对象（实际为 ${received}）`,
          en: `must be a JSON object (received ${received})`,
        },
      };
    }
    const quick = quickCopy(value, 1, false);
    if (quick !== NOT_QUICK) return { ok: true, value: quick as JsonObject };
    return { ok: true, value: copy(value, [], 1, new Set()) as JsonObject };
  } catch (thrown) {
    if (thrown instanceof NotJson) return { ok: false, refusal: thrown.refusal };
    // A Proxy trap that throws, or anything else unreadable.
    return {
      ok: false,
      refusal: {
        path: [],
        code: 'NOT_JSON',
        zh: '无法读取（结构异常）',
        en: 'cannot be read (malformed)',
      },
    };
  }
}

/**
 * {@link toJsonObject}, the copy deeply frozen: for a parse whose result is frozen, without a
 * second walk over the copy.
 */
export function toFrozenJsonObject(value: unknown): JsonCopy {
  try {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const quick = quickCopy(value, 1, true);
      if (quick !== NOT_QUICK) return { ok: true, value: quick as JsonObject };
    }
  } catch {
    // Read again, and refused, by toJsonObject.
  }
  const copied = toJsonObject(value);
  return copied.ok ? { ok: true, value: deepFreeze(copied.value) } : copied;
}

/**
 * A history entry's payload (事件内容): a plain JSON object, copied (the result never shares an
 * object with the input) and refused with `NOT_JSON` or `TOO_DEEP` otherwise.
 *
 * @remarks Typed `Record<string, unknown>` as in 0.1, so code that builds entries from parsed
 * payloads keeps compiling; at run time every value is a {@link JsonValue}.
 */
export const JsonPayloadSchema = /* @__PURE__ */ z
  .unknown()
  .transform((value, ctx): Record<string, unknown> => {
    const result = toJsonObject(value);
    if (result.ok) return result.value as Record<string, unknown>;
    const { refusal } = result;
    ctx.issues.push({
      code: 'custom',
      input: value,
      path: [...refusal.path],
      params: { code: refusal.code, zh: refusal.zh, en: refusal.en },
    });
    return z.NEVER;
  })
  .meta({ type: 'object', description: '事件内容: a plain JSON object' });
