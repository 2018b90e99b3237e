import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { coverageOpinionsClosed } from '../../src/connections/coverage/coverageOpinionsClosed.js';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import { safeParseConstituentOpinion } from '../../src/model/constituentOpinion.js';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import {
  safeSuggestionReplyEvents,
  suggestionReplyEvents,
} from '../../src/opinion/suggestionReplyEvents.js';
import { toPublicOpinion } from '../../src/opinion/toPublicOpinion.js';
import { verifyOpinion } from '../../src/opinion/verifyOpinion.js';
import { defaultPolicy, definePolicy } from '../../src/suggestion/policy.js';
import { assigned, step as suggestionStep, unit } from '../suggestion/support/walk.js';
import { DEPUTY, intake, OFFICE, ok, received, refused, SYSTEM } from './support/opinions.js';

// An opinion escalated into a deputy's suggestion, and the suggestion's reply flowing back to the
// constituent who raised it (ANCHORS §4 item 11): the way there is `convertToSuggestion`, the way
// back `suggestionReplyEvents` and the `suggestionReplied` event, which owe the constituent
// feedback by a due day counted from the reply.

const MONDAY = '2024-11-18T10:00:00+08:00';

/** An opinion received on `at`, accepted, classified and turned into suggestion `S-1`. */
function converted(id = 'O-1', at = MONDAY, suggestionId = 'S-1'): ConstituentOpinion {
  let o = received({ ...intake, id }, at);
  const later = (minutes: number) =>
    new Date(Date.parse(at) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  o = ok(o, DEPUTY, later(5), 'accept');
  o = ok(o, OFFICE, later(60), 'classify', { level: 'city', category: 'suggestion' });
  return ok(o, DEPUTY, later(120), 'convertToSuggestion', { suggestionId });
}

/** Suggestion S-1, assigned to U-1 (lead) on 25 November 2024. */
const assignedSuggestion = () =>
  assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-25T10:00:00+08:00');

/** S-1 replied by its lead unit on Friday 27 December 2024. */
const FRIDAY_REPLY = '2024-12-27T16:00:00+08:00';
const repliedSuggestion = () =>
  suggestionStep(assignedSuggestion(), 'reply', { outcomeClass: 'A' }, unit('U-1'), FRIDAY_REPLY);

/** Applies the events `suggestionReplyEvents` gives to the opinions they name, at `at`. */
function deliver(opinions: ConstituentOpinion[], at: string): ConstituentOpinion[] {
  const events = suggestionReplyEvents(repliedSuggestion(), opinions, defaultPolicy);
  return opinions.map((o) => {
    const found = events.find((e) => e.opinionId === o.id);
    return found === undefined ? o : ok(o, SYSTEM, at, found.event.type, found.event.payload);
  });
}

describe('an opinion escalated into a suggestion', () => {
  it('owes nothing while the suggestion is not replied', () => {
    expect(suggestionReplyEvents(assignedSuggestion(), [converted()], defaultPolicy)).toEqual([]);
  });

  it('gets the reply back, and the constituent is fed back by a due day across New Year', () => {
    const [opinion] = deliver([converted()], '2024-12-30T09:00:00+08:00') as [ConstituentOpinion];
    expect(opinion.state).toBe('handled');
    expect(opinion.suggestionReply).toEqual({
      at: '2024-12-27T08:00:00.000Z',
      recordedAt: '2024-12-30T01:00:00.000Z',
    });
    // Five working days from Friday 27 December 2024: 30, 31 December, (1 January is a holiday),
    // 2, 3 and 6 January.
    expect(opinion.feedbackDueDay).toBe('2025-01-06');
    expect(toPublicOpinion(opinion).expected_datetime).toBe('2025-01-06');

    let o = ok(opinion, DEPUTY, '2025-01-06T17:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'inPerson',
    });
    expect(o.feedbacks.at(-1)).toMatchObject({ dueDay: '2025-01-06', onTime: true });
    o = ok(o, OFFICE, '2025-01-07T09:00:00+08:00', 'feedBack', {
      to: 'deputy',
      channel: 'written',
    });
    // Only the constituent's feedback carries the duty.
    expect(o.feedbacks.at(-1)?.onTime).toBeUndefined();
    o = ok(o, SYSTEM, '2025-01-08T09:00:00+08:00', 'callback', { satisfaction: 'satisfied' });
    expect(o.state).toBe('closed');
    expect(safeParseConstituentOpinion(JSON.parse(JSON.stringify(o))).ok).toBe(true);
    expect(verifyOpinion(JSON.parse(JSON.stringify(o)), { policy: defaultOpinionPolicy })).toEqual(
      o,
    );
  });

  it('freezes a late feedback as late', () => {
    const [opinion] = deliver([converted()], '2024-12-30T09:00:00+08:00') as [ConstituentOpinion];
    const o = ok(opinion, OFFICE, '2025-01-07T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    expect(o.feedbacks.at(-1)).toMatchObject({ dueDay: '2025-01-06', onTime: false });
  });

  it('reaches every opinion that joined the suggestion, and only those waiting on it', () => {
    const first = converted('O-1');
    const joined = converted('O-2', '2024-11-19T15:00:00+08:00');
    const other = converted('O-3', MONDAY, 'S-2');
    const told = deliver([converted('O-4')], '2024-12-30T09:00:00+08:00')[0] as ConstituentOpinion;
    const events = suggestionReplyEvents(
      repliedSuggestion(),
      [first, joined, other, told],
      defaultPolicy,
    );
    expect(events.map((e) => e.opinionId)).toEqual(['O-1', 'O-2']);
    expect(Object.isFrozen(events)).toBe(true);
  });

  it('waits for every owing unit under everyRequiredUnit, and takes the last first reply', () => {
    const policy = definePolicy({ id: 'every', version: 1, repliedWhen: 'everyRequiredUnit' });
    let s = assigned(
      [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-2', role: 'separate' },
      ],
      '2024-11-25T10:00:00+08:00',
      { policy },
    );
    s = suggestionStep(s, 'reply', { outcomeClass: 'A' }, unit('U-1'), FRIDAY_REPLY, { policy });
    expect(suggestionReplyEvents(s, [converted()], policy)).toEqual([]);
    s = suggestionStep(
      s,
      'reply',
      { outcomeClass: 'B' },
      unit('U-2'),
      '2025-01-03T10:00:00+08:00',
      {
        policy,
      },
    );
    const [event] = suggestionReplyEvents(s, [converted()], policy);
    expect(event?.event.payload.repliedAt).toBe('2025-01-03T02:00:00.000Z');
  });

  it('counts from the receipt when the opinion joined a suggestion already replied', () => {
    // Received on Thursday 2 January 2025, after the reply of 27 December.
    const late = converted('O-5', '2025-01-02T10:00:00+08:00');
    const [o] = deliver([late], '2025-01-02T15:00:00+08:00') as [ConstituentOpinion];
    // 3, 6, 7, 8 and 9 January.
    expect(o.feedbackDueDay).toBe('2025-01-09');
  });

  it('refuses a reply of another suggestion, or one after it is recorded', () => {
    const o = converted();
    const at = '2024-12-30T09:00:00+08:00';
    const reply = { suggestionId: 'S-1', repliedAt: FRIDAY_REPLY };
    expect(
      refused(o, OFFICE, at, 'suggestionReplied', { ...reply, suggestionId: 'S-2' }),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'theLinkedSuggestion' });
    expect(
      refused(o, OFFICE, '2024-12-27T15:00:00+08:00', 'suggestionReplied', reply),
    ).toMatchObject({ code: 'GUARD_FAILED', guard: 'replyNotLaterThanRecording' });
    expect(
      refused(o, { role: 'handlingUnit', id: 'U-1' }, at, 'suggestionReplied', reply),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is counted in the closure figure once its suggestion is replied', () => {
    const waiting = converted('O-1');
    const [handled] = deliver([converted('O-2')], '2024-12-30T09:00:00+08:00') as [
      ConstituentOpinion,
    ];
    const onTime = ok(handled, OFFICE, '2025-01-06T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    const late = ok({ ...handled, id: 'O-3' }, OFFICE, '2025-01-08T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    const result = coverageOpinionsClosed([waiting, onTime, late, { ...handled, id: 'O-4' }], {
      period: { from: '2024-11-01', to: '2025-01-31' },
      withinWorkingDays: 15,
      calendar: chinaOfficialCalendar,
      asOf: '2025-01-10',
    });
    expect(result.covered).toEqual(['O-2']);
    expect(result.excluded).toEqual([{ id: 'O-1', reason: 'convertedToSuggestion' }]);
    // From Monday 18 November 2024 to 6 January 2025: 34 working days (1 January off).
    const have = 34;
    // Most working days over first; still open on 10 January counts to that day.
    expect(result.shortfalls).toEqual([
      { id: 'O-4', have, need: have + 4, short: 4 },
      { id: 'O-3', have, need: have + 2, short: 2 },
    ]);
  });
});

describe('safeSuggestionReplyEvents', () => {
  it('names what it cannot read, and never throws', () => {
    const bad = safeSuggestionReplyEvents({ id: 1 } as never, [], defaultPolicy);
    expect(bad.ok || bad.error.issues[0]?.path).toEqual(['suggestion']);
    const opinion = safeSuggestionReplyEvents(repliedSuggestion(), [null as never], defaultPolicy);
    expect(opinion.ok || opinion.error.issues[0]?.path).toEqual(['opinions', 0]);
    const policy = safeSuggestionReplyEvents(repliedSuggestion(), [], null as never);
    expect(policy.ok || policy.error.issues[0]?.path).toEqual(['policy']);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(safeSuggestionReplyEvents(throwing as never, [], defaultPolicy).ok).toBe(false);
  });
});
