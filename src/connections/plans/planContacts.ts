import { freezeFresh } from '../../internal/frozenResult.js';
import type { Deputy } from '../../model/deputy.js';
import type { StandingCommitteeMember } from '../../model/standingCommitteeMember.js';

type ContactAssignment = StandingCommitteeMember['contactAssignments'][number];

import { guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { rangeContains } from '../coverage/internal/days.js';
import { deputySubjects } from '../coverage/internal/deputySubject.js';
import { buildRoster } from '../coverage/internal/roster.js';
import type {
  ContactPlan,
  ContactPlanLoad,
  ContactPlanNote,
  ContactPlanPair,
} from './contactPlan.js';
import type { ContactPlanRules } from './contactPlanRules.js';
import { ASSIGNED_BY, assignPairs } from './internal/assignPairs.js';
import { deputyKeys, memberKeys } from './internal/matchKeys.js';
import { quotaOf, type ReadRules, readRules } from './internal/readRules.js';
import { byString, firstById, memberSubjects } from './internal/rosterHelpers.js';

/**
 * Plans which standing committee members keep in contact with which deputies (制定常委会组成人员
 * 联系代表安排): every active deputy assigned to a member, each member up to the quota of their
 * position, assignments in force kept, matched by area or field when asked, and balanced.
 *
 * @remarks
 * Active means serving on the period's first day (see {@link rosterFor}: in term, not suspended,
 * qualification not ended; a by-elected deputy from their term's start). Pass the deputies the
 * committee is responsible for, usually those of its own congress. Members serve for their
 * `term`; leaders (主任、副主任、秘书长) take the `leader` quota, others the `member` quota.
 *
 * Steps:
 * 1. Keep (`kept: true`) each assignment in force on the first day whose member and deputy both
 *    serve; others are noted as `droppedAssignment` with the reason.
 * 2. With matching, give each deputy without a pair to a matching member with places left: the
 *    one with the most places left, the lower id on a tie (`matchedBy`).
 * 3. Give every remaining deputy to the member with the most places left. When the quotas add
 *    up to fewer places than deputies (`quotaShort`), the same rule carries on past the quota, so
 *    every active deputy is still assigned and loads beyond the quota differ by at most one:
 *    a deputy with no member helps no one, an evenly spread overload can be seen and fixed.
 *
 * Deputies are taken in id order and members ranked by id on ties, so the same input gives the
 * same plan whatever its order; no randomness. New pairs run over the whole period. Cost:
 * O((members + deputies) log(members + deputies)), plus the keys a deputy is matched on.
 *
 * @param members - The standing committee members, with their `contactAssignments`.
 * @param deputies - The deputies to cover; any iterable.
 * @param rules - The period, quotas and matching.
 * @returns The plan, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for bad rules.
 *
 * @example
 * ```ts
 * import { planContacts } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { members, deputies } = generateSample({ seed: 1 });
 * const plan = planContacts(members, deputies, {
 *   period: { from: '2025-01-01', to: '2026-12-31' },
 *   quota: { leader: 5, member: 3 },
 * });
 * console.log(plan.summary.unassigned, plan.pairs.length >= plan.summary.activeDeputies); // 0 true
 * ```
 * @category Coverage
 */
export function planContacts(
  members: Iterable<StandingCommitteeMember>,
  deputies: Iterable<Deputy>,
  rules: ContactPlanRules,
): ContactPlan {
  return guard('planContacts', () => {
    const checks = new OptionChecks('planContacts');
    checks.records(members, 'members', '常委会组成人员');
    checks.records(deputies, 'deputies', '代表');
    const r = readRules(checks, rules);
    checks.done();
    const start = r.from;
    const day = { from: r.span.from, to: r.span.from };

    const deputyList = [...deputies];
    const deputyRoster = firstById(buildRoster(deputySubjects(deputyList), day, 'include').entries);
    deputyRoster.sort((a, b) => byString(a.id, b.id));
    const deputyIndex = new Map(deputyRoster.map((entry, i) => [entry.id, i]));
    const memberList = firstById([...members]);
    const memberRoster = firstById(buildRoster(memberSubjects(memberList), day, 'include').entries);
    memberRoster.sort((a, b) => byString(a.id, b.id));

    const quotas = memberRoster.map((m) => quotaOf(r, m.record.position));

    // 1. Assignments in force on the first day, kept when both serve; the rest are noted.
    const servingMembers = new Set(memberRoster.map((m) => m.id));
    const notes: ContactPlanNote[] = [];
    const dropped = (
      memberId: string,
      deputyId: string,
      reason: 'deputyNotServing' | 'memberNotServing' | 'notKeptByRules',
    ): void => {
      notes.push(freezeFresh({ kind: 'droppedAssignment', memberId, deputyId, reason }));
    };
    for (const member of memberList) {
      for (const a of member.contactAssignments) {
        if (!rangeContains(a, start)) continue;
        const d = deputyIndex.get(a.deputyId);
        if (!servingMembers.has(member.id)) dropped(member.id, a.deputyId, 'memberNotServing');
        else if (d === undefined) dropped(member.id, a.deputyId, 'deputyNotServing');
        else if (!r.keepFixed) dropped(member.id, a.deputyId, 'notKeptByRules');
      }
    }
    const keptAssignments = memberRoster.map((entry) => {
      const inForce = new Map<number, ContactAssignment>();
      if (!r.keepFixed) return inForce;
      for (const a of entry.record.contactAssignments) {
        const d = deputyIndex.get(a.deputyId);
        if (d !== undefined && !inForce.has(d) && rangeContains(a, start)) inForce.set(d, a);
      }
      return inForce;
    });

    // 2 and 3. Matching when asked, then everyone left to the member with the most places left.
    const plan = assignPairs({
      quotas,
      partners: deputyRoster.length,
      kept: keptAssignments.map((inForce) => [...inForce.keys()]),
      ...(r.matching === 'none'
        ? {}
        : {
            matching: {
              holderKeys: memberKeysOf(memberRoster, deputyList, r, start),
              partnerKeys: (d: number) =>
                deputyKeys(r, (deputyRoster[d] as (typeof deputyRoster)[number]).record, start),
            },
          }),
    });
    const matchedBy = r.matching === 'area' ? 'area' : 'field';
    // Every pair, load and note is frozen as it is made (`freezeFresh`), so that handing out a
    // province's 100,000 pairs does not walk them again.
    const pairs = plan.byHolder.map((list, m) => {
      const memberId = (memberRoster[m] as (typeof memberRoster)[number]).id;
      return list.map((partner): ContactPlanPair => {
        const deputyId = (deputyRoster[partner] as (typeof deputyRoster)[number]).id;
        const how = ASSIGNED_BY[plan.how[partner] as number];
        if (how === 'kept') {
          const a = keptAssignments[m]?.get(partner) as ContactAssignment;
          return freezeFresh({
            memberId,
            deputyId,
            from: a.from,
            ...(a.to === undefined ? {} : { to: a.to }),
            kept: true,
          });
        }
        return freezeFresh({
          memberId,
          deputyId,
          from: start,
          to: r.to,
          kept: false,
          ...(how === 'matched' ? { matchedBy } : {}),
        });
      });
    });
    const { kept, matched, places, loads } = plan;
    const unassigned = plan.unassigned.length;
    if (memberRoster.length === 0 && deputyRoster.length > 0)
      notes.push({ kind: 'noMembers', deputies: deputyRoster.length });
    for (const d of plan.unassigned)
      notes.push(
        freezeFresh({
          kind: 'unassigned',
          deputyId: (deputyRoster[d] as (typeof deputyRoster)[number]).id,
        }),
      );
    if (memberRoster.length > 0 && places < deputyRoster.length)
      notes.push({ kind: 'quotaShort', places, deputies: deputyRoster.length });

    const loadList: ContactPlanLoad[] = memberRoster.map((entry, m) =>
      freezeFresh({
        memberId: entry.id,
        position: entry.record.position,
        quota: quotas[m] as number,
        load: loads[m] as number,
      }),
    );
    for (const load of loadList) {
      if (load.load !== load.quota) {
        notes.push(
          freezeFresh({
            kind: load.load > load.quota ? 'overQuota' : 'underQuota',
            memberId: load.memberId,
            quota: load.quota,
            load: load.load,
          }),
        );
      }
    }
    const allPairs = pairs.flatMap((list) => list.sort((a, b) => byString(a.deputyId, b.deputyId)));
    return {
      period: { from: r.from, to: r.to },
      pairs: allPairs,
      loads: loadList,
      notes,
      summary: {
        activeDeputies: deputyRoster.length,
        activeMembers: memberRoster.length,
        places,
        kept,
        planned: allPairs.length - kept,
        matched,
        unassigned,
      },
    };
  });
}

/** The keys each member is matched on; a member who is a deputy, on their own seat's too. */
function memberKeysOf(
  roster: readonly { readonly record: StandingCommitteeMember }[],
  deputies: readonly Deputy[],
  r: ReadRules,
  day: string,
): string[][] {
  const wanted = new Set(roster.map((entry) => entry.record.deputyId));
  const seats = new Map<string, Deputy>();
  for (const deputy of deputies)
    if (wanted.has(deputy.id) && !seats.has(deputy.id)) seats.set(deputy.id, deputy);
  return roster.map(({ record }) =>
    memberKeys(
      r,
      record,
      record.deputyId === undefined ? undefined : seats.get(record.deputyId),
      day,
    ),
  );
}
