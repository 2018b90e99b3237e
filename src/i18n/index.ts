export { ENUM_GROUPS, type EnumGroup } from './enumGroups.js';
export {
  type LabelError,
  type Labels,
  labelOf,
  labels,
  safeLabelOf,
  safeLabels,
} from './labels.js';
