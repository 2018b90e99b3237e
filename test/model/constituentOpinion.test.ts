import { describe, expect, it } from 'vitest';
import {
  OPINION_STATES,
  parseConstituentOpinion,
  safeParseConstituentOpinion,
} from '../../src/model/constituentOpinion.js';
import { RendaError } from '../../src/model/shared/validationError.js';

const valid = {
  id: 'O-1',
  rulesVersion: 'default@1',
  channel: 'station',
  receivedAt: '2025-03-15T01:20:00.000Z',
  receivedDay: '2025-03-15',
  deputyIds: ['D-1'],
  stationId: 'ST-1',
  submitter: { name: '张某', phone: '13800000000' },
  content: '建议在小区门口增设公交站点',
  topic: '交通',
  state: 'closed',
  referral: {
    to: 'department',
    unitId: 'U-TRANSPORT',
    at: '2025-03-17T02:00:00.000Z',
    dueDay: '2025-04-07',
  },
  handledAt: '2025-04-01T08:00:00.000Z',
  feedback: { at: '2025-04-02T03:00:00.000Z', channel: 'phone', satisfaction: 'satisfied' },
  history: [
    {
      type: 'refer',
      at: '2025-03-17T02:00:00.000Z',
      recordedAt: '2025-03-17T02:05:00.000Z',
      actor: { role: 'liaisonOffice', id: 'OFFICE' },
      payload: { to: 'department', unitId: 'U-TRANSPORT' },
    },
  ],
};

function issuesOf(input: unknown) {
  const result = safeParseConstituentOpinion(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
}

describe('safeParseConstituentOpinion', () => {
  it('accepts a valid opinion, strips unknown keys and freezes the result', () => {
    const result = safeParseConstituentOpinion({
      ...valid,
      extra: 'dropped',
      feedback: { ...valid.feedback, extra: 1 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // A record made before the opinion loop parses, with the loop's lists empty and round 1.
    expect(result.value).toEqual({
      ...valid,
      referral: { ...valid.referral, extensions: [] },
      round: 1,
      reminders: [],
      handlings: [],
      feedbacks: [],
      callbacks: [],
    });
    expect('extra' in result.value).toBe(false);
    expect('extra' in (result.value.feedback ?? {})).toBe(false);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.history[0]?.payload)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const first = parseConstituentOpinion(valid);
    expect(parseConstituentOpinion(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it('accepts a fresh opinion received by a hotline without deputies or history', () => {
    const result = safeParseConstituentOpinion({
      id: 'O-2',
      rulesVersion: 'default@1',
      channel: 'hotline12345',
      receivedAt: '2025-03-15T01:20:00.000Z',
      receivedDay: '2025-03-15',
      deputyIds: [],
      content: '路灯损坏',
      state: 'received',
      history: [],
    });
    expect(result.ok).toBe(true);
  });

  it('accepts every state when the record carries all its details', () => {
    for (const state of OPINION_STATES) {
      const result = safeParseConstituentOpinion({
        ...valid,
        state,
        notAcceptedReason: 'vague',
        suggestionId: 'S-1',
        mergedInto: 'O-0',
      });
      expect(result.ok).toBe(true);
    }
  });

  it('stores timestamps with a +08:00 offset in canonical UTC, nested ones too', () => {
    const opinion = parseConstituentOpinion({
      ...valid,
      receivedAt: '2025-03-15T09:20:00+08:00',
      feedback: { ...valid.feedback, at: '2025-04-02T11:00:00+08:00' },
      history: [{ ...valid.history[0], at: '2025-03-17T10:00:00+08:00' }],
    });
    expect(opinion.receivedAt).toBe('2025-03-15T01:20:00.000Z');
    expect(opinion.feedback?.at).toBe('2025-04-02T03:00:00.000Z');
    expect(opinion.history[0]?.at).toBe('2025-03-17T02:00:00.000Z');
  });

  it('rejects a not-accepted opinion without a reason with STATE_DETAILS_MISSING', () => {
    const [issue] = issuesOf({ ...valid, state: 'notAccepted' });
    expect(issue).toMatchObject({ code: 'STATE_DETAILS_MISSING', path: ['notAcceptedReason'] });
  });

  it('rejects a converted opinion without the suggestion with STATE_DETAILS_MISSING', () => {
    const [issue] = issuesOf({ ...valid, state: 'convertedToSuggestion' });
    expect(issue).toMatchObject({ code: 'STATE_DETAILS_MISSING', path: ['suggestionId'] });
  });

  it('rejects a fed-back or closed opinion without feedback with STATE_DETAILS_MISSING', () => {
    const { feedback: _omitted, ...noFeedback } = valid;
    for (const state of ['fedBack', 'closed']) {
      const [issue] = issuesOf({ ...noFeedback, state });
      expect(issue).toMatchObject({ code: 'STATE_DETAILS_MISSING', path: ['feedback'] });
    }
  });

  it('rejects a referred opinion without its referral with STATE_DETAILS_MISSING', () => {
    const { referral: _omitted, ...noReferral } = valid;
    for (const state of ['referred', 'inHandling', 'handled']) {
      const [issue] = issuesOf({ ...noReferral, state });
      expect(issue).toMatchObject({ code: 'STATE_DETAILS_MISSING', path: ['referral'] });
    }
  });

  it('rejects feedback before receipt with FEEDBACK_BEFORE_RECEIPT, across offsets', () => {
    // 09:00+08:00 is 01:00Z, twenty minutes before the receipt.
    const [issue] = issuesOf({
      ...valid,
      feedback: { ...valid.feedback, at: '2025-03-15T09:00:00+08:00' },
    });
    expect(issue).toMatchObject({ code: 'FEEDBACK_BEFORE_RECEIPT', path: ['feedback', 'at'] });
  });

  it('rejects a referral or handling before receipt', () => {
    const issues = issuesOf({
      ...valid,
      referral: { ...valid.referral, at: '2025-03-14T00:00:00.000Z' },
      handledAt: '2025-03-14T00:00:00.000Z',
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['REFERRAL_BEFORE_RECEIPT', ['referral', 'at']],
      ['HANDLED_BEFORE_RECEIPT', ['handledAt']],
    ]);
  });

  it('rejects a history entry recorded before it happened with RECORDED_BEFORE_HAPPENED', () => {
    const [issue] = issuesOf({
      ...valid,
      history: [{ ...valid.history[0], recordedAt: '2025-03-17T01:59:00.000Z' }],
    });
    expect(issue).toMatchObject({
      code: 'RECORDED_BEFORE_HAPPENED',
      path: ['history', 0, 'recordedAt'],
    });
  });

  it('names a missing field by path and code, in Chinese and English', () => {
    const { content: _omitted, ...noContent } = valid;
    const [issue] = issuesOf(noContent);
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['content'] });
    expect(issue?.message['zh-Hans']).toContain('意见内容');
    expect(issue?.message.en).toContain('content');
  });

  it('rejects an unknown channel or satisfaction with INVALID_VALUE', () => {
    expect(issuesOf({ ...valid, channel: 'wechat' })[0]).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['channel'],
    });
    // Reasons are the policy's codes: the schema takes any code, the workflow only the policy's.
    expect(safeParseConstituentOpinion({ ...valid, notAcceptedReason: 'busy' }).ok).toBe(true);
    expect(issuesOf({ ...valid, notAcceptedReason: '' })[0]?.path).toEqual(['notAcceptedReason']);
    expect(
      issuesOf({ ...valid, feedback: { ...valid.feedback, satisfaction: 'happy' } })[0],
    ).toMatchObject({ code: 'INVALID_VALUE', path: ['feedback', 'satisfaction'] });
  });

  it('rejects a merged duplicate without the ticket it joined with STATE_DETAILS_MISSING', () => {
    const [issue] = issuesOf({ ...valid, state: 'merged' });
    expect(issue).toMatchObject({ code: 'STATE_DETAILS_MISSING', path: ['mergedInto'] });
  });

  it('rejects a reception mode on an opinion not received on a reception day', () => {
    expect(issuesOf({ ...valid, receptionMode: 'waiting' })[0]).toMatchObject({
      code: 'RECEPTION_MODE_WITHOUT_DAY',
      path: ['receptionMode'],
    });
    const onDay = { ...valid, channel: 'receptionDay', receptionMode: 'appointment' };
    expect(safeParseConstituentOpinion(onDay).ok).toBe(true);
  });

  it('refuses a mobile number or an identity number that fails its check, naming the field', () => {
    expect(issuesOf({ ...valid, submitter: { mobile: '1380000000' } })[0]).toMatchObject({
      code: 'NOT_MAINLAND_MOBILE',
      path: ['submitter', 'mobile'],
    });
    // 11010519491231002X is valid; the same digits with check character 1 are not.
    expect(issuesOf({ ...valid, submitter: { idNumber: '110105194912310021' } })[0]).toMatchObject({
      code: 'NOT_RESIDENT_ID',
      path: ['submitter', 'idNumber'],
    });
    const ok = { ...valid, submitter: { mobile: '13800000000', idNumber: '11010519491231002X' } };
    expect(safeParseConstituentOpinion(ok).ok).toBe(true);
  });

  it('rejects an impossible received day with INVALID_FORMAT', () => {
    const [issue] = issuesOf({ ...valid, receivedDay: '2025-02-30' });
    expect(issue).toMatchObject({ code: 'INVALID_FORMAT', path: ['receivedDay'] });
  });

  it('rejects a history entry without an actor, naming its index', () => {
    const { actor: _omitted, ...noActor } = valid.history[0]!;
    const [issue] = issuesOf({ ...valid, history: [noActor] });
    expect(issue).toMatchObject({ code: 'REQUIRED', path: ['history', 0, 'actor'] });
  });

  it('leaves its input untouched', () => {
    const input = structuredClone({ ...valid, receivedAt: '2025-03-15T09:20:00+08:00', extra: 1 });
    const before = structuredClone(input);
    safeParseConstituentOpinion(input);
    safeParseConstituentOpinion({ ...input, state: 'notAccepted' });
    expect(input).toEqual(before);
  });
});

describe('parseConstituentOpinion', () => {
  it('throws a RendaError with code INVALID_INPUT', () => {
    expect(() => parseConstituentOpinion({})).toThrow(RendaError);
    try {
      parseConstituentOpinion({});
    } catch (error) {
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });
});
