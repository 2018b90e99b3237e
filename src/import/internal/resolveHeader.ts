// Which field a header names: `所属组织[1]·职务`, `所屬組織[1]·職務`, `memberships[1]·role` and
// `memberships.0.role` all name the same one.
import { toHant } from '../../internal/hant.js';
import { commonFieldNames } from '../../model/shared/fieldNames.js';
import { nearestKey } from '../../model/shared/nearestKey.js';
import { foldWidth } from '../foldWidth.js';
import type { ColumnNode, Leaf } from './columnTree.js';
import { COUNT_SEGMENT, type ModelColumns, stepOf } from './modelColumns.js';

export type Resolved =
  | {
      readonly ok: true;
      readonly path: readonly (string | number)[];
      readonly leaf: Leaf;
      /** A list's count column (`督办·条数`): `path` is the list's. */
      readonly count?: true;
    }
  | { readonly ok: false; readonly near?: string };

const keyOf = (text: string): string => foldWidth(text).replace(/\s+/gu, '').toLowerCase();
const COUNT = new Set(
  [COUNT_SEGMENT['zh-Hans'], toHant(COUNT_SEGMENT['zh-Hans']), COUNT_SEGMENT.en].map(keyOf),
);
const SEGMENT = /^(.*?)(?:\[(\d+)\]|\((\d+)\))?$/u;

export function resolveHeader(columns: ModelColumns, header: string): Resolved {
  const path: (string | number)[] = [];
  let node: ColumnNode = columns.root;
  const segments = foldWidth(header).split(/[·.・]/u);
  for (const [position, raw] of segments.entries()) {
    const segment = raw.trim();
    if (/^\d+$/u.test(segment) && node.kind === 'objects') {
      path.push(Number(segment));
      node = node.item;
      continue;
    }
    // `督办·条数`: the count of a list of objects, its last segment.
    if (node.kind === 'objects' && position === segments.length - 1 && COUNT.has(keyOf(segment)))
      return { ok: true, path, leaf: { kind: 'number' }, count: true };
    if (node.kind !== 'object') return { ok: false };
    const match = SEGMENT.exec(segment) as RegExpExecArray;
    const name = keyOf(match[1] as string);
    const index = match[2] ?? match[3];
    const spellings = new Map<string, string>();
    for (const key of node.fields.keys()) {
      const step = stepOf(columns, node, key);
      if (step === undefined) continue;
      // The shared name too: a deputy's term is 任期 but their congress's term is the 届次 of
      // every other model, and a sheet may use either.
      const common = Object.hasOwn(commonFieldNames, key) ? commonFieldNames[key] : undefined;
      const names = [step.name, ...(common === undefined ? [] : [common])];
      const all = [key, ...names.flatMap((n) => [n['zh-Hans'], toHant(n['zh-Hans']), n.en])];
      for (const spelling of all)
        if (!spellings.has(keyOf(spelling))) spellings.set(keyOf(spelling), key);
    }
    const key = spellings.get(name);
    if (key === undefined) {
      const near = nearestKey(name, [...spellings.keys()]);
      // Short Chinese names are all within two edits of each other: a near miss shares a character.
      const related = near !== undefined && [...near].some((char) => name.includes(char));
      // The whole header with the near name in place of the unknown one.
      const whole = [...segments.slice(0, position).map((s) => s.trim()), near].join('·');
      return related ? { ok: false, near: whole } : { ok: false };
    }
    path.push(key);
    node = (node.fields.get(key) as { node: ColumnNode }).node;
    if (index !== undefined) {
      if (node.kind !== 'objects' || Number(index) < 1) return { ok: false };
      path.push(Number(index) - 1);
      node = node.item;
    }
  }
  if (node.kind === 'object' || node.kind === 'objects') return { ok: false };
  return { ok: true, path, leaf: node };
}
