import * as fc from 'fast-check';
import type { Suggestion } from '../../../../src/model/suggestion.js';
import type { SuggestionStatsPolicy } from '../../../../src/suggestion/figures/index.js';
import { command, randomWalk } from '../../support/randomWalk.js';

/** One walk of a record: its proposers, its commands, and the index of its topic. */
export interface Walk {
  readonly proposers: number;
  readonly commands: Parameters<typeof randomWalk>[2];
  readonly topic: number;
}

/**
 * The records of several random walks (ids S-0, S-1, …, each with the topic at its index, none
 * past the list), and an asOf `daysAfter` days after the latest step of any walk.
 */
export function walkRecords(
  policy: SuggestionStatsPolicy,
  walks: readonly Walk[],
  topics: readonly string[],
  daysAfter: number,
): { readonly records: Suggestion[]; readonly asOf: string } {
  let latest = 0;
  const records = walks.map((walk, index): Suggestion => {
    const { record, time } = randomWalk(policy as never, walk.proposers, walk.commands);
    latest = Math.max(latest, time);
    const topic = topics[walk.topic];
    return { ...record, id: `S-${index}`, ...(topic === undefined ? {} : { topic }) };
  });
  return { records, asOf: new Date(latest + daysAfter * 86_400_000).toISOString() };
}

/** The topics walks are filed under (an index past the list leaves the record without one). */
export const WALK_TOPICS: readonly string[] = ['交通', '教育', '医疗'];

/** Commands that mostly move forward, so records reach replies, forms and re-handling. */
const forward = fc.oneof(
  { weight: 3, arbitrary: command.map((c) => ({ ...c, focus: c.focus % 4 })) },
  { weight: 1, arbitrary: command },
);

/** One to six walks of up to `maxCommands` commands each. */
export const walksArb = (maxCommands: number): fc.Arbitrary<Walk[]> =>
  fc.array(
    fc.record({
      proposers: fc.integer({ min: 1, max: 3 }),
      commands: fc.array(forward, { minLength: 3, maxLength: maxCommands }),
      topic: fc.nat(WALK_TOPICS.length),
    }),
    { minLength: 1, maxLength: 6 },
  );
