// Benchmark: planContacts and checkPlan, planPairings and checkPairings (issue 16, part 1) on the province sample (100,000
// deputies of every level, 4,000 members), against a naive round-robin assignment of the same
// deputies to the same members computed in this process (deputy i → member i mod m, no quota,
// no kept pairs, no matching). Both results are checked for full coverage of the active deputies
// first; then each is timed in alternating rounds and the medians printed, with the ratio.
// checkPlan is timed with the sample's member-contact activities for the pace.
//   node bench/plans.bench.mjs          (after `npx tsup`)
// BENCH_ROUNDS=n sets the timed rounds (default 5).
import { checkPairings, checkPlan, planContacts, planPairings } from 'renda';
import { streamSample } from 'renda/testing';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const rules = { period: { from: '2025-01-01', to: '2027-01-03' }, quota: { leader: 5, member: 3 } };

const deputies = [];
const members = [];
const activities = [];
for (const item of streamSample({ seed: 1, size: 'province' })) {
  if (item.kind === 'deputy') deputies.push(item.record);
  else if (item.kind === 'member') members.push(item.record);
  else if (item.kind === 'activity' && item.record.kind === 'memberContact')
    activities.push(item.record);
}

/** Whether a deputy serves on `day`, written inline as an app would. */
function serves(d, day) {
  if (d.term.from > day || (d.term.to !== undefined && d.term.to < day)) return false;
  const s = d.status;
  if (s.status === 'ended') return s.on >= day;
  if (s.status === 'suspended')
    return !(s.since <= day && (s.until === undefined || s.until >= day));
  return true;
}

/** The naive way: the deputies serving on the first day dealt out to the members in turn. */
function roundRobin() {
  const day = rules.period.from;
  const serving = members.filter((m) => m.term.from <= day && (m.term.to ?? day) >= day);
  const pairs = [];
  for (const d of deputies) {
    if (serves(d, day))
      pairs.push({ memberId: serving[pairs.length % serving.length].id, deputyId: d.id });
  }
  return pairs;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const plan = planContacts(members, deputies, rules);
const naive = roundRobin();
const active = new Set(naive.map((p) => p.deputyId));
const planned = new Set(plan.pairs.map((p) => p.deputyId));
if (active.size !== plan.summary.activeDeputies || [...active].some((id) => !planned.has(id))) {
  throw new Error('the plan and the round-robin do not cover the same active deputies');
}
const asOf = '2025-07-01';
const check = checkPlan(plan, activities, rules, { asOf, deputies, members });
// The plan pairs the deputies serving on its first day; one unassigned on asOf must be a deputy
// who began serving later (a by-election joiner), whom the next plan takes in.
const startOf = new Map(deputies.map((d) => [d.id, d.term.from]));
const unassigned = check.violations.filter((v) => v.kind === 'unassignedDeputy');
if (unassigned.some((v) => (startOf.get(v.deputyId) ?? '') <= rules.period.from)) {
  throw new Error('the plan left a deputy unassigned who served on its first day');
}

// Officials paired with grassroots deputies (planPairings), against the same round-robin idea:
// grassroots deputy i → official i mod k.
const pairingRules = {
  kind: 'leaderWithGrassroots',
  period: rules.period,
  quota: 3,
  matching: 'area',
  minContactsPerYear: 1,
};
const isOfficial = (d) => !d.grassroots && d.occupations.includes('official');
function pairingRoundRobin() {
  const day = rules.period.from;
  const officials = deputies.filter((d) => serves(d, day) && isOfficial(d));
  const pairs = [];
  for (const d of deputies) {
    if (d.grassroots && serves(d, day))
      pairs.push({ holderId: officials[pairs.length % officials.length].id, partnerId: d.id });
  }
  return pairs;
}
const pairing = planPairings({ deputies }, pairingRules);
const naivePairs = pairingRoundRobin();
if (
  pairing.pairs.length !== naivePairs.length ||
  pairing.summary.unassigned !== 0 ||
  new Set(pairing.pairs.map((p) => p.partnerId)).size !== naivePairs.length
) {
  throw new Error('the pairing and the round-robin do not pair the same grassroots deputies');
}
const pairingCheck = checkPairings(pairing, activities, pairingRules, { asOf, deputies });

const times = { plan: [], naive: [], check: [], pairing: [], naivePairing: [], pairingCheck: [] };
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  planContacts(members, deputies, rules);
  times.plan.push(performance.now() - t);
  t = performance.now();
  roundRobin();
  times.naive.push(performance.now() - t);
  t = performance.now();
  checkPlan(plan, activities, rules, { asOf, deputies, members });
  times.check.push(performance.now() - t);
  t = performance.now();
  planPairings({ deputies }, pairingRules);
  times.pairing.push(performance.now() - t);
  t = performance.now();
  pairingRoundRobin();
  times.naivePairing.push(performance.now() - t);
  t = performance.now();
  checkPairings(pairing, activities, pairingRules, { asOf, deputies });
  times.pairingCheck.push(performance.now() - t);
}
const p = median(times.plan);
const n = median(times.naive);
const c = median(times.check);
console.log(
  `province sample: ${deputies.length} deputies (${plan.summary.activeDeputies} active), ${members.length} members, ${activities.length} member contacts`,
);
console.log(
  `planContacts ${p.toFixed(0)} ms (${plan.pairs.length} pairs, ${plan.summary.kept} kept) · round-robin ${n.toFixed(0)} ms · ratio ${(p / n).toFixed(2)}×`,
);
console.log(
  `checkPlan ${c.toFixed(0)} ms (${check.violations.length} violations: ${JSON.stringify(check.counts)})`,
);
const pp = median(times.pairing);
const np = median(times.naivePairing);
console.log(
  `planPairings (officials ↔ grassroots, by area) ${pp.toFixed(0)} ms (${pairing.pairs.length} pairs, ${pairing.summary.holders} officials, ${pairing.summary.matched} matched) · round-robin ${np.toFixed(0)} ms · ratio ${(pp / np).toFixed(2)}×`,
);
console.log(
  `checkPairings ${median(times.pairingCheck).toFixed(0)} ms (${pairingCheck.violations.length} violations: ${JSON.stringify(pairingCheck.counts)})`,
);
