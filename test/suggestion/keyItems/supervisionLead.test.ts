import { describe, expect, it } from 'vitest';
import { labelOf } from '../../../src/i18n/labels.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  parseSupervisionLead,
  SUPERVISION_LEAD_KINDS,
  safeParseSupervisionLead,
} from '../../../src/model/supervisionLead.js';

const issues = (input: unknown) => {
  const result = safeParseSupervisionLead(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe('SupervisionLeadSchema', () => {
  const valid = {
    leadingOfficial: { kind: 'leadingOfficial', leaders: [{ id: 'M-3' }] },
    specialCommittee: { kind: 'specialCommittee', bodyId: 'C-FINANCE' },
    deputyWorkCommittee: { kind: 'deputyWorkCommittee', bodyId: 'C-DEPUTY' },
    governmentLeader: { kind: 'governmentLeader', leaders: [{ name: '王五', title: '副市长' }] },
    judicialLeader: { kind: 'judicialLeader', leaders: [{ name: '赵六', title: '法院院长' }] },
    unitHead: { kind: 'unitHead', bodyId: 'U-1' },
  } as const;

  for (const kind of SUPERVISION_LEAD_KINDS) {
    it(`accepts a ${kind} lead, frozen, and labels it in three locales`, () => {
      const lead = parseSupervisionLead(valid[kind]);
      expect(lead.kind).toBe(kind);
      expect(Object.isFrozen(lead)).toBe(true);
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
        expect(labelOf('supervisionLeadKind', kind, locale)).toMatch(/\S/);
      }
    });
  }

  it('labels the kinds as the issue names them', () => {
    expect(labelOf('supervisionLeadKind', 'leadingOfficial', 'zh-Hans')).toBe(
      '主任会议成员领衔督办',
    );
    expect(labelOf('supervisionLeadKind', 'deputyWorkCommittee', 'zh-Hant')).toBe(
      '代表工委協調督辦',
    );
    expect(labelOf('supervisionLeadKind', 'unitHead', 'en')).toBe(
      'Led by the handling unit’s head',
    );
  });

  it('refuses a committee or unit-head lead without its body (BODY_REQUIRED)', () => {
    for (const kind of ['specialCommittee', 'deputyWorkCommittee', 'unitHead']) {
      expect(issues({ kind })).toEqual([{ code: 'BODY_REQUIRED', path: ['bodyId'] }]);
    }
  });

  it('refuses a leader-led kind without a leader (LEADER_REQUIRED)', () => {
    for (const kind of ['leadingOfficial', 'governmentLeader', 'judicialLeader']) {
      expect(issues({ kind })).toEqual([{ code: 'LEADER_REQUIRED', path: ['leaders'] }]);
      expect(issues({ kind, leaders: [] })).toEqual([
        { code: 'LEADER_REQUIRED', path: ['leaders'] },
      ]);
    }
  });

  it('refuses a leader with neither id nor name (LEADER_UNNAMED), naming the field bilingually', () => {
    const result = safeParseSupervisionLead({
      kind: 'leadingOfficial',
      leaders: [{ id: 'M-1' }, { title: '副主任' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.error.issues;
    expect(issue?.code).toBe('LEADER_UNNAMED');
    expect(issue?.path).toEqual(['leaders', 1]);
    expect(issue?.field).toMatchObject({ 'zh-Hans': '领衔、领办人员', en: 'leaders' });
    expect(issue?.message['zh-Hans']).toContain('领导须有编号或姓名');
  });

  it('refuses an unknown kind by name and throws a RendaError from the throwing twin', () => {
    expect(issues({ kind: 'mayor' })[0]?.path).toEqual(['kind']);
    expect(() => parseSupervisionLead({ kind: 'mayor' })).toThrow(RendaError);
  });
});
