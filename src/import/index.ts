export {
  type AdoptLegacyOptions,
  adoptLegacySuggestion,
  type LegacySuggestion,
  safeAdoptLegacySuggestion,
} from './adoptLegacySuggestion.js';
export { type ExportRowsOptions, exportRows, safeExportRows } from './exportRows.js';
export { foldWidth } from './foldWidth.js';
export { IMPORT_MODELS, type ImportModel, type ImportRecords } from './importModels.js';
export {
  type ImportColumn,
  type ImportIssue,
  type ImportResult,
  type ImportRow,
  type ImportRowResult,
  type ImportRowsOptions,
  importRows,
  safeImportRows,
} from './importRows.js';
export type { Cell } from './internal/cells.js';
export type { HeaderLocale } from './internal/modelColumns.js';
export {
  DATASET_FINDING_CODES,
  type DatasetCollection,
  type DatasetFinding,
  type DatasetFindingCode,
  type RecordRef,
} from './lint/datasetFinding.js';
export { type Dataset, lintDataset, safeLintDataset } from './lint/lintDataset.js';
export { type DayCellError, parseDayCell, safeParseDayCell } from './parseDayCell.js';
export {
  coverageReportSentences,
  safeCoverageReportSentences,
} from './report/coverageReportSentences.js';
export {
  coverageTable,
  safeCoverageTable,
} from './report/coverageTable.js';
export {
  type DashboardTableOptions,
  dashboardTable,
  safeDashboardTable,
} from './report/dashboardTable.js';
export {
  type KeyItemReportInput,
  keyItemReportSentences,
  safeKeyItemReportSentences,
} from './report/keyItemReportSentences.js';
export { opinionTable, safeOpinionTable } from './report/opinionTable.js';
export {
  opinionReportSentences,
  reportSentences,
  safeOpinionReportSentences,
  safeReportSentences,
} from './report/reportSentences.js';
export type {
  ReportCell,
  ReportOptions,
  ReportSentence,
  ReportTable,
} from './report/reportTypes.js';
export { safeScoreTable, scoreTable } from './report/scoreTable.js';
export { safeToCsv, type ToCsvOptions, toCsv } from './report/toCsv.js';
export { type ReverseLabelError, reverseLabel, safeReverseLabel } from './reverseLabel.js';
