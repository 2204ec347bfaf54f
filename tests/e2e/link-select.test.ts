/**
 * "Link Statements" from marks (issue 16), by keyboard only, in Chromium on the real
 * main-side handlers, on the 2018 May–Trump development pair: the White House's
 * sentence on the investigation of the chemical attack (b2) shows as "only in White
 * House" while Downing Street reports "the ongoing investigation into the Salisbury
 * incident" (a1, matched with b1). The analyst marks a1 (M on its row) and b2 (Tab to
 * its number, Space), then Ctrl+Shift+L: the two rows merge, "linked by you", the counts
 * change; saved, the CLI reads the link; Ctrl+Z restores them. Then Escape clearing a mark, and one end marked only: the
 * picker, the marked statement first. Screenshots before, marked and after at 1440x900
 * and 1000x700 (out/screenshots/link-select-*.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { axeViolations } from './axe';
import { ROOT, until, fileMenu } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();
const PAIR = join(ROOT, 'tests', 'fixtures', 'pairs', '2018-03-13-may-trump');
const summary = `document.querySelector('.summary, .count-line, [data-testid="summary"]')?.textContent ?? document.body.innerText`;
const status = `document.querySelector('.status').textContent`;
const focusedRow = `document.activeElement?.closest('[data-row-key]')?.getAttribute('data-row-key') ?? null`;

/** Both sizes the brief asks for, then back to the first. */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `link-select-${name}-1440.png`) });
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: join(SCREENSHOTS, `link-select-${name}-1000.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Whether the row in focus becomes `key` (focus follows the current row a frame or two later: the list is virtualised). */
const focusReaches = (page: Page, key: string | null, timeout = 1000): Promise<boolean> =>
  until(page, focusedRow, (k) => (key === null ? k !== null : k === key), timeout).then(() => true, () => false);

/** Moves keyboard focus down the rows (Down) to the row `key`, from the row in focus. */
async function downTo(page: Page, key: string): Promise<void> {
  for (let i = 0; i < 12 && !(await focusReaches(page, key, 300)); i++) await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(focusedRow)).toBe(key);
}

/** Focus on the first row, from the keyboard: F6 until the rows have it, then Home. */
async function toFirstRow(page: Page, key: string): Promise<void> {
  for (let i = 0; i < 3 && !(await focusReaches(page, null, 300)); i++) await page.keyboard.press('F6');
  await page.keyboard.press('Home');
  expect(await focusReaches(page, key)).toBe(true);
}

/** The number of statements marked, once it is `n`. */
const marked = (page: Page, n: number) => until(page, `document.querySelectorAll('.link-end-marked').length`, (c) => c === n);

describe('marking a statement on each side and Link Statements (issue 16)', () => {
  it('links a1 and b2 of two different rows by keyboard: the rows merge, the counts change, undo restores them', async () => {
    const app = await suite.open({ handlers: createHandlers({ assetsDir: join(ROOT, 'assets'), userData: mkdtempSync(join(tmpdir(), 'e2e-link-select-')), autosaveDelayMs: 20 }), viewport: { width: 1440, height: 900 } });
    const { page, dialogs, errors } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    dialogs.nextCompareFiles = [join(PAIR, 'a.txt'), join(PAIR, 'b.txt')];
    await fileMenu(page, 'Compare files…');
    await until<string>(page, summary, (s) => typeof s === 'string' && s.includes('Downing Street'));
    await page.locator('[data-row-key="b:b2"]').waitFor();
    expect(await page.evaluate(summary)).toContain('1 statement only in White House');
    await toFirstRow(page, 'r:a1|b1');
    await shots(page, 'before');

    // M on a1's row marks its left statement; the status line (a live region) says what is next.
    await page.keyboard.press('m');
    await marked(page, 1);
    const a1 = page.locator('[data-row-key="r:a1|b1"]').getByRole('button', { name: 'a1 · link end' });
    expect(await a1.getAttribute('aria-pressed')).toBe('true');
    expect(await a1.textContent()).toBe('a1 · link end');
    expect(await page.evaluate(status)).toBe('a1 of Downing Street marked as one end of a link: mark a statement of White House, then Link Statements');
    expect(await page.locator('.link-end-text').count()).toBeGreaterThan(0);

    // Down to b2's row, Tab to its number, Space marks it.
    await downTo(page, 'b:b2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('b2');
    await page.keyboard.press('Space');
    await marked(page, 2);
    expect(await page.locator('[data-row-key="b:b2"] .link-end-marked').textContent()).toBe('b2 · link end');
    expect(await page.evaluate(status)).toBe('a1 and b2 marked: Link Statements links them, Escape clears the marks');
    const bar = page.getByRole('region', { name: 'Statements marked for linking' });
    expect(await bar.textContent()).toMatch(/a1 \(Downing Street\) “The Prime Minister spoke to President Trump.*b2 \(White House\) “They discussed/);
    expect(await axeViolations(page, '.link-ends-bar')).toEqual([]);
    expect(await axeViolations(page, '[data-row-key="b:b2"]')).toEqual([]);
    await shots(page, 'marked');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOTS, 'link-select-marked-dark-1440.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Ctrl+Shift+L links exactly those two: one row, linked by you, the counts follow, the marks gone.
    await page.keyboard.press('Control+Shift+L');
    const merged = page.locator('[data-row-key="r:a1|b1+b2"]');
    await merged.waitFor();
    expect(await merged.locator('.corrected').textContent()).toBe('linked by you');
    expect(await page.locator('[data-row-key="b:b2"]').count()).toBe(0);
    expect(await page.evaluate(summary)).toContain('0 statements only in White House');
    await marked(page, 0);
    expect(await bar.count()).toBe(0);
    expect(await page.evaluate(status)).toMatch(/^a1 and b2 linked by you; Row 1 of \d+: /);
    await until(page, focusedRow, (k) => k === 'r:a1|b1+b2');
    await shots(page, 'after');

    // Saved (Ctrl+S) as an analyst link; the CLI reads the file with the link applied.
    const dir = mkdtempSync(join(tmpdir(), 'e2e-link-select-file-'));
    dialogs.nextPaths.push(join(dir, 'may-trump'));
    await page.keyboard.press('Control+s');
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    const file = join(dir, 'may-trump.readouts');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.corrections.map((c: { op: string; a: { sentence: string }; b: { sentence: string } }) => [c.op, c.a.sentence, c.b.sentence])).toEqual([['link', 'a1', 'b2']]);
    const cli = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'node', 'cli.ts'), 'compare', '--comparison', file, '--json'], { encoding: 'utf8' }));
    expect(cli.pairs.find((p: { b: string[] }) => p.b.includes('b2'))).toMatchObject({ a: ['a1'], b: ['b2'], by: 'analyst', confidence: null });
    expect(cli.onlyB).toEqual([]);
    await until(page, focusedRow, (k) => k === 'r:a1|b1+b2');

    // Ctrl+Z (focus on the row, outside a text field) restores both rows and the counts.
    await page.keyboard.press('Control+z');
    await page.locator('[data-row-key="b:b2"]').waitFor();
    expect(await page.locator('[data-row-key="r:a1|b1"]').count()).toBe(1);
    expect(await page.evaluate(summary)).toContain('1 statement only in White House');

    // Escape clears a mark.
    await toFirstRow(page, 'r:a1|b1');
    await page.keyboard.press('m');
    await marked(page, 1);
    await page.keyboard.press('Escape');
    await marked(page, 0);
    expect(await page.evaluate(status)).toBe('Link marks cleared');

    // One end marked (b2), then Ctrl+Shift+L on a1's row: the picker for a1, b2 first ("marked by you"); Enter links them.
    await downTo(page, 'b:b2');
    await page.keyboard.press('Shift+M');
    await marked(page, 1);
    await page.keyboard.press('ArrowUp');
    expect(await focusReaches(page, 'r:a1|b1')).toBe(true);
    await page.keyboard.press('Control+Shift+L');
    const picker = page.getByRole('dialog', { name: 'Link a1 with a statement of White House' });
    await picker.waitFor();
    expect(await picker.getByRole('option').first().textContent()).toMatch(/^b2 They discussed.*marked by you/);
    await page.screenshot({ path: join(SCREENSHOTS, 'link-select-picker-1440.png') });
    expect(await page.evaluate(status)).toMatch(/^Only b2 is marked\. Link a1 with a statement of White House \(b2 first\)/);
    await page.keyboard.press('Enter');
    await merged.waitFor();
    await marked(page, 0);
    expect(errors).toEqual([]);
  }, 180_000);
});
