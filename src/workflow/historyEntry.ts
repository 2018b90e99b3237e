/**
 * The history entry of a workflow record (历史记录) is a model (`src/model/shared/historyEntry.ts`:
 * type, `at`, `recordedAt ≥ at` with code `RECORDED_BEFORE_HAPPENED`, actor, parsed payload).
 * The engine re-exports that one schema rather than defining its own, so records validated by
 * the models and records produced by `safeTransition` share a single definition, and the package
 * root sees one `HistoryEntrySchema` whichever area it comes through.
 */
export { type HistoryEntry, HistoryEntrySchema } from '../model/shared/historyEntry.js';
