import type { Suggestion } from '../../../../../src/model/suggestion.js';
import type { GroupKeyFn } from '../../../../../src/stats/aggregateStates.js';
import {
  byAssignmentMonth,
  byAssignmentQuarter,
  byAssignmentYear,
  byJurisdiction,
  byLeadUnit,
  byLevel,
  byTermSession,
  byTopic,
  type SuggestionSqlGroupKey,
} from '../../../../../src/suggestion/figures/index.js';

/** Each SQL grouping and the group key function it must agree with. */
export const GROUPINGS: { readonly [K in SuggestionSqlGroupKey]: GroupKeyFn<Suggestion> } = {
  leadUnit: byLeadUnit,
  topic: byTopic,
  level: byLevel,
  termSession: byTermSession,
  jurisdiction: byJurisdiction,
  assignmentYear: byAssignmentYear(),
  assignmentQuarter: byAssignmentQuarter(),
  assignmentMonth: byAssignmentMonth(),
};

export const GROUP_KEYS = Object.keys(GROUPINGS) as SuggestionSqlGroupKey[];
