import { createLivelihoodProject } from '../../livelihood/createLivelihoodProject.js';
import { defaultLivelihoodPolicy } from '../../livelihood/livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from '../../livelihood/livelihoodTypes.js';
import { livelihoodWorkflow } from '../../livelihood/livelihoodWorkflow.js';
import { moreThan } from '../../livelihood/rules/shares.js';
import {
  LIVELIHOOD_PROJECT_SOURCES,
  type LivelihoodProject,
} from '../../model/livelihoodProject.js';
import type { LivelihoodVote } from '../../model/livelihoodVote.js';
import { safeTransition } from '../../workflow/safeTransition.js';
import type { SampleContext } from './context.js';
import { createRandom, type Random } from './random.js';
import type { Roster } from './roster.js';
import { dayOf, dayString, isoOf, momentOf } from './time.js';
import { LIVELIHOOD_TITLES } from './vocabulary.js';

// 民生实事项目票决: 15 candidates for 10 places voted at the annual session, the selected ones
// carried out during the year and those done rated at a year-end evaluation vote; next year's candidates
// are being collected and shortlisted in December. Every project is played through the
// livelihood workflow itself under the default policy, so each replays and verifies: collected
// the autumn before, short-listed, deliberated and voted at the session, its milestones set and
// reported (one met late, one overdue, one due soon), supervised, completed and rated (satisfied,
// basically satisfied, under rectification, failed).

/** The livelihood policy of the sample (the default: Zhenhai's rule, one round of rectification). */
export const SAMPLE_LIVELIHOOD_POLICY = defaultLivelihoodPolicy;

const context = { policy: SAMPLE_LIVELIHOOD_POLICY };

type Actor = { readonly role: string; readonly id: string };
type Counts = { satisfied: number; basicallySatisfied: number; dissatisfied: number };

/** Plays one project's events in order; a refusal is a bug of this generator, never data. */
class Walk {
  constructor(public record: TrackedLivelihoodProject) {}

  act(actor: Actor, at: number, type: string, payload?: unknown): void {
    const event = (payload === undefined ? { type } : { type, payload }) as never;
    const result = safeTransition(this.record, event, {
      workflow: livelihoodWorkflow,
      actor: actor as never,
      at: isoOf(at),
      context,
    });
    if (!result.ok) {
      throw new Error(
        `sample livelihood ${this.record.id} ${type}: ${JSON.stringify(result.error)}`,
      );
    }
    this.record = result.value.record as TrackedLivelihoodProject;
  }
}

/** The projects' walk after the vote: how far each selected project gets in the year. */
type Course = 'evaluated' | 'failed' | 'completed' | 'rectifying' | 'inProgress' | 'selected';

/** Milestones and their reports for a selected project, then its completion and ratings. */
function carryOut(
  walk: Walk,
  course: Course,
  plan: {
    readonly r: Random;
    readonly ctx: SampleContext;
    readonly voteDay: number;
    readonly completionDay: number | undefined;
    readonly evaluationDay: number;
    readonly lateMilestone: boolean;
    readonly supervisor: Actor | undefined;
    readonly vote: { readonly members: number; readonly present: number };
    /** The year-end rating's counts (those of the evaluation vote). */
    readonly yearEnd: Counts;
    /** A mid-year rating's counts that find the project wanting. */
    readonly failing: Counts;
  },
): void {
  const { r, ctx, voteDay, completionDay, evaluationDay, vote } = plan;
  const unit: Actor = { role: 'responsibleUnit', id: walk.record.responsibleUnitIds[0] as string };
  const office: Actor = { role: 'congressOffice', id: ctx.officeId };
  const at = (day: number, hour: number) => momentOf(ctx.workingDays.onOrAfter(day), hour * 60);
  // A project not started this year has its milestones next year; one under way ends in the new
  // year's first days (due soon as of 31 December); the others end on their completion day.
  const last =
    course === 'selected'
      ? ctx.lastDay + 150
      : course === 'inProgress'
        ? ctx.lastDay + 5
        : (completionDay as number);
  const first = course === 'selected' ? ctx.lastDay + 60 : Math.min(voteDay + 45, last - 60);
  const dues = [first, Math.round((first + last) / 2), last];
  const titles = ['开工建设', '主体完工', '竣工验收'];
  dues.forEach((due, i) => {
    walk.act(unit, at(voteDay + 10, 9) + i * 60_000, 'addMilestone', {
      id: `${walk.record.id}-M${i + 1}`,
      title: titles[i],
      dueDay: dayString(due),
    });
  });
  if (course === 'selected') return;
  // The first milestone met on time; the second met late in one project, overdue in the one still
  // under way; the last met on the completion day.
  walk.act(unit, at(dues[0] as number, 10) - r.int(1, 8) * 86_400_000, 'reportProgress', {
    percent: 30,
    milestoneIds: [`${walk.record.id}-M1`],
  });
  if (plan.supervisor !== undefined) {
    walk.act(plan.supervisor, at((dues[0] as number) + 10, 15), 'supervise', { note: '实地视察' });
  }
  if (course === 'inProgress') {
    walk.act(unit, at((dues[0] as number) + 20, 10), 'reportProgress', { percent: 45 });
    return;
  }
  const secondDay = plan.lateMilestone
    ? (dues[1] as number) + r.int(3, 9)
    : (dues[1] as number) - r.int(0, 6);
  walk.act(unit, at(secondDay, 10), 'reportProgress', {
    percent: 70,
    milestoneIds: [`${walk.record.id}-M2`],
  });
  if (course === 'failed') {
    // A mid-year rating found it wanting (半年测评): rectification, then the year-end rating again.
    walk.act(office, at(secondDay + 7, 10), 'evaluate', { ...vote, ...plan.failing });
  }
  walk.act(unit, at(last, 16) - 86_400_000 * r.int(0, 3), 'reportProgress', {
    percent: 100,
    milestoneIds: [`${walk.record.id}-M3`],
  });
  walk.act(unit, at(last, 17) + 86_400_000 * 2, 'complete');
  if (course === 'completed') return;
  walk.act(office, momentOf(evaluationDay, 10 * 60), 'evaluate', { ...vote, ...plan.yearEnd });
}

export function livelihoodRecords(
  ctx: SampleContext,
  roster: Roster,
): { projects: LivelihoodProject[]; votes: LivelihoodVote[] } {
  const r = createRandom(ctx.seed, 'livelihood');
  // The walk's own draws, apart from the records' (so the titles, votes and ratings stay put).
  const w = createRandom(ctx.seed, 'livelihood/walk');
  const titles = r.sample(LIVELIHOOD_TITLES, 18);
  const units = roster.handlingUnitIds;
  const members = roster.deputies.filter(
    (d) => d.congress.level === ctx.profile.level && d.status.status !== 'ended',
  ).length;
  const present = Math.round(members * 0.93);
  // Votes for the 15 candidates, highest first: the first 10 are selected, each by more than
  // half of all members (the default policy's threshold), as the workflow requires.
  const needed = moreThan(SAMPLE_LIVELIHOOD_POLICY.threshold.share, members);
  const votes = Array.from({ length: 15 }, () => r.int(Math.round(present * 0.35), present))
    .sort((a, b) => b - a)
    .map((n, k) => (k < 10 ? Math.max(n, needed) : n));
  const voteDay = ctx.sessionDays[0] + 2;
  const evaluationDay = ctx.workingDays.onOrAfter(ctx.lastDay - 12);
  const vote = { members, present };
  /** Counts that rate a project dissatisfied: a fifth satisfied, a fifth basically satisfied. */
  const failing = (blank: number): Counts => {
    const satisfied = Math.round(present * 0.2);
    return {
      satisfied,
      basicallySatisfied: satisfied,
      dissatisfied: present - 2 * satisfied - blank,
    };
  };
  const government: Actor = { role: 'government', id: 'U-GOV' };
  const office: Actor = { role: 'congressOffice', id: ctx.officeId };
  const collect = (k: number, year: number, title: string, extra: object): Walk =>
    new Walk(
      createLivelihoodProject(
        {
          id: `LP-${year}-${String(k + 1).padStart(2, '0')}`,
          year,
          title,
          jurisdictionId: ctx.profile.jurisdiction,
          source: w.pick(LIVELIHOOD_PROJECT_SOURCES),
          ...extra,
        },
        {
          at: isoOf(momentOf(ctx.workingDays.onOrAfter(dayOf(year - 1, 9, w.int(1, 25))), 9 * 60)),
          policy: SAMPLE_LIVELIHOOD_POLICY,
        },
      ),
    );
  const projects: LivelihoodProject[] = [];
  const selection: LivelihoodVote['results'][number][] = [];
  const evaluation: LivelihoodVote['results'][number][] = [];
  for (let k = 0; k < 15; k++) {
    const selected = k < 10;
    const planned: LivelihoodProject['stage'] = !selected
      ? 'notSelected'
      : k < 6
        ? 'evaluated'
        : k < 8
          ? 'completed'
          : k < 9
            ? 'inProgress'
            : 'selected';
    // Two selected projects were rated dissatisfied: one failed its evaluation, one is under
    // rectification. (Decided after the draws, so the other records stay as they were.)
    const course: Course | 'notSelected' =
      k === 5 ? 'failed' : k === 7 ? 'rectifying' : (planned as Course | 'notSelected');
    const investment = r.int(200, 5000) * 10_000;
    const unitId = r.pick(units);
    const completionDay =
      planned === 'evaluated' || planned === 'completed'
        ? ctx.workingDays.onOrAfter(r.int(ctx.firstDay + 150, ctx.lastDay - 30))
        : undefined;
    const walk = collect(k, ctx.year, titles[k] as string, {
      investment,
      responsibleUnitIds: [unitId],
      ...(completionDay === undefined ? {} : { completionDay: dayString(completionDay) }),
    });
    walk.act(
      government,
      momentOf(ctx.workingDays.onOrAfter(dayOf(ctx.year - 1, 11, 3)), 600),
      'shortlist',
    );
    walk.act(office, momentOf(ctx.sessionDays[0], 9 * 60), 'deliberate');
    const against = w.int(0, Math.floor((present - (votes[k] as number)) / 2));
    walk.act(office, momentOf(voteDay, 11 * 60), 'recordVote', {
      voteId: `LV-${ctx.year}-1`,
      ballot: 'approval',
      ...vote,
      votesFor: votes[k],
      against,
      abstain: w.int(0, present - (votes[k] as number) - against),
      rank: k + 1,
      adopted: selected,
    });
    selection.push({ projectId: walk.record.id, votesFor: votes[k] as number, rank: k + 1 });
    if (selected) {
      const drawn = Math.round(present * (0.55 + r.next() * 0.4));
      // One project falls short of "more than half satisfied": rated basically satisfied.
      const satisfied = k === 4 ? Math.round(present * 0.42) : drawn;
      const basically = Math.round((present - satisfied) * 0.7);
      const blank = Math.min(r.int(0, 2), present - satisfied - basically);
      const good: Counts = {
        satisfied,
        basicallySatisfied: basically,
        dissatisfied: present - satisfied - basically - blank,
      };
      const rated = course === 'failed' || course === 'rectifying' ? failing(blank) : good;
      // The year-end vote rates the projects carried out: not one still under way or not started,
      // nor one completed too late for the vote (drawn all the same, so the draws stay put).
      if (course === 'evaluated' || course === 'failed' || course === 'rectifying')
        evaluation.push({ projectId: walk.record.id, ...rated });
      carryOut(walk, course as Course, {
        r: w,
        ctx,
        voteDay,
        completionDay,
        evaluationDay,
        lateMilestone: k === 1,
        supervisor:
          k === 2
            ? { role: 'deputy', id: roster.ownSteady[0]?.id ?? office.id }
            : k < 5
              ? office
              : undefined,
        vote,
        yearEnd: rated,
        failing: failing(0),
      });
    }
    projects.push(walk.record);
  }
  // Next year's candidates: collected in September, short-listed in November, one deliberated by
  // the December session of the standing committee.
  for (let k = 0; k < 3; k++) {
    const walk = collect(k, ctx.year + 1, titles[15 + k] as string, {});
    if (k < 2) {
      walk.act(
        government,
        momentOf(ctx.workingDays.onOrAfter(dayOf(ctx.year, 11, 10)), 600),
        'shortlist',
      );
    }
    if (k === 1)
      walk.act(office, momentOf(ctx.workingDays.onOrAfter(ctx.lastDay - 10), 600), 'deliberate');
    projects.push(walk.record);
  }
  return {
    projects,
    votes: [
      {
        id: `LV-${ctx.year}-1`,
        kind: 'selection',
        day: dayString(voteDay),
        ballot: 'approval',
        electorate: vote,
        results: selection,
      },
      {
        id: `LV-${ctx.year}-2`,
        kind: 'evaluation',
        day: dayString(evaluationDay),
        ballot: 'approval',
        electorate: vote,
        results: evaluation,
      },
    ],
  };
}
