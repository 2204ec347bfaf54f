/**
 * The PDF report from the app, in Chromium on the real main-side handlers: the
 * toolbar's "Export PDF…" (and Ctrl+P) opens the options, "Export…" asks where (the
 * test's dialog) and prints with Chromium's printer, as Electron's hidden window
 * does; the PDF is read back with poppler. Also the report page itself, as a
 * browser shows it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { until, fileMenu } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();
const temp = () => mkdtempSync(join(tmpdir(), 'e2e-report-'));

describe('File > Export PDF Report…', () => {
  it('exports the comparison on screen with the options chosen', async () => {
    const { page, dialogs, errors } = await suite.open();
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await fileMenu(page, 'Export PDF…');
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' });
    await dialog.waitFor();
    await dialog.getByLabel('US Letter (8.5 × 11 in)').check();
    await dialog.getByRole('combobox', { name: /^Show/ }).selectOption('one-sided');
    await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog.png') });
    expect(await axeViolations(page, 'dialog.export-dialog')).toEqual([]);
    const dir = temp();
    dialogs.nextPaths.push(join(dir, 'for the editor'));
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await until(page, `document.querySelector('.status').textContent.startsWith('PDF report saved to ')`, Boolean, 60_000);
    const pdf = join(dir, 'for the editor.pdf');
    expect(await page.locator('.status').textContent()).toBe(`PDF report saved to ${pdf}`);
    expect(dialogs.asked.at(-1)).toMatchObject({ purpose: 'report' });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Side by side: one-sided only');
    expect(text).toContain('What the article says the readouts say');
    expect(await dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('opens with Ctrl+P, closes with Escape, and a closed save dialog exports nothing', async () => {
    const { page, dialogs } = await suite.open();
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' });
    await dialog.waitFor();
    // focus is inside the dialog
    expect(await page.evaluate('document.activeElement.closest("dialog") !== null')).toBe(true);
    await page.keyboard.press('Escape');
    await until(page, `document.querySelector('dialog.export-dialog') === null`);
    await page.keyboard.press('Control+p');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await until(page, `document.querySelector('dialog.export-dialog') === null`);
    await until(page, `document.querySelector('.status').textContent === ''`);
    expect(dialogs.asked.filter((r) => r.purpose === 'report')).toHaveLength(1);
    expect(await page.locator('.error-banner').count()).toBe(0);
  }, 60_000);

  it('keeps focus inside while Tab and Shift+Tab go round its controls, from a radio button too', async () => {
    const { page } = await suite.open();
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' });
    await dialog.waitFor();
    const focused = () => page.evaluate(`(() => { const a = document.activeElement; return a?.closest('dialog.export-dialog') ? (a.getAttribute('value') ?? a.textContent) : 'outside: ' + a?.tagName; })()`);
    // six stops (the page size, the rows, two boxes, Cancel, Export…; the article's box is disabled without one): round twice each way
    const forward: unknown[] = [];
    for (let i = 0; i < 12; i++) { await page.keyboard.press('Tab'); forward.push(await focused()); }
    expect(forward.filter((f) => String(f).startsWith('outside'))).toEqual([]);
    expect(forward.slice(0, 6)).toEqual(forward.slice(6));
    // the page size's stop is the radio button checked: Shift+Tab from it goes round to Export…
    await dialog.getByLabel('US Letter (8.5 × 11 in)').check();
    const back: unknown[] = [];
    for (let i = 0; i < 12; i++) { await page.keyboard.press('Shift+Tab'); back.push(await focused()); }
    expect(back.filter((f) => String(f).startsWith('outside'))).toEqual([]);
    expect(back.slice(0, 6)).toEqual(back.slice(6));
    expect(back).toContain('Letter');
    expect(back).not.toContain('A4');
  }, 150_000);
});

describe('the report page', () => {
  it('reads in a browser too (for the screenshot and the HTML export)', async () => {
    const { page } = await suite.open();
    const dir = temp();
    const html = join(dir, 'report.html');
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(__dirname, '..', '..', 'node', 'cli.ts'), 'export', '--comparison', join(__dirname, '..', 'fixtures', 'annotated.readouts'), '--html', html]);
    expect(existsSync(html)).toBe(true);
    await page.setContent(readFileSync(html, 'utf8'));
    await page.screenshot({ path: join(SCREENSHOTS, 'report-page.png'), fullPage: false });
    expect(await page.locator('h1').textContent()).toBe('Telephone call between US President Donald Trump and Russian President Vladimir Putin');
    expect(await page.locator('table.side-by-side thead th').allTextContents()).toEqual(['Row', 'White House', 'Kremlin']);
    // no accessibility violation in the report view, whatever its impact
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
