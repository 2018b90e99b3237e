import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { dayNumber, toDay } from '../coverage/internal/days.js';
import type { ContactPlan } from './contactPlan.js';
import { firstById } from './internal/rosterHelpers.js';

/**
 * One member's contact assignments after a plan (联系代表安排更新): the value to store as the
 * member's `contactAssignments`.
 *
 * @example
 * ```ts
 * import type { ContactAssignmentsUpdate } from 'renda';
 *
 * const count = (u: ContactAssignmentsUpdate): number => u.contactAssignments.length;
 * ```
 * @category Coverage
 */
export interface ContactAssignmentsUpdate {
  /** The member. */
  readonly memberId: string;
  /** The member's assignments: history, kept ones, closed ones and the plan's new ones. */
  readonly contactAssignments: StandingCommitteeMember['contactAssignments'];
}

/**
 * A contact plan as updates of the members' `contactAssignments` (联系安排落地), so an app
 * stores the plan in the model it already has.
 *
 * @remarks
 * For each member: assignments that ended before the plan's first day stay as they are
 * (history); one in force on that day stays as it is when the plan kept it, and otherwise ends
 * the day before (or is removed, when it began that very day); one that begins later is removed,
 * as the plan replaces it; then the plan's new pairs are added. The result never overlaps for
 * one deputy, so `parseStandingCommitteeMember` accepts it. Every member given is listed, in
 * input order.
 *
 * @param plan - A plan from {@link planContacts}.
 * @param members - The members the plan was made for.
 * @returns One update per member, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when the plan is not one.
 *
 * @example
 * ```ts
 * import { planContacts, toContactAssignments } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { members, deputies } = generateSample({ seed: 1 });
 * const plan = planContacts(members, deputies, { period: { from: '2025-01-01', to: '2026-12-31' } });
 * const updates = toContactAssignments(plan, members);
 * const stored = members.map((m, i) => ({ ...m, contactAssignments: updates[i]?.contactAssignments ?? [] }));
 * console.log(stored.length === members.length); // true
 * ```
 * @category Coverage
 */
export function toContactAssignments(
  plan: ContactPlan,
  members: Iterable<StandingCommitteeMember>,
): readonly ContactAssignmentsUpdate[] {
  return guard('toContactAssignments', () => {
    const checks = new OptionChecks('toContactAssignments');
    checks.records(members, 'members', '常委会组成人员');
    const p = checks.options<ContactPlan>(plan, 'plan', '联系安排', false);
    const start = typeof p.period?.from === 'string' ? dayNumber(p.period.from) : undefined;
    if (start === undefined || !Array.isArray(p.pairs)) {
      checks.add('INVALID_TYPE', ['plan'], {
        field: fieldName('联系安排', 'plan'),
        expected: fieldName('planContacts 返回的安排', 'a plan from planContacts'),
        got: plan,
      });
    }
    checks.done();
    const first = toDay(start as number);
    const before = toDay((start as number) - 1);
    const byMember = new Map<string, ContactPlan['pairs'][number][]>();
    for (const pair of p.pairs as ContactPlan['pairs']) {
      const list = byMember.get(pair.memberId) ?? [];
      list.push(pair);
      byMember.set(pair.memberId, list);
    }
    return firstById([...members]).map((member) => {
      const planned = byMember.get(member.id) ?? [];
      const keptKeys = new Set(
        planned.filter((x) => x.kept).map((x) => `${x.deputyId}\u0000${x.from}`),
      );
      const out: { deputyId: string; from: string; to?: string }[] = [];
      for (const a of member.contactAssignments) {
        const copy = {
          deputyId: a.deputyId,
          from: a.from,
          ...(a.to === undefined ? {} : { to: a.to }),
        };
        if (a.to !== undefined && a.to < first) out.push(copy);
        else if (a.from > first) continue;
        else if (keptKeys.has(`${a.deputyId}\u0000${a.from}`)) out.push(copy);
        else if (a.from < first) out.push({ ...copy, to: before });
      }
      for (const pair of planned) {
        if (pair.kept) continue;
        out.push({
          deputyId: pair.deputyId,
          from: pair.from,
          ...(pair.to === undefined ? {} : { to: pair.to }),
        });
      }
      return { memberId: member.id, contactAssignments: out };
    });
  });
}
