import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageEnrolment } from '../../src/connections/coverage/coverageEnrolment.js';
import { coverageMemberContact } from '../../src/connections/coverage/coverageMemberContact.js';
import type { CoverageResult } from '../../src/connections/coverage/coverageResult.js';
import {
  coverageReportSentences,
  keyItemReportSentences,
  type ReportSentence,
  safeCoverageReportSentences,
  safeKeyItemReportSentences,
} from '../../src/import/index.js';
import { livelihoodAdoptionCoverage } from '../../src/livelihood/livelihoodAdoptionCoverage.js';
import type { Rate } from '../../src/stats/rate.js';
import { KEY_ITEM_METRICS } from '../../src/suggestion/keyItems/keyItemMetrics.js';
import { keyItemPlanStatus } from '../../src/suggestion/keyItems/keyItemPlanStatus.js';
import { tallyKeyItemVote } from '../../src/suggestion/keyItems/tallyKeyItemVote.js';
import { generateSample, sampleKeyItems } from '../../src/testing/index.js';

const sample = generateSample({ seed: 7, size: 'town' });
const { plan, vote } = sampleKeyItems(sample);
const status = keyItemPlanStatus(plan, sample.asOf);
const tally = tallyKeyItemVote(vote);
const period = { from: `${sample.year}-01-01`, to: `${sample.year}-12-31` };

/** The whole numbers a sentence states, in order, and its percent (English groups thousands). */
function figuresOf(text: string): { counts: number[]; percent: number } {
  const withoutPercent = text.replace(/(\d+(?:\.\d+)?)%/u, '');
  const percent = Number(/(\d+(?:\.\d+)?)%/u.exec(text)?.[1]);
  const counts = [...withoutPercent.matchAll(/\d[\d,]*/gu)].map((m) =>
    Number(m[0].replace(/,/gu, '')),
  );
  return { counts, percent };
}

/** The sentence states the rate's counts and its percent to the decimals asked. */
function expectStates(sentence: ReportSentence | undefined, rate: Rate, order: 'nd' | 'dn') {
  expect(sentence).toBeDefined();
  const { counts, percent } = figuresOf(sentence?.text ?? '');
  const pair =
    order === 'nd' ? [rate.numerator, rate.denominator] : [rate.denominator, rate.numerator];
  expect(counts.slice(-2)).toEqual(pair);
  expect(Math.abs(percent - (100 * rate.numerator) / rate.denominator)).toBeLessThanOrEqual(0.05);
}

describe('keyItemReportSentences', () => {
  it('states the plan figure and each item figure as the results compute them', () => {
    expect(status.milestonesMet.denominator).toBeGreaterThan(0);
    const sentences = keyItemReportSentences({ status, tally, plan });
    const [milestones, ...items] = sentences;
    expect(milestones?.id).toBe(KEY_ITEM_METRICS.milestonesMet.id);
    expectStates(milestones, status.milestonesMet, 'dn');
    const judged = tally.items.filter((i) => i.valid > 0);
    expect(items).toHaveLength(2 * judged.length);
    judged.forEach((item, i) => {
      const topic = plan.items.find((k) => k.id === item.itemId)?.topic ?? '';
      const broad = items[2 * i];
      const narrow = items[2 * i + 1];
      expect(broad).toMatchObject({
        id: KEY_ITEM_METRICS.satisfactionRate.id,
        itemId: item.itemId,
      });
      expect(narrow).toMatchObject({
        id: KEY_ITEM_METRICS.narrowSatisfactionRate.id,
        itemId: item.itemId,
      });
      expect(broad?.text.startsWith(`「${topic}」`)).toBe(true);
      expect(item.satisfactionRate.numerator).toBe(item.satisfied + item.basicallySatisfied);
      expectStates(broad, item.satisfactionRate, 'dn');
      const { counts } = figuresOf(narrow?.text ?? '');
      expect(counts[counts.length - 1]).toBe(item.narrowSatisfactionRate.numerator);
    });
  });

  it('names an item by its id without the plan, and writes all three locales', () => {
    const [, first] = keyItemReportSentences({ status, tally });
    expect(first?.text.startsWith(`「${tally.items[0]?.itemId}」`)).toBe(true);
    const en = keyItemReportSentences({ status, tally, plan }, { locale: 'en' });
    const hant = keyItemReportSentences({ status, tally, plan }, { locale: 'zh-Hant' });
    expect(en[0]?.text).toContain('key-item milestones');
    expect(en[1]?.text).toContain('satisfaction rate of');
    expect(hant[0]?.text).toContain('節點按期完成率');
    expect(hant[1]?.text).toContain('滿意率');
    expect(en.map((s) => s.id)).toEqual(hant.map((s) => s.id));
  });

  it('says nothing of a rate over nothing', () => {
    const early = keyItemPlanStatus(plan, `${plan.year}-01-02T00:00:00+08:00`);
    expect(early.milestonesMet.denominator).toBe(0);
    const empty = tallyKeyItemVote({
      ...vote,
      results: [{ itemId: 'K-NONE', satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 }],
    });
    expect(keyItemReportSentences({ status: early, tally: empty })).toEqual([]);
    expect(keyItemReportSentences({})).toEqual([]);
  });
});

describe('coverageReportSentences', () => {
  const enrolment = coverageEnrolment(sample.deputies, sample.stations, sample.groups, {
    period,
    require: 'both',
  });
  const contact = coverageMemberContact(sample.deputies, sample.activities, { period });

  it('states the roster, the covered and the rate of each result', () => {
    const sentences = coverageReportSentences([enrolment, contact], { decimals: 1 });
    expect(sentences.map((s) => s.id)).toEqual([enrolment.id, contact.id]);
    sentences.forEach((sentence, i) => {
      const result = [enrolment, contact][i] as CoverageResult;
      if (result.rate.numerator === result.rate.denominator) {
        expect(sentence.text).toContain('实现全覆盖');
        expectStates(sentence, result.rate, 'dn');
      } else {
        expect(sentence.text).not.toContain('全覆盖');
        const { counts } = figuresOf(sentence.text);
        expect(counts).toEqual([result.rate.denominator, result.rate.numerator]);
      }
    });
  });

  it('says 全覆盖 when every one is covered, and not otherwise', () => {
    const covered = new Set(contact.covered);
    expect(covered.size).toBeLessThan(contact.rate.denominator);
    const [some] = coverageReportSentences([contact]);
    expect(
      some?.text.startsWith(
        `${contact.rate.denominator}名代表中${contact.rate.numerator}名受常委会组成人员联系，覆盖率`,
      ),
    ).toBe(true);
    expectStates(some, contact.rate, 'dn');
    const all = coverageMemberContact(
      sample.deputies.filter((d) => covered.has(d.id)),
      sample.activities,
      { period },
    );
    expect(all.rate.numerator).toBe(all.rate.denominator);
    const [zh] = coverageReportSentences([all], { decimals: 0 });
    expect(zh?.text).toBe(`${covered.size}名代表全部受常委会组成人员联系，覆盖率100%，实现全覆盖`);
    const [en] = coverageReportSentences([all], { locale: 'en', decimals: 0 });
    expect(en?.text).toBe(
      `all ${covered.size} deputies contacted by standing committee members (coverage 100%, full coverage)`,
    );
    const [hant] = coverageReportSentences([all], { locale: 'zh-Hant', decimals: 0 });
    expect(hant?.text).toContain('實現全覆蓋');
  });

  it('writes a sentence for every coverage function, and none for an empty roster', () => {
    const adoption = livelihoodAdoptionCoverage(sample.livelihoodProjects, [{ id: 'T-1' }], {
      year: sample.year,
    });
    const [sentence] = coverageReportSentences([adoption]);
    expect(sentence?.text).toContain('个县、乡镇');
    const none = coverageEnrolment([], [], [], { period, require: 'station' });
    expect(none.rate.denominator).toBe(0);
    expect(coverageReportSentences([none])).toEqual([]);
  });
});

describe('the safe twins', () => {
  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const a = safeKeyItemReportSentences(input as never, options as never);
        const b = safeCoverageReportSentences(input as never, options as never);
        expect(typeof a.ok).toBe('boolean');
        expect(typeof b.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(safeKeyItemReportSentences({ status }, { locale: 'fr' } as never).ok).toBe(false);
    const result = coverageEnrolment([], [], [], { period, require: 'station' });
    expect(safeCoverageReportSentences([result], { decimals: 9 }).ok).toBe(false);
  });
});
