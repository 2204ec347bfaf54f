// electron-vite builds three bundles from the card's layout (electron/, renderer/)
// rather than its default src/main, src/preload, src/renderer; see ../docs/ARCHITECTURE.md.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CSP } from './electron/csp';

/**
 * Writes the production Content Security Policy into the built index.html, a second
 * layer beside the header the app scheme sends with it (electron/app-files.ts), so the
 * page keeps its policy however it is served. Build only: in
 * development the dev server needs the looser policy main sends as a header, and a
 * page obeys every policy it gets, so a strict <meta> would block Vite's styles.
 * `frame-ancestors` is left out: browsers ignore it in a <meta>.
 */
function cspMeta(): Plugin {
  const content = CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'readouts-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) => html.replace(/(<meta charset="[^"]*" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`),
  };
}

/**
 * Puts the early question (renderer/ask-initial.ts, built as an entry of its own) in the
 * page's head before the app's script: a few hundred bytes that run as soon as the HTML is
 * parsed, so main is asked for the comparison shown at start while the app's ~440 KB script
 * is still being fetched, compiled and run (docs/ARCHITECTURE.md, "First paint"). The app's
 * script imports the same module, so there is one question, and it still asks if this one
 * did not run.
 */
function earlyAskFirst(): Plugin {
  return {
    name: 'readouts-early-ask',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'ask');
        const at = html.indexOf('<script type="module"');
        if (!chunk || at < 0) throw new Error('readouts-early-ask: the ask entry or the app\'s script is missing');
        // Just before the app's script: after the charset and the Content-Security-Policy <meta>, which governs it too.
        return `${html.slice(0, at)}<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}

const root = __dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: { input: { index: resolve(root, 'electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta(), earlyAskFirst()],
    build: {
      // electron-vite leaves bundles unminified; the renderer's size is load time.
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html'), ask: resolve(root, 'renderer/ask-initial.ts') } },
    },
  },
});
