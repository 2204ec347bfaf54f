/**
 * Browser figures for `npm run bench`, run in a process of their own (bench.ts
 * spawns it; it prints one JSON line): the built renderer in Debian's Chromium,
 * wired to the real handlers as in the end-to-end tests.
 *
 * - first_paint_ms: from navigation start to the first frame that shows rows of
 *   the embedded sample (performance.now() in the page, after the first
 *   requestAnimationFrame following the rows' insertion). Cold, as at a real first
 *   start: each page gets new handlers with a new compare worker (the
 *   built one Electron runs), started as the app starts it: once the page has painted
 *   its first comparison and said so (`shown`, which warms it and starts the sample's
 *   article analysis). The page asks main for the
 *   comparison (`initial()`) over the e2e tests' transport, Playwright's exposeFunction:
 *   a Chrome DevTools Protocol binding to this process and an evaluate back, whose
 *   round trip here took 50–500 ms (timeline in docs/ARCHITECTURE.md, "First paint");
 *   Electron's IPC (ipcRenderer.invoke to main) takes a few ms. Median of 5.
 * - first_paint_ipc_ms: the same, same app code and same handlers, on pages that
 *   alternate with those of first_paint_ms, but `initial()` answered by this process
 *   over HTTP from the server of the page (a fetch from the page's own origin, which its
 *   Content-Security-Policy allows): a round trip between processes without the DevTools
 *   protocol, as Electron's IPC is. Not a target; says how much of first_paint_ms is
 *   the harness's transport. Median of 5.
 * - scroll_frame_ms: mean time between frames while a 1,000-row comparison is
 *   scrolled from top to bottom, 150 px a frame. Chromium runs with vsync and the
 *   frame-rate limit off, so a frame takes as long as its work, not 16.7 ms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { chromium } from 'playwright-core';
import { createHandlers } from '../node/app/handlers';
import { workerComparer } from '../node/app/worker-comparer';
import type { Browser } from 'playwright-core';
import type { MainHandlers } from '../node/app/handlers';
import { CHROMIUM, fileMenu, FIRST_PAINT_PROBE, openApp, RENDERER_DIR, ROOT, serve } from '../tests/e2e/harness';

// Page scripts are strings: code compiled by tsx carries helpers (`__name`) the page lacks.
/** Scrolls the rows to the bottom, 150 px a frame, and resolves to the mean frame time. */
const SCROLL_PROBE = `new Promise((done) => {
  const el = document.querySelector('[data-testid="rows-scroll"]');
  const times = [];
  const step = (t) => {
    times.push(t);
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || times.length > 2000) {
      const gaps = times.slice(1).map((x, i) => x - times[i]);
      done(gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length));
      return;
    }
    el.scrollTop += 150;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/** The compare worker as built for Electron's main process (out/main/chunks/compare-worker-*.js). */
function builtWorker(): string {
  const chunks = join(ROOT, 'out', 'main', 'chunks');
  const file = readdirSync(chunks).find((f) => f.startsWith('compare-worker'));
  if (!file) throw new Error(`no compare worker in ${chunks}: run npm run build`);
  return join(chunks, file);
}

/** Where the ipc pages fetch initial()'s answer (the app itself never asks for it). */
const INITIAL_PATH = '/__bench/initial';
/** For the ipc pages: the preload stand-in's initial() over HTTP instead of the DevTools protocol (runs after the stand-in). */
const INITIAL_OVER_HTTP = `window.readouts.initial = () => fetch('${INITIAL_PATH}').then((r) => r.json());`;

/**
 * One cold first paint: new handlers with a new built compare worker, wired and
 * prefetching as the app does when it creates the window (electron/main.ts: the worker
 * warmed once the page says it is shown), then the page; `way` says how the page's
 * initial() is answered; `serving` tells the server whose handlers answer.
 */
async function firstPaint(browser: Browser, url: string, way: 'cdp' | 'ipc', serving: (h: MainHandlers | null) => void): Promise<number> {
  const comparer = workerComparer(() => new Worker(builtWorker()));
  const handlers = createHandlers({ assetsDir: join(ROOT, 'assets'), comparer, onShown: () => comparer.warm() });
  handlers.prefetchInitial(); // as the app does when it creates the window
  serving(way === 'ipc' ? handlers : null);
  const app = await openApp(browser, url, {
    handlers,
    beforeLoad: async (page) => {
      await page.addInitScript(FIRST_PAINT_PROBE);
      if (way === 'ipc') await page.addInitScript(INITIAL_OVER_HTTP);
    },
  });
  // Polled through evaluate (CDP, not subject to the page's CSP, unlike waitForFunction's eval).
  let paint: unknown;
  for (let tries = 0; paint === undefined && tries < 300; tries++) {
    paint = await app.page.evaluate('window.__firstPaint');
    if (paint === undefined) await new Promise((r) => setTimeout(r, 20));
  }
  await app.close();
  await comparer.close();
  serving(null);
  if (typeof paint !== 'number') throw new Error('the sample never painted rows');
  return paint;
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(join(ROOT, 'out', 'main', 'chunks'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  // The handlers of the page being measured, whose initial() the server answers for the ipc pages.
  let answering: MainHandlers | null = null;
  const server = await serve(RENDERER_DIR, (path) => (path === INITIAL_PATH && answering ? answering.initial() : undefined));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(process.env.BENCH_NO_VSYNC === '0' ? [] : ['--disable-gpu-vsync', '--disable-frame-rate-limit'])],
  });
  try {
    // First paint: fresh pages, the two transports in turn.
    const paints: Record<'cdp' | 'ipc', number[]> = { cdp: [], ipc: [] };
    for (let i = 0; i < 10; i++) {
      const way = i % 2 === 0 ? 'cdp' : 'ipc';
      paints[way].push(await firstPaint(browser, server.url, way, (h) => (answering = h)));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

    // Scrolling a 1,000-row comparison.
    const dir = mkdtempSync(join(tmpdir(), 'bench-scroll-'));
    writeFileSync(join(dir, 'a.txt'), Array.from({ length: 500 }, (_, i) => `Alpha${i} discussed item${i} and the long-term questions of region${i} with partner${i} at length.`).join('\n\n'));
    writeFileSync(join(dir, 'b.txt'), Array.from({ length: 500 }, (_, i) => `Omega${i} reviewed thing${i} together with delegation${i} and agreed on step${i}.`).join('\n\n'));
    const app = await openApp(browser, server.url);
    await app.page.getByRole('listitem').first().waitFor();
    app.dialogs.nextCompareFiles = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    await fileMenu(app.page, 'Compare files…');
    await app.page.getByRole('list', { name: '1000 rows' }).waitFor();
    const frame = Number(await app.page.evaluate(SCROLL_PROBE));
    await app.close();
    console.log(JSON.stringify({ first_paint_ms: median(paints.cdp), first_paint_ipc_ms: median(paints.ipc), scroll_frame_ms: frame }));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
