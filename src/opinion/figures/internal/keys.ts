// The keys that stand for a missing value, shared by the counts and the group keys so that a
// group and a row of the figures name the same thing the same way.

/** The category and level of an opinion not classified. */
export const UNCLASSIFIED = '(unclassified)';

/** No receiving deputy, or no station. */
export const NONE = '(none)';

/** No handling unit yet. */
export const UNASSIGNED = '(unassigned)';
