// The initial draft moved into the main API (renda, renda/suggestion); renda/testing keeps
// exporting it for the tests written against 0.1.
export { initialSuggestionOf } from '../suggestion/initialSuggestionOf.js';
