import type { ConstituentOpinion } from '../../model/constituentOpinion.js';
import { RECEPTION_MODES } from '../../model/opinionParts.js';
import type { Suggestion } from '../../model/suggestion.js';
import { createOpinion, type NewOpinionInput } from '../../opinion/createOpinion.js';
import { defaultOpinionPolicy } from '../../opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../opinion/opinionWorkflow.js';
import { repliedAtOf } from '../../suggestion/rules/handling.js';
import { safeTransition } from '../../workflow/safeTransition.js';
import type { SampleContext } from './context.js';
import { createRandom, type Random } from './random.js';
import type { Roster } from './roster.js';
import { DAY, dayOfMoment, HOUR, isoOf, MINUTE, momentOf } from './time.js';
import { personName, TOPICS } from './vocabulary.js';

// Constituents' opinions (群众意见) played through the opinion workflow itself (renda/opinion):
// every record is what `transition` made of its events, so each replays and verifies under the
// sample's opinion policy. The paths cover the whole loop: screened out, merged, answered on the
// spot, classified and assigned (reminded, supervised, extended), handled, fed back, called back,
// reopened, and turned into a deputy's suggestion whose reply comes back to the constituent.

/** The opinion policy of the sample (the default: 12345 limits, the official calendar). */
export const SAMPLE_OPINION_POLICY = defaultOpinionPolicy;

const context = { policy: SAMPLE_OPINION_POLICY };

/** How far each opinion gets, by weight. */
const PATHS = {
  received: 2,
  accepted: 2,
  notAccepted: 8,
  merged: 3,
  answeredOnSite: 20,
  analysed: 2,
  referred: 4,
  inHandling: 6,
  handled: 4,
  fedBack: 6,
  closed: 28,
  reopened: 4,
  closedDissatisfied: 2,
  converted: 7,
} as const;
type Path = keyof typeof PATHS;

/** The paths that leave an opinion open at the year's end. */
const STOPS_HALF_WAY: ReadonlySet<Path> = new Set([
  'received',
  'accepted',
  'analysed',
  'referred',
  'inHandling',
  'handled',
  'fedBack',
]);

/** Every path once, in this order, for the first opinions of a sample (merged needs one before). */
const FORCED_PATHS = Object.keys(PATHS) as Path[];
/** How many days before the year's end a forced half-way path starts, so it is still open then. */
const FORCED_LATE: Partial<Record<Path, number>> = {
  received: 2,
  accepted: 2,
  analysed: 3,
  referred: 6,
  inHandling: 8,
  handled: 22,
  fedBack: 26,
};

const CATEGORIES = { urgent: 1, enquiry: 3, help: 2, complaint: 3, suggestion: 3 } as const;
const LEVELS = { street: 5, district: 3, city: 1, higher: 1 } as const;
const FEEDBACK_CHANNELS = ['inPerson', 'written', 'phone', 'online'] as const;

/** A suggestion an opinion may become, and when it was replied, if it was. */
export interface SuggestionLink {
  readonly suggestionId: string;
  readonly repliedAt?: string;
}

/** How many suggestions opinions may link to: a bounded set, so a stream's memory stays flat. */
const LINKABLE = 200;

/**
 * The suggestions opinions may become or join, gathered while the suggestions stream by: the first
 * {@link LINKABLE}, each with the instant it was replied (the same rule as
 * 办复率's).
 */
export class SuggestionLinks {
  readonly #links: SuggestionLink[] = [];

  constructor(private readonly ctx: SampleContext) {}

  offer(suggestion: Suggestion): void {
    if (this.#links.length >= LINKABLE) return;
    const repliedAt = repliedAtOf(suggestion, this.ctx.policy);
    this.#links.push(
      repliedAt === undefined
        ? { suggestionId: suggestion.id }
        : { suggestionId: suggestion.id, repliedAt },
    );
  }

  pick(r: Random): SuggestionLink | undefined {
    return this.#links.length === 0 ? undefined : r.pick(this.#links);
  }
}

/** Where the opinion came in, who received it and when. */
export interface OpinionOrigin {
  readonly id: string;
  readonly channel: ConstituentOpinion['channel'];
  readonly receivedAt: number;
  readonly deputyIds: readonly string[];
  readonly stationId?: string;
  /** An opinion received just before, which a repeat of the same matter may be merged into. */
  readonly duplicateOf?: string;
  /** The path it must take (the first opinions of a sample walk every path, whatever the seed). */
  readonly path?: Path;
}

type Actor = { readonly role: string; readonly id: string };

/** An 11-digit mainland mobile number (1, then 3–9, then nine digits). */
function mobileOf(r: Random): string {
  let digits = `1${r.int(3, 9)}`;
  for (let i = 0; i < 9; i++) digits += String(r.int(0, 9));
  return digits;
}

/** One opinion, played out through the workflow from its origin until `asOf`. */
export function buildOpinion(
  ctx: SampleContext,
  roster: Roster,
  r: Random,
  origin: OpinionOrigin,
  links: SuggestionLinks,
): ConstituentOpinion {
  const [topic, title, unitName] = r.pick(TOPICS);
  const input: NewOpinionInput = {
    id: origin.id,
    channel: origin.channel,
    deputyIds: origin.deputyIds,
    content: `群众反映：${title.replace(/^关于/, '').replace(/的建议$/, '')}问题，希望尽快解决。`,
    topic,
    ...(origin.channel === 'receptionDay' ? { receptionMode: r.pick(RECEPTION_MODES) } : {}),
    ...(origin.stationId === undefined ? {} : { stationId: origin.stationId }),
    ...(r.chance(0.6)
      ? {
          submitter: r.chance(0.5)
            ? { name: personName(r), mobile: mobileOf(r) }
            : { name: personName(r) },
        }
      : {}),
  };
  let record = createOpinion(input, {
    at: isoOf(origin.receivedAt),
    policy: SAMPLE_OPINION_POLICY,
  });
  let now = origin.receivedAt;
  const office: Actor = { role: 'liaisonOffice', id: ctx.officeId };
  const receiver: Actor =
    origin.deputyIds.length > 0 ? { role: 'deputy', id: origin.deputyIds[0] as string } : office;

  /**
   * Runs one event at `at` (never before the last one): false once `asOf` is passed, so the
   * record stops where the year ends. A refusal would be a bug of this generator: the tests
   * replay and verify every record, and walk every path.
   */
  const act = (actor: Actor, at: number, type: string, payload?: unknown): boolean => {
    const moment = Math.max(at, now + MINUTE);
    if (moment > ctx.asOf) return false;
    const event = (payload === undefined ? { type } : { type, payload }) as never;
    const result = safeTransition(record, event, {
      workflow: opinionWorkflow,
      actor: actor as never,
      at: isoOf(moment),
      context,
    });
    if (!result.ok) return false;
    record = result.value.record as ConstituentOpinion;
    now = moment;
    return true;
  };
  /** A moment `days` working days after now, in office hours. */
  const working = (days: number): number =>
    momentOf(ctx.workingDays.add(dayOfMoment(now), days), r.int(9 * 60, 17 * 60));

  // An opinion still on its way at the year's end is mostly a recent one: older ones that drew a
  // path stopping half-way mostly ran to the end instead, so the open stock is realistic.
  const drawn: Path = r.weighted(PATHS);
  const old = ctx.asOf - origin.receivedAt > 45 * DAY;
  const path: Path =
    origin.path ?? (STOPS_HALF_WAY.has(drawn) && old && r.chance(0.85) ? 'closed' : drawn);
  if (path === 'received') return record;
  if (path === 'merged' && origin.duplicateOf !== undefined) {
    act(office, now + 2 * HOUR, 'mergeDuplicate', { intoOpinionId: origin.duplicateOf });
    return record;
  }
  if (path === 'notAccepted') {
    const reason = r.pick(SAMPLE_OPINION_POLICY.notAcceptedReasons).code;
    act(receiver, now + 2 * HOUR, 'notAccept', { reasonCode: reason });
    return record;
  }
  if (!act(receiver, now + 30 * MINUTE, 'accept')) return record;
  // The first opinion of a batch has nothing to repeat: it stays accepted instead.
  if (path === 'accepted' || path === 'merged') return record;
  if (path === 'answeredOnSite') {
    act(receiver, now + 20 * MINUTE, 'answerOnSite', { content: '已当场解释相关政策' });
    return record;
  }
  const category = r.weighted(CATEGORIES);
  const level = r.weighted(LEVELS);
  if (!act(office, working(1), 'classify', { level, category })) return record;
  if (path === 'analysed') return record;
  if (path === 'converted') return convert();

  // Assigned, handled, fed back and called back, once or (reopened) twice.
  const unitId = roster.unitByName.get(unitName) ?? (roster.units[0]?.id as string);
  const unit: Actor = { role: 'handlingUnit', id: unitId };
  const rounds = path === 'reopened' ? 2 : 1;
  for (let round = 1; round <= rounds; round++) {
    if (!handleOnce(round === rounds ? path : 'dissatisfiedRound')) return record;
  }
  return record;

  /** One round from assignment to callback; false once the path or the year stops it. */
  function handleOnce(goal: Path | 'dissatisfiedRound'): boolean {
    if (!act(office, working(r.int(0, 1)), 'assign', { unitId })) return false;
    const assignedDay = dayOfMoment(now);
    if (goal === 'referred') return false;
    const limit = record.referral?.workingDays ?? 3;
    // An urgent ticket is taken in hand within the hour; others within the day.
    if (!act(unit, now + r.int(1, limit === 0 ? 1 : 20) * HOUR, 'acknowledge')) return false;
    // Reminders and supervision come before the due day, so they never push the handling late.
    const before = ctx.workingDays.add(assignedDay, Math.max(0, limit - 1));
    if (r.chance(0.25)) act(office, momentOf(before, 9 * 60), 'remind', { note: '请按期办理' });
    const supervisor = { role: 'supervisor', id: 'SUP-1' };
    if (r.chance(0.08)) act(supervisor, momentOf(before, 10 * 60), 'supervise');
    if (
      r.chance(0.12) &&
      act(unit, now + 2 * HOUR, 'requestExtension', {
        workingDays: r.int(2, 5),
        reason: '需多部门协调',
      })
    ) {
      act(office, now + 3 * HOUR, 'decideExtension', {
        decision: r.chance(0.8) ? 'approved' : 'refused',
      });
    }
    if (goal === 'inHandling') return false;
    // Most units answer within the category's limit, counted from the day of assignment as the
    // due day is; some run a little late.
    const days = r.chance(0.88) ? r.int(0, limit) : limit + r.int(1, 4);
    const handleAt = momentOf(ctx.workingDays.add(assignedDay, days), r.int(9 * 60, 17 * 60));
    const outcome = r.weighted({
      resolved: 6,
      partlyResolved: 2,
      explained: 2,
      cannotResolveNow: 1,
    });
    if (!act(unit, handleAt, 'handle', { outcome, content: '已办理并答复' })) return false;
    if (goal === 'handled') return false;
    return feedBackAndCallBack(goal);
  }

  /** Feedback to the constituent (and the deputy), then the callback. */
  function feedBackAndCallBack(goal: Path | 'dissatisfiedRound'): boolean {
    const channel = r.pick(FEEDBACK_CHANNELS);
    const days = r.chance(0.85) ? r.int(0, 4) : r.int(5, 8);
    if (!act(receiver, working(days), 'feedBack', { to: 'constituent', channel })) return false;
    if (record.deputyIds.length > 0) {
      if (
        !act(office, now + r.int(1, 6) * HOUR, 'feedBack', { to: 'deputy', channel: 'written' })
      ) {
        return false;
      }
    }
    if (goal === 'fedBack') return false;
    const dissatisfied = goal === 'dissatisfiedRound' || goal === 'closedDissatisfied';
    const satisfaction = dissatisfied
      ? 'dissatisfied'
      : r.weighted({ satisfied: 8, basicallySatisfied: 2 });
    if (!act(office, working(1), 'callback', { satisfaction })) return false;
    if (goal === 'dissatisfiedRound')
      return act(office, now + 2 * HOUR, 'reopen', { reason: '反映人不满意' });
    if (goal === 'closedDissatisfied') act(office, now + HOUR, 'close', { note: '已尽力解释' });
    return true;
  }

  /** Becomes or joins a deputy's suggestion; its reply, once given, comes back to the people. */
  function convert(): ConstituentOpinion {
    const link = links.pick(r);
    if (link === undefined) return record;
    if (
      !act(receiver, working(r.int(1, 5)), 'convertToSuggestion', {
        suggestionId: link.suggestionId,
      })
    ) {
      return record;
    }
    if (link.repliedAt === undefined) return record;
    const replied = Date.parse(link.repliedAt);
    const payload = { suggestionId: link.suggestionId, repliedAt: link.repliedAt };
    if (!act(office, Math.max(replied, now) + r.int(1, 48) * HOUR, 'suggestionReplied', payload)) {
      return record;
    }
    feedBackAndCallBack(r.weighted({ handled: 1, fedBack: 1, closed: 4 }));
    return record;
  }
}

/** Opinions that came in without an activity: walk-ins, online, by code, 12345, letters, symposiums. */
export function* standaloneOpinions(
  ctx: SampleContext,
  roster: Roster,
  links: SuggestionLinks,
): Generator<ConstituentOpinion> {
  const count = Math.max(10, Math.round(ctx.profile.deputies / 2));
  for (let i = 0; i < count; i++) {
    const r = createRandom(ctx.seed, `opinion/${i}`);
    const channel = r.weighted({
      online: 30,
      station: 8,
      deputyCode: 20,
      stationCode: 8,
      hotline12345: 20,
      letter: 10,
      attendeeSymposium: 4,
      other: 8,
    });
    // The first opinions walk every path, so a sample of any size and seed holds them all: the
    // ones that stop half-way come late in the year (still open at its end), the others early.
    const path = FORCED_PATHS[i];
    const day =
      path === undefined
        ? r.int(ctx.firstDay, ctx.lastDay)
        : STOPS_HALF_WAY.has(path)
          ? ctx.lastDay - r.int(FORCED_LATE[path] ?? 3, (FORCED_LATE[path] ?? 3) + 5)
          : r.int(ctx.firstDay, ctx.firstDay + 120);
    const deputy =
      channel === 'hotline12345' || channel === 'letter' ? [] : [r.pick(roster.steady).id];
    const station =
      channel === 'online'
        ? { stationId: roster.onlineStationId }
        : channel === 'stationCode' || channel === 'station'
          ? { stationId: r.pick(roster.stations).id }
          : {};
    yield buildOpinion(
      ctx,
      roster,
      r,
      {
        id: `O-${ctx.year}-${String(i + 1).padStart(7, '0')}`,
        ...(i > 0 ? { duplicateOf: `O-${ctx.year}-${String(i).padStart(7, '0')}` } : {}),
        channel,
        receivedAt: momentOf(day, r.int(0, 18 * 60)),
        deputyIds: deputy,
        ...station,
        ...(path === undefined ? {} : { path }),
      },
      links,
    );
  }
}
