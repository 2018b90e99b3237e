// Selections (评选): outstanding deputies, suggestions, units and stations, by criteria and votes.
export {
  type CandidatesFromDeputyScoresOptions,
  candidatesFromDeputyScores,
  safeCandidatesFromDeputyScores,
} from './candidatesFromDeputyScores.js';
export { safeSelectCandidates, selectCandidates } from './selectCandidates.js';
export {
  SELECTION_CANDIDATE_KINDS,
  SELECTION_STATUSES,
  SELECTION_TIE_RULES,
  type SelectCandidatesOptions,
  type SelectionCandidate,
  type SelectionCriterion,
  type SelectionResult,
  type SelectionRow,
} from './selectionTypes.js';
