import { describe, expect, it } from 'vitest';
import {
  exportRows,
  IMPORT_MODELS,
  type ImportModel,
  type ImportRecords,
  importRows,
} from '../../src/import/index.js';
import { defaultLivelihoodPolicy } from '../../src/livelihood/index.js';
import { verifyLivelihoodProject } from '../../src/livelihood/verifyLivelihoodProject.js';
import { verifyOpinion } from '../../src/opinion/index.js';
import { verifyDelegationItem } from '../../src/suggestion/delegation/verifyDelegationItem.js';
import { verifyMotion } from '../../src/suggestion/motion/verifyMotion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { verifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import {
  generateDelegationItemSample,
  generateMotionSample,
  generateSample,
  sampleKeyItems,
} from '../../src/testing/index.js';

const sample = generateSample({ seed: 3, size: 'county' });
const motions = generateMotionSample({ seed: 3 });
const delegation = generateDelegationItemSample({ seed: 3 });
const keyItems = sampleKeyItems(sample);

/** Every collection of the county sample and of the motion, delegation and key-item samples. */
const collections: { readonly [M in ImportModel]: readonly (readonly ImportRecords[M][])[] } = {
  congress: [sample.congresses],
  deputy: [sample.deputies],
  standingCommitteeMember: [sample.members],
  committee: [sample.committees],
  liaisonStation: [sample.stations],
  deputyGroup: [sample.groups],
  handlingUnit: [sample.units],
  activity: [sample.activities],
  constituentOpinion: [sample.opinions],
  suggestion: [sample.suggestions, motions.suggestions, delegation.suggestions],
  motion: [motions.motions],
  delegationItem: [delegation.items],
  keyItemPlan: [[keyItems.plan]],
  keyItemVote: [[keyItems.vote]],
  livelihoodProject: [sample.livelihoodProjects],
  livelihoodVote: [sample.livelihoodVotes],
  training: [sample.trainings],
  trainingAttendance: [sample.trainingAttendances],
  dutyReport: [sample.dutyReports],
  performanceRecord: [sample.performanceRecords],
  appraisalBallot: [sample.appraisalBallots],
};

function roundTrip<M extends ImportModel>(
  model: M,
  records: readonly ImportRecords[M][],
  locale: 'zh-Hans' | 'en' = 'zh-Hans',
): readonly ImportRecords[M][] {
  const rows = exportRows(model, records, { locale });
  const result = importRows(model, rows);
  const lost = result.rows.filter((r) => r.status !== 'imported');
  expect(lost.slice(0, 2)).toEqual([]);
  expect(result.counts.imported).toBe(records.length);
  return result.records;
}

describe('export then import gives back every record of the samples', () => {
  it('covers every importable model', () => {
    expect(Object.keys(collections).sort()).toEqual([...IMPORT_MODELS].sort());
    // Every array of the county sample is one model's collection here.
    const covered = new Set(Object.values(collections).flat());
    for (const [key, value] of Object.entries(sample))
      if (Array.isArray(value)) expect(covered.has(value), key).toBe(true);
  });

  for (const model of IMPORT_MODELS) {
    it(`gives back ${model} records with Chinese headers and labels`, () => {
      for (const records of collections[model]) {
        expect(records.length).toBeGreaterThan(0);
        expect(roundTrip(model, records)).toEqual(records);
      }
    }, 60_000);
  }

  it('gives back records exported with English headers and labels', () => {
    for (const model of IMPORT_MODELS) {
      const records = (collections[model][0] ?? []).slice(0, 50);
      expect(roundTrip(model, records, 'en'), model).toEqual(records);
    }
  });
});

describe('workflow records read back still replay', () => {
  it('verifies imported suggestions, opinions, motions, delegation items and projects', () => {
    for (const s of roundTrip('suggestion', sample.suggestions.slice(0, 300)))
      expect(verifySuggestion(s, { policies: sample.policy }).id).toBe(s.id);
    for (const s of roundTrip('suggestion', [...motions.suggestions, ...delegation.suggestions]))
      expect(verifySuggestion(s, { policies: defaultPolicy }).id).toBe(s.id);
    for (const o of roundTrip('constituentOpinion', sample.opinions.slice(0, 300)))
      expect(verifyOpinion(o, { policy: sample.opinionPolicy }).id).toBe(o.id);
    for (const m of roundTrip('motion', motions.motions)) expect(verifyMotion(m).id).toBe(m.id);
    for (const d of roundTrip('delegationItem', delegation.items))
      expect(verifyDelegationItem(d).id).toBe(d.id);
    const tracked = sample.livelihoodProjects.filter((p) => 'history' in p);
    expect(tracked.length).toBeGreaterThan(0);
    for (const p of roundTrip('livelihoodProject', tracked))
      expect(verifyLivelihoodProject(p, { policy: defaultLivelihoodPolicy }).id).toBe(p.id);
  });
});
