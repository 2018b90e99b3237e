export { ENUM_GROUPS, type EnumGroup } from './enumGroups.js';
export { type Labels, labelOf, labels } from './labels.js';
