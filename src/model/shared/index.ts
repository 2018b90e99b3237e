export { ACTOR_ROLES, type Actor, type ActorRole, ActorRoleSchema, ActorSchema } from './actor.js';
export {
  CONGRESS_LEVELS,
  type Congress,
  type CongressLevel,
  CongressLevelSchema,
  CongressSchema,
} from './congress.js';
export {
  DEADLINE_ANCHORS,
  DEADLINE_UNITS,
  type Deadline,
  type DeadlineRule,
  DeadlineRuleSchema,
  DeadlineSchema,
} from './deadline.js';
export type { FieldNames } from './fieldNames.js';
export { type BilingualText, type Label, LabelSchema, LOCALES, type Locale } from './localized.js';
export {
  CalendarDaySchema,
  CountSchema,
  type DateRange,
  DateRangeSchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  RulesVersionSchema,
  ShortTextSchema,
} from './primitives.js';
export type { Result } from './result.js';
export {
  type IssueCode,
  RendaError,
  type ValidationError,
  type ValidationIssue,
} from './validationError.js';
