import { describe, expect, it } from 'vitest';
import {
  OPINION_CHANNELS,
  OPINION_STATES,
  safeParseConstituentOpinion,
} from '../../src/model/constituentOpinion.js';
import { RECEPTION_MODES } from '../../src/model/opinionParts.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { suggestionReplyEvents } from '../../src/opinion/suggestionReplyEvents.js';
import { safeVerifyOpinion } from '../../src/opinion/verifyOpinion.js';
import { isReplied } from '../../src/suggestion/isReplied.js';
import { generateSample, sampleActivities } from '../../src/testing/index.js';

// The sample's opinions are what the opinion workflow made of their events: each replays and
// verifies under the sample's opinion policy, and together they walk every path of the loop,
// converted opinions hearing back from the sample's own suggestions.

const sample = generateSample({ seed: 1 });
const stored = JSON.parse(JSON.stringify(sample.opinions)) as typeof sample.opinions;

describe('the sample’s opinions', () => {
  it('replay and verify, every one, from their JSON', () => {
    expect(stored.length).toBeGreaterThan(500);
    for (const opinion of stored) {
      expect(safeParseConstituentOpinion(opinion).ok).toBe(true);
      const verified = safeVerifyOpinion(opinion, { policy: sample.opinionPolicy });
      if (!verified.ok) throw new Error(`${opinion.id}: ${verified.error.message.en}`);
      expect(verified.value).toEqual(opinion);
    }
  });

  it('walk every event of the loop, reach every state, and come by every channel', () => {
    const events = new Set(sample.opinions.flatMap((o) => o.history.map((e) => e.type)));
    for (const type of Object.keys(opinionWorkflow.events)) expect(events).toContain(type);
    const states = new Set(sample.opinions.map((o) => o.state));
    for (const state of OPINION_STATES) expect(states).toContain(state);
    const channels = new Set(sample.opinions.map((o) => o.channel));
    for (const channel of OPINION_CHANNELS) {
      // Channels of SC members' contacts and deliberations come with the connections issue.
      if (channel === 'memberContact' || channel === 'deliberation') continue;
      expect(channels).toContain(channel);
    }
    const modes = new Set(sample.opinions.map((o) => o.receptionMode).filter(Boolean));
    for (const mode of RECEPTION_MODES) expect(modes).toContain(mode);
  });

  it('include reopened rounds, late handling and late feedback', () => {
    expect(sample.opinions.some((o) => o.round > 1 && o.state === 'closed')).toBe(true);
    expect(sample.opinions.some((o) => o.handlings.some((h) => h.onTime === false))).toBe(true);
    expect(sample.opinions.some((o) => o.feedbacks.some((f) => f.onTime === false))).toBe(true);
    expect(
      sample.opinions.some((o) => o.referral?.extensions.some((e) => e.decision === 'approved')),
    ).toBe(true);
  });

  it('link to the sample’s suggestions, and hear back exactly when those were replied', () => {
    const byId = new Map(sample.suggestions.map((s) => [s.id, s]));
    const linked = sample.opinions.filter((o) => o.suggestionId !== undefined);
    expect(linked.some((o) => o.state === 'convertedToSuggestion')).toBe(true);
    const heard = linked.filter((o) => o.suggestionReply !== undefined);
    expect(heard.some((o) => o.state === 'closed')).toBe(true);
    for (const opinion of linked) {
      const suggestion = byId.get(opinion.suggestionId as string);
      if (suggestion === undefined) throw new Error(`${opinion.id}: no ${opinion.suggestionId}`);
      const waiting = { ...opinion, state: 'convertedToSuggestion' as const };
      const [event] = suggestionReplyEvents(suggestion, [waiting], sample.policy);
      if (opinion.suggestionReply === undefined) {
        // Still waiting: its suggestion is not replied, or the reply reached the office too
        // close to the year's end to be recorded (the sample records it within 48 hours).
        if (event !== undefined) {
          const last = opinion.history.at(-1)?.at ?? opinion.receivedAt;
          const from = Math.max(Date.parse(event.event.payload.repliedAt), Date.parse(last));
          expect(Date.parse(sample.asOf) - from).toBeLessThan(48 * 3_600_000);
        } else if (opinion.state === 'convertedToSuggestion') {
          expect(isReplied(suggestion, sample.policy)).toBe(false);
        }
      } else {
        expect(event?.event.payload.repliedAt).toBe(opinion.suggestionReply.at);
      }
    }
  });

  it('leave the activities as they were: sampleActivities lists the same opinion ids', () => {
    const fromStream = [...sampleActivities({ seed: 1 })];
    expect(fromStream).toEqual(sample.activities);
    const ids = new Set(sample.opinions.map((o) => o.id));
    for (const activity of sample.activities) {
      for (const id of activity.collected?.opinionIds ?? []) expect(ids).toContain(id);
    }
  });
});
