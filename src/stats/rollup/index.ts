// The public names of the roll-up (逐级汇总), listed one by one.
export { finalizeRollUp, type RollUpNode, type RollUpResult } from './finalizeRollUp.js';
export { rollUp } from './rollUp.js';
export type { ParentOf, RollUpNodeStates, RollUpOptions, RollUpStates } from './rollUpTypes.js';
export { safeFinalizeRollUp, safeRollUp } from './safeRollUp.js';
