import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { transition } from '../../src/workflow/transition.js';
import { type ReviewedTicket, reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ENGLISH_SENTENCE, thrownDefinitionError } from './support/thrownDefinitionError.js';
import { ctx, newTicket, type TicketRole, ticketWorkflow } from './support/ticketWorkflow.js';

const wf = reviewedTicketWorkflow;
const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00+08:00`;
const act = (role: TicketRole | 'reviewer', id: string, day: number) => ({
  workflow: wf,
  context: ctx,
  actor: { role, id },
  at: at(day),
});

function resolvedTicket(): ReviewedTicket {
  let r: ReviewedTicket = freeze(newTicket(), true);
  r = transition(
    r,
    { type: 'assign', payload: { assignee: 'E-1' } },
    act('manager', 'M-1', 1),
  ).record;
  r = transition(r, { type: 'resolve' }, act('engineer', 'E-1', 2)).record;
  return r;
}

describe('extendWorkflow', () => {
  it('adds the 退回修改 state and its events for a new reviewer role', () => {
    expect(wf.states.returnedForRevision.label['zh-Hans']).toBe('退回修改');
    expect(wf.version).toBe(2);
    const returned = safeTransition(
      resolvedTicket(),
      { type: 'returnForRevision', payload: { reason: '答复未回应第二点' } },
      act('reviewer', 'R-1', 3),
    );
    expect(returned.ok && returned.value.record).toMatchObject({
      state: 'returnedForRevision',
      returnReasons: ['答复未回应第二点'],
    });
    if (!returned.ok) return;
    const revised = safeTransition(
      returned.value.record,
      { type: 'revise' },
      act('engineer', 'E-1', 4),
    );
    expect(revised.ok && revised.value.record.state).toBe('resolved');
  });

  it('keeps the base events and leaves the base workflow unchanged', () => {
    expect(Object.keys(wf.events)).toEqual([
      'assign',
      'comment',
      'escalate',
      'resolve',
      'close',
      'returnForRevision',
      'revise',
    ]);
    expect(Object.keys(ticketWorkflow.states)).not.toContain('returnedForRevision');
    expect(ticketWorkflow.events.assign.roles).toEqual(['clerk', 'manager']);
    expect(Object.isFrozen(wf.events.returnForRevision)).toBe(true);
  });

  it('tightens the roles of an existing event', () => {
    expect(wf.events.assign.roles).toEqual(['manager']);
    const byClerk = safeTransition(
      freeze(newTicket(), true),
      { type: 'assign', payload: { assignee: 'E-1' } },
      act('clerk', 'C-1', 1),
    );
    expect(!byClerk.ok && byClerk.error.code).toBe('FORBIDDEN');
  });

  it('adds guards after an event’s own', () => {
    expect(wf.events.close.guards).toEqual(['hasTitle', 'notReturnedTwice']);
    let r = resolvedTicket();
    for (const day of [3, 5]) {
      r = transition(
        r,
        { type: 'returnForRevision', payload: { reason: `第${day}日退回` } },
        act('reviewer', 'R-1', day),
      ).record;
      r = transition(r, { type: 'revise' }, act('engineer', 'E-1', day + 1)).record;
    }
    const closed = safeTransition(r, { type: 'close' }, act('clerk', 'C-1', 9));
    expect(!closed.ok && closed.error).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'notReturnedTwice',
    });
    const rows = availableEvents(
      r,
      { role: 'clerk', id: 'C-1' },
      {
        workflow: wf,
        context: ctx,
        at: '2025-03-02T10:00:00+08:00',
      },
    );
    expect(rows.find((row) => row.type === 'close')?.reason?.guard).toBe('notReturnedTwice');
  });

  it('replays an extended record', () => {
    const initial = freeze(newTicket(), true);
    let r: ReviewedTicket = initial;
    r = transition(
      r,
      { type: 'assign', payload: { assignee: 'E-1' } },
      act('manager', 'M-1', 1),
    ).record;
    r = transition(r, { type: 'resolve' }, act('engineer', 'E-1', 2)).record;
    r = transition(
      r,
      { type: 'returnForRevision', payload: { reason: '补充材料' } },
      act('reviewer', 'R-1', 3),
    ).record;
    expect(safeReplay(initial, r.history, { workflow: wf, context: ctx })).toEqual({
      ok: true,
      value: r,
    });
  });

  it('replaces an event by name', () => {
    const replaced = extendWorkflow(ticketWorkflow, {
      events: {
        close: {
          label: { 'zh-Hans': '直接办结', 'zh-Hant': '直接辦結', en: 'Close directly' },
          from: ['open', 'resolved'],
          to: 'done',
          roles: ['manager'],
        },
      },
    });
    expect(replaced.events.close.from).toEqual(['open', 'resolved']);
    expect(replaced.events.close.guards).toBeUndefined();
    const result = safeTransition(
      freeze(newTicket(), true),
      { type: 'close' },
      {
        workflow: replaced,
        context: ctx,
        actor: { role: 'manager', id: 'M-1' },
        at: at(1),
      },
    );
    expect(result.ok && result.value.record.state).toBe('done');
  });

  it('rejects widening roles through tightenRoles', () => {
    expect(() =>
      extendWorkflow(ticketWorkflow, {
        types: {} as {
          record: ReviewedTicket;
          role: 'clerk' | 'engineer' | 'manager' | 'reviewer';
          context: typeof ctx;
        },
        tightenRoles: { assign: ['clerk', 'reviewer'] },
      }),
    ).toThrow(RendaError);
  });

  it('names the widened event and roles in Chinese and in English', () => {
    const message = thrownDefinitionError(() =>
      extendWorkflow(ticketWorkflow, {
        types: {} as {
          record: ReviewedTicket;
          role: 'clerk' | 'engineer' | 'manager' | 'reviewer';
          context: typeof ctx;
        },
        tightenRoles: { assign: ['clerk', 'reviewer'] },
      }),
    );
    expect(message.zh).toMatch(/^流程扩展「ticket」有误：/);
    expect(message.zh).toMatch(
      /只能收窄事件「assign」的角色（clerk、manager），不得新增角色 reviewer/,
    );
    expect(message.zh).not.toMatch(ENGLISH_SENTENCE);
    expect(message.en).toMatch(/^workflow extension "ticket" is invalid: /);
    expect(message.en).toMatch(
      /tightenRoles\.assign may only narrow the roles \(clerk, manager\); it adds reviewer/,
    );
    expect(message.en).not.toMatch(/\p{Script=Han}/u);
  });

  it('words the other extension errors in Chinese too', () => {
    const cases = [
      () => extendWorkflow(ticketWorkflow, { tightenRoles: { nope: ['clerk'] } } as never),
      () => extendWorkflow(ticketWorkflow, { tightenRoles: { assign: [] } } as never),
      () => extendWorkflow(ticketWorkflow, { addGuards: { nope: [] } } as never),
      () => extendWorkflow(ticketWorkflow, { addGuards: { assign: 'hasTitle' } } as never),
    ];
    const zh = cases.map((run) => thrownDefinitionError(run).zh);
    expect(zh[0]).toMatch(/未知事件「nope」/);
    expect(zh[1]).toMatch(/tightenRoles\.assign 须为非空的角色列表/);
    expect(zh[2]).toMatch(/addGuards 引用了未知事件「nope」/);
    expect(zh[3]).toMatch(/addGuards\.assign 须为守卫条件名称列表/);
    for (const text of zh) expect(text).not.toMatch(ENGLISH_SENTENCE);
  });

  it('rejects an empty tightened role list, unknown events and unknown states', () => {
    expect(() =>
      // @ts-expect-error: roles must not be empty
      extendWorkflow(ticketWorkflow, { tightenRoles: { assign: [] } }),
    ).toThrow(/non-empty/);
    expect(() =>
      // @ts-expect-error: no such event
      extendWorkflow(ticketWorkflow, { addGuards: { nope: ['hasTitle'] } }),
    ).toThrow(/unknown event/);
    try {
      extendWorkflow(ticketWorkflow, {
        events: {
          // @ts-expect-error: no such state
          reopen: { label: wf.states.open.label, from: ['done'], to: 'archived', roles: ['clerk'] },
        },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_WORKFLOW');
      expect((error as RendaError).message).toMatch(/terminal state "done"/);
      expect((error as RendaError).message).toMatch(/"archived" is not a state/);
    }
  });
});
