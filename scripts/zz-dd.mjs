import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const [contents, ...ext] = process.argv.slice(2);
const r = await esbuild.build({
  stdin: { contents, resolveDir: '/work/main', loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  external: ext,
  platform: 'neutral',
  mainFields: ['module', 'main'],
});
const out = r.outputFiles[0].contents;
console.log(
  'min',
  (out.length / 1024).toFixed(1),
  'br',
  (zlib.brotliCompressSync(out).length / 1024).toFixed(1),
);
const inputs = Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 25);
for (const [k, v] of inputs)
  console.log(String(v.bytesInOutput).padStart(7), k.replace(/.*node_modules\//, 'nm/'));
