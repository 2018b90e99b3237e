import { fromDayNumber } from '../../../calendar/internal/days.js';
import { isTimeZone } from '../../../calendar/internal/timeZone.js';
import type { MetricPeriod } from '../../../stats/defineMetric.js';
import { asOfDayOf } from '../../../stats/internal/asOfDay.js';
import { ArgumentChecks, fieldName } from '../../../stats/internal/invalidInput.js';
import { checkPeriod } from '../../../stats/internal/period.js';
import type { OpinionPolicy } from '../../opinionPolicy.js';

// What the opinion figures derive once from the policy, asOf and the period, each checked so that
// a bad argument is refused by name before any record is read.

/** The model name of the figures' errors. */
export const OPINION_STATS = 'OpinionStats';

/** Everything the opinion figures derive once (internal). */
export interface OpinionStatsContext {
  readonly asOf: string;
  /** asOf's calendar day in the policy's zone, `YYYY-MM-DD`. */
  readonly asOfDay: string;
  readonly policy: { readonly id: string; readonly version: number };
  /** The policy's category codes, in its order. */
  readonly categoryCodes: readonly string[];
  /** The first and last day received that a date-range period keeps; `null` when it does not filter. */
  readonly from: string | null;
  readonly to: string | null;
  /** The period as stamped on results. */
  readonly period: MetricPeriod | undefined;
}

const POLICY = /* @__PURE__ */ fieldName('群众意见办理规则', 'policy');

/** Reads the category codes once, refusing anything that is not a list of coded categories. */
function readCategories(checks: ArgumentChecks, categories: unknown): string[] {
  if (!Array.isArray(categories)) {
    checks.add('INVALID_TYPE', ['policy', 'categories'], {
      field: fieldName('意见分类', 'policy.categories'),
      expected: fieldName('分类数组', 'an array of categories'),
      got: categories,
    });
    return [];
  }
  const codes: string[] = [];
  categories.forEach((category: unknown, index) => {
    const code = (category as { code?: unknown } | null)?.code;
    if (typeof code === 'string') codes.push(code);
    else {
      checks.add('INVALID_TYPE', ['policy', 'categories', index], {
        field: fieldName('意见分类', 'policy.categories'),
        expected: fieldName('带 code 的分类', 'a category with a code'),
        got: category,
      });
    }
  });
  return codes;
}

/** Builds the context, checking the policy parts the figures read, asOf and the period. */
export function opinionStatsContext(
  policy: OpinionPolicy,
  asOf: string,
  period?: MetricPeriod,
): OpinionStatsContext {
  const checks = new ArgumentChecks(OPINION_STATS);
  if (typeof policy !== 'object' || policy === null) {
    checks.add(policy === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['policy'], {
      field: POLICY,
      expected: fieldName(
        '群众意见办理规则对象（如 defaultOpinionPolicy）',
        'an opinion policy (e.g. defaultOpinionPolicy)',
      ),
      got: policy,
    });
    checks.done();
  }
  const { id, version, timeZone } = policy;
  if (typeof id !== 'string' || typeof version !== 'number') {
    checks.add('INVALID_TYPE', ['policy', typeof id !== 'string' ? 'id' : 'version'], {
      field: POLICY,
      expected: fieldName('带 id 和 version 的规则', 'a policy with an id and a version'),
      got: typeof id !== 'string' ? id : version,
    });
  }
  if (!isTimeZone(timeZone)) {
    checks.add('INVALID_VALUE', ['policy', 'timeZone'], {
      field: fieldName('时区', 'policy.timeZone'),
      expected: fieldName('IANA 时区名', 'an IANA time zone'),
      got: timeZone,
    });
  }
  const categoryCodes = readCategories(checks, policy.categories);
  const checkedPeriod = checkPeriod(checks, period);
  checks.done();
  const asOfDay = asOfDayOf(checks, asOf, timeZone);
  return Object.freeze({
    asOf,
    asOfDay,
    policy: Object.freeze({ id, version }),
    categoryCodes: Object.freeze(categoryCodes),
    from: checkedPeriod.from === null ? null : fromDayNumber(checkedPeriod.from),
    to: checkedPeriod.to === null ? null : fromDayNumber(checkedPeriod.to),
    period: checkedPeriod.stamp,
  });
}
