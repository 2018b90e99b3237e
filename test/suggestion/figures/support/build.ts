import {
  parseSuggestion,
  type Suggestion,
  type SuggestionInput,
} from '../../../../src/model/suggestion.js';

// A tiny builder of hand-made suggestion records for the dashboard tests. Every record goes
// through parseSuggestion, so it is valid by construction (the tests also check safeParse).

export interface UnitSpec {
  readonly unitId: string;
  readonly role?: 'lead' | 'assisting' | 'joint' | 'separate' | 'sole';
  readonly mustReply?: boolean;
  readonly active?: boolean;
  readonly assignedDay?: string;
  readonly dueDay?: string;
}

export interface ReplySpec {
  readonly unitId?: string;
  readonly round?: number;
  readonly cls?: string;
  readonly at?: string;
  readonly recordedAt?: string;
  readonly dueDay?: string;
  readonly onTime?: boolean;
  readonly faceToFace?: boolean;
  readonly followUp?: boolean;
}

export interface EvaluationSpec {
  readonly deputyId?: string;
  readonly round?: number;
  readonly grade: 'satisfied' | 'basicallySatisfied' | 'dissatisfied';
}

export interface ItemSpec {
  readonly id?: string;
  readonly state?: SuggestionInput['state'];
  readonly units?: readonly UnitSpec[];
  readonly replies?: readonly ReplySpec[];
  readonly evaluations?: readonly EvaluationSpec[];
  /** Deputy ids; the first leads. */
  readonly proposers?: readonly string[];
  readonly round?: number;
  /** Re-handling rounds with their due days. */
  readonly reHandlings?: readonly { readonly round: number; readonly dueDay: string }[];
  readonly keyItem?: boolean;
  readonly faceToFaceConsultation?: boolean;
  readonly topic?: string;
  readonly level?: 'national' | 'provincial' | 'city' | 'county' | 'township';
  readonly jurisdiction?: string;
  readonly term?: number;
  readonly session?: number;
}

let counter = 0;

const deadline = (anchorDay: string, day: string, amount = 3) => ({
  day,
  anchorDay,
  rule: { amount, unit: 'calendarMonths' as const, anchor: 'assignment' as const },
  calendarId: 'cn-official',
  timeZone: 'Asia/Shanghai',
});

/** The input of a hand-made suggestion (assigned to U-1 as sole unit by default). */
export function itemInput(spec: ItemSpec = {}): SuggestionInput {
  counter += 1;
  const id = spec.id ?? `S-${String(counter).padStart(6, '0')}`;
  const state = spec.state ?? 'inHandling';
  const unassigned =
    state === 'draft' ||
    state === 'submitted' ||
    state === 'registered' ||
    state === 'notRegistered';
  const units = unassigned ? [] : (spec.units ?? [{ unitId: 'U-1', role: 'sole' as const }]);
  const proposers = spec.proposers ?? ['D-1'];
  const round = spec.round ?? Math.max(1, ...(spec.replies ?? []).map((r) => r.round ?? 1));
  const input: SuggestionInput = {
    id,
    rulesVersion: 'default@1',
    kind: 'suggestion',
    congress: {
      jurisdiction: spec.jurisdiction ?? '330200',
      level: spec.level ?? 'city',
      term: spec.term ?? 16,
    },
    ...(spec.session === undefined ? { session: 3 } : { session: spec.session }),
    period: 'duringSession',
    title: '关于加强农村道路养护的建议',
    ...(spec.topic === undefined ? {} : { topic: spec.topic }),
    proposers: proposers.map((deputyId, index) => ({
      deputyId,
      role: index === 0 ? ('lead' as const) : ('co' as const),
    })),
    state,
    createdAt: '2025-01-10T09:00:00+08:00',
    submittedAt: '2025-01-10T09:30:00+08:00',
    screening:
      state === 'notRegistered'
        ? { at: '2025-01-15T10:00:00+08:00', registered: false, reason: 'personalMatter' }
        : { at: '2025-01-15T10:00:00+08:00', registered: true, number: id },
    ...(state === 'withdrawn' ? { withdrawal: { at: '2025-02-01T10:00:00+08:00' } } : {}),
    ...(state === 'merged' ? { mergedInto: 'S-PRIMARY' } : {}),
    mergedFrom: [],
    assignments: units.map((u) => {
      const day = u.assignedDay ?? '2025-03-01';
      return {
        unitId: u.unitId,
        role: u.role ?? 'sole',
        assignedAt: `${day}T10:00:00+08:00`,
        assignedDay: day,
        deadline: deadline(day, u.dueDay ?? '2025-06-01'),
        mustReply: u.mustReply ?? u.role !== 'assisting',
        active: u.active ?? true,
      };
    }),
    extensions: [],
    round,
    reHandlings: (spec.reHandlings ?? []).map((h) => ({
      round: h.round,
      startedAt: '2025-05-20T10:00:00+08:00',
      deadline: deadline('2025-05-20', h.dueDay, 1),
    })),
    replies: (spec.replies ?? []).map((r) => {
      const at = r.at ?? '2025-05-01T10:00:00+08:00';
      return {
        unitId: r.unitId ?? units[0]?.unitId ?? 'U-1',
        round: r.round ?? 1,
        outcomeClass: r.cls ?? 'A',
        faceToFace: r.faceToFace ?? false,
        followUp: r.followUp ?? false,
        at,
        recordedAt: r.recordedAt ?? at,
        dueDay: r.dueDay ?? '2025-06-01',
        onTime: r.onTime ?? true,
      };
    }),
    evaluations: (spec.evaluations ?? []).map((e) => ({
      deputyId: e.deputyId ?? proposers[0] ?? 'D-1',
      round: e.round ?? 1,
      grade: e.grade,
      at: '2025-05-10T10:00:00+08:00',
      recordedAt: '2025-05-10T10:00:00+08:00',
    })),
    consultations: spec.faceToFaceConsultation
      ? [
          {
            unitId: units[0]?.unitId ?? 'U-1',
            deputyIds: [proposers[0] ?? 'D-1'],
            faceToFace: true,
            at: '2025-04-01T10:00:00+08:00',
          },
        ]
      : [],
    supervisions: [],
    ...(spec.keyItem
      ? {
          keyItem: {
            designatedAt: '2025-03-05T10:00:00+08:00',
            designatedBy: '主任会议',
            supervisorIds: [],
          },
        }
      : {}),
    ...(state === 'closed'
      ? { closure: { at: '2025-06-10T10:00:00+08:00', reason: 'evaluated' as const } }
      : {}),
    confidential: false,
    history: [],
  };
  return input;
}

/** A parsed, frozen hand-made suggestion (throws if the spec makes an invalid record). */
export function item(spec: ItemSpec = {}): Suggestion {
  return parseSuggestion(itemInput(spec));
}

/** `count` copies of a spec, with distinct ids. */
export function items(count: number, spec: ItemSpec = {}): Suggestion[] {
  return Array.from({ length: count }, () => item(spec));
}

/** An item replied by its sole unit with class `cls` (closed unless said otherwise). */
export function replied(cls: string, spec: ItemSpec = {}): Suggestion {
  return item({ state: 'closed', replies: [{ cls }], ...spec });
}
