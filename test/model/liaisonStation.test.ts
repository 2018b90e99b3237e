import { describe, expect, it } from 'vitest';
import { parseLiaisonStation, safeParseLiaisonStation } from '../../src/model/liaisonStation.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'S-TX',
  name: '塘下镇人大代表联络站',
  kind: 'station',
  tier: 'central',
  parentId: 'S-MAIN',
  area: { code: '330381102', name: '塘下镇' },
  address: '塘下镇某路8号',
  enrolments: [
    { deputyId: 'D-0001', from: '2022-01-01', to: '2022-12-31' },
    { deputyId: 'D-0001', from: '2023-01-01' },
    { deputyId: 'D-0002', from: '2022-01-01' },
  ],
  receptionSchedule: { kind: 'oddMonths', day: 15, noticeDays: 3 },
  floorArea: 120.5,
  stars: 4,
  active: { from: '2019-06-01' },
};

const online = {
  id: 'S-NET',
  name: '网上代表联络站',
  kind: 'online',
  enrolments: [],
  active: { from: '2023-01-01' },
};

function issuesOf(input: unknown) {
  const result = safeParseLiaisonStation(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseLiaisonStation', () => {
  it('accepts a valid station, strips unknown keys and freezes the result', () => {
    const result = safeParseLiaisonStation({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.receptionSchedule)).toBe(true);
  });

  it('round-trips through JSON', () => {
    const station = parseLiaisonStation(valid);
    expect(parseLiaisonStation(JSON.parse(JSON.stringify(station)))).toEqual(station);
  });

  it('accepts an online station without an area and each kind of reception schedule', () => {
    expect(safeParseLiaisonStation(online).ok).toBe(true);
    for (const receptionSchedule of [
      { kind: 'weekly', weekday: 1, noticeDays: 3 },
      { kind: 'monthlyDays', days: [9, 19] },
    ]) {
      expect(safeParseLiaisonStation({ ...valid, receptionSchedule }).ok).toBe(true);
    }
  });

  it('names a missing field by path and code', () => {
    const { enrolments: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['enrolments'] });
    expect(issue?.message['zh-Hans']).toContain('进站代表');
  });

  it('rejects an unknown kind with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, kind: 'office' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['kind'] });
  });

  it('rejects an unknown schedule kind and a weekday out of range', () => {
    expect(issuesOf({ ...valid, receptionSchedule: { kind: 'daily' } })[0]?.path).toEqual([
      'receptionSchedule',
      'kind',
    ]);
    expect(
      issuesOf({ ...valid, receptionSchedule: { kind: 'weekly', weekday: 8 } })[0],
    ).toMatchObject({ code: 'TOO_BIG', path: ['receptionSchedule', 'weekday'] });
  });

  it('rejects more than five stars', () => {
    const [issue] = issuesOf({ ...valid, stars: 6 });
    expect(issue).toMatchObject({ code: 'TOO_BIG', path: ['stars'] });
  });

  it('rejects an impossible date such as 2023-02-29', () => {
    const [issue] = issuesOf({
      ...valid,
      enrolments: [{ deputyId: 'D-0001', from: '2023-02-29' }],
    });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['enrolments', 0, 'from'] });
  });

  it('rejects a station without an area with AREA_REQUIRED', () => {
    const { area: _omitted, ...rest } = valid;
    const [issue] = issuesOf(rest);
    expect(issue).toMatchObject({ code: 'AREA_REQUIRED', path: ['area'] });
  });

  it('rejects an online station with an address with ONLINE_STATION_ADDRESS', () => {
    const [issue] = issuesOf({ ...online, address: '某路1号' });
    expect(issue).toMatchObject({ code: 'ONLINE_STATION_ADDRESS', path: ['address'] });
  });

  it('rejects a station that is its own parent with PARENT_IS_SELF', () => {
    const [issue] = issuesOf({ ...valid, parentId: 'S-TX' });
    expect(issue).toMatchObject({ code: 'PARENT_IS_SELF', path: ['parentId'] });
  });

  it('rejects the same deputy enrolled twice with overlapping dates', () => {
    const [issue] = issuesOf({
      ...valid,
      enrolments: [
        { deputyId: 'D-0001', from: '2022-01-01' },
        { deputyId: 'D-0001', from: '2024-01-01' },
      ],
    });
    expect(issue).toMatchObject({
      code: 'DUPLICATE_ENROLMENT',
      path: ['enrolments', 1, 'deputyId'],
    });
  });

  it('rejects an enrolment ending before it starts with END_BEFORE_START', () => {
    const [issue] = issuesOf({
      ...valid,
      enrolments: [{ deputyId: 'D-0001', from: '2022-01-02', to: '2022-01-01' }],
    });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['enrolments', 0, 'to'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, extra: 1 });
    const before = structuredClone(input);
    safeParseLiaisonStation(input);
    safeParseLiaisonStation({ ...input, kind: 'online' });
    expect(input).toEqual(before);
  });
});

describe('parseLiaisonStation', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseLiaisonStation({})).toThrow(RendaError);
    try {
      parseLiaisonStation({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
