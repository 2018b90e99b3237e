import { describe, expectTypeOf, it } from 'vitest';
import { classifyYearEndVote } from '../../src/livelihood/classifyYearEndVote.js';
import {
  type AppraisalTally,
  appraisalUnitFigures,
  createLivelihoodProject,
  defaultLivelihoodPolicy,
  type LivelihoodStats,
  type LivelihoodTally,
  livelihoodStats,
  livelihoodWorkflow,
  type SelectionResult,
  selectCandidates,
  type TrackedLivelihoodProject,
  tallyAppraisalBallots,
  tallyLivelihoodBallots,
  type UnitSatisfactionFigures,
} from '../../src/livelihood/index.js';
import type { AppraisalBallot } from '../../src/model/appraisalBallot.js';
import type { SatisfactionGrade } from '../../src/model/shared/satisfaction.js';
import type { UnitHandlingFigures } from '../../src/suggestion/figures/evaluateUnits.js';
import { transition } from '../../src/workflow/transition.js';

const policy = defaultLivelihoodPolicy;
const project = createLivelihoodProject(
  { id: 'P-1', year: 2025, title: '社区食堂' },
  { at: '2024-09-10T09:00:00+08:00', policy },
);
const options = {
  workflow: livelihoodWorkflow,
  context: { policy },
  actor: { role: 'congressOffice', id: 'O' },
  at: '2025-01-10T09:00:00+08:00',
} as const;

describe('livelihood types', () => {
  it('types the record, the events and their payloads', () => {
    expectTypeOf(project).toEqualTypeOf<TrackedLivelihoodProject>();
    expectTypeOf(project.history).not.toBeUndefined();
    transition(project, { type: 'shortlist' }, options);
    transition(
      project,
      {
        type: 'evaluate',
        payload: {
          members: 29,
          present: 29,
          satisfied: 20,
          basicallySatisfied: 8,
          dissatisfied: 1,
        },
      },
      options,
    );
    // @ts-expect-error an unknown event
    transition(project, { type: 'accept' }, options);
    // @ts-expect-error a payload missing its counts
    transition(project, { type: 'evaluate', payload: { members: 29 } }, options);
    const presidium = { role: 'presidium', id: 'P' } as const;
    // @ts-expect-error a role the workflow does not know
    transition(project, { type: 'shortlist' }, { ...options, actor: presidium });
  });

  it('types the tally and the rating', () => {
    const tally = tallyLivelihoodBallots([{ kind: 'ranked', order: ['P-1'] }], {
      candidates: ['P-1', 'P-2'],
      places: 1,
      policy,
      members: 3,
      present: 3,
    });
    expectTypeOf(tally).toEqualTypeOf<LivelihoodTally>();
    expectTypeOf(
      classifyYearEndVote(
        { satisfied: 1, basicallySatisfied: 0, dissatisfied: 0 },
        { electorate: 'present', members: 1, present: 1 },
      ),
    ).toEqualTypeOf<SatisfactionGrade>();
    // @ts-expect-error a ballot kind that does not exist
    tallyLivelihoodBallots([{ kind: 'plurality', order: [] }], {
      candidates: [],
      places: 1,
      policy,
      members: 1,
      present: 1,
    });
  });

  it('types the appraisals, their unit figures, the selections and the figures', () => {
    const ballot: AppraisalBallot = {
      raterId: 'M-1',
      raterRole: 'scMember',
      subject: { kind: 'unit', id: 'U-1' },
      year: 2025,
      verdict: 'satisfied',
    };
    // @ts-expect-error a verdict off the three-grade scale
    const bad: AppraisalBallot = { ...ballot, verdict: 'veryGood' };
    void bad;
    const tally = tallyAppraisalBallots([ballot], { policy });
    expectTypeOf(tally).toEqualTypeOf<AppraisalTally>();
    expectTypeOf(tally.results[0]!.rating).toEqualTypeOf<SatisfactionGrade | null>();
    const figures = appraisalUnitFigures(tally.results, { year: 2025 });
    expectTypeOf(figures).toEqualTypeOf<readonly UnitSatisfactionFigures[]>();
    // The satisfaction part of evaluateUnits' input, exactly: it spreads over a unit's figures.
    const handling = {} as UnitHandlingFigures;
    expectTypeOf({ ...handling, ...figures[0]! }).toMatchTypeOf<UnitHandlingFigures>();
    const selection = selectCandidates([{ id: 'D-1', kind: 'deputy', scores: { duty: 90 } }], {
      quota: 1,
      criteria: [{ id: 'duty', weight: 1 }],
    });
    expectTypeOf(selection).toEqualTypeOf<SelectionResult>();
    // @ts-expect-error a kind of candidate no selection has
    selectCandidates([{ id: 'X', kind: 'mayor' }], { quota: 1, votes: {} });
    // @ts-expect-error a tie rule that does not exist
    selectCandidates([], { quota: 1, votes: {}, tieRule: 'lot' });
    expectTypeOf(
      livelihoodStats([project], { asOf: '2025-12-31' }),
    ).toEqualTypeOf<LivelihoodStats>();
  });
});
