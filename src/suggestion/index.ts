export {
  CANONICAL_OUTCOMES,
  type CanonicalOutcome,
  jiaYiBingOutcomeTaxonomy,
  localFourTierOutcomeTaxonomy,
  nationalOutcomeTaxonomy,
  type OutcomeClass,
  type OutcomeTaxonomy,
  threeTierOutcomeTaxonomy,
  twoBucketOutcomeTaxonomy,
} from './outcomeTaxonomy.js';
export {
  defaultPolicy,
  definePolicy,
  type PolicyOverrides,
  rulesVersionOf,
  type SuggestionPolicy,
  safeDefinePolicy,
} from './policy.js';
