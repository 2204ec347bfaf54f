import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancellation, runCompareJob } from '../../node/app/compare-job';
import { createHandlers } from '../../node/app/handlers';
import type { Comparer } from '../../node/app/worker-comparer';
import { loadResources } from '../../node/resources';
import { ROOT, fileMenu } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

/** Compares as the app does, except a readout with STALL in it, which runs until it is cancelled (as a comparison taking minutes). */
const stalling: Comparer = async (a, b, job = {}) => {
  if (a.text.includes('STALL')) {
    await new Promise<never>((_, reject) => job.signal?.addEventListener('abort', () => reject(cancellation(job.signal!)), { once: true }));
  }
  return runCompareJob(a, b, job, loadResources());
};

describe('a comparison that takes long (issue 15, item 10)', () => {
  it('shows how long it has run past a second, and Escape or Cancel stops it; the comparison on screen stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-cancel-'));
    writeFileSync(join(dir, 'a.txt'), 'STALL. The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'The two sides agreed to a truce.');
    const app = await suite.open({ handlers: createHandlers({ assetsDir: join(ROOT, 'assets'), comparer: stalling }), viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    const before = await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    for (const how of ['Escape', 'button'] as const) {
      app.dialogs.nextCompareFiles = [join(dir, 'a.txt'), join(dir, 'b.txt')];
      await fileMenu(page, 'Compare files…');
      await cancel.waitFor();
      await expect(page.getByText(/^Comparing… \d+ s$/).textContent()).resolves.toMatch(/Comparing… [1-9]\d* s/);
      if (how === 'Escape') {
        await page.screenshot({ path: join(SCREENSHOTS, 'comparing-1440.png') });
        await page.setViewportSize({ width: 1000, height: 700 });
        await page.screenshot({ path: join(SCREENSHOTS, 'comparing-1000.png') });
        await page.keyboard.press('Escape');
      } else {
        await cancel.click();
      }
      await cancel.waitFor({ state: 'detached' });
      expect(await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label')).toBe(before);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    await app.close();
  }, 60_000);
});
