/**
 * The overview map beside the rows, in Chromium, on the embedded sample: drawn with a
 * bar per sentence and a line per link, a click on a bar or a line goes to its row,
 * the keyboard path, the band that follows the rows in view, hiding and showing it
 * (the choice kept for the session), and where it starts hidden. Screenshots at
 * 1440×900 and 1000×700, light and dark, go to out/screenshots/overview-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { MAP_INSET } from '../../renderer/components/OverviewMap';
import type { Comparison } from '../../shared/compare/compare';
import { layoutOverview } from '../../shared/view/overview';
import { axeViolations } from './axe';
import { ROOT, fileMenu, showRows, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

/** The sample's comparison as main sends it to the page. */
let sample: Comparison;
beforeAll(async () => {
  const r = await createHandlers({ assetsDir: join(ROOT, 'assets') }).initial();
  if (!r.ok) throw new Error(r.error.message);
  sample = r.value.comparison;
});

const ACTIVE_ROW = 'document.activeElement?.closest("[data-index]")?.querySelector("[role=listitem]") === document.activeElement ? document.activeElement.closest("[data-index]").getAttribute("data-index") : null';
/** The sentence ids shown in the row in focus. */
const focusedRowIds = async (page: Page): Promise<string> => {
  const index = await until<string | null>(page, ACTIVE_ROW);
  return page.evaluate(`[...document.querySelector('[data-index="${index}"] [role=listitem]').querySelectorAll('.ids')].map((e) => e.textContent).join(', ')`) as Promise<string>;
};
/** How many subpaths (M commands) the map's paths of a class hold. */
const subpaths = (page: Page, selector: string) =>
  page.evaluate(`[...document.querySelectorAll('[data-testid="overview-map"] ${selector}')].reduce((n, p) => n + (p.getAttribute('d').match(/M/g) ?? []).length, 0)`) as Promise<number>;
const map = (page: Page) => page.getByRole('group', { name: /^Overview map: / });
const toggle = (page: Page) => page.getByRole('button', { name: 'Overview Map' });

/** Clicks the map at a point of its layout (the same pure function the page draws it with). */
async function clickAt(page: Page, point: (layout: ReturnType<typeof layoutOverview>) => { x: number; y: number }): Promise<void> {
  const svg = page.locator('[data-testid="overview-map"] svg');
  // The columns stand MAP_INSET px inside the picture.
  const size = { width: Number(await svg.getAttribute('width')) - 2 * MAP_INSET, height: Number(await svg.getAttribute('height')) - 2 * MAP_INSET };
  const { x, y } = point(layoutOverview(sample, size));
  await svg.click({ position: { x: x + MAP_INSET, y: y + MAP_INSET } });
}

const barCentre = (id: string) => (layout: ReturnType<typeof layoutOverview>) => {
  const bar = layout.bars.find((b) => b.id === id)!;
  return { x: (bar.side === 'a' ? layout.columns.a : layout.columns.b) + layout.columns.width / 2, y: bar.y + bar.h / 2 };
};

describe('the overview map', () => {
  it('draws a bar per sentence of each readout and a line per link, the one-sided bars apart', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    expect(await subpaths(page, '.overview-matched, .overview-weak, .overview-one-sided, .overview-structural')).toBe(sample.a.sentences.length + sample.b.sentences.length);
    expect(await subpaths(page, '.overview-one-sided, .overview-structural')).toBe(sample.onlyA.length + sample.onlyB.length);
    expect(await subpaths(page, '.overview-line, .overview-weak-line')).toBe(sample.pairs.reduce((n, p) => n + p.a.length * p.b.length, 0));
    // Its text alternative (which follows the picture) names the links and the one-sided statements.
    const description = await until<string>(page, `document.querySelector('#overview-desc').textContent`);
    expect(description).toMatch(/^a\d+ and b\d+ linked; /);
    const omission = sample.omissions.find((o) => o.id === sample.onlyB[0])!;
    expect(description).toContain(`${omission.id} ${omission.wording}`);
    expect(omission.wording).toMatch(/only in Kremlin$/);
    // It takes width, not height: it is as tall as the rows' frame, and at most 120 px wide.
    const frame = (await page.locator('.rows-frame').boundingBox())!;
    const pane = (await page.locator('.overview').boundingBox())!;
    expect(pane.width).toBeLessThanOrEqual(120);
    expect(Math.abs(pane.height - frame.height)).toBeLessThan(2);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(SCREENSHOTS, `overview-1440x900-${colorScheme}.png`) });
      await page.locator('.overview').screenshot({ path: join(SCREENSHOTS, `overview-map-${colorScheme}.png`) });
      // As someone who sees no colour would (Chromium's achromatopsia): the marks must still differ.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'achromatopsia' });
      await page.locator('.overview').screenshot({ path: join(SCREENSHOTS, `overview-map-${colorScheme}-greyscale.png`) });
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('goes to a bar’s row on a click, showing all rows when the filter hides it, and to a line’s row', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    // The last statement only the Kremlin made: far below the first screen.
    const last = sample.onlyB[sample.onlyB.length - 1]!;
    await clickAt(page, barCentre(last));
    expect(await focusedRowIds(page)).toMatch(new RegExp(`\\b${last}\\b`));
    expect(await page.getByTestId('rows-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // A matched statement while only one-sided rows are shown: all rows come back.
    await showRows(page, 'one-sided');
    // (the last pair that makes a matched row: a link under 0.5 leaves its statements one-sided rows, "matched only weakly")
    const pair = [...sample.pairs].reverse().find((p) => (p.confidence ?? 1) >= 0.5)!;
    await clickAt(page, barCentre(pair.a[0]!));
    expect(await focusedRowIds(page)).toMatch(new RegExp(`\\b${pair.a[0]}\\b`));
    expect(await page.getByRole('combobox', { name: 'Show rows' }).inputValue()).toBe('all');
    // A line: the middle of the first link's line.
    const first = sample.pairs[0]!;
    await clickAt(page, (l) => {
      const line = l.lines.find((x) => x.a === first.a[0] && x.b === first.b[0])!;
      return { x: l.width / 2, y: (line.ya + line.yb) / 2 };
    });
    expect(await focusedRowIds(page)).toMatch(new RegExp(`\\b${first.a[0]}\\b.*\\b${first.b[0]}\\b`));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('is reached by Tab; arrows move between statements, said aloud; Enter goes to the row', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    await toggle(page).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('overview-map');
    const said = page.locator('[data-testid="overview-map"] [aria-live]');
    const linked = sample.pairs.filter((p) => p.a.includes('a1' as never)).flatMap((p) => p.b);
    expect(await said.textContent()).toMatch(new RegExp(`^a1, White House, 1 of ${sample.a.sentences.length}: linked with ${linked.join(' and ')}(; cited by the article)?$`));
    await page.keyboard.press('End');
    const lastA = sample.a.sentences[sample.a.sentences.length - 1]!.id;
    expect(await said.textContent()).toMatch(new RegExp(`^${lastA}, White House, ${sample.a.sentences.length} of ${sample.a.sentences.length}: `));
    await page.keyboard.press('ArrowRight');
    expect(await said.textContent()).toMatch(/^b\d+, Kremlin, \d+ of \d+: /);
    const b = (await said.textContent())!.split(',')[0]!;
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-keyboard.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await focusedRowIds(page)).toMatch(new RegExp(`\\b${b}\\b`));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('follows the analyst: a link made by hand is drawn dashed, its statements no longer one-sided', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    // The article's cited sentences are dotted, once its analysis arrives: it starts after the first frame (`shown`).
    await until<number>(page, `[...document.querySelectorAll('[data-testid="overview-map"] .overview-cited')].reduce((n, p) => n + (p.getAttribute('d').match(/M/g) ?? []).length, 0)`, (n) => n > 0);
    expect(await subpaths(page, '.overview-cited')).toBeGreaterThan(0);
    expect(await page.locator('.overview-analyst').count()).toBe(0);
    const oneSided = await subpaths(page, '.overview-one-sided');
    const b2 = page.locator('[data-row-key="b:b2"]');
    await b2.focus();
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('dialog', { name: /^Link b2 with a statement of White House/ }).waitFor();
    await page.keyboard.press('Enter');
    await until(page, `document.querySelector('dialog.link-picker') === null`);
    await until<number>(page, `document.querySelectorAll('[data-testid="overview-map"] .overview-analyst').length`, (n) => n === 1);
    expect(await subpaths(page, '.overview-analyst')).toBe(1);
    expect(await subpaths(page, '.overview-one-sided')).toBeLessThan(oneSided);
    await until<string>(page, `document.querySelector('#overview-desc').textContent`, (text) => /a\d+ and b2 linked by you/.test(text));
    await page.locator('.overview').screenshot({ path: join(SCREENSHOTS, 'overview-map-analyst.png') });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('marks the rows in view, and follows them as the rows scroll', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    const bandTop = () => page.locator('.overview-band').evaluate((p) => (p as SVGPathElement).getBBox().y);
    const top = await until<number>(page, `document.querySelector('.overview-band')?.getAttribute('d') ? 1 : 0`);
    expect(top).toBe(1);
    const before = await bandTop();
    await page.getByTestId('rows-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await until<number>(page, `document.querySelector('.overview-band').getBBox().y`, (y) => y > before + 50);
    expect(await bandTop()).toBeGreaterThan(before);
    await app.close();
  });

  it('hides and shows from its button and the View menu, and keeps the choice for the session', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await map(page).waitFor();
    const rowsWidth = () => page.getByTestId('rows-scroll').evaluate((el) => el.getBoundingClientRect().width);
    const shown = await rowsWidth();
    await toggle(page).click();
    expect(await map(page).count()).toBe(0);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await rowsWidth()).toBeGreaterThan(shown + 60);
    // Another comparison: still hidden.
    await fileMenu(page, /^2021-07-09 · /);
    await until(page, 'document.querySelector("h1")?.textContent.includes("Biden")');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    await app.emitCommand('toggle-overview-map');
    await map(page).waitFor();
    expect(await page.locator('.status').textContent()).toBe('Overview map shown');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('starts hidden at 1000×700, where the rows would be too narrow, and opens there on demand', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await suite.open({ viewport: { width: 1000, height: 700 }, colorScheme });
      const { page } = app;
      await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
      expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
      expect(await map(page).count()).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `overview-1000x700-${colorScheme}-hidden.png`) });
      await toggle(page).click();
      await map(page).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `overview-1000x700-${colorScheme}.png`) });
      expect(app.errors).toEqual([]);
      await app.close();
    }
  });
  // Tester 9, V11: after "Not the same point (a4–b3)" on Abe–Trudeau, b3's only link is a3's at 0.48: its row says
  // "matched only weakly", but the map drew it as a grey matched bar with a plain line; a2, a heading, was drawn red.
  it('draws a statement matched only weakly hatched with a dotted line, and a heading muted, as their rows say them', async () => {
    const app = await suite.open({ viewport: { width: 1440, height: 900 } });
    const { page, dialogs } = app;
    await map(page).waitFor();
    const pair = join(ROOT, 'tests', 'fixtures', 'pairs', '2020-03-24-abe-trudeau');
    dialogs.nextCompareFiles = [join(pair, 'a.txt'), join(pair, 'b.txt')];
    await fileMenu(page, 'Compare files…');
    const row = page.locator('[data-row-key]').filter({ hasText: 'solidarity' }).first();
    await row.waitFor();
    await row.click({ position: { x: 4, y: 4 } });
    await row.getByRole('button', { name: /Not the same point \(a4–b3\)/ }).first().click();
    await until<string>(page, `document.querySelector('#overview-desc').textContent`, (d) => d.includes('a3 and b3 matched only weakly'));
    expect(await subpaths(page, '.overview-weak')).toBe(1);
    expect(await subpaths(page, '.overview-weak-line')).toBeGreaterThanOrEqual(1);
    expect(await subpaths(page, '.overview-structural')).toBe(1);
    const weakFill = await page.evaluate(`getComputedStyle(document.querySelector('[data-testid="overview-map"] .overview-weak-line')).strokeDasharray`);
    expect(weakFill).not.toBe('none');
    await page.locator('.overview').screenshot({ path: join(SCREENSHOTS, 'overview-map-weak-structural.png') });
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
