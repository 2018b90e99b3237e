import { describe, expect, it } from 'vitest';
import {
  LIVELIHOOD_PROJECT_STAGES,
  parseLivelihoodProject,
  safeParseLivelihoodProject,
} from '../../src/model/livelihoodProject.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'P-2025-03',
  year: 2025,
  title: '农村公路提档升级',
  description: '完成 120 公里农村公路提档升级',
  investment: 3200.5,
  responsibleUnitIds: ['U-TRANSPORT'],
  leaderIds: ['L-1'],
  completionDay: '2025-12-31',
  stage: 'selected',
};

function issuesOf(input: unknown) {
  const result = safeParseLivelihoodProject(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseLivelihoodProject', () => {
  it('accepts a valid project, strips unknown keys and freezes the result', () => {
    const result = safeParseLivelihoodProject({ ...valid, extra: 'dropped' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(valid);
    expect('extra' in result.value).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.responsibleUnitIds)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseLivelihoodProject(valid);
    expect(parseLivelihoodProject(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts every stage, and a bare candidate without units', () => {
    for (const stage of LIVELIHOOD_PROJECT_STAGES) {
      expect(safeParseLivelihoodProject({ ...valid, stage }).ok).toBe(true);
    }
    const result = safeParseLivelihoodProject({
      id: 'P-9',
      year: 2026,
      title: '社区食堂',
      responsibleUnitIds: [],
      stage: 'candidate',
    });
    expect(result.ok).toBe(true);
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { title: _omitted, ...noTitle } = valid;
    const [issue] = issuesOf(noTitle);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['title'] });
    expect(issue?.message['zh-Hans']).toContain('项目名称');
    expect(issue?.message.en).toContain('project name');
  });

  it('rejects an unknown stage with INVALID_VALUE', () => {
    const [issue] = issuesOf({ ...valid, stage: 'approved' });
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', path: ['stage'] });
  });

  it('rejects an impossible completion day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, completionDay: '2025-13-01' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['completionDay'] });
  });

  it('rejects a negative investment and a fractional year', () => {
    expect(issuesOf({ ...valid, investment: -1 })[0]).toMatchObject({
      code: 'TOO_SMALL',
      path: ['investment'],
    });
    expect(issuesOf({ ...valid, year: 2025.5 })[0]).toMatchObject({ path: ['year'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, title: ' 农村公路 ', extra: 1 });
    const before = structuredClone(input);
    safeParseLivelihoodProject(input);
    expect(input).toEqual(before);
  });
});

describe('parseLivelihoodProject', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseLivelihoodProject({})).toThrow(RendaError);
    try {
      parseLivelihoodProject({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
