import { describe, expect, it } from 'vitest';
import {
  PERFORMANCE_RECORD_KINDS,
  parsePerformanceRecord,
  safeParsePerformanceRecord,
} from '../../src/model/performanceRecord.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'PR-1',
  deputyId: 'D-1',
  day: '2025-01-08',
  kind: 'sessionAbsence',
  excused: false,
  refId: 'SESSION-3',
  points: -1.5,
  note: '未请假缺席半天',
  rulesVersion: 'jiangbei@2',
};

function issuesOf(input: unknown) {
  const result = safeParsePerformanceRecord(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParsePerformanceRecord', () => {
  it('accepts a valid entry, strips unknown keys and freezes the result', () => {
    const result = safeParsePerformanceRecord({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parsePerformanceRecord(valid);
    expect(parsePerformanceRecord(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every kind, and a bare entry that is not an absence', () => {
    for (const kind of PERFORMANCE_RECORD_KINDS) {
      expect(safeParsePerformanceRecord({ ...valid, kind }).ok).toBe(true);
    }
    const result = safeParsePerformanceRecord({
      id: 'PR-2',
      deputyId: 'D-1',
      day: '2025-03-15',
      kind: 'receptionDay',
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a session absence that does not say whether it was excused', () => {
    const { excused: _omitted, ...noExcused } = valid;
    const issues = issuesOf(noExcused);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'EXCUSED_REQUIRED', path: ['excused'] });
    expect(issues[0]?.message['zh-Hans']).toContain('是否请假');
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { day: _omitted, ...noDay } = valid;
    const [issue] = issuesOf(noDay);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['day'] });
    expect(issue?.message['zh-Hans']).toContain('履职日期');
    expect(issue?.message.en).toContain('day');
  });

  it('rejects an unknown kind with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, kind: 'donation' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['kind'] });
  });

  it('rejects an impossible day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, day: '2025-1-8' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['day'] });
  });

  it('rejects points that are not finite numbers', () => {
    const [issue] = issuesOf({ ...valid, points: Number.POSITIVE_INFINITY });
    expect(issue?.path).toEqual(['points']);
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, deputyId: ' D-1 ', extra: 1 });
    const before = structuredClone(input);
    safeParsePerformanceRecord(input);
    const { excused: _omitted, ...noExcused } = input;
    safeParsePerformanceRecord(noExcused);
    expect(input).toEqual(before);
  });
});

describe('parsePerformanceRecord', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parsePerformanceRecord({})).toThrow(RendaError);
    try {
      parsePerformanceRecord({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
