import { describe, expect, it } from 'vitest';
import { type DatasetFinding, lintDataset, safeLintDataset } from '../../src/import/index.js';
import type { Deputy } from '../../src/model/deputy.js';
import { generateSample } from '../../src/testing/index.js';

const sample = generateSample({ seed: 5, size: 'county' });
const whole = {
  deputies: sample.deputies,
  stations: sample.stations,
  groups: sample.groups,
  members: sample.members,
  units: sample.units,
  committees: sample.committees,
  activities: sample.activities,
  opinions: sample.opinions,
  suggestions: sample.suggestions,
};
const codes = (findings: readonly DatasetFinding[]) => findings.map((f) => f.code);

describe('lintDataset', () => {
  it('finds in the county sample only the suspended deputies it keeps enrolled', () => {
    const findings = lintDataset(whole);
    const other = findings.filter((f) => f.code !== 'LINK_TO_SUSPENDED_DEPUTY');
    expect(other.slice(0, 3)).toEqual([]);
    const suspended = new Set(
      sample.deputies.filter((d) => d.status.status === 'suspended').map((d) => d.id),
    );
    for (const finding of findings) expect(suspended.has(finding.records[1]?.id ?? '')).toBe(true);
  });

  it('names an id used twice in one collection', () => {
    const twice = [...sample.units, sample.units[0] as (typeof sample.units)[number]];
    const findings = lintDataset({ units: twice });
    expect(codes(findings)).toEqual(['DUPLICATE_ID']);
    expect(findings[0]?.records.map((r) => r.id)).toEqual([
      sample.units[0]?.id,
      sample.units[0]?.id,
    ]);
  });

  it('names references to ids that do not exist, with the field path', () => {
    const opinion = {
      ...(sample.opinions[0] as (typeof sample.opinions)[number]),
      deputyIds: ['D-NOBODY'],
    };
    const activity = {
      ...(sample.activities[0] as (typeof sample.activities)[number]),
      stationId: 'ST-NOWHERE',
    };
    const findings = lintDataset({
      deputies: sample.deputies,
      stations: sample.stations,
      opinions: [opinion, ...sample.opinions.slice(1)],
      activities: [activity],
    });
    const unknown = findings.filter((f) => f.code === 'UNKNOWN_REFERENCE');
    expect(unknown.map((f) => f.records[0])).toEqual([
      { collection: 'activities', id: activity.id, path: ['stationId'] },
      { collection: 'opinions', id: opinion.id, path: ['deputyIds', 0] },
    ]);
    expect(unknown[1]?.message['zh-Hans']).toContain('D-NOBODY');
    expect(unknown[1]?.message.en).toContain('D-NOBODY');
  });

  it('checks a reference only when its target collection is given', () => {
    const opinion = {
      ...(sample.opinions[0] as (typeof sample.opinions)[number]),
      deputyIds: ['D-NOBODY'],
    };
    expect(lintDataset({ opinions: [opinion] })).toEqual([]);
  });

  it('flags enrolments and contact assignments of ended and suspended deputies', () => {
    const station = sample.stations.find((s) => s.enrolments.some((e) => e.to === undefined));
    const enrolment = station?.enrolments.find((e) => e.to === undefined);
    const member = sample.members.find((m) => m.contactAssignments.some((a) => a.to === undefined));
    const assignment = member?.contactAssignments.find((a) => a.to === undefined);
    const deputies = sample.deputies.map((d): Deputy => {
      if (d.id === enrolment?.deputyId)
        return { ...d, status: { status: 'ended', on: '2024-06-30', reason: 'movedOut' } };
      if (d.id === assignment?.deputyId)
        return {
          ...d,
          status: { status: 'suspended', since: '2024-06-30', reason: 'servingSentence' },
        };
      return d;
    });
    const findings = lintDataset({ deputies, stations: sample.stations, members: sample.members });
    const ended = findings.filter((f) => f.code === 'LINK_TO_ENDED_DEPUTY');
    const suspended = findings.filter((f) => f.code === 'LINK_TO_SUSPENDED_DEPUTY');
    expect(
      ended.some((f) => f.records.some((r) => r.collection === 'stations' && r.id === station?.id)),
    ).toBe(true);
    expect(ended.every((f) => f.records.some((r) => r.id === enrolment?.deputyId))).toBe(true);
    expect(
      suspended.some((f) =>
        f.records.some((r) => r.collection === 'members' && r.id === member?.id),
      ),
    ).toBe(true);
  });

  it('does not flag an enrolment that ended before the qualification did', () => {
    const deputy = sample.deputies[0] as Deputy;
    const ended: Deputy = {
      ...deputy,
      status: { status: 'ended', on: '2024-06-30', reason: 'resigned' },
    };
    const station = {
      ...(sample.stations[0] as (typeof sample.stations)[number]),
      enrolments: [{ deputyId: deputy.id, from: '2022-01-01', to: '2024-06-30' }],
    };
    expect(codes(lintDataset({ deputies: [ended], stations: [station] }))).not.toContain(
      'LINK_TO_ENDED_DEPUTY',
    );
  });

  it('names every station of a parent cycle', () => {
    const [a, b, c] = sample.stations.slice(1, 4) as [
      (typeof sample.stations)[number],
      (typeof sample.stations)[number],
      (typeof sample.stations)[number],
    ];
    const stations = [
      ...sample.stations.slice(4),
      sample.stations[0] as (typeof sample.stations)[number],
      { ...a, parentId: b.id },
      { ...b, parentId: c.id },
      { ...c, parentId: a.id },
    ];
    const cycle = lintDataset({ stations }).filter((f) => f.code === 'STATION_PARENT_CYCLE');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.records.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('names one person entered twice', () => {
    const deputy = sample.deputies.find((d) => d.birthYear !== undefined) as Deputy;
    const { personId: _, ...rest } = deputy;
    const again: Deputy = {
      ...rest,
      id: `${deputy.id}-X`,
      congress: { ...deputy.congress, term: deputy.congress.term - 1 },
    };
    const findings = lintDataset({ deputies: [{ ...rest }, again] });
    const dup = findings.filter((f) => f.code === 'LIKELY_DUPLICATE_PERSON');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.records.map((r) => r.id).sort()).toEqual([deputy.id, again.id].sort());
  });

  it('flags a membership the station roster does not mirror', () => {
    const deputy = sample.deputies[0] as Deputy;
    const station = sample.stations.find(
      (s) => !s.enrolments.some((e) => e.deputyId === deputy.id),
    ) as (typeof sample.stations)[number];
    const member: Deputy = {
      ...deputy,
      memberships: [
        ...deputy.memberships,
        { kind: 'station', orgId: station.id, from: deputy.term.from },
      ],
    };
    const findings = lintDataset({ deputies: [member], stations: sample.stations });
    expect(
      findings.filter((f) => f.code === 'MEMBERSHIP_NOT_RECIPROCATED').map((f) => f.records[1]),
    ).toEqual([{ collection: 'stations', id: station.id }]);
  });

  it('refuses a collection that is not a list, safely too', () => {
    expect(() => lintDataset({ deputies: 3 } as never)).toThrow();
    const result = safeLintDataset({ deputies: 3 } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['deputies']);
  });
});
