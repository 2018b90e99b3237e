import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, parseActivity, safeParseActivity } from '../../src/model/activity.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'A-1',
  kind: 'receptionDay',
  at: '2025-03-15T01:00:00.000Z',
  day: '2025-03-15',
  endDay: '2025-03-15',
  congress: { jurisdiction: '330226', level: 'county', term: 18 },
  stationId: 'ST-1',
  groupId: 'G-1',
  organiserId: 'OFFICE',
  title: '三月代表接待日',
  participants: { memberIds: ['M-1'], deputyIds: ['D-1', 'D-2'], constituents: 23 },
  collected: { opinions: 6, opinionIds: ['O-1', 'O-2'] },
  note: '现场答复 2 件',
  recordedAt: '2025-03-15T04:00:00.000Z',
  rulesVersion: 'default@1',
};

function issuesOf(input: unknown) {
  const result = safeParseActivity(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseActivity', () => {
  it('accepts a valid activity, strips unknown keys and freezes the result', () => {
    const result = safeParseActivity({
      ...valid,
      extra: 'dropped',
      participants: { ...valid.participants, extra: 1 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect('extra' in result.value.participants).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.participants.deputyIds)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseActivity(valid);
    expect(parseActivity(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every kind with a member and a deputy and a station', () => {
    for (const kind of ACTIVITY_KINDS) {
      expect(safeParseActivity({ ...valid, kind }).ok).toBe(true);
    }
  });

  it('stores timestamps with a +08:00 offset in canonical UTC', () => {
    const activity = parseActivity({
      ...valid,
      at: '2025-03-15T09:00:00+08:00',
      recordedAt: '2025-03-15T12:00:00+08:00',
    });
    expect(activity.at).toBe('2025-03-15T01:00:00.000Z');
    expect(activity.recordedAt).toBe('2025-03-15T04:00:00.000Z');
  });

  it('accepts a voter contact without members or constituent count', () => {
    const { stationId: _s, collected: _c, ...rest } = valid;
    const result = safeParseActivity({
      ...rest,
      kind: 'voterContact',
      participants: { memberIds: [], deputyIds: ['D-1'] },
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a member contact without a member with PARTICIPANTS_MISSING', () => {
    const [issue] = issuesOf({
      ...valid,
      kind: 'memberContact',
      participants: { memberIds: [], deputyIds: ['D-1'] },
    });
    expect(issue).toMatchObject({
      code: 'PARTICIPANTS_MISSING',
      path: ['participants', 'memberIds'],
    });
  });

  it('rejects a member contact without a deputy with PARTICIPANTS_MISSING', () => {
    const [issue] = issuesOf({
      ...valid,
      kind: 'memberContact',
      participants: { memberIds: ['M-1'], deputyIds: [] },
    });
    expect(issue).toMatchObject({
      code: 'PARTICIPANTS_MISSING',
      path: ['participants', 'deputyIds'],
    });
  });

  it('rejects attendance at a standing committee session without a deputy', () => {
    const [issue] = issuesOf({
      ...valid,
      kind: 'scSessionAttendance',
      participants: { memberIds: ['M-1'], deputyIds: [] },
    });
    expect(issue).toMatchObject({
      code: 'PARTICIPANTS_MISSING',
      path: ['participants', 'deputyIds'],
    });
  });

  it('rejects a reception day without a station with STATION_REQUIRED', () => {
    const { stationId: _omitted, ...noStation } = valid;
    const issues = issuesOf(noStation);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'STATION_REQUIRED', path: ['stationId'] });
    expect(issues[0]?.message['zh-Hans']).toContain('联络站点');
  });

  it('rejects a reception day without a deputy with PARTICIPANTS_MISSING', () => {
    const [issue] = issuesOf({ ...valid, participants: { memberIds: [], deputyIds: [] } });
    expect(issue).toMatchObject({
      code: 'PARTICIPANTS_MISSING',
      path: ['participants', 'deputyIds'],
    });
  });

  it('rejects an end day before the day with END_BEFORE_START', () => {
    const [issue] = issuesOf({ ...valid, endDay: '2025-03-14' });
    expect(issue).toMatchObject({ code: 'END_BEFORE_START', path: ['endDay'] });
  });

  it('rejects a record made before the activity with RECORDED_BEFORE_HAPPENED, across offsets', () => {
    // 08:30+08:00 is 00:30Z, before the activity at 01:00Z.
    const [issue] = issuesOf({ ...valid, recordedAt: '2025-03-15T08:30:00+08:00' });
    expect(issue).toMatchObject({ code: 'RECORDED_BEFORE_HAPPENED', path: ['recordedAt'] });
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { title: _omitted, ...noTitle } = valid;
    const [issue] = issuesOf(noTitle);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['title'] });
    expect(issue?.message['zh-Hans']).toContain('活动名称');
  });

  it('rejects an unknown kind with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, kind: 'party' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['kind'] });
  });

  it('rejects an impossible day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, day: '2025-02-29', endDay: undefined });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['day'] });
  });

  it('rejects a timestamp without an offset with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, at: '2025-03-15 09:00' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['at'] });
  });

  it('rejects a negative constituent count', () => {
    const [issue] = issuesOf({
      ...valid,
      participants: { ...valid.participants, constituents: -1 },
    });
    expect(issue).toMatchObject({
      code: 'TOO_SMALL',
      path: ['participants', 'constituents'],
    });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, at: '2025-03-15T09:00:00+08:00', extra: 1 });
    const before = structuredClone(input);
    safeParseActivity(input);
    safeParseActivity({
      ...input,
      kind: 'memberContact',
      participants: { memberIds: [], deputyIds: [] },
    });
    expect(input).toEqual(before);
  });
});

describe('parseActivity', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseActivity({})).toThrow(RendaError);
    try {
      parseActivity({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
