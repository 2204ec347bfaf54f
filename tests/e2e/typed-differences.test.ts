import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

describe('typed differences in the row of the energy ceasefire (a6)', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1000, height: 700 }]) {
    it(`shows a handful of typed marks on both sides instead of underlined words, at ${viewport.width}x${viewport.height}`, async () => {
      const { page } = await suite.open({ viewport });
      const rows = page.getByTestId('rows-scroll');
      await rows.getByRole('listitem').first().waitFor();
      const row = rows.locator('.row', { hasText: 'energy and infrastructure ceasefire' });
      for (let i = 0; i < 20 && (await row.count()) === 0; i++) await rows.evaluate((el) => { el.scrollTop += 400; });
      await row.scrollIntoViewIfNeeded();
      const badges = await row.locator('.typed-badge').allTextContents();
      expect(badges).toEqual(expect.arrayContaining(['actor', 'commitment', 'number']));
      expect(badges.length).toBeLessThanOrEqual(12);
      expect(await row.locator('del.only-a, ins.only-b').count()).toBe(0);
      expect(await row.locator('mark.typed-number').getAttribute('title')).toBe('Only Kremlin gives a number: “30-day”.');
      await row.screenshot({ path: join(SCREENSHOTS, `a6-row-${viewport.width}x${viewport.height}.png`) });
      await row.getByRole('button', { name: 'Show all word differences' }).click();
      expect(await row.locator('del.only-a, ins.only-b').count()).toBeGreaterThan(0);
      await row.screenshot({ path: join(SCREENSHOTS, `a6-row-all-words-${viewport.width}x${viewport.height}.png`) });
    });
  }
});
