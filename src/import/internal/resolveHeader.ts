// Which field a header names: `所属组织[1]·职务`, `所屬組織[1]·職務`, `memberships[1]·role` and
// `memberships.0.role` all name the same one.
import { toHant } from '../../internal/hant.js';
import { nearestKey } from '../../model/shared/nearestKey.js';
import { foldWidth } from '../foldWidth.js';
import type { ColumnNode, Leaf } from './columnTree.js';
import { type ModelColumns, stepOf } from './modelColumns.js';

export type Resolved =
  | { readonly ok: true; readonly path: readonly (string | number)[]; readonly leaf: Leaf }
  | { readonly ok: false; readonly near?: string };

const keyOf = (text: string): string => foldWidth(text).replace(/\s+/gu, '').toLowerCase();
const SEGMENT = /^(.*?)(?:\[(\d+)\]|\((\d+)\))?$/u;

export function resolveHeader(columns: ModelColumns, header: string): Resolved {
  const path: (string | number)[] = [];
  let node: ColumnNode = columns.root;
  for (const raw of foldWidth(header).split(/[·.・]/u)) {
    const segment = raw.trim();
    if (/^\d+$/u.test(segment) && node.kind === 'objects') {
      path.push(Number(segment));
      node = node.item;
      continue;
    }
    if (node.kind !== 'object') return { ok: false };
    const match = SEGMENT.exec(segment) as RegExpExecArray;
    const name = keyOf(match[1] as string);
    const index = match[2] ?? match[3];
    const spellings = new Map<string, string>();
    for (const key of node.fields.keys()) {
      const step = stepOf(columns, node, key);
      if (step === undefined) continue;
      for (const spelling of [
        key,
        step.name['zh-Hans'],
        toHant(step.name['zh-Hans']),
        step.name.en,
      ])
        if (!spellings.has(keyOf(spelling))) spellings.set(keyOf(spelling), key);
    }
    const key = spellings.get(name);
    if (key === undefined) {
      const near = nearestKey(name, [...spellings.keys()]);
      return near === undefined ? { ok: false } : { ok: false, near };
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
