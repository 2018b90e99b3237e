import type { BilingualText } from '../../model/shared/localized.js';

/**
 * The codes of {@link DatasetFinding} (数据集检查代码):
 * - `DUPLICATE_ID`: two records of one collection share an id.
 * - `UNKNOWN_REFERENCE`: a record names an id the collection it points to does not hold.
 * - `LINK_TO_ENDED_DEPUTY`: an enrolment, group membership or contact assignment runs on past the
 *   day the deputy's qualification ended (or is open-ended).
 * - `LINK_TO_SUSPENDED_DEPUTY`: one that is open while the deputy's duties are suspended.
 * - `MEMBERSHIP_NOT_RECIPROCATED`: a deputy lists a station or group whose roster does not list
 *   the deputy.
 * - `STATION_PARENT_CYCLE`: stations whose parents lead round in a cycle.
 * - `LIKELY_DUPLICATE_PERSON`: one person entered twice (see `likelyDuplicatePeople`).
 *
 * @example
 * ```ts
 * import { DATASET_FINDING_CODES } from 'renda/import';
 *
 * console.log(DATASET_FINDING_CODES.includes('UNKNOWN_REFERENCE')); // true
 * ```
 * @category Import
 */
export const DATASET_FINDING_CODES = [
  'DUPLICATE_ID',
  'UNKNOWN_REFERENCE',
  'LINK_TO_ENDED_DEPUTY',
  'LINK_TO_SUSPENDED_DEPUTY',
  'MEMBERSHIP_NOT_RECIPROCATED',
  'STATION_PARENT_CYCLE',
  'LIKELY_DUPLICATE_PERSON',
] as const;

/**
 * A code of {@link DATASET_FINDING_CODES}.
 *
 * @example
 * ```ts
 * import type { DatasetFindingCode } from 'renda/import';
 *
 * const code: DatasetFindingCode = 'DUPLICATE_ID';
 * ```
 * @category Import
 */
export type DatasetFindingCode = (typeof DATASET_FINDING_CODES)[number];

/**
 * A collection of a {@link Dataset}.
 *
 * @example
 * ```ts
 * import type { DatasetCollection } from 'renda/import';
 *
 * const collection: DatasetCollection = 'stations';
 * ```
 * @category Import
 */
export type DatasetCollection =
  | 'deputies'
  | 'stations'
  | 'groups'
  | 'members'
  | 'units'
  | 'committees'
  | 'activities'
  | 'opinions'
  | 'suggestions';

/**
 * A record a finding concerns: its collection, id and, when one field is at fault, the field's
 * path.
 *
 * @example
 * ```ts
 * import type { RecordRef } from 'renda/import';
 *
 * const ref: RecordRef = { collection: 'stations', id: 'ST-1', path: ['parentId'] };
 * ```
 * @category Import
 */
export interface RecordRef {
  readonly collection: DatasetCollection;
  readonly id: string;
  readonly path?: readonly (string | number)[];
}

/**
 * One problem of a whole dataset (数据集问题): a code, the records involved and a message in
 * Chinese and English.
 *
 * @example
 * ```ts
 * import type { DatasetFinding } from 'renda/import';
 *
 * const ids = (f: DatasetFinding) => f.records.map((r) => r.id);
 * ```
 * @category Import
 */
export interface DatasetFinding {
  readonly code: DatasetFindingCode;
  readonly records: readonly RecordRef[];
  readonly message: BilingualText;
}
