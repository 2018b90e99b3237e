// Prints explicit `export { … } from './file.js'` lines for the modules of one src/ folder, so an
// area's index.ts lists its public names (house style) without hand-copying them.
// Usage: node scripts/list-exports.mjs src/model [file …]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [dir, ...files] = process.argv.slice(2);
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const names = [];
  for (const m of text.matchAll(
    /^export (declare )?(async )?(function|const|class|type|interface) (\w+)/gm,
  )) {
    names.push(m[3] === 'type' || m[3] === 'interface' ? `type ${m[4]}` : m[4]);
  }
  const sorted = [...new Set(names)].sort((a, b) =>
    a.replace('type ', '').localeCompare(b.replace('type ', '')),
  );
  if (sorted.length)
    console.log(`export { ${sorted.join(', ')} } from './${basename(file, '.ts')}.js';`);
}
