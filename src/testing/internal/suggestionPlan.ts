import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';

// What happens to one suggestion, decided before its life is played out. A plan is a set of
// flags; the forced plans at the start of every sample make sure each state and situation
// appears at least once, and the rest are drawn at random in realistic proportions.

/** How the units share the handling (办理方式). */
export type HandlingMode = 'sole' | 'separate' | 'leadAssisting' | 'leadJoint';

/** The state a life is held in, whatever the time allows. */
export type Halt =
  | 'draft'
  | 'submitted'
  | 'registered'
  | 'assigned'
  | 'inHandling'
  | 'replied'
  | 'reHandling';

export interface SuggestionPlan {
  /** A label naming the situation, for debugging only. */
  readonly label: string;
  readonly duringSession: boolean;
  /** Day of submission (day number); filled in by the scheduler when undefined. */
  readonly submitDay?: number;
  readonly coSigners: number;
  readonly halt?: Halt;
  readonly motion?: boolean;
  readonly refuse?: boolean;
  readonly withdraw?: 'registered' | 'inHandling';
  readonly merge?: 'primary' | 'secondary';
  readonly mode: HandlingMode;
  readonly returnReassign?: boolean;
  readonly extensionMonths?: number;
  readonly keyItem?: boolean;
  readonly supervise?: boolean;
  readonly consult?: 'faceToFace' | 'remote';
  /** Calendar days from assignment to the first reply. */
  readonly replyAfter: number;
  readonly late?: boolean;
  readonly noReply?: boolean;
  /** Days between a paper reply's date and its entry. */
  readonly backdate?: number;
  /** Outcome class per round. */
  readonly outcomes: readonly string[];
  /** The lead deputy's grade per round. */
  readonly grades: readonly SatisfactionGrade[];
  readonly lapse?: boolean;
  /** The office closes the item (办结) after the first reply, before any evaluation. */
  readonly closeByOffice?: boolean;
  readonly followUp?: boolean;
  readonly publish?: 'full' | 'summary';
  readonly confidential?: boolean;
}

const base: SuggestionPlan = {
  label: 'closed',
  duringSession: true,
  coSigners: 0,
  mode: 'sole',
  replyAfter: 60,
  outcomes: ['A'],
  grades: ['satisfied'],
};

const plan = (label: string, extra: Partial<SuggestionPlan>): SuggestionPlan => ({
  ...base,
  label,
  ...extra,
});

/**
 * The plans every sample starts with, so that every state, outcome class, grade, handling role
 * and situation appears at least once. The scheduler follows a `merge: 'primary'` plan with its
 * secondary ({@link MERGED_SECONDARY}).
 */
export const FORCED_PLANS: readonly SuggestionPlan[] = [
  plan('draft', { halt: 'draft', duringSession: false }),
  plan('submitted', { halt: 'submitted', duringSession: false }),
  plan('registered', { halt: 'registered', duringSession: false }),
  plan('notRegistered', { refuse: true }),
  plan('notRegistered between sessions', { refuse: true, duringSession: false }),
  plan('withdrawn after registration', { withdraw: 'registered', duringSession: false }),
  plan('withdrawn in handling', { withdraw: 'inHandling' }),
  plan('merged primary', { merge: 'primary', coSigners: 1 }),
  plan('assigned', { halt: 'assigned', duringSession: false }),
  plan('inHandling, met face to face', { halt: 'inHandling', consult: 'faceToFace' }),
  plan('overdue', { noReply: true, duringSession: false, supervise: true }),
  plan('closed A satisfied', { outcomes: ['A'], grades: ['satisfied'], consult: 'faceToFace' }),
  plan('closed B basically satisfied', { outcomes: ['B'], grades: ['basicallySatisfied'] }),
  plan('closed C', { outcomes: ['C'], grades: ['basicallySatisfied'], consult: 'remote' }),
  plan('closed D', { outcomes: ['D'], grades: ['satisfied'] }),
  plan('replied, awaiting evaluation', { halt: 'replied', outcomes: ['B'] }),
  plan('in re-handling', { outcomes: ['C', 'B'], grades: ['dissatisfied'], halt: 'reHandling' }),
  plan('re-handled and closed', {
    outcomes: ['D', 'B'],
    grades: ['dissatisfied', 'satisfied'],
    supervise: true,
  }),
  plan('rounds exhausted', {
    outcomes: ['C', 'C', 'D'],
    grades: ['dissatisfied', 'dissatisfied', 'dissatisfied'],
  }),
  plan('evaluation lapsed', { lapse: true, outcomes: ['A'] }),
  plan('closed by the office', { closeByOffice: true, outcomes: ['B'], followUp: true }),
  plan('late reply', { late: true, outcomes: ['B'] }),
  plan('backdated paper reply', { backdate: 6, outcomes: ['A'] }),
  plan('joint, every deputy evaluates', { coSigners: 3, outcomes: ['A'] }),
  plan('separate handling', { mode: 'separate', outcomes: ['B'] }),
  plan('lead and assisting units', { mode: 'leadAssisting', outcomes: ['A'] }),
  plan('lead and joint units', { mode: 'leadJoint', outcomes: ['B'] }),
  plan('key item', { keyItem: true, supervise: true, mode: 'leadAssisting', coSigners: 2 }),
  plan('published', { publish: 'full', outcomes: ['A'] }),
  plan('published as a summary', { publish: 'summary', outcomes: ['C'] }),
  plan('confidential', { confidential: true, outcomes: ['D'] }),
  plan('motion turned into a suggestion', { motion: true, coSigners: 9, outcomes: ['B'] }),
  plan('returned and reassigned', { returnReassign: true, outcomes: ['A'] }),
  plan('extended', { extensionMonths: 2, replyAfter: 120, outcomes: ['B'] }),
  plan('follow-up reply', { outcomes: ['B'], followUp: true, grades: ['satisfied'] }),
];

/** The plan of the item merged into a primary one (并案). */
export const MERGED_SECONDARY: SuggestionPlan = plan('merged secondary', { merge: 'secondary' });

type Draw = { next(): number; int(a: number, b: number): number; chance(p: number): boolean };

const pickWeighted = <T>(r: Draw, table: readonly (readonly [T, number])[]): T => {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = r.next() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
};

const OUTCOMES = [
  ['A', 45],
  ['B', 35],
  ['C', 12],
  ['D', 8],
] as const;
const GRADES = [
  ['satisfied', 76],
  ['basicallySatisfied', 18],
  ['dissatisfied', 6],
] as const;
const MODES = [
  ['sole', 72],
  ['leadAssisting', 16],
  ['separate', 8],
  ['leadJoint', 4],
] as const;

/** A plan drawn at random, in realistic proportions. */
export function randomPlan(r: Draw, outcomeCodes: readonly string[]): SuggestionPlan {
  const duringSession = r.chance(0.55);
  const standard = outcomeCodes.length === 4 && outcomeCodes.join('') === 'ABCD';
  const outcome = (): string =>
    standard
      ? pickWeighted(r, OUTCOMES)
      : (outcomeCodes[r.int(0, outcomeCodes.length - 1)] as string);
  const grades: SatisfactionGrade[] = [pickWeighted(r, GRADES)];
  const outcomes = [outcome()];
  if (grades[0] === 'dissatisfied') {
    grades.push(r.chance(0.8) ? 'basicallySatisfied' : 'dissatisfied');
    outcomes.push(outcome());
    if (grades[1] === 'dissatisfied') {
      grades.push(r.chance(0.5) ? 'basicallySatisfied' : 'dissatisfied');
      outcomes.push(outcome());
    }
  }
  const x = r.next();
  const extra: Partial<SuggestionPlan> =
    x < 0.03
      ? { refuse: true }
      : x < 0.04
        ? { withdraw: r.chance(0.5) ? 'registered' : 'inHandling' }
        : x < 0.06
          ? { merge: 'primary', duringSession: true }
          : x < 0.09
            ? { noReply: true }
            : {};
  return {
    label: 'random',
    duringSession,
    coSigners: r.chance(0.3) ? r.int(1, 5) : 0,
    mode: pickWeighted(r, MODES),
    replyAfter: r.int(25, 85),
    outcomes,
    grades,
    ...(duringSession && r.chance(0.01) ? { motion: true, coSigners: r.int(9, 14) } : {}),
    ...(r.chance(0.06) ? { late: true } : {}),
    ...(r.chance(0.08) ? { backdate: r.int(1, 9) } : {}),
    ...(r.chance(0.02) ? { keyItem: true, supervise: true } : {}),
    ...(r.chance(0.1) ? { supervise: true } : {}),
    ...(r.chance(0.6) ? { consult: r.chance(0.7) ? 'faceToFace' : 'remote' } : {}),
    ...(r.chance(0.03) ? { extensionMonths: r.int(1, 3), replyAfter: r.int(95, 140) } : {}),
    ...(r.chance(0.03) ? { returnReassign: true } : {}),
    ...(r.chance(0.05) ? { lapse: true } : {}),
    ...(r.chance(0.01) ? { closeByOffice: true } : {}),
    ...(r.chance(0.5) ? { followUp: true } : {}),
    ...(r.chance(0.5) ? { publish: r.chance(0.7) ? 'full' : 'summary' } : {}),
    ...(r.chance(0.01) ? { confidential: true } : {}),
    ...extra,
  };
}
