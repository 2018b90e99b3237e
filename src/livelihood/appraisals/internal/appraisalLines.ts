import {
  APPRAISAL_RATER_ROLES,
  type APPRAISAL_SUBJECT_KINDS,
  type AppraisalBallot,
} from '../../../model/appraisalBallot.js';
import { SATISFACTION_GRADES } from '../../../model/shared/satisfaction.js';
import { own, put } from '../../internal/ownKeys.js';

// The appraisal tally's state, one line per rater and subject (internal): plain JSON, so ballot
// boxes counted apart merge exactly. A line is [ballots, present, verdict, role]; two ballots of
// one rater on one subject spoil each other whatever their order (重复投票无效), so the result
// does not depend on which box or which order they came in.

/** The verdict codes: the three grades in {@link SATISFACTION_GRADES} order, then these. */
export const ABSTAINED = 3;
export const ABSENT = 4;
/** A rater with more than one ballot on the subject: none of them counts (无效). */
export const SPOILT = -1;

/** By rater id: the rater's line. */
export type RaterLines = { [raterId: string]: number[] };

/** The key of a subject in a year: unambiguous whatever the id holds. */
export function subjectKey(ballot: AppraisalBallot): string {
  return JSON.stringify([ballot.year, ballot.subject.kind, ballot.subject.id]);
}

/** The year, kind and id a key stands for. */
export function keyParts(key: string): [number, (typeof APPRAISAL_SUBJECT_KINDS)[number], string] {
  return JSON.parse(key) as [number, (typeof APPRAISAL_SUBJECT_KINDS)[number], string];
}

/** The line one ballot adds. */
export function lineOf(ballot: AppraisalBallot): number[] {
  const verdict =
    ballot.absent === true
      ? ABSENT
      : ballot.verdict === undefined
        ? ABSTAINED
        : SATISFACTION_GRADES.indexOf(ballot.verdict);
  return [
    1,
    ballot.absent === true ? 0 : 1,
    verdict,
    APPRAISAL_RATER_ROLES.indexOf(ballot.raterRole),
  ];
}

/** Two lines of one rater: spoilt, present if either was, the first role in the list's order. */
export function mergeLines(a: readonly number[], b: readonly number[]): number[] {
  return [
    (a[0] as number) + (b[0] as number),
    Math.max(a[1] as number, b[1] as number),
    SPOILT,
    Math.min(a[3] as number, b[3] as number),
  ];
}

/** The two rater tables merged into a new one; neither is changed. */
export function mergeRaters(a: RaterLines | undefined, b: RaterLines | undefined): RaterLines {
  const merged: RaterLines = {};
  for (const table of [a, b]) {
    if (table === undefined) continue;
    for (const [id, line] of Object.entries(table)) {
      const before = own(merged, id);
      put(merged, id, before === undefined ? [...line] : mergeLines(before, line));
    }
  }
  return merged;
}
