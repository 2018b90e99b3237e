import { describe, expect, it } from 'vitest';
import { suggestionStats } from '../../../src/suggestion/figures/suggestionStats.js';
import { suggestionWorkflow } from '../../../src/suggestion/suggestionWorkflow.js';
import { generateSample } from '../../../src/testing/generateSample.js';
import { stateCategory } from '../../../src/workflow/stateCategory.js';

// The dashboard keeps its own copy of the coarse categories (metrics may not depend on the
// suggestion area); this pins it to the workflow definition, which owns them.
describe('suggestionStats categories', () => {
  it('count every item in the category the suggestion workflow gives its state', () => {
    const { suggestions, policy, asOf } = generateSample({ seed: 3 });
    const expected = { open: 0, replied: 0, closed: 0 };
    for (const s of suggestions) {
      const category = stateCategory(suggestionWorkflow, s.state);
      if (category === undefined) throw new Error(`unknown state ${s.state}`);
      expected[category] += 1;
    }
    const { total } = suggestionStats(suggestions, { asOf, policy });
    expect(total.stateCounts.byCategory).toEqual(expected);
  });
});
