import * as fc from 'fast-check';
import { HANDLING_ROLES } from '../../../src/model/handlingRole.js';
import type { Suggestion } from '../../../src/model/suggestion.js';
import { SUPERVISION_KINDS } from '../../../src/model/suggestionParts.js';
import { createSuggestion } from '../../../src/suggestion/createSuggestion.js';
import {
  defaultPolicy,
  definePolicy,
  type SuggestionPolicy,
} from '../../../src/suggestion/policy.js';
import { SUGGESTION_ROLES } from '../../../src/suggestion/suggestionTypes.js';
import { suggestionWorkflow } from '../../../src/suggestion/suggestionWorkflow.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import { untyped } from '../../workflow/support/untyped.js';
import { baseInput } from './walk.js';

// Model-based: random commands are interpreted against the record as it evolves, so most of
// them are events the current state allows, sent by a plausible (or implausible) actor with a
// plausible (or garbage) payload.

export const EVENTS = Object.keys(
  suggestionWorkflow.events,
) as (keyof typeof suggestionWorkflow.events)[];
const UNITS = ['U-1', 'U-2', 'U-3', 'U-X'];
const DEPUTIES = ['D-1', 'D-2', 'D-3', 'D-X'];
export const POLICIES: SuggestionPolicy[] = [
  defaultPolicy,
  definePolicy({
    id: 'strict',
    version: 1,
    maxReHandlingRounds: 1,
    evaluationCounting: 'leadOnly',
  }),
  definePolicy({
    id: 'every',
    version: 1,
    repliedWhen: 'everyRequiredUnit',
    reassignmentRestartsClock: false,
    maxReHandlingRounds: 0,
  }),
];
export const GARBAGE: unknown[] = [
  null,
  'reply',
  42,
  { units: 'all' },
  { outcomeClass: '' },
  [],
  { months: -1 },
];

export const command = fc.record({
  focus: fc.integer({ min: 0, max: 9 }),
  pick: fc.nat(),
  role: fc.integer({ min: 0, max: 9 }),
  id: fc.nat(),
  p: fc.array(fc.nat(999), { minLength: 4, maxLength: 4 }),
  garbage: fc.integer({ min: 0, max: 24 }),
  hours: fc.integer({ min: 0, max: 24 * 25 }),
  backdate: fc.integer({ min: 0, max: 9 }),
});
export type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

export function payloadFor(type: string, p: readonly number[]): unknown {
  const [a = 0, b = 0, c = 0] = p;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  switch (type) {
    case 'submit':
      return a % 3 === 0 ? { kind: 'motion' } : undefined;
    case 'register':
      return { number: `第${a}号` };
    case 'refuseRegistration':
      return { reason: pick(['personalMatter', 'other', 'bogus'], a) };
    case 'convertFromMotion':
      return { motionId: 'M-1' };
    case 'merge':
      if (a % 2 === 0) return { into: pick(['S-0', 'S-1'], b) };
      // Half the merges bring the merged item's deputies (one of them also a proposer here).
      return b % 2 === 0
        ? { from: ['S-2'] }
        : {
            from: ['S-2'],
            proposers: [
              { deputyId: 'D-X', role: 'lead', itemId: 'S-2' },
              { deputyId: 'D-2', role: 'co', itemId: 'S-2' },
            ],
          };
    case 'consultBeforeSubmission':
      return { unitId: pick(UNITS, a), faceToFace: b % 2 === 0 };
    case 'holdingReply':
      return c % 2 === 0 ? undefined : { expectedDay: '2025-12-31', content: '年底前办结' };
    case 'routeDirect':
      return { to: '市委主要领导' };
    case 'recordInstruction':
      return { by: '市委书记', content: '请抓紧办理。' };
    case 'withdraw':
      return a % 2 === 0 ? { reason: '已解决' } : undefined;
    case 'assign': {
      if (a % 3 === 0)
        return {
          units: [
            { unitId: 'U-1', role: 'lead' },
            { unitId: 'U-2', role: 'assisting' },
          ],
        };
      if (a % 3 === 1)
        return {
          units: [
            { unitId: 'U-1', role: 'separate' },
            { unitId: 'U-2', role: 'separate' },
          ],
        };
      const n = 1 + (b % 3);
      return {
        units: Array.from({ length: n }, (_, i) => ({
          unitId: pick(UNITS, c + i),
          role: pick(HANDLING_ROLES, b + i * 7),
        })),
      };
    }
    case 'requestReturn':
      return { reason: '职责不符', suggestedUnitId: 'U-3' };
    case 'decideReturn':
      return { decision: a % 3 === 0 ? 'refused' : 'approved' };
    case 'reassign':
      return { from: pick(UNITS, a), to: pick(UNITS, b) };
    case 'consult':
      return { faceToFace: a % 2 === 0 };
    case 'supervise':
      return { kind: pick(SUPERVISION_KINDS, a) };
    case 'designateKeyItem':
      return a % 2 === 0
        ? { designatedBy: '主任会议' }
        : {
            designatedBy: '主任会议',
            leads: [{ kind: pick(['specialCommittee', 'unitHead'], b), bodyId: pick(UNITS, c) }],
            planId: 'P-1',
            planItemId: 'K-1',
          };
    case 'requestExtension':
      return { months: 1 + (a % 4), reason: '涉及面广' };
    case 'decideExtension':
      return b % 2 === 0
        ? { decision: a % 3 === 0 ? 'refused' : 'approved' }
        : { decision: 'approved', months: 1 + (c % 3) };
    case 'reply':
    case 'followUpReply':
      return { outcomeClass: pick(['A', 'B', 'C', 'D', 'Z'], a), faceToFace: b % 2 === 0 };
    case 'evaluate':
      return {
        grade: pick(['satisfied', 'dissatisfied', 'basicallySatisfied', 'dissatisfied'], a),
      };
    case 'publish':
      return { mode: pick(['full', 'summary', 'withheld'], a) };
    default:
      return undefined;
  }
}

export function actorFor(type: string, cmd: Command) {
  const roles = [...SUGGESTION_ROLES, 'stranger'];
  const spec = suggestionWorkflow.events[type as keyof typeof suggestionWorkflow.events];
  const role =
    spec !== undefined && cmd.role < 8
      ? (spec.roles[cmd.id % spec.roles.length] as string)
      : (roles[cmd.id % roles.length] as string);
  const id =
    role === 'deputy'
      ? DEPUTIES[cmd.id % DEPUTIES.length]
      : role === 'handlingUnit'
        ? UNITS[cmd.id % UNITS.length]
        : role === 'supervisor'
          ? 'C-1'
          : role === 'system'
            ? 'system'
            : 'OFFICE';
  // Now and then the office keys it in for the deputy or the unit (代为操作).
  if (cmd.role % 4 === 3 && (role === 'deputy' || role === 'handlingUnit')) {
    return { role: 'liaisonOffice', id: 'OFFICE', onBehalfOf: { role, id: id as string } };
  }
  return { role, id: id as string };
}

export function typeFor(record: Suggestion, cmd: Command): string {
  if (cmd.focus >= 8)
    return cmd.pick % 11 === 0 ? 'bogus' : (EVENTS[cmd.pick % EVENTS.length] as string);
  const here = EVENTS.filter(
    (e) =>
      (suggestionWorkflow.events[e].from as readonly string[]).includes(record.state) &&
      (cmd.focus >= 4 || PROGRESS.has(e)),
  );
  return (
    here.length > 0 ? here[cmd.pick % here.length] : EVENTS[cmd.pick % EVENTS.length]
  ) as string;
}

export const HOUR = 3_600_000;
// Events that move an item forward; favoured half the time so that runs reach re-handling.
export const PROGRESS = new Set<string>([
  'submit',
  'register',
  'assign',
  'accept',
  'reply',
  'evaluate',
]);

/**
 * Runs a random walk of commands on a new item (every accepted event applied), and returns the
 * record and the time of the last command.
 */
export function randomWalk(
  policy: SuggestionPolicy,
  proposerCount: number,
  commands: readonly Command[],
): { record: Suggestion; time: number } {
  let record = createSuggestion(
    {
      ...baseInput,
      proposers: ['D-1', 'D-2', 'D-3'].slice(0, proposerCount).map((deputyId, i) => ({
        deputyId,
        role: i === 0 ? ('lead' as const) : ('co' as const),
      })),
    },
    { at: '2024-11-01T09:00:00+08:00', policy },
  );
  let time = Date.parse('2024-11-02T09:00:00+08:00');
  for (const cmd of commands) {
    time += cmd.hours * HOUR;
    const type = typeFor(record, cmd);
    const result = safeTransition(
      record,
      // Generated payloads, some wrong on purpose.
      untyped({ type, payload: payloadFor(type, cmd.p) }),
      {
        workflow: suggestionWorkflow,
        actor: untyped(actorFor(type, cmd)),
        at: new Date(time).toISOString(),
        context: { policy },
      },
    );
    if (result.ok) record = result.value.record;
  }
  return { record, time };
}
