// The dashboard's build (数据看板构建): a static page that runs renda in the browser, built from the
// package's BUILT output (../../dist, what users install), never from its sources.
//
// The page is meant for intranets and for opening straight from disk: the base is relative, and
// the script and styles are inlined into index.html, because a browser refuses module scripts from
// file:// (an inline module with no imports runs anywhere). Nothing is fetched at view time.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Moves the single entry chunk and its stylesheet into index.html. */
function inlineIntoHtml(): Plugin {
  return {
    name: 'renda-dashboard-inline',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((file) => file.fileName === 'index.html');
      if (html === undefined || html.type !== 'asset') return;
      let text = String(html.source);
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          const tag = new RegExp(`<script type="module"[^>]*src="\\./${file.fileName}"></script>`);
          // `</script` inside the code would end the inline element early; `<\/script` is the
          // same text to JavaScript.
          const code = file.code.replaceAll('</script', '<\\/script');
          text = text.replace(tag, () => `<script type="module">\n${code}</script>`);
          delete bundle[file.fileName];
        } else if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          const tag = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${file.fileName}">`);
          text = text.replace(tag, () => `<style>\n${String(file.source)}</style>`);
          delete bundle[file.fileName];
        }
      }
      html.source = text;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^renda$/, replacement: `${dist}index.js` },
      { find: /^renda\/(.+)$/, replacement: `${dist}$1.js` },
    ],
  },
  server: { fs: { allow: ['../..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Diagrams stay files next to index.html, however small: the script inlined into the page
    // finds them relative to the page, so they sit beside it, not in an assets/ folder.
    assetsDir: '',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
  },
  plugins: [inlineIntoHtml()],
});
