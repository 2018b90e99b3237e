// Bundles the main entry for the browser with esbuild, fails if any Node built-in is pulled in,
// then runs the bundle in a fresh V8 context that has no process, require or Buffer.
import { builtinModules } from 'node:module';
import vm from 'node:vm';
import { build } from 'esbuild';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const failOnBuiltins = {
  name: 'fail-on-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      builtins.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] }
        : undefined,
    );
  },
};

for (const entry of ['renda', 'renda/testing']) {
  const result = await build({
    stdin: {
      contents: `import * as api from '${entry}'; globalThis.__api = api;`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    minify: true,
    logLevel: 'silent',
    plugins: [failOnBuiltins],
  });
  const js = result.outputFiles[0].text;
  const ctx = vm.createContext({ console });
  vm.runInContext(js, ctx);
  if (entry === 'renda' && typeof ctx.__api.SuggestionSchema?.safeParse !== 'function') {
    throw new Error('renda: SuggestionSchema missing from the browser bundle');
  }
  for (const g of ['process', 'require', 'Buffer', 'module']) {
    if (g in ctx) throw new Error(`${entry}: bundle leaked global ${g}`);
  }
  console.log(
    `${entry}: browser bundle ok, ${(js.length / 1024).toFixed(1)} kB minified, no Node built-ins`,
  );
}
