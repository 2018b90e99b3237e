import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import {
  defaultPolicy,
  definePolicy,
  REASON_CODE_EVENTS,
  type SuggestionPolicy,
  safeDefinePolicy,
} from '../../src/suggestion/policy.js';
import { assigned, deputy, office, refused, registered, step, unit } from './support/walk.js';

// 理由代码: the office reports withdrawals, returns, reassignments and closures by the codes its
// rules list, where they list any.

const reason = (code: string, zh: string, en: string) => ({
  code,
  label: { 'zh-Hans': zh, 'zh-Hant': zh, en },
});
const coded = definePolicy({
  id: 'coded',
  version: 1,
  reasonCodes: {
    withdraw: [reason('solved', '问题已解决', 'Solved'), reason('other', '其他', 'Other')],
    requestReturn: [reason('notInRemit', '不属于本单位职责', 'Not our remit')],
    reassign: [reason('returnApproved', '调整申请已批准', 'Return approved')],
    close: [reason('answered', '已答复', 'Answered')],
  },
});
const lead = [{ unitId: 'U-1', role: 'lead' }];
const at = (day: string) => `${day}T10:00:00+08:00`;

function returned(policy: SuggestionPolicy): Suggestion {
  let s = assigned(lead, at('2024-12-02'), { policy });
  s = step(
    s,
    'requestReturn',
    { reason: '职责不符', ...(policy === coded ? { reasonCode: 'notInRemit' } : {}) },
    unit('U-1'),
    at('2024-12-03'),
    { policy },
  );
  return step(s, 'decideReturn', { decision: 'approved' }, office, at('2024-12-04'), { policy });
}

describe('reason codes (理由代码)', () => {
  it('lists no codes by default, and refuses a code where the policy lists none', () => {
    expect(defaultPolicy.reasonCodes).toEqual({});
    refused(registered(), 'withdraw', { reasonCode: 'solved' }, deputy('D-1'), at('2024-11-26'), {
      code: 'GUARD_FAILED',
      guard: 'reasonCodeAsPolicySays',
    });
  });

  it('requires a listed code for each event the policy lists codes for', () => {
    const s = registered({}, coded);
    for (const payload of [undefined, { reason: '已解决' }, { reasonCode: 'unknown' }]) {
      refused(
        s,
        'withdraw',
        payload,
        deputy('D-1'),
        at('2024-11-26'),
        { code: 'GUARD_FAILED', guard: 'reasonCodeAsPolicySays' },
        { policy: coded },
      );
    }
    const withdrawn = step(
      s,
      'withdraw',
      { reasonCode: 'solved', reason: '已自行解决' },
      deputy('D-1'),
      at('2024-11-26'),
      { policy: coded },
    );
    expect(withdrawn.withdrawal).toMatchObject({ reasonCode: 'solved', reason: '已自行解决' });
  });

  it('stores the codes of a return request, a reassignment and a closure', () => {
    let s = returned(coded);
    expect(s.assignments[0]?.returnRequest?.reasonCode).toBe('notInRemit');
    refused(
      s,
      'reassign',
      { from: 'U-1', to: 'U-2' },
      office,
      at('2024-12-05'),
      { code: 'GUARD_FAILED', guard: 'reasonCodeAsPolicySays' },
      { policy: coded },
    );
    s = step(
      s,
      'reassign',
      { from: 'U-1', to: 'U-2', reasonCode: 'returnApproved', reason: '改由交通局办理' },
      office,
      at('2024-12-05'),
      { policy: coded },
    );
    expect(s.assignments[0]).toMatchObject({
      active: false,
      reassignment: {
        at: '2024-12-05T02:00:00.000Z',
        toUnitId: 'U-2',
        reasonCode: 'returnApproved',
        reason: '改由交通局办理',
      },
    });
    s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-2'), at('2024-12-20'), { policy: coded });
    refused(
      s,
      'close',
      undefined,
      office,
      at('2024-12-30'),
      { code: 'GUARD_FAILED', guard: 'reasonCodeAsPolicySays' },
      { policy: coded },
    );
    s = step(
      s,
      'close',
      { reasonCode: 'answered', note: '代表未再提出意见' },
      office,
      at('2024-12-30'),
      {
        policy: coded,
      },
    );
    expect(s.closure).toEqual({
      at: '2024-12-30T02:00:00.000Z',
      reason: 'byOffice',
      reasonCode: 'answered',
      note: '代表未再提出意见',
    });
  });

  it('keeps the old payloads valid, and their records as they were, where the policy lists no codes', () => {
    let s = returned(defaultPolicy);
    const withReason = step(
      s,
      'reassign',
      { from: 'U-1', to: 'U-2', reason: '机构改革' },
      office,
      at('2024-12-05'),
    );
    expect(withReason.assignments[0]?.reassignment).toEqual({
      at: '2024-12-05T02:00:00.000Z',
      toUnitId: 'U-2',
      reason: '机构改革',
    });
    // A reassignment without a reason leaves the assignment as 0.1 stored it (replay equals it).
    s = step(s, 'reassign', { from: 'U-1', to: 'U-2' }, office, at('2024-12-05'));
    expect(s.assignments[0]).not.toHaveProperty('reassignment');
    s = step(s, 'reply', { outcomeClass: 'A' }, unit('U-2'), at('2024-12-20'));
    s = step(s, 'close', undefined, office, at('2024-12-30'));
    expect(s.closure).toEqual({ at: '2024-12-30T02:00:00.000Z', reason: 'byOffice' });
  });

  it('refuses a policy with a repeated code, an empty list, or an event that takes no codes', () => {
    for (const reasonCodes of [
      { close: [reason('a', '甲', 'A'), reason('a', '乙', 'B')] },
      { close: [] },
      { assign: [reason('a', '甲', 'A')] },
    ]) {
      const result = safeDefinePolicy({ id: 'bad', version: 1, reasonCodes } as never);
      expect(result.ok, JSON.stringify(reasonCodes)).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path.slice(0, 1)).toEqual(['reasonCodes']);
    }
    expect(REASON_CODE_EVENTS).toEqual(['withdraw', 'requestReturn', 'reassign', 'close']);
  });
});
