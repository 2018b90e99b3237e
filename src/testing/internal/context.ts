import type { Congress, CongressLevel } from '../../model/shared/congress.js';
import type { SuggestionPolicy } from '../../suggestion/policy.js';
import type { SizeProfile } from './profile.js';
import type { WorkingDays } from './time.js';

/** Everything the record builders share: the seed, the year, the policy and its clock. */
export interface SampleContext {
  readonly seed: number;
  readonly year: number;
  readonly profile: SizeProfile;
  readonly policy: SuggestionPolicy;
  readonly rulesVersion: string;
  /** The congress whose deputies' suggestions the sample holds (the jurisdiction's own). */
  readonly congress: Congress;
  /** The congress with a standing committee over the jurisdiction (the county's for a town). */
  readonly scCongress: Congress;
  /** The congress of each level, as seen from the jurisdiction. */
  readonly congressAt: (level: CongressLevel, area: number) => Congress;
  /** Day numbers of the year's first and last day. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The moment the sample is "as of" (31 Dec, 18:00 Shanghai time). */
  readonly asOf: number;
  /** First and last day of the annual session of the congress. */
  readonly sessionDays: readonly [number, number];
  /** The session number within the term (第几次会议). */
  readonly sessionNumber: number;
  /** Day number of the first day of the current term. */
  readonly termStart: number;
  /** Day number of the last day of the current term. */
  readonly termEnd: number;
  readonly workingDays: WorkingDays;
  /** The liaison office (代表工委 / 人代联工委) acting in the history. */
  readonly officeId: string;
}
