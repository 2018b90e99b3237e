import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/calendar/deadlineStatus.js';
import { parseSuggestion } from '../../src/model/suggestion.js';
import { pendingFollowUps } from '../../src/suggestion/pendingFollowUps.js';
import { defaultPolicy, definePolicy, type SuggestionPolicy } from '../../src/suggestion/policy.js';
import { assigned, deputy, refused, step, unit } from './support/walk.js';

// 跟踪办理 (DOMAIN §2.11): an answer "in progress" or "planned" (B) leaves the unit a duty to
// reply again once the work is done; the duty is stored with its deadline when the item closes.

const single = { proposers: [{ deputyId: 'D-1', role: 'lead' as const }] };
const closedAt = '2025-01-10T10:00:00+08:00';

function closedWith(outcomeClass: string, policy: SuggestionPolicy = defaultPolicy) {
  let record = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00', {
    policy,
    input: single,
  });
  record = step(record, 'reply', { outcomeClass }, unit('U-1'), '2025-01-05T10:00:00+08:00', {
    policy,
  });
  return step(record, 'evaluate', { grade: 'satisfied' }, deputy('D-1'), closedAt, { policy });
}

describe('follow-up duties (跟踪办理义务)', () => {
  it('opens a duty when an item answered B closes, due by the policy’s rule from the closure', () => {
    const record = closedWith('B');
    expect(record.state).toBe('closed');
    expect(record.followUps).toEqual([
      {
        unitId: 'U-1',
        outcomeClass: 'B',
        openedAt: '2025-01-10T02:00:00.000Z',
        deadline: {
          day: '2025-04-10',
          anchorDay: '2025-01-10',
          rule: defaultPolicy.deadlines.followUp,
          calendarId: defaultPolicy.calendar.id,
          timeZone: 'Asia/Shanghai',
        },
      },
    ]);
    expect(pendingFollowUps(record).map((d) => d.unitId)).toEqual(['U-1']);
    expect(
      deadlineStatus(pendingFollowUps(record)[0] as never, '2025-04-11T09:00:00+08:00').status,
    ).toBe('overdue');
  });

  it('is discharged by the unit’s follow-up reply, with one on-time verdict on both', () => {
    const record = closedWith('B');
    const done = step(
      record,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-04-10T16:00:00+08:00',
    );
    expect(done.followUps[0]).toMatchObject({
      dischargedAt: '2025-04-10T08:00:00.000Z',
      onTime: true,
    });
    expect(done.replies.at(-1)).toMatchObject({
      followUp: true,
      dueDay: '2025-04-10',
      onTime: true,
    });
    expect(pendingFollowUps(done)).toEqual([]);
    const late = step(
      record,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-04-11T09:00:00+08:00',
    );
    expect(late.followUps[0]?.onTime).toBe(false);
    expect(late.replies.at(-1)?.onTime).toBe(false);
    // Discharged: no second follow-up reply is owed.
    refused(
      done,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-04-12T09:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'followUpExpected',
      },
    );
  });

  it('opens a further duty from a follow-up reply that is still in progress (a cross-year item’s brief reply)', () => {
    const record = closedWith('B');
    const brief = step(
      record,
      'followUpReply',
      { outcomeClass: 'B' },
      unit('U-1'),
      '2025-03-01T10:00:00+08:00',
    );
    expect(brief.followUps).toHaveLength(2);
    expect(brief.followUps[1]).toMatchObject({
      openedAt: '2025-03-01T02:00:00.000Z',
      outcomeClass: 'B',
    });
    expect(brief.followUps[1]?.deadline.day).toBe('2025-06-01');
    expect(pendingFollowUps(brief).map((d) => d.deadline.day)).toEqual(['2025-06-01']);
  });

  it('opens none for an answer that needs no follow-up, and then refuses a follow-up reply', () => {
    const record = closedWith('A');
    expect(record.followUps).toEqual([]);
    refused(
      record,
      'followUpReply',
      { outcomeClass: 'A' },
      unit('U-1'),
      '2025-02-01T10:00:00+08:00',
      {
        code: 'GUARD_FAILED',
        guard: 'followUpExpected',
      },
    );
  });

  it('counts the duty by the policy’s own rule', () => {
    const policy = definePolicy({
      id: 'six-months',
      version: 1,
      deadlines: { followUp: { amount: 6, unit: 'calendarMonths', anchor: 'receipt' } },
    });
    expect(closedWith('B', policy).followUps[0]?.deadline.day).toBe('2025-07-10');
  });

  it('reads a record made before follow-up duties were recorded as having none', () => {
    const { followUps: _none, ...before } = JSON.parse(JSON.stringify(closedWith('A')));
    expect(parseSuggestion(before).followUps).toEqual([]);
  });
});
