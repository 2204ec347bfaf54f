import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cancellation, runCompareJob } from '../../node/app/compare-job';
import { createHandlers } from '../../node/app/handlers';
import type { Comparer } from '../../node/app/worker-comparer';
import type { PrintHtml } from '../../node/report/export';
import { loadResources } from '../../node/resources';
import { ROOT, fileMenu, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

/** Compares as the app does, except a readout with STALL in it, which runs until it is cancelled (as a comparison taking minutes). */
const stalling: Comparer = async (a, b, job = {}) => {
  if (a.text.includes('STALL')) {
    await new Promise<never>((_, reject) => job.signal?.addEventListener('abort', () => reject(cancellation(job.signal!)), { once: true }));
  }
  return runCompareJob(a, b, job, loadResources());
};

/**
 * Waits for the busy bar to show `label` with its seconds past the first, then stops what
 * runs with Escape (the bar photographed first at 1440x900 and 1000x700, as `shot`-1440.png
 * and -1000.png) or the Cancel button, and waits for the bar to go.
 */
async function stopWhenShown(page: Page, label: string, how: 'Escape' | 'button', shot: string): Promise<{ busy: string | null; focus: string }> {
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await cancel.waitFor();
  await expect(page.locator('.busy-bar span').textContent()).resolves.toMatch(new RegExp(`^${label} [1-9]\\d* s$`));
  // What the window tells assistive technology while it waits: busy only while a comparison runs.
  const busy = await page.locator('.app').getAttribute('aria-busy');
  if (how === 'Escape') {
    await page.screenshot({ path: join(SCREENSHOTS, `${shot}-1440.png`) });
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: join(SCREENSHOTS, `${shot}-1000.png`) });
    await page.keyboard.press('Escape');
  } else {
    await cancel.click();
  }
  await cancel.waitFor({ state: 'detached' });
  return { busy, focus: await focusAfter(page) };
}

/** Where focus is once the busy bar is gone (after a few frames: the rows are virtualised): a row, the toolbar, or the page. */
async function focusAfter(page: Page): Promise<string> {
  await page.waitForTimeout(300);
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'page';
    if (el.closest('[data-testid="rows-scroll"]')) return 'rows';
    return el.closest('.toolbar') ? 'toolbar' : el.tagName;
  })()`)) as string;
}

describe('a comparison that takes long (issue 15, item 10)', () => {
  it('shows how long it has run past a second, and Escape or Cancel stops it; the comparison on screen stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-cancel-'));
    writeFileSync(join(dir, 'a.txt'), 'STALL. The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'The two sides agreed to a truce.');
    const app = await suite.open({ handlers: createHandlers({ assetsDir: join(ROOT, 'assets'), comparer: stalling }), viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    const before = await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label');
    for (const how of ['Escape', 'button'] as const) {
      app.dialogs.nextCompareFiles = [join(dir, 'a.txt'), join(dir, 'b.txt')];
      await fileMenu(page, 'Compare files…');
      const stopped = await stopWhenShown(page, 'Comparing…', how, 'comparing');
      expect(stopped.busy).toBe('true');
      expect(await page.locator('.app').getAttribute('aria-busy')).toBe('false');
      // Cancel pressed: it is disabled while main stops, then goes; focus goes to the rows, not the page
      if (how === 'button') expect(stopped.focus).toBe('rows');
      expect(await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label')).toBe(before);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    await app.close();
  }, 60_000);
});

/**
 * Chromium's printer, held while `hold.on` (as a report taking minutes to print) until the
 * export is cancelled; `asked` counts the prints asked for.
 */
function holdingPrinter(hold: { on: boolean; asked: number }) {
  return (chromium: PrintHtml): PrintHtml => async (html, settings, signal) => {
    hold.asked++;
    if (hold.on) await new Promise<void>((done) => signal?.addEventListener('abort', () => done(), { once: true }));
    return chromium(html, settings, signal);
  };
}

/** Chooses Export PDF… and exports to `path` with the options as they are. */
async function exportTo(app: Awaited<ReturnType<typeof suite.open>>, path: string): Promise<void> {
  app.dialogs.nextPaths.push(path);
  await fileMenu(app.page, 'Export PDF…');
  const dialog = app.page.getByRole('dialog', { name: 'Export PDF report' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The app at 1440x900 with the sample on screen, printing with Chromium held while `hold.on`; `dir` for the exports. */
async function withHeldPrinter() {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-export-cancel-'));
  const hold = { on: true, asked: 0 };
  const app = await suite.open({ printer: holdingPrinter(hold), viewport: { width: 1440, height: 900 } });
  await app.page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
  return { dir, hold, app, page: app.page };
}

describe('a PDF export that takes long (issue 15, item 10)', () => {
  it('shows "Exporting PDF…" past a second; Escape or Cancel stops it and nothing is written, no temporary file either', async () => {
    const { dir, hold, app, page } = await withHeldPrinter();
    for (const how of ['Escape', 'button'] as const) {
      await exportTo(app, join(dir, `report ${how}.pdf`));
      const stopped = await stopWhenShown(page, 'Exporting PDF…', how, 'exporting-pdf');
      // Review fix (78937d4), untested until now: an export runs beside the analyst's work, so the window is not busy.
      expect(stopped.busy).toBe('false');
      if (how === 'button') expect(stopped.focus).toBe('rows');
      await until(page, `document.querySelector('.status').textContent`, (t: string) => t === 'PDF export cancelled: nothing was written.');
      expect(readdirSync(dir)).toEqual([]);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    expect(hold.asked).toBe(2);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 90_000);

  it('is superseded by a newer export: only the newer is written', async () => {
    const { dir, hold, app, page } = await withHeldPrinter();
    await exportTo(app, join(dir, 'older.pdf'));
    await page.getByText(/^Exporting PDF… \d+ s$/).waitFor();
    hold.on = false;
    await exportTo(app, join(dir, 'newer.pdf'));
    await until(page, `document.querySelector('.status').textContent`, (t: string) => t.startsWith('PDF report saved to '), 60_000);
    expect(await page.locator('.status').textContent()).toBe(`PDF report saved to ${join(dir, 'newer.pdf')}`);
    expect(readdirSync(dir)).toEqual(['newer.pdf']);
    expect(readFileSync(join(dir, 'newer.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    await app.close();
  }, 90_000);

  it('runs beside the analyst’s work: Escape clears link marks first, a comparison is refused while it runs, then Escape cancels it', async () => {
    const { dir, app, page } = await withHeldPrinter();
    await exportTo(app, join(dir, 'held.pdf'));
    await page.getByText(/^Exporting PDF… \d+ s$/).waitFor();
    await page.locator('[data-row-key]').first().focus();
    await page.keyboard.press('m');
    await until(page, `document.querySelectorAll('.link-end-marked').length`, (n) => n === 1);
    await page.keyboard.press('Escape');
    await until(page, `document.querySelectorAll('.link-end-marked').length`, (n) => n === 0);
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    // Open a saved comparison (Ctrl+Alt+O) is refused, saying why; no dialog is asked for.
    const asked = app.dialogs.asked.length;
    await page.keyboard.press('Control+Alt+O');
    await until(page, `document.querySelector('.status').textContent`, (t: string) => t.startsWith('A PDF export is running: wait for it, or cancel it (Escape)'));
    expect(app.dialogs.asked.length).toBe(asked);
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await until(page, `document.querySelector('.status').textContent`, (t: string) => t === 'PDF export cancelled: nothing was written.');
    expect(readdirSync(dir)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 90_000);
});
