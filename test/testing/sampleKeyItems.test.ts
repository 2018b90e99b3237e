import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseKeyItemPlan } from '../../src/model/keyItemPlan.js';
import { parseKeyItemVote } from '../../src/model/keyItemVote.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { aggregate } from '../../src/stats/aggregate.js';
import { keyItemMilestonesMetMetric } from '../../src/suggestion/keyItems/keyItemMilestonesMetMetric.js';
import { keyItemPlanStatus } from '../../src/suggestion/keyItems/keyItemPlanStatus.js';
import { tallyKeyItemVote } from '../../src/suggestion/keyItems/tallyKeyItemVote.js';
import {
  generateSample,
  type Sample,
  safeSampleKeyItems,
  sampleKeyItems,
} from '../../src/testing/index.js';

const sample = generateSample({ seed: 1 });
const keyItems = sampleKeyItems(sample);
const { plan, vote } = keyItems;
const keyItemIds = sample.suggestions.filter((s) => s.keyItem !== undefined).map((s) => s.id);

/** Whether every object and array reachable from `value` is frozen. */
function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

/** The Shanghai calendar day of an instant (+08:00 all year since 1991), computed by hand. */
const shanghaiDay = (instant: string) =>
  new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('sampleKeyItems', () => {
  it('gives a plan and a vote that parse to themselves, deep-frozen', () => {
    expect(parseKeyItemPlan(plan)).toEqual(plan);
    expect(parseKeyItemVote(vote)).toEqual(vote);
    expect(deepFrozen(keyItems)).toBe(true);
    expect(vote.planId).toBe(plan.id);
    expect(plan.year).toBe(sample.year);
    expect(plan.timeZone).toBe(sample.policy.timeZone);
  });

  it('puts every key item of the sample in exactly one plan item, and nothing else', () => {
    expect(keyItemIds.length).toBeGreaterThan(1);
    const inPlan = plan.items.flatMap((item) => item.suggestionIds);
    expect([...inPlan].sort()).toEqual([...keyItemIds].sort());
    const byId = new Map(sample.suggestions.map((s) => [s.id, s]));
    for (const item of plan.items) {
      for (const id of item.suggestionIds) {
        const record = byId.get(id);
        expect(record?.keyItem?.topic).toBe(item.topic);
        for (const lead of record?.keyItem?.leads ?? []) expect(item.leads).toContainEqual(lead);
      }
    }
    // One item per topic.
    const topics = plan.items.map((item) => item.topic);
    expect(new Set(topics).size).toBe(topics.length);
    expect(plan.items.map((item) => item.id)).toEqual(topics.map((_, i) => `K-${i + 1}`));
  });

  it("names each item's lead units from its records' active lead assignments", () => {
    const byId = new Map(sample.suggestions.map((s) => [s.id, s]));
    for (const item of plan.items) {
      const expected = new Set(
        item.suggestionIds.flatMap((id) =>
          (byId.get(id)?.assignments ?? [])
            .filter((a) => a.active && ['lead', 'sole', 'separate'].includes(a.role))
            .map((a) => a.unitId),
        ),
      );
      expect(new Set(item.leadUnitIds ?? [])).toEqual(expected);
    }
  });

  it("keeps Rizhao's calendar, in order and within the sample's year", () => {
    const year = String(sample.year);
    const byKind = (kind: string) => plan.milestones.filter((m) => m.kind === kind);
    for (const m of plan.milestones) {
      expect(m.dueDay.slice(0, 4)).toBe(year);
      if (m.startDay !== undefined) expect(m.startDay <= m.dueDay).toBe(true);
      if (m.doneAt !== undefined) expect(m.doneAt <= sample.asOf).toBe(true);
    }
    const due = plan.milestones.map((m) => m.dueDay);
    expect(due).toEqual([...due].sort());
    expect(byKind('supervisionPeriod')).toMatchObject([
      { startDay: `${year}-06-01`, dueDay: `${year}-10-31` },
    ]);
    const summaries = byKind('summary');
    expect(summaries).toHaveLength(plan.items.length);
    for (const m of summaries) expect(m.dueDay.slice(5, 7)).toBe('10');
    for (const kind of ['survey', 'satisfactionVote']) {
      expect(byKind(kind).map((m) => m.dueDay.slice(5, 7))).toEqual(['11']);
    }
    expect(byKind('report').map((m) => m.dueDay.slice(5, 7))).toEqual(['12']);
    // The vote milestone is met on the day of the vote, in the plan's zone.
    const voted = byKind('satisfactionVote')[0]?.doneAt;
    expect(voted === undefined ? undefined : shanghaiDay(voted)).toBe(vote.day);
  });

  it('shows met and unmet milestones as of asOf, and a rate strictly between 0 and 1', () => {
    const status = keyItemPlanStatus(plan, sample.asOf);
    const met = status.milestones.filter((m) => m.status === 'metOnTime' || m.status === 'metLate');
    expect(met.length).toBeGreaterThan(0);
    expect(met.length).toBeLessThan(plan.milestones.length);
    expect(status.counts.metLate).toBeGreaterThan(0);
    // Independently of the code under test: met on time = done on or before its due day.
    const onTime = plan.milestones.filter(
      (m) => m.doneAt !== undefined && shanghaiDay(m.doneAt) <= m.dueDay,
    ).length;
    const late = plan.milestones.filter(
      (m) => m.doneAt !== undefined && shanghaiDay(m.doneAt) > m.dueDay,
    ).length;
    const asOfDay = shanghaiDay(sample.asOf);
    const overdue = plan.milestones.filter(
      (m) => m.doneAt === undefined && m.dueDay < asOfDay,
    ).length;
    const metric = keyItemMilestonesMetMetric(sample.asOf);
    const { total } = aggregate([plan], { met: metric });
    expect([total.met.numerator, total.met.denominator]).toEqual([onTime, onTime + late + overdue]);
    expect(total.met.value).toBeGreaterThan(0);
    expect(total.met.value).toBeLessThan(1);
  });

  it('has the members in office vote, and one item fall short of an 80% pass mark', () => {
    const inOffice = sample.members.filter(
      (m) => m.term.from <= vote.day && (m.term.to === undefined || vote.day <= m.term.to),
    );
    expect(vote.electorate.members).toBe(inOffice.length);
    expect(vote.electorate.present).toBeGreaterThan(0);
    expect(vote.electorate.present).toBeLessThanOrEqual(inOffice.length);
    expect(vote.day.slice(0, 7)).toBe(`${sample.year}-11`);
    expect(vote.results.map((r) => r.itemId)).toEqual(plan.items.map((item) => item.id));
    // Every one present votes on every item.
    for (const r of vote.results) {
      const cast = r.satisfied + r.basicallySatisfied + r.dissatisfied + (r.abstained ?? 0);
      expect(cast).toBe(vote.electorate.present);
    }
    const short = vote.results.filter(
      (r) =>
        (r.satisfied + r.basicallySatisfied) /
          (r.satisfied + r.basicallySatisfied + r.dissatisfied) <
        0.8,
    );
    expect(short).toHaveLength(1);
    const tally = tallyKeyItemVote(vote, { threshold: 0.8 });
    expect(tally.items.filter((i) => i.passed === false).map((i) => i.itemId)).toEqual(
      short.map((r) => r.itemId),
    );
  });

  it('gives a deep-equal result for the same sample, and another for another seed', () => {
    expect(sampleKeyItems(generateSample({ seed: 1 }))).toEqual({ plan, vote });
    const other = sampleKeyItems(generateSample({ seed: 2 }));
    expect(isDeepStrictEqual(other, { plan, vote })).toBe(false);
  });

  it('holds for other seeds and years', () => {
    for (const options of [
      { seed: 3 },
      { seed: 9, year: 2024 },
      { seed: 5, size: { deputies: 20 } },
    ]) {
      const s = generateSample(options);
      const result = sampleKeyItems(s);
      const ids = s.suggestions.filter((r) => r.keyItem !== undefined).map((r) => r.id);
      expect(result.plan.items.flatMap((i) => i.suggestionIds).sort()).toEqual(ids.sort());
      const status = keyItemPlanStatus(result.plan, s.asOf);
      expect(status.counts.metOnTime).toBeGreaterThan(0);
      expect(status.counts.metLate).toBeGreaterThan(0);
      expect(status.counts.overdue + status.counts.dueSoon).toBeGreaterThan(0);
      const tally = tallyKeyItemVote(result.vote, { threshold: 0.8 });
      expect(tally.passedCount).toBe(result.vote.results.length - 1);
    }
  });

  it('only reads the sample', () => {
    const copy = structuredClone({ ...sample, policy: undefined, opinionPolicy: undefined });
    sampleKeyItems(sample);
    expect({ ...sample, policy: undefined, opinionPolicy: undefined }).toEqual(copy);
    expect(Object.isFrozen(sample.suggestions)).toBe(true);
  });
});

describe('safeSampleKeyItems', () => {
  it('agrees with sampleKeyItems on a sample', () => {
    const result = safeSampleKeyItems(sample);
    expect(result.ok && result.value).toEqual({ plan, vote });
  });

  it.each<[string, unknown, readonly (string | number)[]]>([
    ['null', null, []],
    ['an empty object', {}, ['seed']],
    ['suggestions that are not a list', { ...sample, suggestions: 'x' }, ['suggestions']],
    [
      'a key item without a topic',
      withKeyItem({ topic: undefined }),
      ['suggestions', 0, 'keyItem', 'topic'],
    ],
    [
      'an unknown time zone',
      { ...sample, policy: { timeZone: 'Mars/Olympus' } },
      ['policy', 'timeZone'],
    ],
    ['members that are not a list', { ...sample, members: {} }, ['members']],
  ])('refuses %s by name, without throwing', (_, junk, path) => {
    const result = safeSampleKeyItems(junk as Sample);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues[0]?.path).toEqual(path);
    expect(() => sampleKeyItems(junk as Sample)).toThrow(RendaError);
  });

  it('refuses a lead its schema refuses, with the plan parser’s issue', () => {
    const result = safeSampleKeyItems(withKeyItem({ leads: [{ kind: 'specialCommittee' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.code).toBe('BODY_REQUIRED');
  });

  it('never throws on an unreadable sample', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const result = safeSampleKeyItems(trap as Sample);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.code).toBe('UNREADABLE');
  });
});

/** The sample with its first key item's `keyItem` changed, moved to the front. */
function withKeyItem(change: Record<string, unknown>): Sample {
  const first = sample.suggestions.find((s) => s.keyItem !== undefined);
  if (first === undefined) throw new Error('the sample has no key item');
  const changed = { ...first, keyItem: { ...first.keyItem, ...change } };
  return { ...sample, suggestions: [changed, ...sample.suggestions] } as unknown as Sample;
}
