/**
 * The set-up every browser test file shares: the built renderer served and Chromium
 * launched before its tests, both closed after; `open` opens the app in a new page
 * (harness.ts), `screenshots` is where pictures for people to look at go.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openApp, RENDERER_DIR, ROOT, serve } from './harness';

export const SCREENSHOTS = join(ROOT, 'out', 'screenshots');

/** Registers the hooks of a test file; call at its top level. */
export function appSuite(): { open: (options?: Parameters<typeof openApp>[2]) => ReturnType<typeof openApp> } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(RENDERER_DIR);
    browser = await launch();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { open: (options) => openApp(browser!, server!.url, options) };
}
