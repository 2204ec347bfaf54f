/**
 * The story, in Chromium on the real main-side handlers: on the 2018 May–Trump
 * development pair, the White House's sentence on the investigation of the chemical
 * attack (b2) shows as "only in White House" although Downing Street reports the same
 * point (a1). From "Why not matched?", "Link with…" opens the picker; the analyst links
 * them with the keyboard, saves, reopens, undoes and redoes, and exports the PDF: the
 * row shows as linked by the analyst and the counts changed. Screenshots before and
 * after at 1440x900 (out/screenshots/corrections-*.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { axeViolations } from './axe';
import { ROOT, until, fileMenu } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();
const PAIR = join(ROOT, 'tests', 'fixtures', 'pairs', '2018-03-13-may-trump');
const temp = (name: string) => mkdtempSync(join(tmpdir(), `e2e-${name}-`));
const handlersOn = (userData: string) => createHandlers({ assetsDir: join(ROOT, 'assets'), userData, autosaveDelayMs: 20 });
const summary = `document.querySelector('.summary, .count-line, [data-testid="summary"]')?.textContent ?? document.body.innerText`;

describe('correcting the pairing (issue 16)', () => {
  it('links the White House’s investigation sentence with Downing Street’s, saves, reopens, undoes, redoes and exports it', async () => {
    const userData = temp('userdata');
    const app = await suite.open({ handlers: handlersOn(userData), viewport: { width: 1440, height: 900 } });
    const { page, dialogs, errors } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    dialogs.nextCompareFiles = [join(PAIR, 'a.txt'), join(PAIR, 'b.txt')];
    await fileMenu(page, 'Compare files…');
    // The files' comparison on screen (the sample's rows had a b2 too).
    await until<string>(page, summary, (s) => typeof s === 'string' && s.includes('Downing Street'));
    const b2Row = page.locator('[data-row-key="b:b2"]');
    await b2Row.waitFor();
    expect(await page.evaluate(summary)).toContain('1 statement only in White House');

    // Before: b2 alone, "Why not matched?" open.
    await b2Row.click();
    await b2Row.getByRole('button', { name: 'Why not matched?' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections-before-1440.png') });

    // "Link with…" opens the picker (here from the keyboard: Ctrl+Shift+L on the row in focus); typing narrows it; Enter links.
    expect(await b2Row.getByRole('button', { name: 'Link with…' }).isVisible()).toBe(true);
    await b2Row.focus();
    await page.keyboard.press('Control+Shift+L');
    const picker = page.getByRole('dialog', { name: 'Link b2 with a statement of Downing Street' });
    await picker.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections-picker-1440.png') });
    expect(await picker.getByRole('option').count()).toBe(3);
    expect(await page.evaluate('document.activeElement.id')).toBe('link-picker-search');
    expect(await axeViolations(page, 'dialog.link-picker')).toEqual([]);
    await page.keyboard.type('Salisbury');
    expect(await picker.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^a1 The Prime Minister spoke to President Trump/)]);
    await page.keyboard.press('Enter');
    await until(page, `document.querySelector('dialog.link-picker') === null`);
    const row = page.locator('[data-row-key="r:a1|b1+b2"]');
    await row.waitFor();
    expect(await row.locator('.corrected').textContent()).toBe('linked by you');
    expect(await page.evaluate(summary)).toContain('0 statements only in White House');
    await row.getByRole('button', { name: 'Why matched?' }).click();
    expect(await row.locator('.reasons').textContent()).toMatch(/a1 ↔ b2 linked by you; they share:.*investigation/);
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections-after-1440.png') });
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections-after-1000.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Undo and redo from the keyboard, outside a text field (the row clicked at its corner: its middle may be one of its buttons).
    await row.click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+z');
    await page.locator('[data-row-key="b:b2"]').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await row.waitFor();

    // The Corrections section lists it; it is not an annotation.
    await page.getByRole('button', { name: /^Annotations \(0\)/ }).click();
    await page.getByTestId('corrections').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'corrections-panel-1440.png') });
    await until(page, `document.querySelector('[data-testid="corrections"] .correction-what')?.textContent`, (t: string) => t === 'a1 ↔ b2: linked by you');

    // Save, then open the file again: the link is there.
    const dir = temp('corrections');
    dialogs.nextPaths.push(join(dir, 'may-trump'));
    await page.keyboard.press('Control+s');
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    const saved = JSON.parse(readFileSync(join(dir, 'may-trump.readouts'), 'utf8'));
    expect(saved.version).toBe(2);
    expect(saved.corrections.map((c: { op: string; a: { sentence: string }; b: { sentence: string } }) => [c.op, c.a.sentence, c.b.sentence])).toEqual([['link', 'a1', 'b2']]);
    const again = await suite.open({ handlers: handlersOn(temp('userdata2')), viewport: { width: 1440, height: 900 } });
    await again.page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    again.dialogs.nextPaths.push(join(dir, 'may-trump.readouts'));
    await fileMenu(again.page, 'Open comparison…');
    await again.page.locator('[data-row-key="r:a1|b1+b2"] .corrected').waitFor();

    // The PDF: the row is marked as linked by the analyst, the legend names it, the counts follow.
    again.dialogs.nextPaths.push(join(dir, 'report'));
    await fileMenu(again.page, 'Export PDF…');
    await again.page.getByRole('dialog', { name: 'Export PDF report' }).getByRole('button', { name: 'Export…' }).click();
    await until(again.page, `document.querySelector('.status').textContent.startsWith('PDF report saved to ')`, Boolean, 60_000);
    const text = execFileSync('pdftotext', ['-raw', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(/“linked by analyst”: the analyst linked statements the aligner had left apart \(row 1\)/);
    // b2 was the White House's only one-sided statement: the analyst's link leaves none.
    expect(text).toMatch(/Only in White House \(0\)/);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  }, 180_000);

  it('keeps keyboard focus on the corrected row after “Not the same point” and “Checked” (tester 8, U10)', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata-focus')), viewport: { width: 1000, height: 700 } });
    const { page, dialogs, errors } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    dialogs.nextCompareFiles = [join(PAIR, 'a.txt'), join(PAIR, 'b.txt')];
    await fileMenu(page, 'Compare files…');
    const a3Row = page.locator('[data-row-key^="r:a3|"]');
    await a3Row.waitFor();
    expect(await a3Row.getAttribute('data-row-key')).toContain('b5');
    const activeKey = `document.activeElement?.getAttribute('role') === 'listitem' ? document.activeElement.getAttribute('data-row-key') : document.activeElement?.tagName`;
    const inRows = `!!document.activeElement?.closest('[data-testid="rows-scroll"]')`;
    // Tab from the row to one of its buttons, as a keyboard user does.
    const tabTo = async (label: RegExp) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (label.test(String(await page.evaluate('document.activeElement?.textContent ?? ""')))) return;
      }
      throw new Error(`no control ${label} reached by Tab`);
    };

    await a3Row.focus();
    await tabTo(/^Not the same point \(a3–b5\)$/u);
    await page.keyboard.press('Enter');
    await page.locator('[data-row-key="b:b5"]').waitFor();
    // Focus stays on the row of a3 (split from b5), not on the page's body; the next Tab stays in the rows.
    expect(await until<string>(page, activeKey, (k) => k !== 'BODY' && k !== null)).toMatch(/^r:a3\|/u);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(inRows)).toBe(true);

    const b5Row = page.locator('[data-row-key="b:b5"]');
    await b5Row.focus();
    await tabTo(/^Checked: /u);
    await page.keyboard.press('Enter');
    await until(page, `document.querySelector('.status').textContent.startsWith('Checked: b5')`);
    expect(await until<string>(page, activeKey, (k) => k !== 'BODY' && k !== null)).toBe('b:b5');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(inRows)).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
  it('shows beside a statement the analyst unlinked what the aligner had said of that link, in the row and the findings (tester 16)', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata-unlinked')), viewport: { width: 1440, height: 900 } });
    const { page, dialogs, errors } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    dialogs.nextCompareFiles = [join(PAIR, 'a.txt'), join(PAIR, 'b.txt')];
    await fileMenu(page, 'Compare files…');
    await until<string>(page, summary, (s) => typeof s === 'string' && s.includes('Downing Street'));
    await page.locator('[data-row-key="r:a1|b1"]').getByRole('button', { name: /^Not the same point/u }).click();
    const a1 = page.locator('[data-row-key="a:a1"]');
    await a1.waitFor();
    // The analyst's decision is the row's wording; the aligner's view follows it, with its figure named.
    expect(await a1.getAttribute('aria-label') ?? await a1.textContent()).toMatch(/not the same point as White House b1/u);
    expect(await a1.locator('.machine-link').textContent()).toMatch(/^the analysis had linked it to b1 with link confidence 0\.\d\d$/u);
    await a1.click({ position: { x: 4, y: 4 } });
    await page.screenshot({ path: join(SCREENSHOTS, 'unlinked-machine-view-1440.png') });
    const finding = page.locator('.findings-panel, [aria-label="Findings"]').getByText(/Not the same point as White House b1/u).first();
    expect(await finding.textContent()).toMatch(/unlinked by the analyst; .*; the analysis had linked it to b1 with link confidence \d+%/u);
    await page.setViewportSize({ width: 1000, height: 700 });
    await a1.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'unlinked-machine-view-1000.png') });
    expect(errors).toEqual([]);
  }, 120_000);
  it('offers a weakly matched statement a check of its weak link, shows it, and Ctrl+Z puts focus back on that row (tester 9, V4, V14)', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata-weak')), viewport: { width: 1440, height: 900 } });
    const { page, dialogs, errors } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    dialogs.nextCompareFiles = [join(ROOT, 'tests', 'fixtures', 'pairs', '2020-03-24-abe-trudeau', 'a.txt'), join(ROOT, 'tests', 'fixtures', 'pairs', '2020-03-24-abe-trudeau', 'b.txt')];
    await fileMenu(page, 'Compare files…');
    await page.getByRole('button', { name: 'Not the same point (a4–b3)' }).click();
    const b3 = page.locator('[data-row-key="b:b3"]');
    await b3.waitFor();
    // What each button settles is in its words; no check of an omission b3 does not have.
    const buttons = await b3.getByRole('button').allTextContents();
    // "Link with…" stays: its real partner may be another statement (cold review).
    expect(buttons).toEqual(expect.arrayContaining(['Checked: same point as a3', 'Not the same point (b3–a3)', 'Link with…']));
    expect(buttons.some((t) => /^Checked: matched only weakly/u.test(t))).toBe(false);
    await b3.getByRole('button', { name: 'Checked: same point as a3' }).click();
    const joined = page.locator('[data-row-key^="r:a3|"][data-row-key*="b3"]');
    await joined.waitFor();
    expect(await joined.locator('.corrected').textContent()).toBe('partly checked by you');
    await page.locator('[data-row-key="r:a1|b1"]').focus();
    await page.keyboard.press('Control+z');
    await page.locator('[data-row-key="b:b3"]').waitFor();
    const activeKey = `document.activeElement?.getAttribute('role') === 'listitem' ? document.activeElement.getAttribute('data-row-key') : document.activeElement?.tagName`;
    expect(await until<string>(page, activeKey, (k) => typeof k === 'string' && k.startsWith('r:a3|'))).toMatch(/^r:a3\|/u);
    expect(errors).toEqual([]);
  }, 120_000);
});
