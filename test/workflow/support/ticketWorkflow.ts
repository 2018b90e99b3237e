import * as z from 'zod';
import { defineWorkflow } from '../../../src/workflow/defineWorkflow.js';
import { isEventType } from '../../../src/workflow/isEventType.js';
import type { WorkflowRecord } from '../../../src/workflow/types.js';

/** A toy record: a repair ticket (报修单). */
export interface Ticket extends WorkflowRecord {
  readonly id: string;
  readonly title: string;
  readonly assignee?: string;
  readonly priority: 'low' | 'high';
  readonly notes: readonly string[];
  readonly meta: { readonly createdBy: string; readonly tags: readonly string[] };
}

export type TicketRole = 'clerk' | 'engineer' | 'manager';

export interface TicketContext {
  /** Engineers on leave may not be assigned. */
  readonly onLeave: readonly string[];
}

const label = (zh: string, en: string, hant = zh) => ({ 'zh-Hans': zh, 'zh-Hant': hant, en });

/**
 * open → assigned → resolved → done (terminal), with `escalate` (a computed target that may
 * keep the state) and `comment` (no `to`: from every non-terminal state, it stays there).
 */
export const ticketWorkflow = defineWorkflow({
  id: 'ticket',
  version: 1,
  types: {} as { record: Ticket; role: TicketRole; context: TicketContext },
  initial: 'open',
  states: {
    open: { label: label('待处理', 'Open', '待處理'), category: 'open' },
    assigned: { label: label('已分派', 'Assigned'), category: 'open' },
    escalated: { label: label('已升级', 'Escalated', '已升級'), category: 'open' },
    resolved: { label: label('已答复', 'Resolved', '已答覆'), category: 'replied' },
    done: { label: label('已办结', 'Done', '已辦結'), category: 'closed', terminal: true },
  },
  events: {
    assign: {
      label: label('分派', 'Assign'),
      payload: z.object({ assignee: z.string().trim().min(1).max(64) }),
      from: ['open', 'escalated'],
      to: 'assigned',
      roles: ['clerk', 'manager'],
      guards: ['assigneeAvailable'],
      effect: (draft, event) => {
        if (event.payload) draft.assignee = event.payload.assignee;
      },
    },
    comment: {
      label: label('备注', 'Comment', '備註'),
      payload: z.object({ note: z.string().trim().min(1).max(200) }),
      from: ['*'],
      roles: ['clerk', 'engineer', 'manager'],
      effect: (draft, event) => {
        if (event.payload) draft.notes.push(event.payload.note);
      },
    },
    escalate: {
      label: label('升级', 'Escalate', '升級'),
      from: ['open', 'assigned'],
      to: (record) => (record.priority === 'high' ? 'escalated' : 'open'),
      targets: ['escalated', 'open'],
      roles: ['manager'],
      effect: (draft) => {
        draft.priority = 'high';
      },
    },
    resolve: {
      label: label('答复', 'Resolve', '答覆'),
      from: ['assigned'],
      to: 'resolved',
      roles: ['engineer'],
      guards: ['isAssignee'],
    },
    close: {
      label: label('办结', 'Close', '辦結'),
      from: ['resolved'],
      to: 'done',
      roles: ['clerk'],
      guards: ['hasTitle'],
      describe: { 'zh-Hans': '确认办结', en: 'confirm the ticket is done' },
    },
  },
  guards: {
    hasTitle: {
      message: { 'zh-Hans': '标题不能为空', en: 'the title must not be empty' },
      check: (record) => record.title.length > 0,
    },
    isAssignee: {
      message: {
        'zh-Hans': '只有被分派的工程师可以答复',
        en: 'only the assigned engineer may resolve',
      },
      check: (record, event) => record.assignee === event.actor.id,
    },
    assigneeAvailable: {
      message: { 'zh-Hans': '该工程师休假中', en: 'that engineer is on leave' },
      needsPayload: true,
      check: (_record, event, ctx) =>
        isEventType(event, 'assign') &&
        typeof event.payload?.assignee === 'string' &&
        !ctx.onLeave.includes(event.payload.assignee),
    },
  },
});

/** A fresh ticket in its initial state. */
export function newTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'T-1',
    title: '路灯不亮',
    priority: 'low',
    notes: [],
    meta: { createdBy: 'C-1', tags: ['lighting'] },
    state: 'open',
    history: [],
    ...overrides,
  };
}

export const ctx: TicketContext = { onLeave: ['E-LEAVE'] };
