// Benchmark: suggestion-workflow transitions per second on a realistic record (about ten history
// entries: submitted, registered, assigned to a lead and an assisting unit, accepted by both,
// consulted, supervised…), applying `consult` (no state change) and `reply` (state change, due
// day and on-time verdict), beside a plain-object-spread baseline that makes the same change by
// hand, in the same run; and `consult` beside xstate v5's pure `transition` on an equivalent
// machine (the same record as its context, a guard that the actor is an active assigned unit, an
// assign that appends the consultation and the history entry), its result checked equal first.
//
// Run after `npm run build`:  node bench/workflow.bench.mjs
// A bench runner can `import { run } from './workflow.bench.mjs'` and call `run()`.
import { fileURLToPath } from 'node:url';
import {
  createSuggestion,
  defaultPolicy,
  initialSuggestionOf,
  safeReplay,
  safeTransition,
  suggestionWorkflow,
} from 'renda';
import { assign, setup, transition } from 'xstate';

const ITERATIONS = 50_000;
const ROUNDS = 7;

const context = { policy: defaultPolicy };
const office = { role: 'liaisonOffice', id: 'OFFICE' };
const lead = { role: 'handlingUnit', id: 'U-TRANSPORT' };
const assisting = { role: 'handlingUnit', id: 'U-FINANCE' };

function must(record, type, payload, actor, at) {
  const event = payload === undefined ? { type } : { type, payload };
  const result = safeTransition(record, event, {
    workflow: suggestionWorkflow,
    actor,
    at,
    context,
  });
  if (!result.ok) throw new Error(`${type}: ${result.error.code} ${result.error.message.en}`);
  return result.value.record;
}

/** A record with ten history entries, in handling. */
export function realisticRecord() {
  let r = createSuggestion(
    {
      id: 'S-2025-0042',
      congress: { jurisdiction: '330200', level: 'city', term: 16 },
      period: 'betweenSessions',
      title: '关于加强农村道路养护的建议',
      content: '近年来农村公路里程快速增长，但养护资金和力量不足……',
      proposers: [
        { deputyId: 'D-1', role: 'lead' },
        { deputyId: 'D-2', role: 'co' },
        { deputyId: 'D-3', role: 'co' },
      ],
    },
    { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy },
  );
  r = must(r, 'submit', undefined, { role: 'deputy', id: 'D-1' }, '2025-03-01T10:00:00+08:00');
  r = must(r, 'register', { number: '第0042号' }, office, '2025-03-04T10:00:00+08:00');
  const units = [
    { unitId: 'U-TRANSPORT', role: 'lead' },
    { unitId: 'U-FINANCE', role: 'assisting' },
  ];
  r = must(r, 'assign', { units }, office, '2025-03-06T10:00:00+08:00');
  r = must(r, 'accept', undefined, lead, '2025-03-07T09:00:00+08:00');
  r = must(r, 'accept', undefined, assisting, '2025-03-07T10:00:00+08:00');
  r = must(r, 'consult', { faceToFace: true, note: '现场调研' }, lead, '2025-03-20T15:00:00+08:00');
  r = must(r, 'supervise', { kind: 'reminder' }, office, '2025-04-10T09:00:00+08:00');
  r = must(
    r,
    'designateKeyItem',
    { designatedBy: '主任会议' },
    office,
    '2025-04-15T09:00:00+08:00',
  );
  r = must(r, 'consult', { faceToFace: false }, assisting, '2025-04-20T15:00:00+08:00');
  r = must(r, 'supervise', { kind: 'inspection' }, office, '2025-05-10T09:00:00+08:00');
  return r;
}

/**
 * The xstate v5 machine equivalent to renda's `consult` in handling: the record is the context;
 * the guard and the assign do what renda's guard and effect do (renda also checks the payload
 * against its schema, freezes the result and validates the actor and the time).
 */
function xstateMachine(record) {
  return setup({
    guards: {
      isActiveAssignedUnit: ({ context, event }) =>
        context.assignments.some((a) => a.active && a.unitId === event.actor.id),
    },
    actions: {
      addConsultation: assign(({ context, event }) => ({
        consultations: [
          ...context.consultations,
          {
            unitId: event.actor.id,
            deputyIds: context.proposers.map((p) => p.deputyId),
            faceToFace: event.payload.faceToFace === true,
            at: event.at,
          },
        ],
        history: [
          ...context.history,
          {
            type: 'consult',
            at: event.at,
            recordedAt: event.at,
            actor: event.actor,
            payload: event.payload,
          },
        ],
      })),
    },
  }).createMachine({
    id: 'suggestion',
    initial: 'inHandling',
    context: record,
    states: {
      inHandling: {
        on: { consult: { guard: 'isActiveAssignedUnit', actions: 'addConsultation' } },
      },
    },
  });
}

/** Two ways timed in alternating rounds (so drift and GC weigh on both), medians of each. */
function timeAlternating(fnA, fnB) {
  const a = [];
  const b = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [fn, samples] of [
      [fnA, a],
      [fnB, b],
    ]) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < ITERATIONS; i++) fn(i);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const summary = (samples) => {
    samples.sort((x, y) => x - y);
    const medianMs = samples[Math.floor(samples.length / 2)];
    return {
      medianMs,
      perSecond: (ITERATIONS / medianMs) * 1000,
      usPerOp: (medianMs * 1000) / ITERATIONS,
    };
  };
  return [summary(a), summary(b)];
}

function time(fn) {
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i++) fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const medianMs = samples[Math.floor(samples.length / 2)];
  return {
    medianMs,
    perSecond: (ITERATIONS / medianMs) * 1000,
    usPerOp: (medianMs * 1000) / ITERATIONS,
  };
}

/**
 * Median milliseconds to replay the realistic record's history followed by `n` supervisions
 * (a reminder each): replay must be linear in the history (10,000 entries ≤ 12× 1,000).
 */
function replayMs(record, n) {
  const office = { role: 'liaisonOffice', id: 'OFFICE' };
  const at = '2025-05-20T02:00:00.000Z';
  const extra = Array.from({ length: n }, () => ({
    type: 'supervise',
    payload: { kind: 'reminder' },
    actor: office,
    at,
    recordedAt: at,
  }));
  const history = [...record.history, ...extra];
  const initial = initialSuggestionOf(record);
  const samples = [];
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    const result = safeReplay(initial, history, { workflow: suggestionWorkflow, context });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(`replay: ${result.error.code} ${result.error.message.en}`);
  }
  samples.sort((a, b) => a - b);
  return samples[1];
}

export async function run() {
  const record = realisticRecord();
  const at = '2025-05-20T10:00:00+08:00';
  const atUtc = '2025-05-20T02:00:00.000Z';
  const options = { workflow: suggestionWorkflow, actor: lead, at, context };
  const consultEvent = { type: 'consult', payload: { faceToFace: true } };
  const replyEvent = { type: 'reply', payload: { outcomeClass: 'B', faceToFace: true } };
  let sink = 0;

  const consult = time(() => {
    const result = safeTransition(record, consultEvent, options);
    sink += result.ok ? result.value.record.consultations.length : 0;
  });
  const consultByHand = time(() => {
    const consultation = {
      unitId: lead.id,
      deputyIds: ['D-1', 'D-2', 'D-3'],
      faceToFace: true,
      at: atUtc,
    };
    const next = {
      ...record,
      consultations: [...record.consultations, consultation],
      history: [
        ...record.history,
        {
          type: 'consult',
          at: atUtc,
          recordedAt: atUtc,
          actor: lead,
          payload: { faceToFace: true },
        },
      ],
    };
    sink += next.consultations.length;
  });
  // xstate: the same consultation and history entry, checked equal to renda's first.
  const machine = xstateMachine(record);
  const snapshot = machine.resolveState({ value: 'inHandling', context: record });
  const xstateEvent = { type: 'consult', payload: { faceToFace: true }, actor: lead, at: atUtc };
  const ours = safeTransition(record, consultEvent, options);
  const [theirs] = transition(machine, snapshot, xstateEvent);
  const pick = (r) =>
    JSON.stringify({
      consultations: r.consultations.map(({ unitId, deputyIds, faceToFace, at: when }) => ({
        unitId,
        deputyIds,
        faceToFace,
        at: when,
      })),
      history: r.history.map(({ type, at: when, actor }) => ({ type, at: when, actor })),
    });
  if (!ours.ok || pick(ours.value.record) !== pick(theirs.context)) {
    throw new Error('xstate and renda disagree on consult');
  }
  const [consultAgain, consultXstate] = timeAlternating(
    () => {
      const result = safeTransition(record, consultEvent, options);
      sink += result.ok ? result.value.record.consultations.length : 0;
    },
    () => {
      const [next] = transition(machine, snapshot, xstateEvent);
      sink += next.context.consultations.length;
    },
  );

  const reply = time(() => {
    const result = safeTransition(record, replyEvent, options);
    sink += result.ok ? result.value.record.replies.length : 0;
  });
  const deadline = record.assignments[0].deadline;
  const replyByHand = time(() => {
    const reply = {
      unitId: lead.id,
      round: 1,
      outcomeClass: 'B',
      faceToFace: true,
      followUp: false,
      at: atUtc,
      recordedAt: atUtc,
      dueDay: deadline.day,
      onTime: atUtc.slice(0, 10) <= deadline.day, // the naive check, without the zone
    };
    const { deadline: _dropped, ...rest } = record;
    const next = {
      ...rest,
      state: 'replied',
      replies: [...record.replies, reply],
      history: [
        ...record.history,
        { type: 'reply', at: atUtc, recordedAt: atUtc, actor: lead, payload: replyEvent.payload },
      ],
    };
    sink += next.replies.length;
  });

  const line = (name, r) =>
    `  ${name.padEnd(34)} ${Math.round(r.perSecond).toLocaleString('en').padStart(12)} /s  (${r.usPerOp.toFixed(2)} µs each)`;
  console.log(
    `suggestion workflow, record with ${record.history.length} history entries, ${ITERATIONS.toLocaleString('en')} ops × ${ROUNDS} rounds (median):`,
  );
  console.log(line('transition consult', consult));
  console.log(line('plain spread consult (by hand)', consultByHand));
  console.log(`  ratio consult: ${(consult.medianMs / consultByHand.medianMs).toFixed(1)}×`);
  console.log(line('xstate v5 transition consult', consultXstate));
  console.log(line('transition consult (alternating)', consultAgain));
  const speedup = consultXstate.medianMs / consultAgain.medianMs;
  console.log(
    `  renda vs xstate: ${speedup.toFixed(2)}× as fast (target ≥ 3×: ${speedup >= 3 ? 'met' : 'NOT met'})`,
  );
  console.log(line('transition reply', reply));
  console.log(line('plain spread reply (by hand)', replyByHand));
  console.log(`  ratio reply: ${(reply.medianMs / replyByHand.medianMs).toFixed(1)}×`);
  replayMs(record, 1_000); // warm up
  const replay1k = replayMs(record, 1_000);
  const replay10k = replayMs(record, 10_000);
  console.log(
    `  replay 1,000 vs 10,000 supervisions: ${replay1k.toFixed(0)} ms vs ${replay10k.toFixed(0)} ms (${(replay10k / replay1k).toFixed(1)}×; linear is 10×, target ≤ 12×)`,
  );
  if (sink === 0) console.log('(unreachable)');
  return {
    replay1kMs: replay1k,
    replay10kMs: replay10k,
    historyLength: record.history.length,
    consultPerSecond: consult.perSecond,
    consultByHandPerSecond: consultByHand.perSecond,
    replyPerSecond: reply.perSecond,
    replyByHandPerSecond: replyByHand.perSecond,
    consultRatio: consult.medianMs / consultByHand.medianMs,
    xstateSpeedup: speedup,
    replyRatio: reply.medianMs / replyByHand.medianMs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
