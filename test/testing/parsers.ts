import { safeParseActivity } from '../../src/model/activity.js';
import { safeParseAppraisalBallot } from '../../src/model/appraisalBallot.js';
import { safeParseCommittee } from '../../src/model/committee.js';
import { safeParseConstituentOpinion } from '../../src/model/constituentOpinion.js';
import { safeParseDeputy } from '../../src/model/deputy.js';
import { safeParseDeputyGroup } from '../../src/model/deputyGroup.js';
import { safeParseDutyReport } from '../../src/model/dutyReport.js';
import { safeParseHandlingUnit } from '../../src/model/handlingUnit.js';
import { safeParseLiaisonStation } from '../../src/model/liaisonStation.js';
import { safeParseLivelihoodProject } from '../../src/model/livelihoodProject.js';
import { safeParseLivelihoodVote } from '../../src/model/livelihoodVote.js';
import { safeParsePerformanceRecord } from '../../src/model/performanceRecord.js';
import { safeParseStandingCommitteeMember } from '../../src/model/standingCommitteeMember.js';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { safeParseTraining } from '../../src/model/training.js';
import { safeParseTrainingAttendance } from '../../src/model/trainingAttendance.js';
import type { Sample, SampleRecordKind } from '../../src/testing/index.js';

type SafeParse = (input: unknown) => { ok: boolean; value?: unknown; error?: unknown };

/** The sample's arrays, each with its model's validator. */
export const SAMPLE_PARSERS: ReadonlyArray<readonly [keyof Sample, SafeParse]> = [
  ['deputies', safeParseDeputy],
  ['members', safeParseStandingCommitteeMember],
  ['committees', safeParseCommittee],
  ['units', safeParseHandlingUnit],
  ['stations', safeParseLiaisonStation],
  ['groups', safeParseDeputyGroup],
  ['activities', safeParseActivity],
  ['suggestions', safeParseSuggestion],
  ['opinions', safeParseConstituentOpinion],
  ['trainings', safeParseTraining],
  ['trainingAttendances', safeParseTrainingAttendance],
  ['dutyReports', safeParseDutyReport],
  ['livelihoodProjects', safeParseLivelihoodProject],
  ['livelihoodVotes', safeParseLivelihoodVote],
  ['performanceRecords', safeParsePerformanceRecord],
  ['appraisalBallots', safeParseAppraisalBallot],
];

/** The validator of each stream kind. */
export const KIND_PARSERS: Readonly<Record<SampleRecordKind, SafeParse>> = {
  deputy: safeParseDeputy,
  member: safeParseStandingCommitteeMember,
  committee: safeParseCommittee,
  unit: safeParseHandlingUnit,
  station: safeParseLiaisonStation,
  group: safeParseDeputyGroup,
  activity: safeParseActivity,
  suggestion: safeParseSuggestion,
  opinion: safeParseConstituentOpinion,
  training: safeParseTraining,
  trainingAttendance: safeParseTrainingAttendance,
  dutyReport: safeParseDutyReport,
  livelihoodProject: safeParseLivelihoodProject,
  livelihoodVote: safeParseLivelihoodVote,
  performanceRecord: safeParsePerformanceRecord,
  appraisalBallot: safeParseAppraisalBallot,
};

/** Every record of a sample that fails its schema, with the issues (empty when all pass). */
export function invalidRecords(sample: Sample): { kind: string; id: unknown; error: unknown }[] {
  const failures: { kind: string; id: unknown; error: unknown }[] = [];
  for (const [key, parse] of SAMPLE_PARSERS) {
    for (const record of sample[key] as readonly { id?: unknown }[]) {
      const result = parse(record);
      if (!result.ok) failures.push({ kind: key, id: record.id, error: result.error });
    }
  }
  return failures;
}
