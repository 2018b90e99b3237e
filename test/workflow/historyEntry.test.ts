import { describe, expect, it } from 'vitest';
import { HistoryEntrySchema } from '../../src/workflow/historyEntry.js';

const entry = {
  type: 'reply',
  at: '2025-03-01T10:00:00+08:00',
  recordedAt: '2025-03-08T09:00:00+08:00',
  actor: { role: 'handlingUnit', id: 'U-1' },
  payload: { category: 'A' },
};

describe('HistoryEntrySchema', () => {
  it('canonicalises both times to UTC', () => {
    const parsed = HistoryEntrySchema.parse(entry);
    expect(parsed.at).toBe('2025-03-01T02:00:00.000Z');
    expect(parsed.recordedAt).toBe('2025-03-08T01:00:00.000Z');
  });

  it('accepts an entry without a payload', () => {
    const { payload: _, ...rest } = entry;
    expect(HistoryEntrySchema.safeParse(rest).success).toBe(true);
  });

  it('refuses recordedAt before at with RECORDED_BEFORE_HAPPENED and bilingual params', () => {
    const result = HistoryEntrySchema.safeParse({ ...entry, recordedAt: '2025-03-01T01:59:59Z' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0] as { path: unknown; params?: Record<string, string> };
    expect(issue.path).toEqual(['recordedAt']);
    expect(issue.params).toMatchObject({ code: 'RECORDED_BEFORE_HAPPENED' });
    expect(issue.params?.zh).toBeTruthy();
    expect(issue.params?.en).toBeTruthy();
  });

  it('refuses a time without an offset and a payload that is not an object', () => {
    expect(HistoryEntrySchema.safeParse({ ...entry, at: '2025-03-01T10:00:00' }).success).toBe(
      false,
    );
    expect(HistoryEntrySchema.safeParse({ ...entry, payload: 'A' }).success).toBe(false);
  });
});
