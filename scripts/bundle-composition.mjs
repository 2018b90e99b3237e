// What a bundle of part of renda is made of: esbuild bundles the given source (from src/, so each
// module is named) and lists the minified bytes each module or package adds, largest first.
//   node scripts/bundle-composition.mjs "export { dueDate } from './index.ts';" [external,…]
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [contents = "export * from './index.ts';", external = ''] = process.argv.slice(2);
const src = fileURLToPath(new URL('../src', import.meta.url));
const result = await build({
  stdin: { contents, resolveDir: src, loader: 'ts' },
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  minify: true,
  metafile: true,
  external: external === '' ? [] : external.split(','),
  logLevel: 'silent',
});
const output = Object.values(result.metafile.outputs)[0];
const bytes = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  // A package counts as one line: node_modules/@scope/name or node_modules/name.
  const inPackage = path.split('node_modules/')[1];
  const name =
    inPackage === undefined
      ? path
      : inPackage
          .split('/')
          .slice(0, inPackage.startsWith('@') ? 2 : 1)
          .join('/');
  bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
}
console.log(`${output.bytes} bytes minified`);
for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  if (size > 0) console.log(`${String(size).padStart(8)}  ${name}`);
}
