import type { KeyItemPlanInput } from '../../../src/model/keyItemPlan.js';
import type { KeyItemVoteInput } from '../../../src/model/keyItemVote.js';

/** Rizhao's calendar: supervision June–October, summaries in October, vote in November, report in December. */
export function rizhaoPlan(): KeyItemPlanInput {
  return {
    id: 'P-2025',
    year: 2025,
    timeZone: 'Asia/Shanghai',
    designatedBy: '主任会议',
    designatedOn: '2025-04-20',
    items: [
      {
        id: 'K-1',
        topic: '农村道路养护',
        suggestionIds: ['S-1', 'S-2'],
        leadUnitIds: ['U-1'],
        leads: [
          { kind: 'leadingOfficial', leaders: [{ id: 'M-3', name: '张三', title: '副主任' }] },
          { kind: 'specialCommittee', bodyId: 'C-URBAN' },
          { kind: 'deputyWorkCommittee', bodyId: 'C-DEPUTY' },
          { kind: 'unitHead', bodyId: 'U-1', leaders: [{ name: '李四' }] },
        ],
      },
      {
        id: 'K-2',
        topic: '养老服务',
        suggestionIds: ['S-3'],
        leads: [{ kind: 'governmentLeader', leaders: [{ name: '王五', title: '副市长' }] }],
      },
    ],
    milestones: [
      {
        id: 'M-SUP',
        kind: 'supervisionPeriod',
        startDay: '2025-06-01',
        dueDay: '2025-10-31',
        doneAt: '2025-10-31T15:59:00Z',
      },
      {
        id: 'M-SUM',
        kind: 'summary',
        dueDay: '2025-10-31',
        itemIds: ['K-1'],
        doneAt: '2025-11-03T09:00:00+08:00',
      },
      { id: 'M-VOTE', kind: 'satisfactionVote', dueDay: '2025-11-30' },
      { id: 'M-REPORT', kind: 'report', dueDay: '2025-12-31' },
    ],
  };
}

/** A plan with one milestone, for the boundary cases. */
export function oneMilestone(
  milestone: Record<string, unknown>,
  timeZone = 'Asia/Shanghai',
): KeyItemPlanInput {
  return {
    id: 'P-1',
    year: 2024,
    timeZone,
    items: [],
    milestones: [{ id: 'M-1', kind: 'other', dueDay: '2024-02-29', ...milestone }],
  } as KeyItemPlanInput;
}

/** Zhenhai's example: 29 present of 31, project 2 got 20/8/1. */
export function vote(): KeyItemVoteInput {
  return {
    id: 'KV-2025',
    planId: 'P-2025',
    day: '2025-11-26',
    electorate: { members: 31, present: 29 },
    results: [
      { itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
      {
        itemId: 'K-2',
        satisfied: 9,
        basicallySatisfied: 10,
        dissatisfied: 8,
        abstained: 1,
        invalid: 1,
      },
    ],
  };
}
