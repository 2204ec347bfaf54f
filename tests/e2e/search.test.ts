/**
 * Find in the readouts and the article panel (issue 19, Search), in Chromium, on the
 * sample with the hand-made analysis of its article (tests/renderer/article-fixture.ts):
 * the count says how many matches are in each, the article's are marked in the panel,
 * and next/previous go through the readouts' matches and then the article's, showing
 * the Article tab when a match is there. Screenshots at 1440×900 and 1000×700, light
 * and dark, go to out/screenshots/search-article-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureHandlers } from './fixture-handlers';
import { until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

const count = (page: Page) => page.getByTestId('match-count').textContent();
const articlePanel = (page: Page) => page.locator('[data-testid="article-panel"]');
/** The id of the article item marked as holding the current match, or null. */
const MATCH_ITEM = 'document.querySelector(".item-match")?.getAttribute("data-item") ?? null';

/** The toolbar's controls (and the count's lines) that overlap another, or stick out of the window. */
const OVERLAPS = `(() => {
  const boxes = [...document.querySelectorAll('.toolbar button, .toolbar select, .toolbar input, .match-line')].filter((e) => e.getClientRects().length > 0);
  const out = [];
  for (const [i, e] of boxes.entries()) {
    const r = e.getBoundingClientRect();
    if (r.left < 0 || r.right > innerWidth) out.push(e.textContent + ' sticks out');
    for (const f of boxes.slice(i + 1)) {
      const q = f.getBoundingClientRect();
      if (e.contains(f) || f.contains(e)) continue;
      if (r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1) out.push(e.textContent + ' / ' + f.textContent);
    }
  }
  return out;
})()`;

/** Opens the sample with the fixture's article, waits for the article, and types `query` in the find field. */
async function find(query: string, options: Parameters<ReturnType<typeof appSuite>['open']>[0] = {}) {
  const app = await suite.open({ handlers: fixtureHandlers(), ...options });
  const { page } = app;
  await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
  // The article follows the rows: find searches it once it is there.
  await page.locator('.side-tabs').getByRole('button', { name: 'Article', exact: true }).and(page.locator(':enabled')).waitFor();
  await page.keyboard.press('Control+f');
  await page.keyboard.type(query);
  return app;
}

describe('find in the article panel', () => {
  it('finds a word only the article has, by its other spelling, and goes to it in the Article tab', async () => {
    // "normalising" is not in either readout; the article's claim c4 says "normalizing".
    const app = await find('normalising');
    const { page } = app;
    expect(await until(page, `document.querySelector('[data-testid="match-count"]').textContent`, (t: string) => t.includes('in the article'))).toBe(
      '0 in the readouts · 1 in the article, also normalizing',
    );
    expect(await page.locator('.status').textContent()).toBe('0 in the readouts · 1 in the article, also matching normalizing');
    // Typing does not switch the Findings tab away; Enter goes to the match: the Article tab shown, the item marked and selected.
    expect(await articlePanel(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await articlePanel(page).waitFor();
    expect(await count(page)).toBe('1 of 1, also normalizing · 0 in the readouts · 1 in the article');
    expect(await until(page, MATCH_ITEM)).toBe('c4');
    expect(await page.locator('#article-item-c4').getAttribute('aria-current')).toBe('true');
    expect(await articlePanel(page).locator('mark.hit').allTextContents()).toEqual(['normalizing']);
    expect(await page.getByTestId('rows-scroll').locator('mark.hit').count()).toBe(0);
    // Focus stays in the find field, so Enter goes on (round to the same match).
    expect(await page.evaluate('document.activeElement?.getAttribute("type")')).toBe('search');
    await page.keyboard.press('Enter');
    expect(await page.locator('.status').textContent()).toBe('Match 1 of 1, in the article: claim c4');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('moves through the readouts’ matches, then the article’s, and round again (Enter, Shift+Enter, the buttons, F3, Shift+F3)', async () => {
    // The Kremlin writes "Kiev" (twice); the article's quotation q2 says "Kyiv".
    const app = await find('Kyiv');
    const { page } = app;
    await until(page, `document.querySelector('[data-testid="match-count"]').textContent`, (t: string) => t.includes('in the article'));
    expect(await count(page)).toBe('1 of 3, also Kiev · 2 in the readouts · 1 in the article');
    const currentRow = page.getByTestId('rows-scroll').locator('.row-match');
    expect(await currentRow.locator('mark.hit').allTextContents()).toEqual(['Kiev']);
    // The first match is a readout's: the Findings tab stays.
    expect(await articlePanel(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await count(page)).toMatch(/^2 of 3,/);
    await page.keyboard.press('Enter');
    expect(await count(page)).toMatch(/^3 of 3,/);
    // The third is the article's: its tab is shown, the quotation marked and in view.
    await articlePanel(page).waitFor();
    expect(await until(page, MATCH_ITEM)).toBe('q2');
    expect(await page.locator('.status').textContent()).toBe('Match 3 of 3, in the article: Ruth Deyermond’s quotation q2');
    expect(await articlePanel(page).locator('mark.hit').allTextContents()).toEqual(['Kyiv']);
    await until(page, `(() => { const r = document.querySelector('#article-item-q2').getBoundingClientRect(); const s = document.querySelector('.article-scroll').getBoundingClientRect(); return r.top >= s.top - 1 && r.top < s.bottom; })()`);
    expect(await page.evaluate('document.activeElement?.getAttribute("type")')).toBe('search');
    // Round to the first: a readout's row again; the article keeps its tab, with no item marked.
    await page.keyboard.press('Enter');
    expect(await count(page)).toMatch(/^1 of 3,/);
    expect(await page.evaluate(MATCH_ITEM)).toBeNull();
    expect(await currentRow.count()).toBe(1);
    // Back, with Shift+Enter, to the article's; then with the previous button to the readouts' second.
    await page.keyboard.press('Shift+Enter');
    expect(await until(page, MATCH_ITEM)).toBe('q2');
    await page.getByRole('button', { name: 'Previous match' }).click();
    expect(await count(page)).toMatch(/^2 of 3,/);
    expect(await currentRow.locator('mark.hit').allTextContents()).toEqual(['Kiev']);
    // F3 and Shift+F3 do the same wherever focus is.
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('F3');
    expect(await count(page)).toMatch(/^3 of 3,/);
    expect(await until(page, MATCH_ITEM)).toBe('q2');
    await page.keyboard.press('Shift+F3');
    expect(await count(page)).toMatch(/^2 of 3,/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  for (const size of [{ width: 1440, height: 900 }, { width: 1000, height: 700 }]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`shows the article’s match and the count at ${size.width}x${size.height}, ${colorScheme}`, async () => {
        const app = await find('Kyiv', { viewport: size, colorScheme });
        const { page } = app;
        await until(page, `document.querySelector('[data-testid="match-count"]').textContent`, (t: string) => t.includes('in the article'));
        await page.keyboard.press('Shift+Enter');
        await articlePanel(page).waitFor();
        expect(await until(page, MATCH_ITEM)).toBe('q2');
        // The count is shown whole, on the toolbar's one row, overlapping none of its neighbours.
        expect(await page.evaluate(OVERLAPS)).toEqual([]);
        expect(await page.locator('.toolbar').evaluate((e) => e.getBoundingClientRect().height)).toBeLessThan(48);
        await page.screenshot({ path: join(SCREENSHOTS, `search-article-${size.width}x${size.height}-${colorScheme}.png`) });
        expect(app.errors).toEqual([]);
        await app.close();
      });
    }
  }
});
