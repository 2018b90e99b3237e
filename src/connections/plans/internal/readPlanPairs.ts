import { fieldName } from '../../../stats/internal/invalidInput.js';
import type { OptionChecks } from '../../coverage/internal/checkOptions.js';
import { dayNumber } from '../../coverage/internal/days.js';

// Reads the pairs of a plan handed back to a checker (internal): checkPlan's members and
// deputies, checkPairings' holders and partners. A plan may have been stored and edited, so
// every pair is checked again.

/** A pair as day numbers; `to` is open-ended as +∞. */
export interface ReadPair {
  readonly holderId: string;
  readonly partnerId: string;
  readonly from: number;
  readonly to: number;
}

export function readPlanPairs(
  checks: OptionChecks,
  plan: unknown,
  holderKey: string,
  partnerKey: string,
  planner: string,
): ReadPair[] {
  const p = checks.options<{ pairs: unknown; loads: unknown }>(plan, 'plan', '联系安排', false);
  const out: ReadPair[] = [];
  if (!Array.isArray(p.pairs) || (p.loads !== undefined && !Array.isArray(p.loads))) {
    checks.add('INVALID_TYPE', ['plan', Array.isArray(p.pairs) ? 'loads' : 'pairs'], {
      field: fieldName('联系安排', 'plan'),
      expected: fieldName(`${planner} 返回的安排`, `a plan from ${planner}`),
      got: Array.isArray(p.pairs) ? p.loads : p.pairs,
    });
    return out;
  }
  const shape = `{ ${holderKey}, ${partnerKey}, from, to? }`;
  (p.pairs as readonly unknown[]).forEach((raw, i) => {
    const pair = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const from = typeof pair.from === 'string' ? dayNumber(pair.from) : undefined;
    const to =
      pair.to === undefined
        ? Number.POSITIVE_INFINITY
        : typeof pair.to === 'string'
          ? dayNumber(pair.to)
          : undefined;
    const holderId = pair[holderKey];
    const partnerId = pair[partnerKey];
    if (
      typeof holderId !== 'string' ||
      typeof partnerId !== 'string' ||
      from === undefined ||
      to === undefined
    ) {
      checks.add('INVALID_TYPE', ['plan', 'pairs', i], {
        field: fieldName('联系对子', 'pair'),
        expected: fieldName(shape, shape),
        got: raw,
      });
      return;
    }
    out.push({ holderId, partnerId, from, to });
  });
  return out;
}
