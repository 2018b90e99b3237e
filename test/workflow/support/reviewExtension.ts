import * as z from 'zod';
import { extendWorkflow } from '../../../src/workflow/extendWorkflow.js';
import {
  type Ticket,
  type TicketContext,
  type TicketRole,
  ticketWorkflow,
} from './ticketWorkflow.js';

/** A ticket that remembers why it was returned. */
export interface ReviewedTicket extends Ticket {
  readonly returnReasons?: readonly string[];
}

const label = (zh: string, en: string, hant = zh) => ({ 'zh-Hans': zh, 'zh-Hant': hant, en });

/**
 * The 退回修改 extension: a reviewer may return a resolved ticket for revision; the engineer
 * resolves it again. Closing is refused after two returns, and only managers may assign.
 */
export const reviewedTicketWorkflow = extendWorkflow(ticketWorkflow, {
  version: 2,
  types: {} as { record: ReviewedTicket; role: TicketRole | 'reviewer'; context: TicketContext },
  states: {
    returnedForRevision: {
      label: label('退回修改', 'Returned for revision', '退回修改'),
      category: 'open',
    },
  },
  events: {
    returnForRevision: {
      label: label('退回修改', 'Return for revision'),
      payload: z.object({ reason: z.string().trim().min(1).max(200) }),
      from: ['resolved'],
      to: 'returnedForRevision',
      roles: ['reviewer'],
      effect: (draft, event) => {
        if (!event.payload) return;
        draft.returnReasons = [...(draft.returnReasons ?? []), event.payload.reason];
      },
    },
    revise: {
      label: label('修改后重新答复', 'Revise and resolve', '修改後重新答覆'),
      from: ['returnedForRevision'],
      to: 'resolved',
      roles: ['engineer'],
      guards: ['isAssignee'],
    },
  },
  guards: {
    notReturnedTwice: {
      message: {
        'zh-Hans': '已退回两次，须由主管办结',
        en: 'returned twice; a manager must close it',
      },
      check: (record) => (record.returnReasons?.length ?? 0) < 2,
    },
  },
  tightenRoles: { assign: ['manager'] },
  addGuards: { close: ['notReturnedTwice'] },
});
