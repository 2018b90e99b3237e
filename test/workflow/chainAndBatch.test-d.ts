import { describe, expectTypeOf, it } from 'vitest';
import { reEnrolAtNewTerm } from '../../src/connections/plans/reEnrolAtNewTerm.js';
import type { Deputy } from '../../src/model/deputy.js';
import type { LiaisonStation } from '../../src/model/liaisonStation.js';
import type { HistoryChain } from '../../src/model/shared/historyChain.js';
import type { Result } from '../../src/model/shared/result.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { type AuditTrailRow, auditTrail } from '../../src/workflow/auditTrail.js';
import {
  type HistoryChainCheck,
  type HistoryChainError,
  type HistoryChainErrorCode,
  type SealedRecord,
  safeSealHistory,
  safeVerifyHistoryChain,
  sealHistory,
} from '../../src/workflow/historyChain.js';
import type { HistoryEntry } from '../../src/workflow/historyEntry.js';
import {
  type BatchTransition,
  safeTransitionMany,
  transitionMany,
} from '../../src/workflow/transitionMany.js';
import { type Ticket, ticketWorkflow } from './support/ticketWorkflow.js';

declare const suggestion: Suggestion;
declare const tickets: readonly Ticket[];
const office = { role: 'liaisonOffice', id: 'OFFICE' } as const;
const options = {
  workflow: suggestionWorkflow,
  actor: office,
  at: '2026-01-01T00:00:00Z',
  context: { policy: defaultPolicy },
} as const;

describe('history chain: types', () => {
  it('seals any record with a history and keeps its type', async () => {
    const sealed = await sealHistory(suggestion);
    expectTypeOf(sealed).toEqualTypeOf<SealedRecord<Suggestion>>();
    expectTypeOf(sealed.historyChain).toEqualTypeOf<HistoryChain>();
    expectTypeOf(sealed.title).toEqualTypeOf<string>();
    expectTypeOf((await sealHistory(tickets[0] as Ticket)).assignee).toEqualTypeOf<
      Ticket['assignee']
    >();
    // @ts-expect-error a record needs a history
    await sealHistory({ history: 'none' });
    const safe = await safeSealHistory(suggestion);
    if (!safe.ok) expectTypeOf(safe.error).toEqualTypeOf<HistoryChainError>();
  });

  it('checks unknown input into a typed result naming the code', async () => {
    const result = await safeVerifyHistoryChain(JSON.parse('{}') as unknown, { head: 'x' });
    expectTypeOf(result).toEqualTypeOf<Result<HistoryChainCheck, HistoryChainError>>();
    if (!result.ok) expectTypeOf(result.error.code).toEqualTypeOf<HistoryChainErrorCode>();
    // @ts-expect-error head is a digest string
    await safeVerifyHistoryChain(suggestion, { head: 1 });
  });

  it('exports audit rows without payloads', () => {
    const rows = auditTrail(suggestion, { ...options, initial: suggestion });
    expectTypeOf(rows).toEqualTypeOf<readonly AuditTrailRow[]>();
    // @ts-expect-error rows carry no payload
    rows[0]?.payload;
  });
});

describe('bulk operations: types', () => {
  it('keeps the record type and types the events by the workflow', () => {
    const batch = transitionMany(
      [suggestion],
      { type: 'publish', payload: { mode: 'full' } },
      options,
    );
    expectTypeOf(batch).toEqualTypeOf<BatchTransition<Suggestion>>();
    expectTypeOf(batch.entries).toEqualTypeOf<readonly HistoryEntry[]>();
    transitionMany(
      [suggestion],
      [{ type: 'accept' }, { type: 'publish', payload: { mode: 'full' } }],
      options,
    );
    // @ts-expect-error no such event
    transitionMany([suggestion], { type: 'explode' }, options);
    // @ts-expect-error a publish needs its mode
    safeTransitionMany([suggestion], { type: 'publish', payload: {} }, options);
    const ticketBatch = safeTransitionMany(
      tickets,
      { type: 'close' },
      {
        workflow: ticketWorkflow,
        actor: { role: 'manager', id: 'M-1' },
        at: '2026-01-01T00:00:00Z',
        context: { onLeave: [] },
      },
    );
    if (ticketBatch.ok) expectTypeOf(ticketBatch.value.records).toEqualTypeOf<readonly Ticket[]>();
  });

  it('re-enrols from stations and deputies', () => {
    const result = reEnrolAtNewTerm([] as LiaisonStation[], [] as Deputy[], {
      endingCongress: { jurisdiction: '320582', level: 'county', term: 18 },
      newTermFrom: '2026-12-28',
    });
    expectTypeOf(result.opened[0]?.because).toEqualTypeOf<'reElected' | 'placed' | undefined>();
    // @ts-expect-error the ending congress is required
    reEnrolAtNewTerm([], [], { newTermFrom: '2026-12-28' });
  });
});
