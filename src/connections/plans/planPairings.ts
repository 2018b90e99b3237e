import { freezeFresh } from '../../internal/frozenResult.js';
import { fieldName, guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { dayNumber, rangeContains } from '../coverage/internal/days.js';
import { ASSIGNED_BY, assignPairs } from './internal/assignPairs.js';
import { pairingQuotaOf, pairingSides, readPairingRules } from './internal/pairingSides.js';
import { byString } from './internal/rosterHelpers.js';
import type { PairingLoad, PairingNote, PairingPair, PairingPlan } from './pairingPlan.js';
import type { PairingInForce, PairingRules, PairingSources } from './pairingRules.js';

/**
 * Plans a contact pairing (制定联系结对安排): committees' contact lists of deputies in their
 * fields, officials paired with grassroots deputies, re-elected deputies with new ones. Every
 * deputy to pair gets a holder, each holder up to its places, pairs in force kept, matched by
 * field or area when asked, and balanced.
 *
 * @remarks
 * Who qualifies is read on the period's first day (see {@link PAIRING_KINDS}): a deputy who
 * serves (in term, not suspended, qualification not ended) and, for the holders and the partners,
 * fits the kind; a committee active that day. The rule is the one of {@link planContacts}:
 * 1. keep each pair of `inForce` in force on the first day whose sides both qualify; the others
 *    are noted as `droppedPair` with the reason;
 * 2. with matching, give each deputy without a holder to a matching holder with places left: the
 *    one with the most places left, the lower id on a tie (`matchedBy`);
 * 3. give every deputy left to the holder with the most places left, past the places when they
 *    run out (`quotaShort`), so that every deputy is paired and overloads differ by at most one.
 *
 * Sorted by id throughout, so the same input gives the same plan whatever its order.
 *
 * @param sources - The deputies, and the committees for `committeeContacts`.
 * @param rules - The kind, period, places, matching and pairs in force.
 * @returns The plan, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` for bad rules or sources.
 *
 * @example
 * ```ts
 * import { planPairings } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies } = generateSample({ seed: 1 });
 * const plan = planPairings(
 *   { deputies },
 *   { kind: 'leaderWithGrassroots', period: { from: '2025-01-01', to: '2025-12-31' }, quota: 3 },
 * );
 * console.log(plan.summary.unassigned); // 0
 * ```
 * @category Coverage
 */
export function planPairings(sources: PairingSources, rules: PairingRules): PairingPlan {
  return guard('planPairings', () => {
    const checks = new OptionChecks('planPairings');
    const s = checks.options<PairingSources>(sources, 'sources', '名册', false);
    checks.records(s.deputies, 'deputies', '代表');
    if (s.committees !== undefined) checks.records(s.committees, 'committees', '委员会');
    const r = readPairingRules(checks, rules);
    const inForce = readInForce(checks, (rules as { inForce?: unknown } | undefined)?.inForce);
    checks.done();
    const day = { from: r.span.from, to: r.span.from };
    const { holders, partners } = pairingSides(
      r,
      s.deputies ?? [],
      s.committees ?? [],
      day,
      r.from,
    );
    const holderIndex = new Map(holders.map((h, i) => [h.id, i]));
    const partnerIndex = new Map(partners.map((p, i) => [p.id, i]));

    // 1. Pairs in force on the first day, kept when both sides qualify.
    const notes: PairingNote[] = [];
    const keptPairs = holders.map(() => new Map<number, PairingInForce>());
    for (const pair of inForce) {
      if (!rangeContains(pair, r.from)) continue;
      const h = holderIndex.get(pair.holderId);
      const p = partnerIndex.get(pair.partnerId);
      if (h === undefined || p === undefined) {
        notes.push(
          freezeFresh({
            kind: 'droppedPair',
            holderId: pair.holderId,
            partnerId: pair.partnerId,
            reason: h === undefined ? 'holderNotQualified' : 'partnerNotQualified',
          }),
        );
      } else if (!keptPairs[h]?.has(p)) keptPairs[h]?.set(p, pair);
    }

    // 2 and 3: the one assignment rule of every contact plan.
    const quotas = holders.map((h) => pairingQuotaOf(r, h.id));
    const plan = assignPairs({
      quotas,
      partners: partners.length,
      kept: keptPairs.map((kept) => [...kept.keys()]),
      ...(r.matching === 'none'
        ? {}
        : {
            matching: {
              holderKeys: holders.map((h) => h.keys),
              partnerKeys: (p: number) => partners[p]?.keys ?? [],
            },
          }),
    });
    const pairs: PairingPair[] = plan.byHolder.flatMap((list, h) => {
      const holderId = (holders[h] as (typeof holders)[number]).id;
      return list
        .map((partner): PairingPair => {
          const partnerId = (partners[partner] as (typeof partners)[number]).id;
          const how = ASSIGNED_BY[plan.how[partner] as number];
          if (how === 'kept') {
            const kept = keptPairs[h]?.get(partner) as PairingInForce;
            return freezeFresh({
              holderId,
              partnerId,
              from: kept.from,
              ...(kept.to === undefined ? {} : { to: kept.to }),
              kept: true,
            });
          }
          return freezeFresh({
            holderId,
            partnerId,
            from: r.from,
            to: r.to,
            kept: false,
            ...(how === 'matched' ? { matchedBy: r.matching as 'area' | 'field' } : {}),
          });
        })
        .sort((a, b) => byString(a.partnerId, b.partnerId));
    });
    if (holders.length === 0 && partners.length > 0)
      notes.push({ kind: 'noHolders', partners: partners.length });
    for (const p of plan.unassigned)
      notes.push(freezeFresh({ kind: 'unassigned', partnerId: partners[p]?.id as string }));
    if (holders.length > 0 && plan.places < partners.length)
      notes.push({ kind: 'quotaShort', places: plan.places, partners: partners.length });
    const loads: PairingLoad[] = holders.map((h, i) =>
      freezeFresh({ holderId: h.id, quota: quotas[i] as number, load: plan.loads[i] as number }),
    );
    for (const load of loads) {
      if (load.load !== load.quota)
        notes.push(
          freezeFresh({ kind: load.load > load.quota ? 'overQuota' : 'underQuota', ...load }),
        );
    }
    return {
      kind: r.kind,
      period: { from: r.from, to: r.to },
      pairs,
      loads,
      notes,
      summary: {
        holders: holders.length,
        partners: partners.length,
        places: plan.places,
        kept: plan.kept,
        planned: pairs.length - plan.kept,
        matched: plan.matched,
        unassigned: plan.unassigned.length,
      },
    };
  });
}

/** The pairs in force given with the rules, each checked. */
export function readInForce(checks: OptionChecks, value: unknown): PairingInForce[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    checks.add('INVALID_TYPE', ['inForce'], {
      field: fieldName('已有结对', 'inForce'),
      expected: fieldName('结对的数组', 'an array of pairs'),
      got: value,
    });
    return [];
  }
  const out: PairingInForce[] = [];
  value.forEach((raw: unknown, i) => {
    const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (
      typeof p.holderId !== 'string' ||
      typeof p.partnerId !== 'string' ||
      typeof p.from !== 'string' ||
      dayNumber(p.from) === undefined ||
      (p.to !== undefined && (typeof p.to !== 'string' || dayNumber(p.to) === undefined))
    ) {
      checks.add('INVALID_TYPE', ['inForce', i], {
        field: fieldName('已有结对', 'inForce'),
        expected: fieldName(
          '{ holderId, partnerId, from, to? }',
          '{ holderId, partnerId, from, to? }',
        ),
        got: raw,
      });
      return;
    }
    out.push(p as unknown as PairingInForce);
  });
  return out;
}
