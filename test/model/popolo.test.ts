import { describe, expect, it } from 'vitest';
import { parseCommittee } from '../../src/model/committee.js';
import { parseDeputy } from '../../src/model/deputy.js';
import { parseDeputyGroup } from '../../src/model/deputyGroup.js';
import { parseLiaisonStation } from '../../src/model/liaisonStation.js';
import { toPopolo } from '../../src/model/popolo.js';
import { parseStandingCommitteeMember } from '../../src/model/standingCommitteeMember.js';

const congress = { jurisdiction: '440300', level: 'city', term: 7 } as const;

const wang = parseDeputy({
  id: 'D-1',
  name: '王芳',
  gender: 'female',
  birthYear: 1978,
  congress,
  constituency: { kind: 'electoralUnit', id: 'EU-FT', name: '福田区人大' },
  delegation: { id: 'DEL-FT', name: '福田代表团' },
  occupations: ['professional'],
  grassroots: true,
  status: { status: 'inOffice' },
  term: { from: '2021-05-01' },
  memberships: [{ kind: 'group', orgId: 'G-1', from: '2021-06-01' }],
  contact: { phone: '13800000000', email: 'wang@example.cn' },
});

const li = parseDeputy({
  id: 'D-2',
  name: '李强',
  gender: 'male',
  congress,
  constituency: { kind: 'electoralUnit', id: 'EU-NS', name: '南山区人大' },
  occupations: ['worker'],
  grassroots: true,
  status: { status: 'ended', on: '2024-03-01', reason: 'died' },
  byElected: { on: '2022-01-10', replacesDeputyId: 'D-0' },
  term: { from: '2022-01-10' },
  memberships: [],
});

const chen = parseDeputy({
  id: 'D-3',
  name: '陈明',
  gender: 'male',
  congress,
  constituency: { kind: 'electoralUnit', id: 'EU-LH', name: '罗湖区人大' },
  occupations: ['official'],
  grassroots: false,
  status: { status: 'suspended', since: '2024-05-10', reason: 'detainedInCriminalCase' },
  term: { from: '2021-05-01' },
  memberships: [],
});

const group = parseDeputyGroup({
  id: 'G-1',
  name: '福田第一代表小组',
  kind: 'regional',
  area: { code: '440304001', name: '园岭街道' },
  stationId: 'S-1',
  members: [
    { deputyId: 'D-1', role: 'leader', from: '2021-06-01' },
    { deputyId: 'D-2', role: 'member', from: '2022-01-10', to: '2024-03-01' },
  ],
});

const station = parseLiaisonStation({
  id: 'S-1',
  name: '园岭街道代表联络站',
  kind: 'station',
  parentId: 'S-0',
  area: { code: '440304001', name: '园岭街道' },
  enrolments: [{ deputyId: 'D-1', from: '2021-06-01' }],
  active: { from: '2019-01-01' },
});

const committees = [
  parseCommittee({
    id: 'C-FIN',
    name: '财政经济委员会',
    kind: 'special',
    congress,
    active: { from: '2021-05-01' },
  }),
  parseCommittee({
    id: 'C-DWC',
    name: '代表工作委员会',
    kind: 'working',
    congress,
    active: { from: '2021-05-01', to: '2026-04-30' },
  }),
];

const member = parseStandingCommitteeMember({
  id: 'SC-1',
  name: '陈明',
  congress,
  position: 'viceChair',
  councilMember: true,
  deputyId: 'D-3',
  term: { from: '2021-05-01' },
  contactAssignments: [{ deputyId: 'D-2', from: '2022-02-01' }],
});

const outsider = parseStandingCommitteeMember({
  id: 'SC-2',
  name: '赵敏',
  congress,
  position: 'member',
  councilMember: false,
  term: { from: '2021-05-01' },
  contactAssignments: [],
});

const roster = {
  deputies: [wang, li, chen],
  groups: [group],
  stations: [station],
  committees,
  members: [member, outsider],
};

describe('toPopolo', () => {
  const popolo = toPopolo(roster);
  const membership = (id: string) => popolo.memberships.find((m) => m.id === id);

  it('exports one person per deputy and per member who is not a deputy, without contact data', () => {
    expect(popolo.persons.map((p) => p.id)).toEqual([
      'deputy:D-1',
      'deputy:D-2',
      'deputy:D-3',
      'member:SC-2',
    ]);
    expect(popolo.persons[0]).toEqual({
      id: 'deputy:D-1',
      name: '王芳',
      gender: 'female',
      birth_date: '1978',
      identifiers: [{ scheme: 'renda:deputy', identifier: 'D-1' }],
    });
    expect(JSON.stringify(popolo)).not.toContain('13800000000');
    expect(JSON.stringify(popolo)).not.toContain('wang@example.cn');
  });

  it('merges a member who is a deputy into the deputy person', () => {
    expect(popolo.persons[2]?.identifiers).toEqual([
      { scheme: 'renda:deputy', identifier: 'D-3' },
      { scheme: 'renda:standing-committee-member', identifier: 'SC-1' },
    ]);
  });

  it('records death as death_date and ends the congress membership with end_reason in extras', () => {
    expect(popolo.persons[1]?.death_date).toBe('2024-03-01');
    expect(membership('deputy:D-2>congress:440300:city:7@2022-01-10')).toMatchObject({
      role: 'deputy',
      start_date: '2022-01-10',
      end_date: '2024-03-01',
      extras: { end_reason: 'died', by_elected_on: '2022-01-10', replaces_person_id: 'deputy:D-0' },
    });
  });

  it('keeps an open congress membership open and puts a suspension in extras', () => {
    const m = membership('deputy:D-3>congress:440300:city:7@2021-05-01');
    expect(m?.end_date).toBeUndefined();
    expect(m?.extras).toMatchObject({
      status: 'suspended',
      suspended_since: '2024-05-10',
      suspension_reason: 'detainedInCriminalCase',
    });
  });

  it('builds the organization tree: congress, standing committee, committees, delegation, station', () => {
    const byId = new Map(popolo.organizations.map((o) => [o.id, o]));
    expect(byId.get('congress:440300:city:7')).toMatchObject({
      classification: 'legislature',
      area_id: '440300',
    });
    expect(byId.get('committee:C-FIN')?.parent_id).toBe('congress:440300:city:7');
    expect(byId.get('committee:C-DWC')).toMatchObject({
      parent_id: 'standing-committee:440300:city:7',
      dissolution_date: '2026-04-30',
    });
    expect(byId.get('standing-committee:440300:city:7')?.parent_id).toBe('congress:440300:city:7');
    expect(byId.get('delegation:DEL-FT')?.parent_id).toBe('congress:440300:city:7');
    expect(byId.get('station:S-1')).toMatchObject({
      parent_id: 'station:S-0',
      area_id: '440304001',
    });
    expect(byId.get('contact-group:SC-1')).toMatchObject({
      classification: 'contact group',
      extras: { synthetic: true },
    });
    expect(byId.has('contact-group:SC-2')).toBe(false);
  });

  it('gives one membership when a group and a deputy both record it, with the role filled in', () => {
    const matches = popolo.memberships.filter(
      (m) => m.person_id === 'deputy:D-1' && m.organization_id === 'group:G-1',
    );
    expect(matches).toEqual([
      {
        id: 'deputy:D-1>group:G-1@2021-06-01',
        person_id: 'deputy:D-1',
        organization_id: 'group:G-1',
        role: 'leader',
        label: '组长',
        start_date: '2021-06-01',
      },
    ]);
  });

  it('exports station enrolments, delegations, SC positions and contact links', () => {
    expect(membership('deputy:D-1>station:S-1@2021-06-01')?.label).toBe('进站代表');
    expect(membership('deputy:D-1>delegation:DEL-FT@2021-05-01')?.role).toBe('member');
    expect(membership('deputy:D-3>standing-committee:440300:city:7@2021-05-01')).toMatchObject({
      role: 'viceChair',
      label: '副主任',
      extras: { council_member: true },
    });
    expect(membership('deputy:D-3>contact-group:SC-1@2021-05-01')?.role).toBe('convener');
    expect(membership('deputy:D-2>contact-group:SC-1@2022-02-01')?.role).toBe('member');
  });

  it('gives every membership a unique id', () => {
    const ids = popolo.memberships.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns deeply frozen output and leaves its input untouched', () => {
    const before = structuredClone(roster);
    const again = toPopolo(roster);
    expect(again).toEqual(popolo);
    expect(roster).toEqual(before);
    expect(Object.isFrozen(popolo)).toBe(true);
    expect(Object.isFrozen(popolo.memberships[0]?.extras)).toBe(true);
    expect(Object.isFrozen(popolo.persons[0]?.identifiers)).toBe(true);
  });

  it('names congresses with the option given', () => {
    const named = toPopolo(
      { deputies: [wang] },
      { congressName: (c) => `深圳市第${c.term}届人民代表大会` },
    );
    expect(named.organizations[0]?.name).toBe('深圳市第7届人民代表大会');
  });

  it('returns empty lists for an empty roster', () => {
    expect(toPopolo({})).toEqual({ persons: [], organizations: [], memberships: [] });
  });
});
