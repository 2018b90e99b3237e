// Types of the XLSX recipe, for the test that runs it.
import type { ReportCell, ReportTable } from '../src/import/index.js';

/** Writes the tables to `path`, one sheet each. */
export function writeReportXlsx(tables: readonly ReportTable[], path: string): Promise<void>;

/** Reads a workbook back into plain rows per sheet. */
export function readReportXlsx(
  path: string,
): Promise<{ readonly name: string; readonly rows: ReportCell[][] }[]>;
