// Writes report tables to an Excel workbook with exceljs: one sheet per table, the title in the
// first row, bold headers, the totals row (合计) in bold, numbers as numbers and percents as the
// text the publisher prints. renda itself stays free of any spreadsheet library: it gives the
// tables (dashboardTable, coverageTable…) as plain data, and this recipe is the app's part.
// Run after `npm run build`:  node examples/report-xlsx.mjs [out.xlsx]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

/**
 * Writes `tables` (ReportTable objects) to `path`, one sheet each, named by the table's title
 * (Excel allows 31 characters and none of `[]:*?/\`).
 */
export async function writeReportXlsx(tables, path) {
  const workbook = new ExcelJS.Workbook();
  for (const [i, table] of tables.entries()) {
    const name = (table.title || `Sheet${i + 1}`).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([table.title]).font = { bold: true, size: 14 };
    sheet.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    if (table.totals) sheet.addRow([...table.totals]).font = { bold: true };
    sheet.columns.forEach((column, c) => {
      const widest = Math.max(
        ...[table.columns, ...table.rows].map((r) => String(r[c] ?? '').length),
      );
      column.width = Math.min(40, Math.max(8, widest * 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  await workbook.xlsx.writeFile(path);
}

/** Reads a workbook written by writeReportXlsx back into plain rows per sheet. */
export async function readReportXlsx(path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const rows = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      // exceljs rows are 1-based, with an empty slot 0.
      rows.push(row.values.slice(1).map((v) => (v === undefined ? null : v)));
    });
    return { name: sheet.name, rows };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { byLeadUnit, suggestionStats } = await import('renda');
  const { dashboardTable } = await import('renda/import');
  const { generateSample } = await import('renda/testing');
  const { suggestions, policy } = generateSample({ seed: 1, size: 'county' });
  const asOf = '2025-12-31T18:00:00+08:00';
  const result = suggestionStats(suggestions, { asOf, policy, groupBy: byLeadUnit });
  const table = dashboardTable(result, {
    rates: ['replyRate', 'onTimeReplyRate', 'satisfactionRate'],
  });
  const out = process.argv[2] ?? 'dashboard.xlsx';
  await writeReportXlsx([table], out);
  const [sheet] = await readReportXlsx(out);
  console.log(`${out}: ${sheet?.rows.length} rows, totals ${JSON.stringify(sheet?.rows.at(-1))}`);
}
