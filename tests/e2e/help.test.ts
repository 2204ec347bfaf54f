/**
 * Help in the browser: the first-run introduction, the About dialog (its texts from a
 * test's own assets folder) and the Keyboard Shortcuts dialog, each operated from the
 * keyboard and checked with axe-core.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { version } from '../../package.json';
import { axeViolations } from './axe';
import { ROOT, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

const rowsShown = (page: Page) => page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
const activeIn = (page: Page, selector: string) => page.evaluate(`!!document.activeElement?.closest(${JSON.stringify(selector)})`) as Promise<boolean>;

/** An assets folder with the real samples and notices written by the test; the licence only when given. */
function assetsWith(files: { license?: string; notices: string; samples: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'help-e2e-'));
  const assets = join(root, 'assets');
  mkdirSync(join(assets, 'notices'), { recursive: true });
  symlinkSync(join(ROOT, 'assets', 'samples'), join(assets, 'samples'));
  writeFileSync(join(assets, 'notices', 'third-party.txt'), files.notices);
  writeFileSync(join(assets, 'notices', 'samples.md'), files.samples);
  if (files.license !== undefined) writeFileSync(join(root, 'LICENSE'), files.license);
  return assets;
}

describe('the first-run introduction', () => {
  it('shows over the sample the first time, points at the rows, and once dismissed stays away until Help brings it back', async () => {
    const app = await suite.open({ firstRun: true });
    const { page } = app;
    await rowsShown(page);
    const intro = page.getByRole('region', { name: 'How to read this comparison' });
    await intro.waitFor();
    // five items, the rows still in view below it
    expect(await intro.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^1Rows/), expect.stringMatching(/^2Omissions/), expect.stringMatching(/^3Findings/), expect.stringMatching(/^4Claims/),
      expect.stringMatching(/^5Annotations.*Ctrl\+Shift\+A/),
    ]);
    const rowTop = await page.getByTestId('rows-scroll').getByRole('listitem').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(rowTop).toBeLessThan(900 - 100);
    // the introduction does not take focus
    expect(await activeIn(page, '.intro')).toBe(false);
    expect(await axeViolations(page, '.intro')).toEqual([]);
    // "Show where" outlines the part explained
    const frameOutline = () => page.locator('.rows-frame').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await frameOutline()).toBe('none');
    await intro.getByRole('button', { name: 'Show where: rows' }).press('Enter');
    expect(await frameOutline()).toBe('dashed');
    expect(await intro.getByRole('button', { name: 'Show where: rows' }).getAttribute('aria-pressed')).toBe('true');
    // the claims are in the article panel: shown if hidden (the Findings tab is shown first)
    await page.getByTestId('findings-panel').waitFor();
    expect(await page.getByTestId('article-panel').count()).toBe(0);
    // (once the article, which follows the rows, is there)
    await until(page, `[...document.querySelectorAll('.side-tabs button')].some((b) => b.textContent === 'Article' && !b.disabled)`, Boolean, 15_000);
    await intro.getByRole('button', { name: 'Show where: claims' }).click();
    await page.getByTestId('article-panel').waitFor();
    expect(await frameOutline()).toBe('none');
    expect(await page.locator('.side-panel').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run.png') });
    // the findings: their tab shown again and outlined, with the toolbar's Findings button
    await intro.getByRole('button', { name: 'Show where: findings' }).click();
    await page.getByTestId('findings-panel').waitFor();
    expect(await page.getByTestId('findings-panel').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    expect(await page.locator('.toolbar button[data-panel="findings"]').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    // dismissed from the keyboard: focus goes to the rows
    await intro.getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
    await until(page, `!document.querySelector('.intro')`);
    expect(await page.locator('.rows-frame').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await until(page, `document.activeElement?.getAttribute('role') === 'listitem'`);
    // never again: not after a reload
    await page.reload();
    await rowsShown(page);
    expect(await page.locator('.intro').count()).toBe(0);
    // Help > Show Introduction
    await app.emitCommand('introduction');
    await intro.waitFor();
    await intro.getByRole('button', { name: 'Got it' }).press('Escape');
    await until(page, `!document.querySelector('.intro')`);
    expect(app.errors).toEqual([]);
    await app.close();
    // (about 17 s alone on a 2-core machine, waiting up to 15 s for the article: past the default 20 s beside another browser test)
  }, 60_000);
});

describe('the introduction’s Escape', () => {
  // Review fix (78937d4), untested until now: Escape inside the introduction dismisses it and stops there; before,
  // the window's Escape then cleared the analyst's link marks as well.
  it('dismisses the introduction and leaves the link marks behind it', async () => {
    const app = await suite.open({ firstRun: true });
    const { page } = app;
    await rowsShown(page);
    const intro = page.getByRole('region', { name: 'How to read this comparison' });
    await intro.waitFor();
    await page.locator('[data-row-key]').first().focus();
    await page.keyboard.press('m');
    await until(page, `document.querySelectorAll('.link-end-marked').length`, (n) => n === 1);
    await intro.getByRole('button', { name: 'Show where: rows' }).press('Escape');
    await until(page, `!document.querySelector('.intro')`);
    expect(await page.locator('.link-end-marked').count()).toBe(1);
    // the next Escape, outside it, is the window's: it clears the marks
    await page.keyboard.press('Escape');
    await until(page, `document.querySelectorAll('.link-end-marked').length`, (n) => n === 0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the first-run flag', () => {
  // Issue 15 item 15: the flag was in the page's localStorage, which starts empty when the page's origin
  // changes (app:// instead of file://) or the storage is cleared; main's settings.json keeps it (failed before).
  it('stays dismissed in a page with new storage: main keeps it', async () => {
    const settings = { introSeen: false };
    const first = await suite.open({ settings });
    await rowsShown(first.page);
    await first.page.getByRole('region', { name: 'How to read this comparison' }).getByRole('button', { name: 'Got it' }).click();
    await until(first.page, `!document.querySelector('.intro')`);
    await first.close();
    expect(settings.introSeen).toBe(true);
    // a new browser context: nothing in localStorage
    const second = await suite.open({ settings });
    await rowsShown(second.page);
    expect(await second.page.locator('.intro').count()).toBe(0);
    expect(second.errors).toEqual([]);
    await second.close();
  });
});

describe('the About dialog', () => {
  it('shows the version, the licence, the notices and the samples’ provenance as plain text, and closes with Escape', async () => {
    const assets = assetsWith({
      license: 'MIT License\n\nCopyright (c) 2026 the authors',
      notices: Array.from({ length: 80 }, (_, i) => `package-${i} 1.0.${i} — MIT`).join('\n'),
      samples: '# Samples\n\nThe White House readout: <img src=x onerror="window.__pwned=1"> **as published**.',
    });
    const app = await suite.open({ handlers: createHandlers({ assetsDir: assets }), firstRun: true });
    const { page } = app;
    await rowsShown(page);
    const opener = page.locator('.intro').getByRole('button', { name: 'About' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'About Readout Compare' });
    await dialog.waitFor();
    await dialog.locator('.notice-text').first().waitFor();
    expect(await dialog.locator('.about-facts').textContent()).toBe(`Version${version}LicenceMIT`);
    expect(await dialog.getByRole('region', { name: 'Licence' }).locator('pre').textContent()).toBe('MIT License\n\nCopyright (c) 2026 the authors');
    const notices = dialog.getByRole('region', { name: 'Third-party notices' }).locator('pre');
    expect(await notices.textContent()).toContain('package-79 1.0.79 — MIT');
    // a long notice scrolls in its block, in a monospace font
    expect(await notices.evaluate((el) => el.scrollHeight > el.clientHeight && /mono/i.test(getComputedStyle(el).fontFamily))).toBe(true);
    // Markdown shown as written: no element made of it, nothing run
    const provenance = dialog.getByRole('region', { name: 'Where the samples come from' }).locator('pre');
    expect(await provenance.textContent()).toContain('<img src=x onerror="window.__pwned=1"> **as published**');
    expect(await provenance.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    // modal: Tab stays inside
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await activeIn(page, 'dialog')).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'about.png') });
    await page.keyboard.press('Escape');
    await until(page, `!document.querySelector('dialog')`);
    // focus back on the button that opened it
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('About');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('says which file is missing, from Help > About', async () => {
    const assets = assetsWith({ notices: 'react — MIT', samples: 'Samples' });
    const app = await suite.open({ handlers: createHandlers({ assetsDir: assets }) });
    const { page } = app;
    await rowsShown(page);
    await app.emitCommand('about');
    const license = page.getByRole('dialog', { name: 'About Readout Compare' }).getByRole('region', { name: 'Licence' }).locator('pre');
    await license.waitFor();
    expect(await license.textContent()).toMatch(/^The licence file was not found \(.*LICENSE\)\.$/);
    await app.close();
  });
});

describe('the Keyboard Shortcuts dialog', () => {
  it('opens with F1 and ?, not while typing, lists the keys with Ctrl, and leads to About', async () => {
    const app = await suite.open();
    const { page } = app;
    await rowsShown(page);
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // ? typed in the find field is a question mark
    await page.getByRole('searchbox', { name: /^Find in / }).press('?');
    expect(await page.getByRole('searchbox', { name: /^Find in / }).inputValue()).toBe('?');
    expect(await page.locator('dialog').count()).toBe(0);
    await page.getByTestId('rows-scroll').getByRole('listitem').first().focus();
    await page.keyboard.press('F1');
    await dialog.waitFor();
    const annotations = dialog.getByRole('table', { name: 'Annotations' });
    expect(await annotations.getByRole('row', { name: /Annotate the selected text/ }).locator('kbd').textContent()).toBe('Ctrl+Shift+A');
    expect(await dialog.getByRole('table', { name: 'Files' }).getByRole('row', { name: /saved comparison/ }).locator('kbd').textContent()).toBe('Ctrl+Alt+O');
    // the other platform's keys are left out
    expect(await dialog.getByText('Hide the other apps').count()).toBe(0);
    // page keys wait while the dialog is open
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.getByTestId('rows-scroll').locator('[aria-current="true"]').getAttribute('data-row-key')).toBe(
      await page.getByTestId('rows-scroll').getByRole('listitem').first().getAttribute('data-row-key'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await until(page, `!document.querySelector('dialog')`);
    await page.keyboard.press('?');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'About Readout Compare' }).click();
    await page.getByRole('dialog', { name: 'About Readout Compare' }).waitFor();
    expect(await page.locator('dialog').count()).toBe(1);
    await page.getByRole('button', { name: 'Close' }).click();
    await until(page, `!document.querySelector('dialog')`);
    // the toolbar's Help button, and Help > Keyboard Shortcuts
    await page.getByRole('button', { name: 'Help' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await app.emitCommand('shortcuts');
    await dialog.waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
