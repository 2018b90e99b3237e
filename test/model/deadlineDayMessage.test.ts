import { describe, expect, it } from 'vitest';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { assigned } from '../suggestion/support/walk.js';

// DeadlineSchema's days are now CalendarDaySchema.refine(isCalendarDay): the refine has no
// bilingual text, so its message is zod's English "Invalid input" inside the Chinese message,
// and it also runs after the format check failed, giving two issues for one bad day.
function withDay(day: string) {
  const record = JSON.parse(
    JSON.stringify(assigned([{ unitId: 'U-1', role: 'lead' }], '2024-11-30T10:00:00+08:00')),
  );
  record.assignments[0].deadline.day = day;
  return safeParseSuggestion(record);
}

describe('a bad deadline day in a stored record', () => {
  it('reads in Chinese (year 0000)', () => {
    const parsed = withDay('0000-12-31');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const issue of parsed.error.issues) {
      expect(issue.message['zh-Hans']).not.toMatch(/Invalid input/);
    }
  });

  it('is one issue, not two (2025-02-29, after the assignment)', () => {
    const parsed = withDay('2025-02-29');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.issues).toHaveLength(1);
  });
});
