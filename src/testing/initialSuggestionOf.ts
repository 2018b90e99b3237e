// The initial draft moved into the main API (renda, renda/suggestion); renda/testing keeps
// exporting it, with its checked twin, for the tests written against 0.1.
export { initialSuggestionOf, safeInitialSuggestionOf } from '../suggestion/initialSuggestionOf.js';
