import type { Accumulator, JsonValue } from './accumulator.js';
import {
  type ArgumentIssue,
  FUNCTION,
  fieldName,
  guard,
  issueOf,
  throwArgumentError,
} from './internal/invalidInput.js';

/**
 * Checks and freezes an accumulator (定义累加器), the way a team adds its own metric.
 *
 * @remarks
 * Checks that `id` is a non-empty string, `version` a whole number ≥ 1, and `init`, `step`, `merge`
 * and `result` functions, and that `init()` returns JSON (it is stringified and parsed once and must
 * come back equal). It cannot check the laws (see {@link Accumulator}); test them with fast-check
 * as renda's own tests do.
 *
 * @param spec - The four operations, `id` and `version`.
 * @returns A frozen copy of `spec`.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad field (`id`, `version`,
 * `init`…).
 *
 * @example
 * ```ts
 * import { aggregate, defineAccumulator } from 'renda';
 *
 * const totalDays = defineAccumulator({
 *   id: 'totalDays',
 *   version: 1,
 *   init: () => 0,
 *   step: (sum: number, record: { days: number }) => sum + record.days,
 *   merge: (a, b) => a + b,
 *   result: (sum) => sum,
 * });
 * console.log(aggregate([{ days: 3 }, { days: 4 }], { totalDays }).total.totalDays); // 7
 * ```
 * @category Metrics
 */
export function defineAccumulator<TRecord, TState extends JsonValue, TResult>(
  spec: Accumulator<TRecord, TState, TResult>,
): Accumulator<TRecord, TState, TResult> {
  return guard('defineAccumulator', () => {
    const issues = accumulatorIssues(spec);
    if (issues.length > 0) throwArgumentError('Accumulator', issues);
    return Object.freeze({
      id: spec.id,
      version: spec.version,
      init: spec.init,
      step: spec.step,
      merge: spec.merge,
      result: spec.result,
    });
  });
}

/** The problems with an accumulator-like object (internal, also used by `defineMetric`). */
export function accumulatorIssues(spec: unknown): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  const value = (spec ?? {}) as Record<string, unknown>;
  if (typeof value.id !== 'string' || value.id.length === 0) {
    issues.push(
      issueOf('INVALID_VALUE', ['id'], {
        field: fieldName('标识', 'id'),
        expected: fieldName('非空字符串', 'a non-empty string'),
      }),
    );
  }
  if (
    typeof value.version !== 'number' ||
    !Number.isSafeInteger(value.version) ||
    value.version < 1
  ) {
    issues.push(
      issueOf('INVALID_VALUE', ['version'], {
        field: fieldName('版本', 'version'),
        expected: fieldName('不小于 1 的整数', 'a whole number ≥ 1'),
      }),
    );
  }
  for (const name of ['init', 'step', 'merge', 'result'] as const) {
    if (typeof value[name] !== 'function') {
      issues.push(
        issueOf('INVALID_TYPE', [name], { field: fieldName(name, name), expected: FUNCTION }),
      );
    }
  }
  if (issues.length === 0) {
    const initial = (value.init as () => unknown)();
    let same = false;
    try {
      same = JSON.stringify(JSON.parse(JSON.stringify(initial))) === JSON.stringify(initial);
    } catch {
      same = false;
    }
    if (!same || initial === undefined) {
      issues.push(
        issueOf('INVALID_VALUE', ['init'], {
          field: fieldName('init', 'init'),
          subject: fieldName('init()', 'init()'),
          rule: fieldName('必须返回可 JSON 序列化的状态', 'must return a JSON state'),
        }),
      );
    }
  }
  return issues;
}
