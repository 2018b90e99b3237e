import * as z from 'zod';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from './shared/primitives.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

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

/**
 * A kind of supervision lead (督办领办方式), one of {@link SUPERVISION_LEAD_KINDS}.
 *
 * @example
 * ```ts
 * import type { SupervisionLeadKind } from 'renda';
 *
 * const kind: SupervisionLeadKind = 'unitHead';
 * ```
 * @category Models
 */
export type SupervisionLeadKind = (typeof SUPERVISION_LEAD_KINDS)[number];

/** The kinds led by a body (a committee, a unit) that must therefore name it. */
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
 * One supervision lead of a key item (督办领办安排): its kind, the body that leads (a committee,
 * a handling unit), and the people who lead, by id, name or both.
 *
 * @remarks
 * Rules: a committee or a unit head's lead names its body in `bodyId` (`BODY_REQUIRED`: the
 * committee for `specialCommittee` and `deputyWorkCommittee`, the handling unit for `unitHead`);
 * a leading official, a government leader or a judicial leader names at least one person in
 * `leaders` (`LEADER_REQUIRED`); every leader has an `id`, a `name` or both (`LEADER_UNNAMED`).
 * People outside the app's registers (a vice-mayor, say) may be given by name alone.
 * @example
 * ```ts
 * import { SupervisionLeadSchema } from 'renda';
 *
 * SupervisionLeadSchema.parse({
 *   kind: 'leadingOfficial',
 *   leaders: [{ id: 'M-3', name: '张三', title: '常委会副主任' }],
 * });
 * SupervisionLeadSchema.parse({ kind: 'specialCommittee', bodyId: 'C-FINANCE' });
 * ```
 * @category Models
 */
export const SupervisionLeadSchema = /* @__PURE__ */ z
  .object({
    /** 督办领办方式, one of {@link SUPERVISION_LEAD_KINDS}. */
    kind: /* @__PURE__ */ z.enum(SUPERVISION_LEAD_KINDS),
    /** 督办领办机构: the committee or the handling unit that leads. */
    bodyId: /* @__PURE__ */ IdSchema.optional(),
    /** 领衔、领办人员: the people who lead. */
    leaders: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          /** 人员编号, e.g. a standing committee member's id. */
          id: /* @__PURE__ */ IdSchema.optional(),
          /** 姓名. */
          name: /* @__PURE__ */ ShortTextSchema.optional(),
          /** 职务, e.g. 常委会副主任, 副市长. */
          title: /* @__PURE__ */ ShortTextSchema.optional(),
        }),
      )
      .max(100)
      .optional(),
    /** 备注. */
    note: /* @__PURE__ */ LongTextSchema.optional(),
  })
  .check((ctx) => {
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

/**
 * One supervision lead of a key item (督办领办安排); the type of {@link SupervisionLeadSchema}.
 *
 * @example
 * ```ts
 * import type { SupervisionLead } from 'renda';
 *
 * const lead: SupervisionLead = { kind: 'unitHead', bodyId: 'U-TRANSPORT', leaders: [{ name: '李四' }] };
 * ```
 * @category Models
 */
export interface SupervisionLead extends z.infer<typeof SupervisionLeadSchema> {}

/**
 * The input accepted by {@link SupervisionLeadSchema} (督办领办安排输入).
 *
 * @example
 * ```ts
 * import type { SupervisionLeadInput } from 'renda';
 *
 * const input: SupervisionLeadInput = { kind: 'deputyWorkCommittee', bodyId: 'C-DEPUTY' };
 * ```
 * @category Models
 */
export interface SupervisionLeadInput extends z.input<typeof SupervisionLeadSchema> {}

/**
 * The Chinese and English names of a supervision lead's fields (督办领办安排字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { supervisionLeadFieldNames } from 'renda';
 *
 * console.log(supervisionLeadFieldNames.bodyId?.['zh-Hans']); // '督办领办机构'
 * ```
 * @category Validation
 */
export const supervisionLeadFieldNames: FieldNames = {
  kind: { 'zh-Hans': '督办领办方式', en: 'kind of lead' },
  bodyId: { 'zh-Hans': '督办领办机构', en: 'leading body' },
  leaders: { 'zh-Hans': '领衔、领办人员', en: 'leaders' },
  name: { 'zh-Hans': '姓名', en: 'name' },
  title: { 'zh-Hans': '职务', en: 'title' },
};

const parsers = /* @__PURE__ */ createParsers(
  SupervisionLeadSchema,
  { id: 'SupervisionLead', 'zh-Hans': '督办领办安排', en: 'Supervision lead' },
  supervisionLeadFieldNames,
);

/**
 * Validates one supervision lead of a key item (督办领办安排), throwing a {@link RendaError} that
 * names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The lead, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseSupervisionLead } from 'renda';
 *
 * const lead = parseSupervisionLead({ kind: 'governmentLeader', leaders: [{ name: '王五', title: '副市长' }] });
 * console.log(lead.leaders?.[0]?.title); // '副市长'
 * ```
 * @category Validation
 */
export const parseSupervisionLead: (input: unknown) => SupervisionLead = parsers.parse;

/**
 * Validates one supervision lead of a key item (督办领办安排) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseSupervisionLead } from 'renda';
 *
 * const result = safeParseSupervisionLead({ kind: 'specialCommittee' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'BODY_REQUIRED'
 * ```
 * @category Validation
 */
export const safeParseSupervisionLead: (
  input: unknown,
) => Result<SupervisionLead, ValidationError> = parsers.safeParse;
