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

  it('boxes a typed difference of several words as one marked phrase with one badge ("detailed and frank")', async () => {
    const { page } = await suite.open({ viewport: { width: 1440, height: 900 } });
    const rows = page.getByTestId('rows-scroll');
    await rows.getByRole('listitem').first().waitFor();
    const phrase = rows.locator('.cell-b mark.typed', { hasText: 'detailed' });
    expect(await phrase.count()).toBe(1);
    expect(await phrase.locator('.typed-badge').count()).toBe(1);
    expect(await phrase.evaluate((el) => [...el.querySelectorAll('[data-offset]')].map((x) => x.textContent).join(''))).toBe('detailed and frank');
    // One box: one rectangle per line it takes (it may wrap after its badge), its spaces inside the border.
    const lines = await phrase.evaluate((el) => [...el.getClientRects()].map((r) => Math.round(r.top)));
    expect(new Set(lines).size).toBe(lines.length);
    // No difference is boxed twice on one side of any row shown.
    const repeated = await rows.evaluate((el) => [...el.querySelectorAll('.cell')].some((cell) => {
      const numbers = [...cell.querySelectorAll('mark.typed')].map((m) => m.getAttribute('data-typed'));
      return new Set(numbers).size !== numbers.length;
    }));
    expect(repeated).toBe(false);
    await phrase.screenshot({ path: join(SCREENSHOTS, 'typed-phrase-1440x900.png') });
  });
});
