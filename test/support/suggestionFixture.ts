import type { SuggestionInput } from '../../src/model/suggestion.js';

const deadline = {
  day: '2025-02-28',
  anchorDay: '2024-11-30',
  rule: { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
  calendarId: 'cn-official',
  timeZone: 'Asia/Shanghai',
} as const;

/** A joint suggestion, assigned to a lead and an assisting unit, replied and evaluated. */
export function repliedSuggestion(): SuggestionInput {
  return {
    id: 'S-2024-001',
    rulesVersion: 'default@1',
    kind: 'suggestion',
    congress: { jurisdiction: '330200', level: 'city', term: 16 },
    session: 3,
    period: 'betweenSessions',
    title: '关于加强农村道路养护的建议',
    proposers: [
      { deputyId: 'D-1', role: 'lead' },
      { deputyId: 'D-2', role: 'co' },
    ],
    state: 'replied',
    createdAt: '2024-11-20T09:00:00+08:00',
    submittedAt: '2024-11-20T09:30:00+08:00',
    screening: { at: '2024-11-25T10:00:00+08:00', registered: true, number: '第0001号' },
    mergedFrom: [],
    assignments: [
      {
        unitId: 'U-TRANSPORT',
        role: 'lead',
        assignedAt: '2024-11-30T10:00:00+08:00',
        assignedDay: '2024-11-30',
        deadline,
        mustReply: true,
        active: true,
        acceptedAt: '2024-12-02T09:00:00+08:00',
      },
      {
        unitId: 'U-FINANCE',
        role: 'assisting',
        assignedAt: '2024-11-30T10:00:00+08:00',
        assignedDay: '2024-11-30',
        deadline: {
          ...deadline,
          day: '2024-12-30',
          rule: { amount: 1, unit: 'calendarMonths', anchor: 'assignment' },
        },
        mustReply: false,
        active: true,
      },
    ],
    extensions: [],
    round: 1,
    reHandlings: [],
    replies: [
      {
        unitId: 'U-TRANSPORT',
        round: 1,
        outcomeClass: 'B',
        faceToFace: true,
        followUp: false,
        at: '2025-02-20T10:00:00+08:00',
        recordedAt: '2025-02-21T10:00:00+08:00',
        dueDay: '2025-02-28',
        onTime: true,
      },
    ],
    evaluations: [
      {
        deputyId: 'D-1',
        round: 1,
        grade: 'satisfied',
        at: '2025-03-01T10:00:00+08:00',
        recordedAt: '2025-03-01T10:00:00+08:00',
      },
    ],
    consultations: [],
    supervisions: [],
    confidential: false,
    history: [
      {
        type: 'submit',
        at: '2024-11-20T09:30:00+08:00',
        recordedAt: '2024-11-20T09:30:00+08:00',
        actor: { role: 'deputy', id: 'D-1' },
      },
    ],
  };
}
