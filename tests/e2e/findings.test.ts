/**
 * The findings panel (issue 17, "Findings") in Chromium on the real main-side handlers
 * and the embedded sample: the Findings tab shown first without taking focus, its
 * items with their rank, kind and row, an item going to its row (all rows shown when
 * the filter hides it), the keyboard between the items and the rows, Copy findings
 * (main's clipboard is the harness's), and the list following a correction. Screenshots
 * at 1440x900 and 1000x700 (out/screenshots/findings-*.png).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { FIRST_PAINT_PROBE, fileMenu, ROOT, showRows, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

interface Item { rank: string; kind: string; row: string; text: string }
/** The findings listed, as the panel shows them. */
const items = (page: Page) => page.evaluate(`[...document.querySelectorAll('[data-testid="findings-panel"] .finding')].map((li) => ({
  rank: li.querySelector('.finding-rank').textContent, kind: li.querySelector('.finding-kind').textContent,
  row: li.querySelector('.finding-row').textContent, text: li.querySelector('.finding-text').textContent }))`) as Promise<Item[]>;
/** The index (from 0) of the row in focus, or null when focus is not on a row. */
const ACTIVE_ROW = 'document.activeElement?.getAttribute("role") === "listitem" && document.activeElement.closest("[data-index]") ? Number(document.activeElement.closest("[data-index]").getAttribute("data-index")) : null';
const ACTIVE_FINDING = 'document.activeElement?.getAttribute("data-finding") ?? null';
const status = (page: Page) => page.evaluate(`document.querySelector('.status').textContent`) as Promise<string>;
const rowNumber = (item: Item) => Number(/^Rows? (\d+)/.exec(item.row)![1]);

describe('the findings panel on the sample', () => {
  it('fetches the findings\' engine only after the first rows are painted (it would hold them up)', async () => {
    const app = await suite.open({ beforeLoad: (page) => page.addInitScript(FIRST_PAINT_PROBE) });
    await until<number>(app.page, `performance.getEntriesByType('resource').filter((e) => e.name.includes('findings-of')).length`, (n) => n > 0, 15_000);
    const [painted, fetched] = await app.page.evaluate(`[window.__firstPaint, performance.getEntriesByType('resource').find((e) => e.name.includes('findings-of')).startTime]`) as [number, number];
    expect(painted).toBeGreaterThan(0);
    expect(fetched).toBeGreaterThanOrEqual(painted);
    await app.close();
  });

  it('is the tab shown first, lists ranked findings with their rows, goes to a row, and copies them', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page, dialogs } = app;
    const panel = page.getByTestId('findings-panel');
    await panel.waitFor();
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    expect(await page.locator('.side-tabs').getByRole('button', { name: 'Findings', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Shown, not focused: focus is not taken from the page.
    expect(await page.evaluate(`!!document.activeElement?.closest('.side-panel')`)).toBe(false);
    // The article comes after the rows: its quotations join the list then.
    await until<string[]>(page, `[...document.querySelectorAll('.finding-kind')].map((e) => e.textContent)`, (kinds) => Array.isArray(kinds) && kinds.includes('quotation'), 15_000);
    const listed = await items(page);
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.map((f) => f.rank)).toEqual(listed.map((_, i) => `${i + 1}.`));
    for (const f of listed) {
      expect(['omission', 'difference', 'misquote', 'quotation', 'annotation']).toContain(f.kind);
      expect(f.row).toMatch(/^(Rows? \d+(, \d+)*|No row)$/);
    }
    expect(await panel.getByRole('heading').textContent()).toBe(`Findings (${listed.length})`);
    // The story is there: the Kremlin-only key condition, the 30-day pause and who proposed it, the would/will quotation.
    expect(listed.some((f) => f.kind === 'omission' && /only in Kremlin \(b\d+[^)]*\): “It was emphasized that the key condition/.test(f.text))).toBe(true);
    expect(listed.some((f) => f.kind === 'difference' && f.text.includes('“proposed” (Kremlin)') && f.text.includes('“30-day” only in Kremlin'))).toBe(true);
    // "would" for "will": a changed tense is a misquotation (issue 17 section 4), its reported-speech reading named beside it,
    // the two quotations in plain words (tester 10, T8: no diff markup in what is copied).
    expect(listed.some((f) => f.kind === 'misquote' && f.text.includes('misquoted (changes meaning): “would” for “will”: the tense of reported speech, or a change of certainty') && / would .*” \/ White House: “.* will /u.test(f.text))).toBe(true);
    expect(await axeViolations(page, '[data-testid="findings-panel"]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'findings-1440.png') });

    // Clicking an item focuses its row (rows numbered from 1, all rows shown).
    // (an omission in a row of its own, not a weakly matched statement's)
    const omission = listed.findIndex((f) => f.kind === 'omission' && !f.text.includes('weakly matched'));
    await panel.locator('.finding').nth(omission).click();
    expect(await until<number | null>(page, ACTIVE_ROW, (v) => v !== null)).toBe(rowNumber(listed[omission]!) - 1);
    const id = /\(([ab]\d+)[,)]/.exec(listed[omission]!.text)![1]!;
    expect(await page.evaluate(`[...document.activeElement.querySelectorAll('.ids')].map((e) => e.textContent).join(', ')`)).toContain(id);
    // The row shows the number the finding gives it.
    expect(await page.evaluate(`document.activeElement.querySelector('.row-number')?.textContent`)).toBe(`Row ${rowNumber(listed[omission]!)}`);

    // F6 back to the panel, on the finding selected; arrows, Home and End move between items; Enter goes to the row.
    await page.keyboard.press('F6');
    expect(await until<string | null>(page, ACTIVE_FINDING)).toBe(String(omission + 1));
    await page.keyboard.press('End');
    expect(await until<string | null>(page, ACTIVE_FINDING, (v) => v === String(listed.length))).toBe(String(listed.length));
    await page.keyboard.press('Home');
    expect(await until<string | null>(page, ACTIVE_FINDING, (v) => v === '1')).toBe('1');
    await page.keyboard.press('ArrowDown');
    expect(await until<string | null>(page, ACTIVE_FINDING, (v) => v === '2')).toBe('2');
    // A filter that hides the row: all rows are shown, so the finding can be followed.
    // (an omission in a row of its own: a weakly matched statement's row has typed differences, so the filter keeps it)
    const typedIndex = listed.findIndex((f, i) => i > omission && f.kind === 'omission' && !f.text.includes('weakly matched'));
    await showRows(page, 'typed');
    await panel.locator('.finding').nth(typedIndex).focus();
    await page.keyboard.press('Enter');
    expect(await until<number | null>(page, ACTIVE_ROW, (v) => v === rowNumber(listed[typedIndex]!) - 1)).toBe(rowNumber(listed[typedIndex]!) - 1);
    expect(await status(page)).toMatch(new RegExp(`^Finding ${typedIndex + 1}: row ${rowNumber(listed[typedIndex]!)} of \\d+, .*\\(all rows shown\\)$`));
    // Under a filter, each row keeps its number among all rows.
    await showRows(page, 'one-sided');
    const shownNumbers = await page.evaluate(`[...document.querySelectorAll('[data-testid="rows-scroll"] .row-number')].map((e) => e.textContent)`) as string[];
    expect(shownNumbers.length).toBeGreaterThan(0);
    // (the row in focus, the finding's just followed, stays in view)
    expect(shownNumbers).toContain(`Row ${rowNumber(listed[typedIndex]!)}`);
    expect(shownNumbers[0]).not.toBe('Row 1');
    await showRows(page, 'all');

    // Copy findings: plain text, then Markdown, each line with its rank, row and the readouts' labels.
    await panel.getByRole('button', { name: 'Copy the findings as plain text' }).click();
    await until(page, `document.querySelector('.status').textContent.startsWith('Copied ')`);
    expect(await status(page)).toBe(`Copied ${listed.length} findings as plain text`);
    const text = dialogs.copied[0]!;
    expect(text.split('\n')[0]).toBe('Findings: White House and Kremlin readouts compared');
    // The call it is about (tester 10, T8), then each finding with the sentence ids its row reference means.
    expect(text.split('\n')[1]).toBe('Call: Telephone call between US President Donald Trump and Russian President Vladimir Putin · 2025-03-18');
    expect(text).toContain(`1. ${listed[0]!.row} (a6) · ${listed[0]!.kind} — ${listed[0]!.text}`);
    expect(text.trim().split('\n')).toHaveLength(listed.length + 3);
    await panel.getByRole('button', { name: 'Copy the findings as Markdown' }).click();
    await until(page, `document.querySelector('.status').textContent.endsWith('as Markdown')`);
    expect(dialogs.copied[1]).toMatch(/^## Findings: White House and Kremlin readouts compared\nCall: [^\n]+\n\n1\. \*\*Rows? \d+/);
    // The menu's command copies too.
    await app.emitCommand('copy-findings-text');
    for (let i = 0; i < 100 && dialogs.copied.length < 3; i++) await page.waitForTimeout(50);
    expect(dialogs.copied).toHaveLength(3);

    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: join(SCREENSHOTS, 'findings-1000.png') });
    expect(app.errors).toEqual([]);
    await app.close();
  }, 90_000);

  it('follows a correction: a pair taken apart loses its difference and its statements become omissions', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    const panel = page.getByTestId('findings-panel');
    await panel.locator('.finding').first().waitFor();
    const before = await items(page);
    // A row of one pair, "White House a2 / Kremlin b3: …": its two sentences.
    const one = /^White House (a\d+) \/ Kremlin (b\d+):/;
    const difference = before.find((f) => f.kind === 'difference' && one.test(f.text))!;
    const [, a, b] = one.exec(difference.text)!;
    await panel.locator('.finding').nth(Number(difference.rank.slice(0, -1)) - 1).click();
    const row = page.locator(`[role="listitem"][aria-current="true"]`);
    await row.getByRole('button', { name: /^Not the same point/ }).first().click();
    await until<string[]>(page, `[...document.querySelectorAll('[data-testid="findings-panel"] .finding-text')].map((e) => e.textContent)`,
      (texts) => Array.isArray(texts) && !texts.some((t) => t.startsWith(difference.text.slice(0, difference.text.indexOf(':')))));
    const after = await items(page);
    expect(after.filter((f) => f.kind === 'omission' && new RegExp(`\\((${a}|${b})[,)]`, 'u').test(f.text))).toHaveLength(2);
    expect(after.filter((f) => f.kind === 'difference')).toHaveLength(before.filter((f) => f.kind === 'difference').length - 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'findings-corrected-1440.png') });
    // View > Show or Hide Findings Panel: hidden, the article's panel takes its place; shown again, the findings.
    await app.emitCommand('toggle-findings-panel');
    await page.getByTestId('article-panel').waitFor();
    expect(await panel.count()).toBe(0);
    await app.emitCommand('toggle-findings-panel');
    await panel.waitFor();
    expect(await page.getByTestId('article-panel').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 90_000);
});

/** Each difference card: how many phrases it names, how many start below its clamped lines, and what it says of them. */
const CARDS = `[...document.querySelectorAll('[data-testid="findings-panel"] .finding')].filter((li) => li.querySelector('.finding-phrase')).map((li) => {
  const bottom = li.querySelector('.finding-body').getBoundingClientRect().bottom;
  const phrases = [...li.querySelectorAll('.finding-phrase')];
  const more = li.querySelector('.finding-more');
  const card = li.getBoundingClientRect();
  return { rank: li.getAttribute('data-finding'), phrases: phrases.length, hidden: phrases.filter((p) => (p.getClientRects()[0]?.top ?? Infinity) >= bottom - 1).length,
    more: more ? more.textContent : null, moreInside: more ? more.getBoundingClientRect().bottom <= card.bottom : null };
})`;

// Tester 9, V15: a card cut at three lines showed the first of several typed differences and did not say there were more.
describe('a finding card cut short', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1000, height: 700 }]) {
    it(`says how many typed differences are out of sight at ${viewport.width}x${viewport.height}, and none once selected`, async () => {
      const app = await suite.open({ viewport });
      const { page, dialogs } = app;
      await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
      const pair = join(ROOT, 'tests', 'fixtures', 'pairs', '2022-09-28-trudeau-zelenskyy');
      dialogs.nextCompareFiles = [join(pair, 'a.txt'), join(pair, 'b.txt')];
      await fileMenu(page, 'Compare files…');
      type Card = { rank: string; phrases: number; hidden: number; more: string | null; moreInside: boolean | null };
      await until<Card[]>(page, CARDS, (cs) => Array.isArray(cs) && cs.some((c) => c.phrases >= 5), 15_000);
      // The list settles (the findings are worked out again once the comparison's rows are in) before it is read.
      await page.waitForTimeout(1000);
      const cards = (await page.evaluate(CARDS)) as Card[];
      await page.screenshot({ path: join(SCREENSHOTS, `findings-more-${viewport.width}.png`) });
      const cut = cards.filter((c) => c.hidden > 0);
      expect(cut.length).toBeGreaterThan(0);
      for (const c of cards) {
        expect(c.more, `finding ${c.rank}`).toBe(c.hidden === 0 ? null : `+${c.hidden} more ${c.hidden === 1 ? 'difference' : 'differences'}`);
        if (c.more) expect(c.moreInside).toBe(true);
      }
      // Selected, the card shows all of its text: no count.
      await page.locator(`[data-finding="${cut[0]!.rank}"]`).focus();
      const after = await until<Card[]>(page, CARDS, (cs) => cs.find((c) => c.rank === cut[0]!.rank)?.more === null, 10_000);
      expect(after.find((c) => c.rank === cut[0]!.rank)!.hidden).toBe(0);
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }
});
