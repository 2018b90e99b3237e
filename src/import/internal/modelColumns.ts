// A model's columns: the tree of its schema with the header of every field in both languages.
import { commonFieldNames } from '../../model/shared/fieldNames.js';
import type { BilingualText } from '../../model/shared/localized.js';
import { IMPORT_MODEL_ENTRIES, type ImportModel } from '../importModels.js';
import { type ColumnNode, type Field, nodeOf, type ObjectNode } from './columnTree.js';

/**
 * The language of exported headers and labels (表头语言): `zh-Hans` or `en`; import reads both,
 * and traditional Chinese too.
 *
 * @example
 * ```ts
 * import type { HeaderLocale } from 'renda/import';
 *
 * const locale: HeaderLocale = 'zh-Hans';
 * ```
 * @category Import
 */
export type HeaderLocale = 'zh-Hans' | 'en';

/**
 * The last segment of a list's count column, `建议人·条数`: how many items the list holds, written
 * for an optional list of objects when some record of the sheet has it empty, so that an empty
 * list (`0`) and no list at all (blank) read back apart. Items write no column when there are
 * none, so without it the two would be one blank.
 */
export const COUNT_SEGMENT: BilingualText = { 'zh-Hans': '条数', en: 'count' };

/** The headers of one object's fields, collisions told apart by the property name. */
export interface Names {
  readonly byKey: ReadonlyMap<string, BilingualText>;
}

export interface ModelColumns {
  readonly root: ObjectNode;
  /** Per object node, its fields' names. */
  readonly names: WeakMap<ObjectNode, Names>;
  readonly model: ImportModel;
}

const cache = new Map<ImportModel, ModelColumns>();

function namesOf(node: ObjectNode, model: ImportModel): Names {
  const own = IMPORT_MODEL_ENTRIES[model].fieldNames;
  const byKey = new Map<string, BilingualText>();
  const taken = { 'zh-Hans': new Set<string>(), en: new Set<string>() };
  for (const key of node.fields.keys()) {
    const known = (Object.hasOwn(own, key) ? own[key] : undefined) ??
      (Object.hasOwn(commonFieldNames, key) ? commonFieldNames[key] : undefined) ?? {
        'zh-Hans': key,
        en: key,
      };
    // Two fields of one object with one Chinese name (备注 for note and notes) keep the property
    // name beside it, so that every header reads back to one field.
    const zh = taken['zh-Hans'].has(known['zh-Hans'])
      ? `${known['zh-Hans']}（${key}）`
      : known['zh-Hans'];
    const en = taken.en.has(known.en) ? `${known.en} (${key})` : known.en;
    taken['zh-Hans'].add(zh);
    taken.en.add(en);
    byKey.set(key, { 'zh-Hans': zh, en });
  }
  return { byKey };
}

/** The columns of a model, built on first use. */
export function columnsOf(model: ImportModel): ModelColumns {
  let found = cache.get(model);
  if (found === undefined) {
    const root = nodeOf(IMPORT_MODEL_ENTRIES[model].schema) as ObjectNode;
    const names = new WeakMap<ObjectNode, Names>();
    const visit = (node: ColumnNode): void => {
      if (node.kind === 'objects') {
        visit(node.item);
        return;
      }
      if (node.kind !== 'object') return;
      names.set(node, namesOf(node, model));
      for (const field of node.fields.values()) visit(field.node);
    };
    visit(root);
    found = { root, names, model };
    cache.set(model, found);
  }
  return found;
}

/** One step of a path and the field it reaches. */
export interface Step {
  readonly key: string;
  readonly field: Field;
  readonly name: BilingualText;
  /** The field's position among its object's fields, for column order. */
  readonly position: number;
}

/** The field under `key` of an object node. */
export function stepOf(columns: ModelColumns, node: ObjectNode, key: string): Step | undefined {
  const field = node.fields.get(key);
  if (field === undefined) return undefined;
  const name = columns.names.get(node)?.byKey.get(key) ?? { 'zh-Hans': key, en: key };
  return { key, field, name, position: [...node.fields.keys()].indexOf(key) };
}

/** The header of a path in one language: `所属组织[1]·职务`. */
export function headerOf(
  columns: ModelColumns,
  path: readonly (string | number)[],
  locale: HeaderLocale,
): string {
  const parts: string[] = [];
  let node: ColumnNode = columns.root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += `[${segment + 1}]`;
      if (node.kind === 'objects') node = node.item;
      continue;
    }
    const step: Step | undefined =
      node.kind === 'object' ? stepOf(columns, node, segment) : undefined;
    if (step === undefined) {
      parts.push(segment);
      continue;
    }
    parts.push(step.name[locale]);
    node = step.field.node;
  }
  return parts.join('·');
}
