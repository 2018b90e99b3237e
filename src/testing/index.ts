// renda/testing: deterministic sample data for an app's own tests and demos.

export {
  type DelegationItemSample,
  type DelegationItemSampleOptions,
  generateDelegationItemSample,
  safeGenerateDelegationItemSample,
} from './generateDelegationItemSample.js';
export {
  generateMotionSample,
  type MotionSample,
  type MotionSampleOptions,
  safeGenerateMotionSample,
} from './generateMotionSample.js';
export { generateSample, safeGenerateSample } from './generateSample.js';
export { initialSuggestionOf, safeInitialSuggestionOf } from './initialSuggestionOf.js';
export { sampleActivities } from './sampleActivities.js';
export {
  type KeyItemSample,
  safeSampleKeyItems,
  sampleKeyItems,
} from './sampleKeyItems.js';
export { sampleSuggestions } from './sampleSuggestions.js';
export type {
  Sample,
  SampleOptions,
  SampleRecord,
  SampleRecordKind,
  SampleSize,
} from './sampleTypes.js';
export { streamSample } from './streamSample.js';
