// Appraisals of handling (评议建议办理工作 / 满意度测评): the tally of the raters' ballots and the
// satisfaction figures it gives the units.

export type {
  AppraisalResult,
  AppraisalTally,
  AppraisalTallyOptions,
  AppraisalTallyState,
} from './appraisalTypes.js';
export {
  type AppraisalUnitFiguresOptions,
  appraisalUnitFigures,
  safeAppraisalUnitFigures,
  type UnitSatisfactionFigures,
} from './appraisalUnitFigures.js';
export {
  appraisalTallyAccumulator,
  safeAppraisalTallyAccumulator,
  safeTallyAppraisalBallots,
  tallyAppraisalBallots,
} from './tallyAppraisalBallots.js';
