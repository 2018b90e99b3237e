import { expect, it } from 'vitest';
import { toPublicSuggestion } from '../../src/suggestion/toPublicSuggestion.js';
import { draft, office, step } from './support/walk.js';

// docs/suggestion-workflow.md: "The public view (toPublicSuggestion) does not show who keyed it
// in", and "the act counts for the one it was done for". The view shows the office as submitter.
it('the public view does not show the office as the one who submitted a paper item', () => {
  const submitted = step(
    draft(),
    'submit',
    undefined,
    { ...office, onBehalfOf: { role: 'deputy', id: 'D-1' } },
    '2024-11-20T10:00:00+08:00',
  );
  const view = toPublicSuggestion(submitted);
  expect(view.history.map((h) => h.role)).toEqual(['deputy']);
});
