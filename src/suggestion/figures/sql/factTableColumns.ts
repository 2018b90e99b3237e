import type { Columns } from '../../../stats/sql/factsTable.js';
import type { SuggestionFactsRow } from '../suggestionFactsRow.js';
import type {
  SuggestionDutyFactsRow,
  SuggestionFormFactsRow,
  SuggestionReplyFactsRow,
} from '../suggestionFactTables.js';

// The storage type of every column of the four facts tables (internal). The maps are typed by the
// rows' own keys, so a column added to a row without a type here does not compile.

/** The item table: one row per suggestion ({@link suggestionFactsRow}). */
export const ITEM_COLUMNS: Columns<SuggestionFactsRow> = {
  id: 'text',
  state: 'text',
  round: 'integer',
  assignedDay: 'text',
  reportingUnitId: 'text',
  topic: 'text',
  level: 'text',
  jurisdiction: 'text',
  term: 'integer',
  session: 'integer',
  excluded: 'text',
  keyItem: 'boolean',
  replied: 'boolean',
  onTime: 'boolean',
  closed: 'boolean',
  faceToFace: 'boolean',
  formReturned: 'boolean',
  solvedOrPlanned: 'boolean',
  adopted: 'boolean',
  reHandled: 'boolean',
  satisfied: 'boolean',
  fullySatisfied: 'boolean',
  basicallySatisfied: 'boolean',
  overdue: 'boolean',
  outcomeClass: 'text',
  daysToReply: 'integer',
  daysLate: 'integer',
  replies: 'integer',
  finalForms: 'integer',
  finalSatisfied: 'integer',
  finalBasicallySatisfied: 'integer',
  firstRoundForms: 'integer',
  firstRoundSatisfied: 'integer',
  firstRoundBasicallySatisfied: 'integer',
  assistingInputsSent: 'integer',
  assistingInputsLate: 'integer',
  assistingInputsOwed: 'integer',
  assistingInputsOverdue: 'integer',
  followUpsDischarged: 'integer',
  followUpsLate: 'integer',
  followUpsOpen: 'integer',
  followUpsOverdue: 'integer',
  assignmentJudged: 'boolean',
  assignmentUndecided: 'boolean',
  daysLateToAssign: 'integer',
  waitingForAssignment: 'boolean',
};

/** The form table: one row per evaluation form. */
export const FORM_COLUMNS: Columns<SuggestionFormFactsRow> = {
  suggestionId: 'text',
  index: 'integer',
  deputyId: 'text',
  round: 'integer',
  excluded: 'text',
  final: 'boolean',
  firstRound: 'boolean',
  satisfied: 'boolean',
  basicallySatisfied: 'boolean',
  broad: 'boolean',
  keyItem: 'boolean',
  attitudeGraded: 'boolean',
  attitudeBroad: 'boolean',
};

/** The reply table: one row per reply. */
export const REPLY_COLUMNS: Columns<SuggestionReplyFactsRow> = {
  suggestionId: 'text',
  index: 'integer',
  unitId: 'text',
  round: 'integer',
  followUp: 'boolean',
  answering: 'boolean',
  outcomeClass: 'text',
};

/** The duty table: one row per assisting input or follow-up duty. */
export const DUTY_COLUMNS: Columns<SuggestionDutyFactsRow> = {
  suggestionId: 'text',
  kind: 'text',
  index: 'integer',
  unitId: 'text',
  excluded: 'text',
  done: 'boolean',
  onTime: 'boolean',
  late: 'boolean',
  open: 'boolean',
  overdue: 'boolean',
  due: 'boolean',
};
