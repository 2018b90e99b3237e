import type { Columns, ColumnType } from '../../../stats/sql/factsTable.js';
import { OPINION_FACT_NAMES, type OpinionFact } from '../opinionFacts.js';
import type { OpinionDeputyFactsRow, OpinionFactsRow } from '../opinionFactTables.js';

// The storage type of every column of the two opinion facts tables (internal), typed by the rows'
// own keys: a field added to a row without a type here does not compile.

const FACT_COLUMNS = /* @__PURE__ */ Object.fromEntries(
  OPINION_FACT_NAMES.map((fact) => [fact, 'boolean']),
) as { readonly [F in OpinionFact]: ColumnType };

/** The opinion table: one row per opinion, a boolean column per fact. */
export const OPINION_COLUMNS: Columns<OpinionFactsRow> = /* @__PURE__ */ Object.freeze({
  id: 'text',
  receivedDay: 'text',
  state: 'text',
  channel: 'text',
  category: 'text',
  level: 'text',
  stationId: 'text',
  receivingDeputyId: 'text',
  handlingUnitId: 'text',
  ...FACT_COLUMNS,
});

/** The deputy table: one row per distinct receiving deputy of an opinion. */
export const OPINION_DEPUTY_COLUMNS: Columns<OpinionDeputyFactsRow> = {
  opinionId: 'text',
  deputyId: 'text',
};
