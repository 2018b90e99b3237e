import type { Suggestion } from '../../../../src/model/suggestion.js';
import { defaultPolicy, definePolicy } from '../../../../src/suggestion/policy.js';
import { generateSample } from '../../../../src/testing/index.js';
import { item, replied } from './build.js';

/** Generated suggestions of several seeds (built once per test file). */
export const SAMPLES: readonly {
  readonly seed: number;
  readonly suggestions: readonly Suggestion[];
  readonly asOf: string;
}[] = [1, 2, 3, 7].map((seed) => {
  const sample = generateSample({ seed, size: seed === 7 ? 'county' : 'town' });
  return { seed, suggestions: sample.suggestions, asOf: sample.asOf };
});

/** The policies the laws are checked under: the default and both counting variants. */
export const POLICIES = [
  defaultPolicy,
  definePolicy({ id: 'lead-only', version: 1, evaluationCounting: 'leadOnly' }),
  definePolicy({
    id: 'every-required',
    version: 1,
    repliedWhen: 'everyRequiredUnit',
    evaluationCounting: 'leadOnly',
  }),
] as const;

/** A mixed bag of hand-made records covering the edge cases. */
export function handMade(): Suggestion[] {
  return [
    replied('A', { replies: [{ faceToFace: true }], evaluations: [{ grade: 'satisfied' }] }),
    replied('B', {
      keyItem: true,
      proposers: ['D-1', 'D-2'],
      evaluations: [{ deputyId: 'D-2', grade: 'dissatisfied' }, { grade: 'basicallySatisfied' }],
    }),
    replied('X'),
    item({ state: 'withdrawn', replies: [{ cls: 'A' }], evaluations: [{ grade: 'satisfied' }] }),
    item({ state: 'merged' }),
    item({ state: 'notRegistered' }),
    item({ state: 'draft' }),
    item({ units: [{ unitId: 'U-1', dueDay: '2025-04-01' }] }),
    item({
      state: 'replied',
      units: [
        { unitId: 'U-1', role: 'separate' },
        { unitId: 'U-2', role: 'separate' },
      ],
      replies: [
        { unitId: 'U-1', cls: 'A' },
        { unitId: 'U-2', cls: 'D', onTime: false },
      ],
    }),
    item({
      state: 'replied',
      units: [
        { unitId: 'U-1', role: 'lead' },
        { unitId: 'U-2', role: 'joint', mustReply: true },
      ],
      replies: [{ unitId: 'U-1', cls: 'C' }],
    }),
    item({
      state: 'closed',
      round: 2,
      reHandlings: [{ round: 2, dueDay: '2025-06-20' }],
      replies: [
        { round: 1, cls: 'D' },
        { round: 2, cls: 'B', at: '2025-06-10T10:00:00+08:00' },
        { round: 2, cls: 'A', followUp: true, at: '2025-09-10T10:00:00+08:00' },
      ],
      evaluations: [
        { round: 1, grade: 'dissatisfied' },
        { round: 2, grade: 'satisfied' },
      ],
    }),
    item({
      state: 'reHandling',
      round: 2,
      reHandlings: [{ round: 2, dueDay: '2025-06-20' }],
      replies: [{ round: 1, cls: 'C' }],
      evaluations: [{ round: 1, grade: 'dissatisfied' }],
    }),
  ];
}
