import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import { SUGGESTION_ROLES } from '../../src/suggestion/suggestionTypes.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import {
  assigned,
  attempt,
  deputy,
  draft,
  office,
  registered,
  step,
  unit,
} from './support/walk.js';

// Who may send each event (有权角色). Any other role is FORBIDDEN, whatever the state, payload
// or guards: the engine checks the role first.
const matrix: Record<keyof typeof suggestionWorkflow.events, readonly string[]> = {
  submit: ['deputy'],
  consultBeforeSubmission: ['deputy'],
  migrateRules: ['liaisonOffice', 'system'],
  register: ['liaisonOffice'],
  refuseRegistration: ['liaisonOffice'],
  convertFromMotion: ['liaisonOffice'],
  merge: ['liaisonOffice'],
  withdraw: ['deputy'],
  assign: ['liaisonOffice'],
  requestReturn: ['handlingUnit'],
  decideReturn: ['liaisonOffice'],
  reassign: ['liaisonOffice'],
  accept: ['handlingUnit'],
  consult: ['handlingUnit'],
  supervise: ['liaisonOffice', 'supervisor'],
  designateKeyItem: ['supervisor', 'liaisonOffice'],
  routeDirect: ['liaisonOffice'],
  recordInstruction: ['liaisonOffice'],
  requestExtension: ['handlingUnit'],
  decideExtension: ['liaisonOffice'],
  sendAssistingInput: ['handlingUnit'],
  holdingReply: ['handlingUnit'],
  reply: ['handlingUnit'],
  evaluate: ['deputy'],
  lapseEvaluation: ['system'],
  close: ['liaisonOffice'],
  followUpReply: ['handlingUnit'],
  publish: ['liaisonOffice'],
  // Written only by an adoption and applied only in replays: FORBIDDEN live, whoever sends it.
  imported: ['system'],
};

function recordsByState(): Record<string, Suggestion> {
  const submitted = step(draft(), 'submit', undefined, deputy('D-1'), '2024-11-20T10:00:00+08:00');
  const assignedRecord = assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00');
  const inHandling = step(
    assignedRecord,
    'accept',
    undefined,
    unit('U-1'),
    '2024-12-02T10:00:00+08:00',
  );
  const replied = step(
    inHandling,
    'reply',
    { outcomeClass: 'B' },
    unit('U-1'),
    '2025-01-10T10:00:00+08:00',
  );
  const reHandling = step(
    replied,
    'evaluate',
    { grade: 'dissatisfied' },
    deputy('D-1'),
    '2025-01-12T10:00:00+08:00',
  );
  const closed = step(replied, 'close', undefined, office, '2025-01-12T10:00:00+08:00');
  return {
    draft: draft(),
    submitted,
    registered: registered(),
    assigned: assignedRecord,
    inHandling,
    replied,
    reHandling,
    closed,
  };
}

describe('suggestionWorkflow permissions (权限矩阵)', () => {
  const records = recordsByState();
  const roles = [...SUGGESTION_ROLES, 'reviewer', 'stranger'];

  it('declares roles on every event, exactly as the matrix says', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(suggestionWorkflow.events).sort());
    for (const [type, spec] of Object.entries(suggestionWorkflow.events)) {
      expect(spec.roles.length, type).toBeGreaterThan(0);
      expect([...spec.roles].sort(), type).toEqual(
        [...(matrix[type as keyof typeof matrix] ?? [])].sort(),
      );
    }
  });

  for (const [type, allowed] of Object.entries(matrix)) {
    it(`${type}: FORBIDDEN for ${roles.filter((r) => !allowed.includes(r)).join(', ')}`, () => {
      const spec = suggestionWorkflow.events[type as keyof typeof matrix];
      // `'*'` (migrateRules) may leave any state that is not terminal: try it from a draft.
      const sources: readonly string[] = spec.from.includes('*') ? ['draft'] : spec.from;
      const state = sources.find((s) => records[s] !== undefined) as string;
      const record = records[state] as Suggestion;
      for (const role of roles) {
        const result = attempt(
          record,
          type as keyof typeof matrix,
          undefined,
          { role, id: 'X' },
          '2025-06-01T10:00:00+08:00',
        );
        const code = result.ok ? 'OK' : result.error.code;
        if (allowed.includes(role) && spec.replayOnly !== true)
          expect(code, `${type} by ${role}`).not.toBe('FORBIDDEN');
        else expect(code, `${type} by ${role}`).toBe('FORBIDDEN');
      }
    });
  }

  it('checks identity as well as role: the right role with the wrong id is refused by a guard', () => {
    const r = records;
    const cases: [Suggestion, keyof typeof matrix, unknown, string, string][] = [
      [r.draft as Suggestion, 'submit', undefined, 'deputy', 'D-2'],
      [r.assigned as Suggestion, 'withdraw', undefined, 'deputy', 'D-2'],
      [r.assigned as Suggestion, 'accept', undefined, 'handlingUnit', 'U-2'],
      [r.inHandling as Suggestion, 'reply', { outcomeClass: 'A' }, 'handlingUnit', 'U-2'],
      [r.inHandling as Suggestion, 'consult', { faceToFace: false }, 'handlingUnit', 'U-2'],
      [
        r.inHandling as Suggestion,
        'requestExtension',
        { months: 1, reason: 'x' },
        'handlingUnit',
        'U-2',
      ],
      [r.replied as Suggestion, 'evaluate', { grade: 'satisfied' }, 'deputy', 'D-9'],
      [r.closed as Suggestion, 'followUpReply', { outcomeClass: 'A' }, 'handlingUnit', 'U-2'],
    ];
    for (const [record, type, payload, role, id] of cases) {
      const result = attempt(record, type, payload, { role, id }, '2025-01-20T10:00:00+08:00');
      expect(result.ok ? 'OK' : result.error.code, `${type} by ${id}`).toBe('GUARD_FAILED');
    }
    expect(office.role).toBe('liaisonOffice');
  });
});
