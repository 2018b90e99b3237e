import { frozenResult, NotJsonResult, RESULT_MAX_DEPTH } from '../../internal/frozenResult.js';
import { withHant } from '../../internal/hant.js';
import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { METRICS_MESSAGES, type MessageParams, type MetricsIssueCode } from './messages.js';

// The one argument-check helper of the metrics area (dinero's `assert` + messages file): every
// metrics function checks its arguments through here, builds its messages from METRICS_MESSAGES,
// throws a RendaError from `guard` and returns a result from `safely`.

/** One problem with an argument of a metrics function (internal). */
export interface ArgumentIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly field: BilingualText;
  readonly message: BilingualText;
}

/** Wraps argument issues in the library's `ValidationError` value (code `INVALID_INPUT`). */
export function toArgumentError(model: string, issues: readonly ArgumentIssue[]): ValidationError {
  const first = issues[0];
  return Object.freeze({
    code: 'INVALID_INPUT',
    model,
    issues: Object.freeze(
      issues.map((issue) =>
        Object.freeze({
          code: issue.code,
          path: Object.freeze([...issue.path]),
          field: Object.freeze({ ...issue.field }),
          message: Object.freeze({ ...issue.message }),
        }),
      ),
    ),
    message: Object.freeze(
      first?.message ?? METRICS_MESSAGES.INVALID_INPUT({ field: fieldName(model, model) }),
    ),
  });
}

/** Throws a `RendaError` carrying the same value as {@link toArgumentError}. */
export function throwArgumentError(model: string, issues: readonly ArgumentIssue[]): never {
  throw new RendaError(toArgumentError(model, issues));
}

/** The subject of a sentence that names none (its rule says whom it concerns). */
export const NO_SUBJECT: BilingualText = /* @__PURE__ */ Object.freeze({ 'zh-Hans': '', en: '' });

/** A field name in both languages, for messages (internal). */
export function fieldName(zh: string, en: string): BilingualText {
  return { 'zh-Hans': zh, en };
}

/** What a function argument must be (`expected` of its message). */
export const FUNCTION: BilingualText = /* @__PURE__ */ fieldName('函数', 'a function');

/** `true` for a whole number from 0 to `Number.MAX_SAFE_INTEGER`. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** One issue whose message comes from the table, by code. */
export function issueOf(
  code: MetricsIssueCode,
  path: readonly (string | number)[],
  params: MessageParams,
): ArgumentIssue {
  return { code, path, field: params.field, message: METRICS_MESSAGES[code](params) };
}

/** Throws `INVALID_INPUT` with one issue from the table. */
export function fail(
  model: string,
  code: MetricsIssueCode,
  path: readonly (string | number)[],
  params: MessageParams,
): never {
  return throwArgumentError(model, [issueOf(code, path, params)]);
}

/** Whether a value can be iterated synchronously (reading `Symbol.iterator` may throw). */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'string') &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** Whether a value can be iterated asynchronously. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

/**
 * Collects the argument problems of one call and throws them together (internal). The checks
 * return a usable placeholder when a value is bad, so one call reports every bad option at once.
 */
export class ArgumentChecks {
  readonly issues: ArgumentIssue[] = [];

  constructor(readonly model: string) {}

  /** Adds an issue from the table. */
  add(code: MetricsIssueCode, path: readonly (string | number)[], params: MessageParams): void {
    this.issues.push(issueOf(code, path, params));
  }

  /** An options object: absent is `{}` when `optional`, else REQUIRED; a non-object is refused. */
  options<T extends object>(
    value: unknown,
    name: string,
    zh: string,
    optional: boolean,
  ): Partial<T> {
    if (value === undefined && optional) return {};
    if (typeof value !== 'object' || value === null) {
      if (value === undefined) this.add('REQUIRED', [name], { field: fieldName(zh, name) });
      else
        this.add('INVALID_TYPE', [name], {
          field: fieldName(zh, name),
          expected: fieldName('对象', 'an object'),
          got: value,
        });
      this.done();
    }
    return value as Partial<T>;
  }

  /** Records (an array or any iterable; with `async`, an async iterable too). */
  records(value: unknown, name: string, zh: string, async = false): void {
    if (isIterable(value) && typeof value !== 'string') return;
    if (async && isAsyncIterable(value)) return;
    this.add('NOT_ITERABLE', [name], { field: fieldName(zh, name), got: value });
    this.done();
  }

  /** An optional whole number from `min` to `max`; returns it or the fallback. */
  count(
    name: string,
    zh: string,
    value: unknown,
    fallback: number,
    min = 0,
    max = Number.MAX_SAFE_INTEGER,
  ): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      this.add(typeof value === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE', [name], {
        field: fieldName(zh, name),
        expected:
          max === Number.MAX_SAFE_INTEGER
            ? fieldName(`不小于 ${min} 的整数`, `a whole number ≥ ${min}`)
            : fieldName(`${min} 到 ${max} 的整数`, `a whole number from ${min} to ${max}`),
        got: value,
      });
      return fallback;
    }
    return value;
  }

  /** An optional number strictly between `low` and `high`; a string such as '0.9' is refused. */
  openInterval(name: string, zh: string, value: unknown, low: number, high: number): void {
    if (value === undefined) return;
    if (typeof value !== 'number' || !(value > low && value < high)) {
      this.add(typeof value === 'number' ? 'INVALID_VALUE' : 'INVALID_TYPE', [name], {
        field: fieldName(zh, name),
        expected: fieldName(
          `严格介于 ${low} 与 ${high} 之间的数`,
          `a number strictly between ${low} and ${high}`,
        ),
        got: value,
      });
    }
  }

  /** An optional value from a list: an unknown name is refused, never taken for a default. */
  oneOf<T extends string>(
    name: string,
    zh: string,
    value: unknown,
    allowed: readonly T[],
    fallback: T,
    path: readonly (string | number)[] = [name],
  ): T {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    this.add(typeof value === 'string' ? 'UNKNOWN_VALUE' : 'INVALID_TYPE', path, {
      field: fieldName(zh, name),
      expected: fieldName(allowed.join(' / '), allowed.join(', ')),
      got: value,
    });
    return fallback;
  }

  /**
   * Records an issue about a missing or conflicting option: `rule` is the whole requirement, as it
   * concerns more than the one option it is filed under.
   */
  conflict(path: string, zh: string, rule: BilingualText): void {
    this.add('INVALID_VALUE', [path], { field: fieldName(zh, path), subject: NO_SUBJECT, rule });
  }

  /** Throws `INVALID_INPUT` with every issue found, if any. */
  done(): void {
    if (this.issues.length > 0) throwArgumentError(this.model, this.issues);
  }
}

/**
 * What a metrics function throws for anything it was given that could not be used: a RendaError
 * passes through; anything else (a Proxy's trap, a getter, a caller's key function, a stack
 * overflow on a cyclic value) becomes a RendaError `INVALID_INPUT` naming the function's
 * arguments, keeping the original as `cause`.
 */
export function asRendaError(model: string, thrown: unknown): RendaError {
  if (thrown instanceof RendaError) return thrown;
  let text: unknown;
  try {
    text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : thrown;
  } catch {
    text = thrown;
  }
  const error = new RendaError(
    toArgumentError(model, [
      issueOf('UNREADABLE', [], {
        field: fieldName(`${model} 的参数`, `the arguments of ${model}`),
        got: text,
      }),
    ]),
  );
  Object.defineProperty(error, 'cause', { value: thrown, enumerable: false, configurable: true });
  return error;
}

/** The error value of a failed result, from what a call threw. */
export function toErrorValue(model: string, thrown: unknown): ValidationError {
  const error = asRendaError(model, thrown);
  const detail = error.detail as Partial<ValidationError>;
  if (detail.code === 'INVALID_INPUT' && Array.isArray(detail.issues))
    return detail as ValidationError;
  // A RendaError of another area (a calendar error, say): one issue with its code and message.
  return toArgumentError(model, [
    {
      code: error.code,
      path: [],
      field: fieldName(model, model),
      message: detail.message ?? { 'zh-Hans': quote(error.messageZh), en: quote(error.message) },
    },
  ]);
}

/**
 * Runs the body of a throwing metrics function: whatever goes wrong leaves as a RendaError, and a
 * promise (an async iterable's run) rejects only with a RendaError.
 */
export function guard<T>(model: string, body: () => T): T {
  let value: T;
  try {
    value = body();
    if (!(value instanceof Promise)) return settled(model, value);
  } catch (thrown) {
    throw asRendaError(model, thrown);
  }
  return value.then(
    (resolved: unknown) => settled(model, resolved),
    (thrown: unknown) => {
      throw asRendaError(model, thrown);
    },
  ) as T;
}

/**
 * A result as it is handed out: deeply frozen and JSON-able, the caller's objects copied rather
 * than frozen (results echo ids, rules and records of the input). A value of the input that no
 * JSON result can hold (a cycle, a BigInt, a getter, nesting too deep) is refused by name.
 */
function settled<T>(model: string, value: T): T {
  try {
    return frozenResult(value);
  } catch (thrown) {
    if (!(thrown instanceof NotJsonResult)) throw thrown;
    throw new RendaError(
      toArgumentError(model, [
        issueOf('INVALID_TYPE', [], {
          field: fieldName(`${model} 的参数中的值`, `a value in the arguments of ${model}`),
          expected: {
            'zh-Hans': `纯 JSON 数据（不得含循环引用、BigInt、取值函数或嵌套超过 ${RESULT_MAX_DEPTH} 层）`,
            en: `plain JSON data (no cycle, BigInt, getter, or nesting deeper than ${RESULT_MAX_DEPTH} levels)`,
          },
          got: thrown.what,
        }),
      ]),
    );
  }
}

/** The result of a `safeX` whose `x` may return a promise. */
export type SafeResult<T> =
  T extends Promise<infer U> ? Promise<Result<U, ValidationError>> : Result<T, ValidationError>;

/**
 * Runs the body of a `safeX` of the metrics area: never throws, whatever it is given; a promise
 * resolves to a result and never rejects.
 */
export function safely<T>(model: string, body: () => T): SafeResult<T> {
  let pending: Promise<unknown> | undefined;
  const result = neverThrow<T, ValidationError>(
    () => {
      const value = body();
      if (value instanceof Promise) {
        pending = value;
        return { ok: true, value };
      }
      return Object.freeze({ ok: true as const, value });
    },
    (thrown) => toErrorValue(model, thrown),
  );
  if (pending === undefined) return result as SafeResult<T>;
  return pending.then(
    (value) => Object.freeze({ ok: true as const, value }),
    (thrown: unknown) => {
      try {
        return Object.freeze({ ok: false as const, error: withHant(toErrorValue(model, thrown)) });
      } catch {
        return Object.freeze({ ok: false as const, error: toArgumentError(model, []) });
      }
    },
  ) as SafeResult<T>;
}
