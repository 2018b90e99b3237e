import * as z from 'zod';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../shared/primitives.js';

/**
 * Who leads the supervision of a key item (督办领办方式), as organised by the standing committee:
 * a member of the council of chairpersons leads it (主任会议成员领衔督办), a special committee
 * supervises it as its own project or in its field (专门委员会专项 / 对口督办), the deputy-work
 * committee coordinates (代表工委协调督办), a government leader takes charge (政府领导领办), a
 * leader of the court or procuratorate takes charge (法院、检察院领导领办), or the head of the
 * handling unit answers for it personally (承办单位负责人领办).
 *
 * @remarks
 * One key item usually has several: Rizhao had the vice-chair in charge lead each item, special
 * committees supervise and the personnel and deputy office coordinate; Ningbo has leaders of the
 * standing committee, the government, the court and the procuratorate supervise, and the unit's
 * head take charge personally. These are the leads of a key item, not the acts of supervision
 * (reminders, meetings), which {@link SUPERVISION_KINDS} names.
 * @example
 * ```ts
 * import { SUPERVISION_LEAD_KINDS } from 'renda';
 *
 * console.log(SUPERVISION_LEAD_KINDS[0]); // 'leadingOfficial'
 * ```
 * @category Models
 */
export const SUPERVISION_LEAD_KINDS = [
  'leadingOfficial',
  'specialCommittee',
  'deputyWorkCommittee',
  'governmentLeader',
  'judicialLeader',
  'unitHead',
] as const;

// The supervision lead's shape and its one check, over an object constructor: `z.object` for the
// stored model (SupervisionLeadSchema), `z.strictObject` for an event's payload, which refuses a
// key it does not know at every depth.

const BODY_KINDS: ReadonlySet<string> = new Set([
  'specialCommittee',
  'deputyWorkCommittee',
  'unitHead',
]);
/** The kinds led by a person who must therefore be named. */
const PERSON_KINDS: ReadonlySet<string> = new Set([
  'leadingOfficial',
  'governmentLeader',
  'judicialLeader',
]);

type IssuePath = (string | number)[];

/**
 * The lead schema over an object constructor: `z.object` for stored records, `z.strictObject` for
 * an event's payload (which refuses keys it does not know at every depth); one shape, one check.
 */
export function supervisionLeadSchema(object: typeof z.object | typeof z.strictObject) {
  return object({
    /** 督办领办方式, one of {@link SUPERVISION_LEAD_KINDS}. */
    kind: z.enum(SUPERVISION_LEAD_KINDS),
    /** 督办领办机构: the committee or the handling unit that leads. */
    bodyId: IdSchema.optional(),
    /** 领衔、领办人员: the people who lead. */
    leaders: z
      .array(
        object({
          /** 人员编号, e.g. a standing committee member's id. */
          id: IdSchema.optional(),
          /** 姓名. */
          name: ShortTextSchema.optional(),
          /** 职务, e.g. 常委会副主任, 副市长. */
          title: ShortTextSchema.optional(),
        }),
      )
      .max(100)
      .optional(),
    /** 备注. */
    note: LongTextSchema.optional(),
  }).check((ctx) => {
    const { kind, bodyId, leaders } = ctx.value;
    const push = (path: IssuePath, input: unknown, code: string, zh: string, en: string): void => {
      ctx.issues.push({ code: 'custom', input, path, params: { code, zh, en } });
    };
    if (BODY_KINDS.has(kind) && bodyId === undefined) {
      push(
        ['bodyId'],
        bodyId,
        'BODY_REQUIRED',
        kind === 'unitHead' ? '单位负责人领办须写明承办单位' : '委员会督办须写明委员会',
        kind === 'unitHead'
          ? 'must name the handling unit whose head leads'
          : 'must name the committee that supervises',
      );
    }
    if (PERSON_KINDS.has(kind) && (leaders === undefined || leaders.length === 0)) {
      push(
        ['leaders'],
        leaders,
        'LEADER_REQUIRED',
        '领衔、领办督办须写明至少一位领导',
        'must name at least one leader',
      );
    }
    leaders?.forEach((leader, i) => {
      if (leader.id === undefined && leader.name === undefined) {
        push(
          ['leaders', i],
          leader,
          'LEADER_UNNAMED',
          '领导须有编号或姓名',
          'must have an id or a name',
        );
      }
    });
  });
}
