/**
 * The article panel in Chromium: on the sample as the extraction analyses it
 * (structure only: the extraction's findings are tested in tests/shared/article),
 * and on the hand-made analysis of the sample's article (tests/renderer/article-fixture.ts)
 * for the keyboard paths between the rows and the panel and for manual links.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureHandlers } from './fixture-handlers';
import { ROOT, until, fileMenu, showArticleTab, showRows } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const SAMPLE = join(ROOT, 'assets', 'samples', '2025-03-18-trump-putin');
const suite = appSuite();

// Expressions, not functions: code compiled for the tests may carry helpers the page lacks
// (`until`, in harness.ts, polls them).
const ACTIVE_ROW = 'document.activeElement?.closest("[data-index]")?.querySelector("[role=listitem]") === document.activeElement ? document.activeElement.closest("[data-index]").getAttribute("data-index") : null';
const ACTIVE_ITEM = 'document.activeElement?.getAttribute("data-item") ?? null';
const ACTIVE_LABEL = 'document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null';

/** The sentence ids of the row in focus. */
const rowSentences = (page: Page, index: string) =>
  page.evaluate(`[...document.querySelector('[data-index="${index}"] [role=listitem]').querySelectorAll('.ids')].map((e) => e.textContent).join(', ')`) as Promise<string>;

describe('the article panel on the sample, as the extraction finds it', () => {
  it('shows the article’s label and note, and lists claims with verdicts and commentary with speakers', async () => {
    const app = await suite.open();
    const { page } = app;
    // The Findings tab is shown first; the article's is a click away.
    await showArticleTab(page);
    const panel = page.getByRole('region', { name: 'Article' });
    expect(await panel.textContent()).toMatch(/Note: News analysis of the call; its publisher, title and address were not recorded\./);
    // The claims come with the analysis, which may arrive after the panel (a loaded CI machine showed it).
    await panel.getByRole('heading', { name: /^Claims about the readouts \(\d+\)$/ }).waitFor();
    expect(await panel.getByRole('heading', { name: /^Claims about the readouts \(\d+\)$/ }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: /^Commentary \(\d+\)$/ }).count()).toBe(1);
    // Every claim lists a verdict for each readout it is about; every quotation names its speaker.
    const claims = panel.locator('.item-claim');
    // The seed article's gold has 6 claims and 13 quotations of people (tests/shared/article/gold.test.ts).
    expect(await claims.count()).toBeGreaterThanOrEqual(5);
    expect(await panel.locator('.item-commentary').count()).toBeGreaterThanOrEqual(10);
    // The misquotation is shown word by word: the article's "would", the readout's "will".
    const misquote = claims.filter({ hasText: 'would begin with an energy and infrastructure ceasefire' }).first();
    // (Each carries hidden copy marks, so that copied text reads "[-would-]{+will+}".)
    const unmarked = (texts: string[]) => texts.map((t) => t.replace(/^\[-|-\]$|^\{\+|\+\}$/g, ''));
    expect(unmarked(await misquote.locator('del').allTextContents())).toContain('would');
    expect(unmarked(await misquote.locator('ins').allTextContents())).toContain('will');
    for (let i = 0; i < (await claims.count()); i++) {
      expect(await claims.nth(i).locator('.verdict').count()).toBeGreaterThan(0);
      expect(await claims.nth(i).locator('.verdict-badge').first().textContent()).toMatch(/(: supported|: partly supported|: misquoted \(changes meaning\)|: quoted with minor differences|: quoted in other words|Not found in .*'s readout|Not found in .*'s \(incomplete\) copy as loaded)(?: \((?:its|nor its) quotation “.+”(?: is not in it)?\))?$/);
    }
    const commentary = panel.locator('.item-commentary');
    for (let i = 0; i < (await commentary.count()); i++) expect((await commentary.nth(i).locator('.speaker').textContent())!.trim()).not.toBe('');
    // A marker on a readout sentence selects its item in the panel.
    const marker = page.locator('.marker').first();
    expect(await marker.count()).toBe(1);
    {
      const id = (await marker.textContent())!;
      await marker.click();
      expect(await until<string | null>(page, ACTIVE_ITEM)).toBe(id);
      expect(await panel.locator(`#article-item-${id}`).getAttribute('aria-current')).toBe('true');
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('opens an article for the comparison on screen with Open article…, keeping the rows', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await fileMenu(page, /^2021-07-09 · /);
    await until(page, 'document.querySelector("h1")?.textContent.includes("Biden") && !document.querySelector(".article-panel")');
    expect(await page.getByRole('button', { name: 'Article panel', exact: true }).isDisabled()).toBe(true);
    const rows = await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label');
    // Cancelled: nothing changes.
    await fileMenu(page, 'Open article…');
    await until(page, '!document.querySelector(".app").getAttribute("aria-busy") || document.querySelector(".app").getAttribute("aria-busy") === "false"');
    expect(await page.locator('.article-panel').count()).toBe(0);
    // Chosen: the panel shows it; the rows stay.
    app.dialogs.nextArticle = join(SAMPLE, 'article.txt');
    await fileMenu(page, 'Open article…');
    await page.getByRole('region', { name: 'Article' }).waitFor();
    expect(await page.getByTestId('rows-scroll').getByRole('list').getAttribute('aria-label')).toBe(rows);
    expect(await page.locator('h1').textContent()).toMatch(/Biden/);
    expect(await page.locator('.status').textContent()).toMatch(/^Article loaded: \d+ claims?, \d+ quotations? of people$/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('names the article when it cannot be read, and keeps what is on screen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-article-'));
    writeFileSync(join(dir, 'empty.md'), '');
    const app = await suite.open();
    const { page } = app;
    await showArticleTab(page);
    app.dialogs.nextArticle = join(dir, 'empty.md');
    await fileMenu(page, 'Open article…');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/empty\.md/);
    expect(await page.getByRole('region', { name: 'Article' }).count()).toBe(1);
    await app.close();
  });
});

describe('the article panel, on the hand-made analysis of the sample’s article', () => {
  it('goes from a claim’s link to its row and back from the row’s marker, by keyboard only', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await showArticleTab(page);
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    // F6: to the panel's first item; arrow down to c2.
    await page.keyboard.press('F6');
    expect(await until<string | null>(page, ACTIVE_ITEM)).toBe('c1');
    await page.keyboard.press('ArrowDown');
    expect(await until<string | null>(page, ACTIVE_ITEM, (v) => v === 'c2')).toBe('c2');
    // Tab to c2's first link, the readout sentence its quotation was found in; Enter follows it.
    await page.keyboard.press('Tab');
    expect(await until<string | null>(page, ACTIVE_LABEL)).toBe('Go to White House a6');
    await page.keyboard.press('Enter');
    const row = await until<string | null>(page, ACTIVE_ROW);
    expect(await rowSentences(page, row!)).toMatch(/\ba6\b/);
    expect(await page.locator(`[data-index="${row}"] .row`).getAttribute('class')).toMatch(/row-linked/);
    // Tab to the row's c2 marker; Enter goes back to the claim.
    for (let i = 0; i < 6 && (await page.evaluate(ACTIVE_LABEL)) !== 'Claim c2, linked to a6: show it in the article panel'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(ACTIVE_LABEL)).toBe('Claim c2, linked to a6: show it in the article panel');
    await page.keyboard.press('Enter');
    expect(await until<string | null>(page, ACTIVE_ITEM)).toBe('c2');
    // F6 back to the row, and Space on a link works too.
    await page.keyboard.press('F6');
    expect(await until<string | null>(page, ACTIVE_ROW)).toBe(row);
    await page.keyboard.press('F6');
    expect(await until<string | null>(page, ACTIVE_ITEM)).toBe('c2');
    await page.keyboard.press('End');
    expect(await until<string | null>(page, ACTIVE_ITEM, (v) => v === 'q6')).toBe('q6');
    await page.keyboard.press('Tab');
    expect(await until<string | null>(page, ACTIVE_LABEL)).toMatch(/^Go to Kremlin b3: /);
    await page.keyboard.press('Space');
    expect(await rowSentences(page, (await until<string | null>(page, ACTIVE_ROW))!)).toMatch(/\bb3\b/);
    // The focus ring is visible on the row.
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await page.screenshot({ path: join(SCREENSHOTS, 'article-followed.png') });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('carries out the View menu’s panel commands', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await showArticleTab(page);
    await app.emitCommand('switch-pane');
    expect(await until<string | null>(page, ACTIVE_ITEM)).toBe('c1');
    // Hiding the panel that has focus hands focus to the rows.
    await app.emitCommand('toggle-article-panel');
    expect(await page.locator('.article-panel').count()).toBe(0);
    expect(await until<string | null>(page, ACTIVE_ROW)).toBe('0');
    expect(await page.getByRole('button', { name: 'Article panel', exact: true }).getAttribute('aria-expanded')).toBe('false');
    await app.emitCommand('toggle-article-panel');
    await page.getByRole('region', { name: 'Article' }).waitFor();
    // Showing it does not take focus.
    expect(await until<string | null>(page, ACTIVE_ROW)).toBe('0');
    await app.close();
  });

  it('follows a link to a row the filter hides, showing all rows', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await showArticleTab(page);
    await showRows(page, 'one-sided');
    await page.locator('#article-item-c2').getByRole('button', { name: /^Go to White House a6: / }).click();
    const row = await until<string | null>(page, ACTIVE_ROW);
    expect(await rowSentences(page, row!)).toMatch(/\ba6\b/);
    expect(await page.getByRole('combobox', { name: 'Show rows' }).inputValue()).toBe('all');
    expect(await page.locator('.status').textContent()).toMatch(/\(all rows shown\)$/);
    await app.close();
  });

  it('adds a link by hand to the focused row, shows it as added by you with a marker, and removes it', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await showArticleTab(page);
    // Make the row of the Kremlin's b12 (hockey), which nothing links to, the current row: find it.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('hockey');
    const hockey = page.locator('.row', { hasText: 'hockey matches' });
    await hockey.waitFor();
    expect(await hockey.getAttribute('aria-current')).toBe('true');
    expect(await hockey.locator('.marker').count()).toBe(0);
    const c4 = page.locator('#article-item-c4');
    await c4.click();
    await c4.getByRole('button', { name: 'Add link to b12' }).click();
    await c4.locator('.link-manual').waitFor();
    expect(await c4.locator('.link-manual').textContent()).toMatch(/b12.*added by you/);
    expect(await hockey.locator('.marker').allTextContents()).toEqual(['c4']);
    await page.screenshot({ path: join(SCREENSHOTS, 'article-manual-link.png') });
    // × removes it again, and the marker goes.
    await c4.getByRole('button', { name: 'Remove the link to Kremlin b12' }).click();
    await until(page, '!document.querySelector("#article-item-c4 .link-manual")');
    expect(await hockey.locator('.marker').count()).toBe(0);
    // Removing an automatic link leaves it restorable.
    const c3 = page.locator('#article-item-c3');
    await c3.click();
    await c3.getByRole('button', { name: 'Remove the link to Kremlin b8' }).click();
    expect(await c3.locator('.links-removed').textContent()).toMatch(/Removed by you: b8/);
    expect(await page.locator('.row', { hasText: 'complete cessation of foreign military assistance' }).locator('.marker').allTextContents()).not.toContain('c3');
    await c3.getByRole('button', { name: 'Restore the link to Kremlin b8' }).click();
    expect(await page.locator('.row', { hasText: 'complete cessation of foreign military assistance' }).locator('.marker').allTextContents()).toContain('c3');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('looks right beside the rows at 1400×900 and below them at 800×900', async () => {
    for (const [width, name] of [[1400, 'article-wide'], [800, 'article-narrow']] as const) {
      const app = await suite.open({ handlers: fixtureHandlers(), viewport: { width, height: 900 } });
      const { page } = app;
      const panel = page.getByRole('region', { name: 'Article' });
      await showArticleTab(page);
      await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
      const rows = (await page.getByTestId('rows-scroll').boundingBox())!;
      const box = (await panel.boundingBox())!;
      if (width > 900) {
        expect(box.x).toBeGreaterThanOrEqual(rows.x + rows.width - 1);
        expect(box.height).toBeGreaterThan(300);
      } else {
        expect(box.y).toBeGreaterThanOrEqual(rows.y + rows.height - 1);
        expect(box.width).toBeGreaterThan(700);
      }
      expect(rows.height).toBeGreaterThan(200);
      // Rows with markers are measured as they are: no row overlaps the next.
      const slots = (await page.evaluate('JSON.stringify([...document.querySelectorAll(".row-slot")].map((e) => { const r = e.getBoundingClientRect(); return [Number(e.dataset.index), r.top, r.bottom]; }).sort((x, y) => x[0] - y[0]))')) as string;
      const boxes = JSON.parse(slots) as Array<[number, number, number]>;
      expect(await page.locator('.row-slot .marker').count()).toBeGreaterThan(0);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]![1]).toBeGreaterThanOrEqual(boxes[i - 1]![2] - 1);
      // Nothing spills out of the window, with an item selected (its link picker shown) too.
      await page.locator('#article-item-c4').click();
      await page.locator('#article-item-c4 .link-add').waitFor();
      expect(await page.evaluate('[document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight]')).toEqual([true, true]);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      await app.close();
    }
  });
});

describe('the article’s address', () => {
  /** Two readouts and an article whose meta.json gives `url`; opens them and returns the page (`shown`: wait for the article). */
  async function withArticleUrl(url: string, shown = true) {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-url-'));
    for (const f of ['whitehouse.txt', 'kremlin.txt']) copyFileSync(join(SAMPLE, f), join(dir, f));
    const news = join(dir, 'news');
    mkdirSync(news);
    writeFileSync(join(news, 'story.md'), '“The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire,” the White House read-out said.');
    writeFileSync(join(news, 'meta.json'), JSON.stringify({ readouts: [], article: { file: 'story.md', label: 'Wire story', publisher: 'A wire', url } }));
    const app = await suite.open();
    await app.page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    app.dialogs.nextCompareFiles = [join(dir, 'whitehouse.txt'), join(dir, 'kremlin.txt')];
    await fileMenu(app.page, 'Compare files…');
    await until(app.page, '!document.querySelector(".article-panel")');
    app.dialogs.nextArticle = join(news, 'story.md');
    await fileMenu(app.page, 'Open article…');
    if (shown) await app.page.getByRole('region', { name: 'Wire story' }).waitFor();
    return app;
  }

  it('opens in the system browser when it is http(s)', async () => {
    const app = await withArticleUrl('https://news.example/2025/03/18/call');
    await app.page.getByRole('link', { name: 'https://news.example/2025/03/18/call' }).click();
    await until(app.page, 'true');
    expect(app.external).toEqual([{ url: 'https://news.example/2025/03/18/call', opened: true }]);
    await app.close();
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)'])('is refused in meta.json, in one line naming the file, and never opened, when it is %s', async (url) => {
    const app = await withArticleUrl(url, false);
    await app.page.getByRole('alert').waitFor();
    expect(await app.page.getByRole('alert').textContent()).toMatch(/meta\.json.*url/);
    expect(await app.page.locator('.article-panel').count()).toBe(0);
    expect(app.external).toEqual([]);
    await app.close();
  });
});
