/**
 * Readouts in the formats they are published in, in the app: files dropped on the
 * window (the drop targets, one side replaced, two compared, an unsupported file
 * refused), the clipboard pasted into a readout's card, a source's details edited
 * (and saved and opened again through the real handlers), and each readout's language.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { until, fileMenu } from './harness';
import { labelFromFileName } from '../../shared/text/file-label';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();
const IMPORT = join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => ({ name, bytes: Array.from(readFileSync(join(IMPORT, name))) });

/** Starts dragging `files` over the window (as a file manager does), kept in `window.__drag` for the drop. */
async function dragOver(page: Page, files: Array<{ name: string; bytes: number[] }>): Promise<void> {
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    for (const f of ${JSON.stringify(files)}) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    window.__drag = dt;
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
  })()`);
}

/** Drops the files being dragged on a drop target ("a", "b", "article"). */
async function dropOn(page: Page, target: string): Promise<void> {
  await page.locator(`[data-drop-target="${target}"]`).waitFor();
  await page.evaluate(`(() => {
    const zone = document.querySelector('[data-drop-target="${target}"]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: window.__drag, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: window.__drag, bubbles: true, cancelable: true }));
  })()`);
}

/** Presses Ctrl/Cmd+V where the focus is (the page gets a paste event; main reads the clipboard). */
async function pressPaste(page: Page): Promise<void> {
  await page.evaluate(`(document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }))`);
}

const label = (page: Page, side: 'a' | 'b') => page.locator(`.source-${side} .source-label`).evaluate((h) => h.childNodes[2]?.textContent?.trim() ?? '');

/** Waits until readout `side` is the one labelled `name` (a comparison takes a moment). */
async function sourceShown(page: Page, side: 'a' | 'b', name: string): Promise<void> {
  // A readout no meta.json describes is labelled as its file name reads (shared/text/file-label.ts).
  await page.getByRole('region', { name: `Source ${side.toUpperCase()}: ${labelFromFileName(name)}`, exact: true }).waitFor({ timeout: 15000 });
}

async function ready(page: Page): Promise<void> {
  await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
}

describe('files dropped on the window', () => {
  it('show drop targets while dragged; one dropped on B replaces the Kremlin readout and compares it again, A stays', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await dragOver(page, [fixture('kremlin.pdf')]);
    await page.getByRole('region', { name: 'Drop files to open them' }).waitFor();
    expect(await page.locator('[data-drop-target="b"]').textContent()).toMatch(/Readout B.*Replaces Kremlin/);
    await page.evaluate(`document.querySelector('[data-drop-target="b"]').dispatchEvent(new DragEvent('dragover', { dataTransfer: window.__drag, bubbles: true, cancelable: true }))`);
    await page.screenshot({ path: join(SCREENSHOTS, 'drop-targets.png') });
    await dropOn(page, 'b');
    await sourceShown(page, 'b', 'kremlin.pdf');
    // (The label is Kremlin before and after: wait for the text read from the PDF.)
    await until(page, `document.querySelector('.source-b .source-language')?.textContent`, (v: string) => v === 'English · read from PDF', 15000);
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    expect(await label(page, 'a')).toBe('White House');
    expect(await page.locator('.source-b .source-language').textContent()).toBe('English · read from PDF');
    expect(await page.locator('.source-a .source-language').textContent()).toBe('English');
    // The new readout is complete: the White House's statements it lacks are "only in White House".
    expect(await page.locator('.gap-marker', { hasText: 'only in White House' }).count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('compares two files dropped together, and names each readout\'s language', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    await dragOver(page, [fixture('kremlin-ru.koi8-r.txt'), fixture('kremlin-ru.utf-16le.txt')]);
    await dropOn(page, 'a');
    await sourceShown(page, 'b', 'kremlin-ru.utf-16le.txt');
    expect(await label(page, 'a')).toBe(labelFromFileName('kremlin-ru.koi8-r.txt'));
    expect(await page.locator('.source-a .source-language').textContent()).toBe('Russian · read from plain text, koi8-r');
    expect(await page.locator('.source-b .source-language').textContent()).toBe('Russian · read from plain text, utf-16le');
    await app.close();
  });

  it('refuses a file in a format it does not read, naming it, and keeps the comparison', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    await dragOver(page, [{ name: 'photo.png', bytes: [137, 80, 78, 71] }]);
    await dropOn(page, 'a');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/photo\.png: a \.png file cannot be read; Readout Compare reads plain text/);
    expect(await label(page, 'a')).toBe('White House');
    await app.close();
  });

  it('loads a file dropped on the article target as the article', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    const story = '“Both leaders stressed the importance of staying in touch,” the White House read-out said.';
    await dragOver(page, [{ name: 'story.md', bytes: Array.from(Buffer.from(story)) }]);
    await dropOn(page, 'article');
    await until(page, `document.querySelector('#article-panel-title')?.textContent`, (v: string) => v === labelFromFileName('story.md'), 15000);
    await app.close();
  });
});

describe('pasting a readout', () => {
  it('takes copied HTML through the importers with Ctrl/Cmd+V on a card: its text only, nothing of it run or shown as markup', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    app.dialogs.clipboard = {
      html: readFileSync(join(IMPORT, 'whitehouse.html'), 'utf8').replace('</body>', '<img src="x" onerror="window.__ran = 1"><script>window.__ran = 1</script></body>'),
      text: 'plain text that must not be used',
    };
    await page.locator('.source-a .source-coverage').click();
    await pressPaste(page);
    // A web page names its publisher: that is its label.
    await page.getByRole('region', { name: 'Source A: The White House', exact: true }).waitFor({ timeout: 15000 });
    expect(await page.locator('.source-a .source-language').textContent()).toBe('English · read from web page');
    expect(await page.evaluate('window.__ran')).toBeUndefined();
    expect(await page.locator('.app img, .app script').count()).toBe(0);
    expect(await page.getByTestId('rows-scroll').textContent()).not.toMatch(/<script|onerror|plain text that must not be used/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('takes the plain text with the Paste button when the copied HTML is too short to be read as a page', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    app.dialogs.clipboard = {
      html: '<meta charset="utf-8"><p>The leaders agreed on a truce.</p><p>They will meet again.</p>',
      text: 'The leaders agreed to a ceasefire on energy infrastructure. They will stay in close contact.',
    };
    await page.getByRole('button', { name: 'Details of Kremlin' }).click();
    await page.getByRole('button', { name: 'Paste: replace Kremlin with the text copied to the clipboard' }).click();
    await sourceShown(page, 'b', 'clipboard.txt');
    expect(await page.locator('.source-b .source-language').textContent()).toBe('English · read from plain text');
    // The rows' text without the typed differences' badges and their screen-reader wording (data-not-text).
    const rowsText = await page.getByTestId('rows-scroll').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const x of copy.querySelectorAll('[data-not-text]')) x.remove();
      return copy.textContent ?? '';
    });
    expect(rowsText).toContain('ceasefire on energy infrastructure');
    await app.close();
  });

  it('says so when the clipboard holds no text, and keeps the comparison', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    await page.getByRole('button', { name: 'Details of White House' }).click();
    await page.getByRole('button', { name: 'Paste: replace White House with the text copied to the clipboard' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('The clipboard holds no text to paste.');
    expect(await label(page, 'a')).toBe('White House');
    await app.close();
  });
});

describe('a source\'s details', () => {
  it('are edited in the header (checked), rename its one-sided rows, and survive a save and reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'details-'));
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    await page.getByRole('button', { name: 'Details of Kremlin' }).click();
    await page.getByRole('button', { name: 'Edit details of Kremlin' }).click();
    const form = page.getByRole('form', { name: 'Details of Kremlin' });
    await form.getByLabel('Label').fill('Moscow');
    await form.getByLabel('Date').fill('2025-13-01');
    await form.getByLabel('Address').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save details' }).click();
    expect(await form.getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').allTextContents()).toEqual(['A real date, written YYYY-MM-DD (e.g. 2025-03-18).', 'An http:// or https:// address.']);
    await page.locator('.sources').screenshot({ path: join(SCREENSHOTS, 'source-details-form.png') });
    await form.getByLabel('Date').fill('2025-03-19');
    await form.getByLabel('Address').fill('https://en.kremlin.ru/events/president/news/76480');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Source B: Moscow' }).waitFor();
    expect(await page.locator('.source-b .source-meta').textContent()).toMatch(/2025-03-19.*https:\/\/en\.kremlin\.ru/);
    expect(await page.locator('.gap-marker', { hasText: 'only in Moscow' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.gap-marker', { hasText: 'Kremlin' }).count()).toBe(0);
    expect(await page.title()).toMatch(/•/);

    app.dialogs.nextPaths.push(join(dir, 'call'));
    await page.keyboard.press('Control+s');
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    expect(JSON.parse(readFileSync(join(dir, 'call.readouts'), 'utf8')).sources.b.meta).toMatchObject({ label: 'Moscow', date: '2025-03-19' });

    const again = await suite.open();
    await ready(again.page);
    again.dialogs.nextPaths.push(join(dir, 'call.readouts'));
    await fileMenu(again.page, 'Open comparison…');
    await again.page.getByRole('region', { name: 'Source B: Moscow' }).waitFor({ timeout: 15000 });
    expect(await again.page.locator('.gap-marker', { hasText: 'only in Moscow' }).count()).toBeGreaterThan(0);
    await again.close();
    await app.close();
  });

  it('edits are undone with Ctrl+Z, like annotation changes', async () => {
    const app = await suite.open();
    const { page } = app;
    await ready(page);
    await page.getByRole('button', { name: 'Details of White House' }).click();
    await page.getByRole('button', { name: 'Edit details of White House' }).click();
    await page.getByRole('form', { name: 'Details of White House' }).getByLabel('Label').fill('Washington');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Source A: Washington' }).waitFor();
    await page.locator('.source-a .source-coverage').click();
    await page.keyboard.press('Control+z');
    await page.getByRole('region', { name: 'Source A: White House' }).waitFor();
    expect(await page.locator('.status').textContent()).toBe('Undone: Details of White House changed');
    await app.close();
  });
});
