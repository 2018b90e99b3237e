import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The recipe is plain JavaScript under examples/: the core never imports exceljs.
import { readReportXlsx, writeReportXlsx } from '../../examples/report-xlsx.mjs';
import { dashboardTable } from '../../src/import/index.js';
import { byLeadUnit, suggestionStats } from '../../src/index.js';
import { generateSample } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'renda-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the XLSX recipe (examples/report-xlsx.mjs)', () => {
  it('writes the dashboard table that exceljs reads back cell for cell', async () => {
    const { suggestions, policy } = generateSample({ seed: 2, size: 'town' });
    const result = suggestionStats(suggestions, {
      asOf: '2025-12-31T18:00:00+08:00',
      policy,
      groupBy: byLeadUnit,
    });
    const table = dashboardTable(result, { rates: ['replyRate', 'satisfactionRate'] });
    const path = join(dir, 'dashboard.xlsx');
    await writeReportXlsx([table], path);
    const [sheet] = await readReportXlsx(path);
    expect(sheet?.name).toBe(table.title);
    expect(sheet?.rows).toEqual([
      [table.title],
      [...table.columns],
      ...table.rows.map((row) => [...row]),
      [...(table.totals ?? [])],
    ]);
    // Counts stay numbers a spreadsheet can sum; percents keep the publisher's printed form.
    expect(typeof sheet?.rows[2]?.[1]).toBe('number');
    expect(String(sheet?.rows.at(-1)?.[3])).toMatch(/%$|^—$/);
  });
});
