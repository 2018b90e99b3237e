// The public names of the administrative-division codes (行政区划代码), listed one by one.
export { byDivision, safeByDivision, type WithJurisdiction } from './byDivision.js';
export { divisionAncestors, safeDivisionAncestors } from './divisionAncestors.js';
export { type DivisionCode, parseDivisionCode, safeParseDivisionCode } from './divisionCode.js';
export { DIVISION_LEVELS, type DivisionLevel } from './divisionLevels.js';
export { divisionParent, safeDivisionParent } from './divisionParent.js';
export { isWithinDivision, safeIsWithinDivision } from './isWithinDivision.js';
export { PROVINCE_CODES } from './provinceCodes.js';
