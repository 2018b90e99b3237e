import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import { coverageOpinionsClosed } from '../../src/connections/coverage/coverageOpinionsClosed.js';
import type { ConstituentOpinion } from '../../src/model/constituentOpinion.js';
import { opinionStats } from '../../src/opinion/figures/opinionStats.js';
import { safeOpinionStats } from '../../src/opinion/figures/safeOpinionStats.js';
import { defaultOpinionPolicy, defineOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import {
  safeSuggestionReplyEvents,
  suggestionReplyEvents,
} from '../../src/opinion/suggestionReplyEvents.js';
import { toPublicOpinion } from '../../src/opinion/toPublicOpinion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { generateSample } from '../../src/testing/index.js';
import { assigned as assignedSuggestion, step, unit } from '../suggestion/support/walk.js';
import { DEPUTY, intake, OFFICE, ok, received, SYSTEM, UNIT } from './support/opinions.js';

// Review of issue 11 (constituent opinions: the link with suggestions, the figures, the public
// view, the sample). Each `it` proves one defect and fails until it is fixed.

/** Suggestion S-1, assigned to U-1 (lead) on 25 November 2024 and replied on 27 December. */
const REPLIED_AT = '2024-12-27T16:00:00+08:00';
const repliedSuggestion = () =>
  step(
    assignedSuggestion([{ unitId: 'U-1', role: 'lead' }], '2024-11-25T10:00:00+08:00'),
    'reply',
    { outcomeClass: 'A' },
    unit('U-1'),
    REPLIED_AT,
  );

/** Received Monday 18 November 2024, accepted and classified as a suggestion the same morning. */
function analysed(id: string, policy = defaultOpinionPolicy): ConstituentOpinion {
  let o = received({ ...intake, id }, '2024-11-18T10:00:00+08:00', policy);
  o = ok(o, DEPUTY, '2024-11-18T10:05:00+08:00', 'accept', undefined, policy);
  return ok(
    o,
    OFFICE,
    '2024-11-18T11:00:00+08:00',
    'classify',
    { level: 'city', category: 'suggestion' },
    policy,
  );
}

// Regressions found by reviewing the opinion ↔ suggestion link, the figures and the sample:
// each test failed before its mend.
describe('opinion loop regressions', () => {
  it('toPublicOpinion publishes no expected_datetime once the constituent was told (the due day met)', () => {
    // Handled; the constituent is told the next morning, the deputy not yet: the ticket stays
    // `handled`, waiting only on the deputy's feedback.
    let r = ok(
      ok(
        ok(
          ok(received(), OFFICE, '2025-09-26T10:05:00+08:00', 'accept'),
          OFFICE,
          '2025-09-26T10:10:00+08:00',
          'classify',
          { level: 'street', category: 'enquiry' },
        ),
        OFFICE,
        '2025-09-26T10:20:00+08:00',
        'assign',
        { unitId: UNIT.id },
      ),
      UNIT,
      '2025-09-29T16:00:00+08:00',
      'handle',
      { outcome: 'resolved', content: '已办理' },
    );
    r = ok(r, DEPUTY, '2025-09-30T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'inPerson',
    });
    expect(r.state).toBe('handled');
    expect(r.feedbacks.at(-1)).toMatchObject({ to: 'constituent', onTime: true });
    // Documented: the feedback due day is published "once handled and until the constituent is
    // told"; "a due day already met is not".
    expect(toPublicOpinion(r).expected_datetime).toBeUndefined();
  });

  it('an opinion that joins an already-replied suggestion owes feedback from when it joined', () => {
    // Received 18 November 2024; joins S-1 (replied 27 December) only on 20 January 2025.
    const joining = ok(
      analysed('O-J'),
      DEPUTY,
      '2025-01-20T10:00:00+08:00',
      'convertToSuggestion',
      {
        suggestionId: 'S-1',
      },
    );
    const [event] = suggestionReplyEvents(repliedSuggestion(), [joining], defaultPolicy);
    if (event === undefined) throw new Error('no event');
    const told = ok(
      joining,
      SYSTEM,
      '2025-01-20T11:00:00+08:00',
      event.event.type,
      event.event.payload,
    );
    // The duty cannot start before the opinion was linked to the suggestion: its due day must
    // not fall before the day it joined (it is 2025-01-06, late before it was ever owed).
    expect(told.feedbackDueDay! >= '2025-01-20', `due ${told.feedbackDueDay}`).toBe(true);
  });

  it('按期办理率 keeps an overdue opinion in its denominator once handled late, and 推动解决 counts only handled opinions (converted round 1, reopened)', () => {
    // Round 1: converted into S-1, the reply comes back, the constituent is told and dissatisfied.
    let o = ok(analysed('O-R'), DEPUTY, '2024-11-18T12:00:00+08:00', 'convertToSuggestion', {
      suggestionId: 'S-1',
    });
    o = ok(o, SYSTEM, '2024-12-30T09:00:00+08:00', 'suggestionReplied', {
      suggestionId: 'S-1',
      repliedAt: REPLIED_AT,
    });
    o = ok(o, DEPUTY, '2024-12-31T09:00:00+08:00', 'feedBack', {
      to: 'constituent',
      channel: 'phone',
    });
    o = ok(o, OFFICE, '2024-12-31T10:00:00+08:00', 'feedBack', {
      to: 'deputy',
      channel: 'written',
    });
    o = ok(o, OFFICE, '2025-01-02T10:00:00+08:00', 'callback', { satisfaction: 'dissatisfied' });
    o = ok(o, OFFICE, '2025-01-02T11:00:00+08:00', 'reopen', { reason: '反映人不满意' });
    // Round 2: referred to a unit, which lets the due day pass.
    o = ok(o, OFFICE, '2025-01-03T10:00:00+08:00', 'assign', { unitId: UNIT.id });
    const dueDay = o.referral?.dueDay as string;
    const asOf = '2025-03-10T18:00:00+08:00';
    expect(dueDay < '2025-03-10').toBe(true);
    const overdue = opinionStats([o], { asOf, policy: defaultOpinionPolicy }).total;
    expect(overdue.counts.handlingOverdue).toBe(1);
    expect(overdue.rates.onTimeRate.denominator).toBe(1);

    const late = ok(o, UNIT, '2025-03-10T09:00:00+08:00', 'handle', {
      outcome: 'resolved',
      content: '已办理',
    });
    expect(late.handlings.at(-1)?.onTime).toBe(false);
    const after = opinionStats([late], { asOf, policy: defaultOpinionPolicy }).total;
    // Overdue, it was due; handled late, it is still due (and late): it must not vanish.
    expect.soft(after.rates.onTimeRate.denominator).toBe(overdue.rates.onTimeRate.denominator);
    // 推动解决 N 件 cannot exceed the opinions counted as handled.
    expect.soft(after.counts.resolved).toBeLessThanOrEqual(after.counts.handled);
  });

  it('coverageOpinionsClosed reads a converted opinion’s frozen feedback verdict, whatever its own zone', () => {
    const urumqi = defineOpinionPolicy({ id: 'urumqi', version: 1, timeZone: 'Asia/Urumqi' });
    let o = ok(
      analysed('O-Z', urumqi),
      DEPUTY,
      '2024-11-18T12:00:00+08:00',
      'convertToSuggestion',
      { suggestionId: 'S-1' },
      urumqi,
    );
    o = ok(
      o,
      SYSTEM,
      '2024-12-30T09:00:00+08:00',
      'suggestionReplied',
      { suggestionId: 'S-1', repliedAt: REPLIED_AT },
      urumqi,
    );
    // Told at 23:30 on the due day in the policy's zone: frozen on time.
    o = ok(
      o,
      DEPUTY,
      `${o.feedbackDueDay}T23:30:00+06:00`,
      'feedBack',
      { to: 'constituent', channel: 'phone' },
      urumqi,
    );
    expect(o.feedbacks.at(-1)).toMatchObject({ dueDay: o.feedbackDueDay, onTime: true });
    const result = coverageOpinionsClosed([o], {
      period: { from: '2024-11-01', to: '2025-01-31' },
      withinWorkingDays: 15,
      calendar: chinaOfficialCalendar,
      asOf: '2025-01-31',
    });
    // The record's frozen verdict says on time; the figure must not say late.
    expect(result.shortfalls).toEqual([]);
    expect(result.covered).toEqual(['O-Z']);
  });

  it('safeOpinionStats refuses records that are not opinions', () => {
    const [opinion] = JSON.parse(JSON.stringify(generateSample({ seed: 1 }).opinions)) as [
      ConstituentOpinion,
    ];
    const notAnOpinion = { ...opinion, id: 'X', channel: Symbol('station') };
    const result = safeOpinionStats([opinion, notAnOpinion as never], {
      asOf: '2025-12-31T18:00:00+08:00',
      policy: defaultOpinionPolicy,
    });
    if (result.ok) {
      // What came back is corrupt: two opinions, one channel counted.
      const byChannel = Object.values(result.value.total.byChannel).reduce((a, b) => a + b, 0);
      expect.soft(byChannel).toBe(result.value.total.n);
    }
    // Documented: "records that are not opinions … come back as { ok: false, error }".
    expect(result.ok).toBe(false);
  });

  it('safeSuggestionReplyEvents names an unreadable opinion ([opinions, index])', () => {
    const opinion = { id: 'O-1', state: 'convertedToSuggestion', suggestionId: 'S-1' };
    const unreadable = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const result = safeSuggestionReplyEvents(
      repliedSuggestion(),
      [opinion, unreadable] as never,
      defaultPolicy,
    );
    expect(result.ok).toBe(false);
    // Documented: "a suggestion or opinion that cannot be read comes back as INVALID_INPUT naming
    // it (['suggestion', …], ['opinions', index])".
    expect(result.ok || result.error.issues[0]?.path).toEqual(['opinions', 1]);
  });

  it('the sample walks every path whatever the seed: seed 21 (40 deputies) has an opinion left received', () => {
    const { opinions } = generateSample({ seed: 21, size: { deputies: 40 } });
    expect(new Set(opinions.map((o) => o.state))).toContain('received');
  });
});
