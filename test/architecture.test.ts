import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout of DESIGN.md, checked on the sources: every area imports only areas below it, and no
// file reaches itself through its imports, type-only imports included.

const src = resolve(import.meta.dirname, '../src');

/** The areas, bottom first; an area may import its own files and any area of a lower layer. */
const LAYERS: readonly (readonly string[])[] = [
  ['internal'],
  ['model'],
  ['calendar'],
  ['i18n'],
  ['workflow'],
  ['stats'],
  ['suggestion', 'connections'],
  ['opinion', 'livelihood'],
  ['import'],
  ['testing'],
  ['(entry)'],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(src);
const imports = new Map<string, string[]>(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:import|export)[^'";]*?from\s+'(\.[^']+)'/g)].map(
      (match) => resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts')),
    );
    return [file, targets];
  }),
);

function areaOf(file: string): string {
  const parts = relative(src, file).split('/');
  return parts.length === 1 ? '(entry)' : (parts[0] as string);
}

const layerOf = (area: string): number => LAYERS.findIndex((layer) => layer.includes(area));

describe('architecture', () => {
  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files)
      expect(layerOf(areaOf(file)), relative(src, file)).toBeGreaterThan(-1);
  });

  it('has every area import only areas below it', () => {
    const upward: string[] = [];
    for (const [file, targets] of imports) {
      const from = areaOf(file);
      for (const target of targets) {
        const to = areaOf(target);
        if (to !== from && layerOf(to) >= layerOf(from))
          upward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    const cycles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const onPath = new Set<string>();
    const visit = (file: string): void => {
      if (onPath.has(file)) {
        cycles.push(
          path
            .slice(path.indexOf(file))
            .map((f) => relative(src, f))
            .join(' → '),
        );
        return;
      }
      if (done.has(file)) return;
      onPath.add(file);
      path.push(file);
      for (const target of imports.get(file) ?? []) visit(target);
      path.pop();
      onPath.delete(file);
      done.add(file);
    };
    for (const file of files) visit(file);
    expect(cycles).toEqual([]);
  });
});
