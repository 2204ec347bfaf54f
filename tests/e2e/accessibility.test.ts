/**
 * Accessibility in Chromium: axe-core finds no violation at all, whatever its impact,
 * on the main view, the article panel and the annotations panel (with the editor
 * open), in light and dark; landmarks and names a screen reader announces; every Tab stop has a
 * visible focus ring; reduced motion and a larger default text size are respected.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { fixtureHandlers } from './fixture-handlers';
import { showArticleTab, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

const rowsShown = (page: Page) => page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('has no axe violation of any impact on the main view with the introduction, the Help dialogs, the article panel and the annotations panel with the editor open (%s)', async (colorScheme) => {
    const app = await suite.open({ colorScheme, handlers: fixtureHandlers(), firstRun: true });
    const { page } = app;
    await rowsShown(page);
    // the findings panel, shown first
    await page.getByTestId('findings-panel').locator('.finding').first().waitFor();
    // the main view, with the first-run introduction
    await page.locator('.intro').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await showArticleTab(page);
    const panel = page.getByTestId('article-panel');
    await panel.locator('.item-claim').first().waitFor();
    // the two Help dialogs
    await app.emitCommand('shortcuts');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await app.emitCommand('about');
    await page.getByRole('dialog', { name: 'About Readout Compare' }).locator('.notice-text').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await until(page, `!document.querySelector('dialog')`);
    // the article panel with an item selected and its links shown
    await page.locator('.marker').first().click();
    await until(page, `!!document.querySelector('[data-testid="article-panel"] [aria-current="true"]')`);
    expect(await axeViolations(page, '[data-testid="article-panel"]')).toEqual([]);
    // the annotations panel, the row in focus annotated: the editor open
    await page.getByTestId('rows-scroll').getByRole('listitem').first().focus();
    await page.keyboard.press('Control+Shift+A');
    await page.getByRole('form', { name: 'New annotation' }).waitFor();
    expect(await axeViolations(page, '[data-testid="annotations-panel"]')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `annotation-editor-${colorScheme}.png`) });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('has a banner, the comparison as main, a toolbar, the panel as complementary, and rows announced in the core’s wording', async () => {
    const app = await suite.open();
    const { page } = app;
    await rowsShown(page);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main', { name: 'Comparison' }).count()).toBe(1);
    expect(await page.getByRole('toolbar', { name: 'Comparison tools' }).count()).toBe(1);
    // the side panel, its switch included, is one complementary landmark; the panel shown in it a region named by its title
    expect(await page.getByRole('complementary').count()).toBe(1);
    const side = page.getByRole('complementary', { name: 'Side panel' });
    expect(await side.getByRole('group', { name: 'Show in the side panel' }).getByRole('button').allTextContents()).toEqual(['Findings', 'Article', 'Annotations 0']);
    expect(await side.getByRole('region', { name: /^Findings \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    // a one-sided row is read with the comparison's wording first, once: the empty side is no group of its own
    const omission = page.locator('.row-only-b').first();
    // (its statement's number first: a toggle that marks it for linking, named by the number alone)
    expect(await omission.ariaSnapshot()).toMatch(/^- listitem:\n {2}- text: "((probably|possibly) )?only in Kremlin, one-sided confidence \d\.\d\d:"\n {2}- group "Kremlin":\n {4}- button "b\d+"\n {4}- text: \S/);
    const matched = page.locator('.row-matched.row-changed').first();
    expect(await matched.ariaSnapshot()).toMatch(/^- listitem:\n {2}- text: "Matched, worded differently:"\n {2}- group "White House"/);
    // the coverage figure is read with what it is, though its words are out of sight
    expect(await page.locator('.source-b .source-coverage').ariaSnapshot()).toMatch(/- strong: \d+%\n {2}- text: of its \d+ words are in statements White House also reports/);
    // the words of a difference, shown on demand (typed differences lead), are read as a deletion / an insertion, and their text is unchanged
    await matched.getByRole('button', { name: 'Show all word differences' }).click();
    const del = page.locator('.row-matched del.only-a').first();
    expect(await del.evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content]))
      .toEqual(['" [deletion: "', '" :end of deletion] "']);
    expect(await page.locator('.row-matched ins.only-b').first().evaluate((el) => getComputedStyle(el, '::before').content)).toBe('" [insertion: "');
    expect(await del.evaluate((el) => { const r = el.getBoundingClientRect(); const b = getComputedStyle(el, '::before'); return b.position === 'absolute' && r.width > 0; })).toBe(true);
    expect((await del.textContent())!.includes('deletion')).toBe(false);
    await app.close();
  });

  it('shows a focus ring on every control Tab reaches, and the arrow keys move along the toolbar', async () => {
    const app = await suite.open();
    const { page } = app;
    await rowsShown(page);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const seen: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { name: el.tagName + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      })()`) as { name: string; style: string; width: number } | null;
      if (focus === null) continue;
      seen.push(focus.name);
      expect(focus.style, focus.name).not.toBe('none');
      expect(focus.width, focus.name).toBeGreaterThanOrEqual(2);
    }
    expect(seen.length).toBeGreaterThan(30);
    expect(seen.some((s) => s.startsWith('DIV'))).toBe(true); // a row
    // toolbar: Right and Left go from button to button
    await page.locator('.toolbar').getByRole('button', { name: 'Save', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Previous row');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('File ▾');
    // the File menu opens from the keyboard, and Escape gives the focus back to its button
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Compare files…');
    await page.keyboard.press('Escape');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('File ▾');
    await app.close();
  });

  it('turns smooth scrolling and transitions off when the OS asks for reduced motion', async () => {
    const app = await suite.open({ beforeLoad: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
    const { page } = app;
    await rowsShown(page);
    const styles = await page.getByTestId('rows-scroll').evaluate((el) => {
      const s = getComputedStyle(el);
      return { scroll: s.scrollBehavior, transition: s.transitionDuration, animation: s.animationName };
    });
    expect(styles).toEqual({ scroll: 'auto', transition: '0s', animation: 'none' });
    await app.close();
  });

  it('follows a 150% default text size without clipping the toolbar, the rows or the introduction', async () => {
    const app = await suite.open({
      firstRun: true,
      // the browser's default font size (Chromium's setting, which the OS text size feeds): 16 px → 24 px
      beforeLoad: async (p) => (await p.context().newCDPSession(p)).send('Page.setFontSizes', { fontSizes: { standard: 24 } }),
    });
    const { page } = app;
    await rowsShown(page);
    await page.locator('.intro').waitFor();
    expect(await page.evaluate('getComputedStyle(document.documentElement).fontSize')).toBe('24px');
    const clipped = await page.evaluate(`[...document.querySelectorAll('.toolbar button, .toolbar label, .intro button, .intro h2, .row .why, .side-tabs button, .status-bar')]
      .filter((el) => el.getClientRects().length > 0 && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      .map((el) => el.className + ' ' + el.textContent.trim().slice(0, 30))`);
    expect(clipped).toEqual([]);
    // the rows stay in view below the header and the introduction, a strip that takes at most a third of the window
    const rowsHeight = await page.getByTestId('rows-scroll').evaluate((el) => el.clientHeight);
    expect(rowsHeight).toBeGreaterThan(100);
    expect((await page.locator('.intro').boundingBox())!.height).toBeLessThan(900 / 3);
    await page.screenshot({ path: join(SCREENSHOTS, 'text-150.png') });
    await app.close();
  });
});
