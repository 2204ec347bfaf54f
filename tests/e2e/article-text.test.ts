/**
 * The article panel's Text view (renderer/components/ArticleFullText.tsx) in Chromium,
 * on the hand-made analysis of the sample's article (tests/renderer/article-fixture.ts):
 * the article read in full with its claims and quotations marked, and the paths between
 * the text, the list and the rows. Pictures: out/screenshots/article-text-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSampleAnalysis } from '../renderer/article-fixture';
import { loadSample } from '../renderer/sample';
import { fixtureHandlers } from './fixture-handlers';
import { selectText, showArticleTab, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();
const ACTIVE_ID = 'document.activeElement?.id ?? null';
const ACTIVE_ITEM = 'document.activeElement?.getAttribute("data-item") ?? null';

async function openText(page: Page) {
  await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
  await showArticleTab(page);
  const panel = page.getByRole('region', { name: 'Article' });
  await panel.getByRole('button', { name: 'Text', exact: true }).click();
  await panel.getByTestId('article-text').waitFor();
  return panel;
}

describe('the article panel’s Text view', () => {
  it('shows the whole article, paragraph by paragraph, every claim and quotation marked and led by its id', async () => {
    const article = withSampleAnalysis(await loadSample()).article!;
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    const panel = await openText(page);
    expect(await panel.getByRole('button', { name: 'Text', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Every non-blank line of the article is a paragraph, word for word (the badges aside).
    const lines = article.doc.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const shown = (await page.evaluate(`[...document.querySelectorAll('[data-testid="article-text"] > p:not(.article-text-key)')].map((p) => [...p.childNodes].filter((n) => !n.classList?.contains('text-badge')).map((n) => n.textContent).join(''))`)) as string[];
    expect(shown).toEqual(lines);
    // One badge per item, in the article's order of items; a claim's words underlined, a quotation's boxed.
    const ids = [...article.claims, ...article.commentary].sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1)).map((i) => i.id);
    expect(await panel.locator('.text-badge').allTextContents()).toEqual(ids);
    const c2 = article.claims.find((c) => c.id === 'c2')!;
    expect((await panel.locator('mark[data-item~="c2"]').allTextContents()).join('')).toBe(c2.text);
    expect(await panel.locator('mark.text-quote').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, 'article-text-1440x900.png') });
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: join(SCREENSHOTS, 'article-text-1000x700.png') });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('selects an item from its passage, shows it in the list from its badge, and focuses the badge from a row’s marker', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    const panel = await openText(page);
    await panel.locator('mark[data-item~="c2"]').first().scrollIntoViewIfNeeded();
    // A click on the claim's words selects it: the passage stands out, and the status line says which.
    // (On the middle of its first line: a passage over several lines has its box's middle on other words.)
    const [x, y] = (await page.evaluate(`(() => { const r = document.querySelector('[data-testid="article-text"] mark[data-item~="c2"]').getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()`)) as [number, number];
    await page.mouse.click(x, y);
    expect(await until(page, `document.querySelectorAll('[data-testid="article-text"] mark.text-selected[data-item~="c2"]').length > 0`)).toBe(true);
    expect(await page.locator('.status').textContent()).toMatch(/^Claim c2, \d+ links?$/);
    // The row's marker of another item, with the Text view shown: that item's badge takes the focus.
    await page.getByTestId('rows-scroll').locator('.marker', { hasText: /^q\d+$/ }).first().click();
    const badge = (await until<string | null>(page, ACTIVE_ID, (v) => v?.startsWith('text-badge-q') ?? false))!;
    expect(badge).toMatch(/^text-badge-q\d+$/);
    // The badge shows the item in the list, focused; the view is kept when the tab is left and shown again.
    await page.keyboard.press('Enter');
    expect(await until<string | null>(page, ACTIVE_ITEM)).toBe(badge.replace('text-badge-', ''));
    expect(await panel.getByRole('button', { name: 'Found', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await panel.getByRole('button', { name: 'Text', exact: true }).click();
    await page.locator('.side-tabs').getByRole('button', { name: 'Findings', exact: true }).click();
    await showArticleTab(page);
    await page.getByTestId('article-text').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('goes passage to passage from the keyboard: one Tab stop on the badges, arrows, Home and End, each selection announced', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    const panel = await openText(page);
    const order = await panel.locator('.text-badge').allTextContents();
    // Tab from the view's switch reaches the text's one stop: the first passage's badge.
    for (let i = 0; i < 12 && !((await page.evaluate(ACTIVE_ID)) as string | null)?.startsWith('text-badge-'); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(ACTIVE_ID)).toBe(`text-badge-${order[0]}`);
    await page.keyboard.press('ArrowDown');
    expect(await until<string | null>(page, ACTIVE_ID, (v) => v === `text-badge-${order[0]}`)).toBe(`text-badge-${order[0]}`);
    await page.keyboard.press('ArrowDown');
    expect(await until<string | null>(page, ACTIVE_ID, (v) => v === `text-badge-${order[1]}`)).toBe(`text-badge-${order[1]}`);
    expect(await page.locator('.status').textContent()).toMatch(new RegExp(`^(Claim|Commentary) ${order[1]}\\b.*, \\d+ links?$`));
    expect(await panel.locator(`mark.text-selected[data-item~="${order[1]}"]`).count()).toBeGreaterThan(0);
    // Only the selected passage's badge is in the Tab order.
    expect(await panel.locator('.text-badge[tabindex="0"]').allTextContents()).toEqual([order[1]]);
    await page.screenshot({ path: join(SCREENSHOTS, 'article-text-keyboard-1440x900.png') });
    await page.keyboard.press('End');
    expect(await until<string | null>(page, ACTIVE_ID, (v) => v === `text-badge-${order.at(-1)}`)).toBe(`text-badge-${order.at(-1)}`);
    // The last passage brought into view.
    expect(await panel.locator(`#text-badge-${order.at(-1)}`).isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await until<string | null>(page, ACTIVE_ID, (v) => v === `text-badge-${order[0]}`)).toBe(`text-badge-${order[0]}`);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('marks find’s matches in the text, also words that are in no claim or quotation', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await openText(page);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Putin');
    const hits = await until<number>(page, `document.querySelectorAll('[data-testid="article-text"] mark.hit').length`, (n) => n > 0);
    const outside = (await page.evaluate(`[...document.querySelectorAll('[data-testid="article-text"] mark.hit')].filter((m) => !m.closest('mark[data-item]')).length`)) as number;
    expect(hits).toBeGreaterThan(1);
    expect(outside).toBeGreaterThan(0);
    expect(hits).toBeGreaterThan(outside);
    // Each hit keeps its highlight inside a claim's or quotation's passage too (a passage's own mark has none).
    const unlit = await page.evaluate(`[...document.querySelectorAll('[data-testid="article-text"] mark.hit')].filter((m) => getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)').length`);
    expect(unlit).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('annotates a passage the analysis left out of every item, and highlights it in the text', async () => {
    const app = await suite.open({ handlers: fixtureHandlers() });
    const { page } = app;
    await openText(page);
    const words = 'held an extended phone call today';
    expect(await selectText(page, '[data-testid="article-text"] > p:not(.article-text-key)', words)).toBe(true);
    await page.keyboard.press('Control+Shift+A');
    const editor = page.getByRole('form', { name: 'New annotation' });
    await editor.waitFor();
    await editor.getByLabel('Note', { exact: true }).fill('Which day?');
    await editor.getByLabel('Note', { exact: true }).press('Enter');
    await until(page, `!document.querySelector('.annotation-editor')`);
    await showArticleTab(page);
    const marked = await until<string>(page, `[...document.querySelectorAll('[data-testid="article-text"] mark.annotated')].map((m) => m.textContent).join('')`, (t) => t !== '');
    expect(marked).toBe(words);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid="article-text"] mark.annotated')).backgroundColor`)).not.toBe('rgba(0, 0, 0, 0)');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
