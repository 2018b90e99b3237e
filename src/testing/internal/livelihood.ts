import type { LivelihoodProject } from '../../model/livelihoodProject.js';
import type { LivelihoodVote } from '../../model/livelihoodVote.js';
import type { SampleContext } from './context.js';
import { createRandom } from './random.js';
import type { Roster } from './roster.js';
import { dayString } from './time.js';
import { LIVELIHOOD_TITLES } from './vocabulary.js';

// 民生实事项目票决: 15 candidates for 10 places voted at the annual session, the selected ones
// carried out during the year and rated at a year-end evaluation vote; next year's candidates
// are being collected and shortlisted in December.

export function livelihoodRecords(
  ctx: SampleContext,
  roster: Roster,
): { projects: LivelihoodProject[]; votes: LivelihoodVote[] } {
  const r = createRandom(ctx.seed, 'livelihood');
  const titles = r.sample(LIVELIHOOD_TITLES, 18);
  const units = roster.handlingUnitIds;
  const members = roster.deputies.filter(
    (d) => d.congress.level === ctx.profile.level && d.status.status !== 'ended',
  ).length;
  const present = Math.round(members * 0.93);
  // Votes for the 15 candidates, highest first: the first 10 are selected.
  const votes = Array.from({ length: 15 }, () => r.int(Math.round(present * 0.35), present)).sort(
    (a, b) => b - a,
  );
  const projects: LivelihoodProject[] = [];
  const selection: LivelihoodVote['results'][number][] = [];
  const evaluation: LivelihoodVote['results'][number][] = [];
  for (let k = 0; k < 15; k++) {
    const id = `LP-${ctx.year}-${String(k + 1).padStart(2, '0')}`;
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
    const stage: LivelihoodProject['stage'] = k === 5 ? 'failed' : k === 7 ? 'rectifying' : planned;
    projects.push({
      id,
      year: ctx.year,
      title: titles[k] as string,
      investment: r.int(200, 5000) * 10_000,
      responsibleUnitIds: [r.pick(units)],
      ...(planned === 'evaluated' || planned === 'completed'
        ? {
            completionDay: dayString(
              ctx.workingDays.onOrAfter(r.int(ctx.firstDay + 150, ctx.lastDay - 30)),
            ),
          }
        : {}),
      stage,
    });
    selection.push({ projectId: id, votesFor: votes[k] as number, rank: k + 1 });
    if (selected) {
      const satisfied = Math.round(present * (0.55 + r.next() * 0.4));
      const basically = Math.round((present - satisfied) * 0.7);
      const blank = Math.min(r.int(0, 2), present - satisfied - basically);
      const rated =
        stage === 'failed' || stage === 'rectifying'
          ? { satisfied: Math.round(present * 0.2), basically: Math.round(present * 0.2) }
          : { satisfied, basically };
      evaluation.push({
        projectId: id,
        satisfied: rated.satisfied,
        basicallySatisfied: rated.basically,
        dissatisfied: present - rated.satisfied - rated.basically - blank,
      });
    }
  }
  for (let k = 0; k < 3; k++) {
    projects.push({
      id: `LP-${ctx.year + 1}-${String(k + 1).padStart(2, '0')}`,
      year: ctx.year + 1,
      title: titles[15 + k] as string,
      responsibleUnitIds: [],
      stage: k === 0 ? 'shortlisted' : k === 1 ? 'deliberated' : 'candidate',
    });
  }
  const voteDay = dayString(ctx.sessionDays[0] + 2);
  return {
    projects,
    votes: [
      {
        id: `LV-${ctx.year}-1`,
        kind: 'selection',
        day: voteDay,
        ballot: 'approval',
        electorate: { members, present },
        results: selection,
      },
      {
        id: `LV-${ctx.year}-2`,
        kind: 'evaluation',
        day: dayString(ctx.workingDays.onOrAfter(ctx.lastDay - 12)),
        ballot: 'approval',
        electorate: { members, present },
        results: evaluation,
      },
    ],
  };
}
