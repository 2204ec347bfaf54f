/**
 * Annotations in Chromium, on the real main-side handlers with a temporary userData
 * folder: select text in a readout, annotate it, find it marked and listed; restart
 * the app (new handlers on the same userData, after the autosave is flushed as main
 * does before quitting) or reload the page, and find it again; export it; save and
 * open comparison files, damaged and newer ones included; annotate a row and a claim
 * by keyboard; delete and undo.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { CSV_COLUMNS } from '../../shared/annotations/export';
import { ROOT, until, fileMenu, reveal, selectText, showArticleTab } from './harness';
import { appSuite, SCREENSHOTS } from './suite';
import { READOUTS_VERSION } from '../../shared/file/readouts-file';

const suite = appSuite();
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'annotated.readouts');
const PHRASE = 'energy and infrastructure';

const handlersOn = (userData: string) => createHandlers({ assetsDir: join(ROOT, 'assets'), userData, autosaveDelayMs: 20 });
const temp = (name: string) => mkdtempSync(join(tmpdir(), `e2e-${name}-`));

/** The records of an RFC 4180 CSV text (CRLF line ends, quoted fields with doubled quotes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The annotated text in the rows, joined: what the highlight covers. */
const highlighted = (page: Page, scope = '.rows') =>
  page.evaluate(`[...document.querySelectorAll(${JSON.stringify(`${scope} mark.annotated`)})].map((m) => m.textContent).join('')`) as Promise<string>;

async function annotateSelection(page: Page, label: string, note: string): Promise<void> {
  await page.keyboard.press('Control+Shift+A');
  const editor = page.getByRole('form', { name: 'New annotation' });
  await editor.waitFor();
  // The label has focus first.
  expect(await page.evaluate('document.activeElement?.id')).toBe('annotation-label');
  await editor.getByLabel('Label', { exact: true }).selectOption(label);
  await editor.getByLabel('Note', { exact: true }).fill(note);
  await editor.getByLabel('Note', { exact: true }).press('Enter');
  await until(page, `!document.querySelector('.annotation-editor')`);
}

describe('annotating a passage, restoring it, exporting it', () => {
  it('annotates selected text, keeps it across a restart and a reload, and exports it as CSV and JSON-LD', async () => {
    const userData = temp('userdata');
    const handlers = handlersOn(userData);
    const app = await suite.open({ handlers });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await reveal(page, PHRASE);
    expect(await selectText(page, '.cell-a', PHRASE)).toBe(true);
    await annotateSelection(page, 'framing', 'Whose proposal was it?');

    // Listed, marked in its row, highlighted.
    const panel = page.getByRole('region', { name: /^Annotations/ });
    const item = panel.locator('.annotation-item');
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(`“${PHRASE}”`);
    expect(await item.locator('.tag-label').textContent()).toBe('framing');
    expect(await item.locator('.item-about').textContent()).toMatch(/^White House, a\d+$/);
    const row = page.locator('.row', { hasText: PHRASE }).first();
    expect(await row.locator('.marker-annotation').textContent()).toBe('✎1');
    expect(await highlighted(page)).toBe(PHRASE);
    expect(await page.locator('.toast').textContent()).toMatch(/Annotation 1 \(framing\) added/);
    expect(await page.getByRole('button', { name: /^Save •$/ }).count()).toBe(1);
    expect(await page.title()).toBe('Telephone call between US President Donald Trump and Russian President Vladimir Putin • — Readout Compare');

    // Quit (main writes the pending autosave first), start again on the same userData.
    await app.close();
    await handlers.flush();
    const again = await suite.open({ handlers: handlersOn(userData) });
    const p2 = again.page;
    await p2.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    expect(await p2.getByRole('button', { name: 'Annotations (1)', exact: true }).count()).toBe(1);
    await reveal(p2, PHRASE);
    expect(await p2.locator('.row', { hasText: PHRASE }).first().locator('.marker-annotation').textContent()).toBe('✎1');
    expect(await highlighted(p2)).toBe(PHRASE);
    // The marker selects it in the panel.
    await p2.locator('.marker-annotation').first().click();
    const restored = p2.getByRole('region', { name: /^Annotations/ }).locator('.annotation-item');
    await restored.waitFor();
    expect(await restored.locator('.annotation-note').textContent()).toBe('Whose proposal was it?');
    expect(await p2.evaluate('document.activeElement?.getAttribute("data-annotation")')).toBe(await restored.getAttribute('data-annotation'));

    // Export: CSV from the panel, JSON-LD from the menu.
    const csvPath = join(userData, 'notes.csv');
    const jsonldPath = join(userData, 'notes.jsonld');
    again.dialogs.nextPaths.push(csvPath, jsonldPath);
    await p2.getByRole('group', { name: 'Export the annotations' }).getByRole('button', { name: 'CSV…' }).click();
    await until(p2, `document.querySelector('.status').textContent.startsWith('Exported 1 annotation to ')`);
    const [header, fields] = parseCsv(readFileSync(csvPath, 'utf8'));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(fields!.slice(1, 5)).toEqual(['framing', 'Whose proposal was it?', 'White House', PHRASE]);
    expect(fields![9]).toBe('anchored');
    expect(again.dialogs.asked.at(-1)).toMatchObject({ purpose: 'export', format: 'csv' });
    await again.emitCommand('export-jsonld');
    await until(p2, `document.querySelector('.status').textContent.endsWith('notes.jsonld')`);
    const jsonld = JSON.parse(readFileSync(jsonldPath, 'utf8'));
    const [annotation] = jsonld.first.items;
    expect(annotation.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'framing' });
    expect(annotation.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: PHRASE });
    expect(annotation.target['rc:sourceLabel']).toBe('White House');
    expect(annotation['rc:status']).toBe('anchored');
    expect(again.errors).toEqual([]);
    await again.close();

    // A reload of the page on the same main process finds it too.
    const reloaded = await suite.open({ handlers });
    await reloaded.page.getByRole('button', { name: 'Annotations (1)', exact: true }).waitFor();
    await reloaded.close();
    // Three starts of the app in one scenario: about 20 s on a loaded 2-core machine.
  }, 60_000);
});

describe('annotating by keyboard, deleting and undoing', () => {
  it('annotates the focused row with Ctrl+Shift+A; Escape cancels, Enter saves; Delete deletes, Ctrl+Z and Undo bring it back', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    // To the rows, the first difference.
    await page.keyboard.press('Alt+ArrowDown');
    const key = await page.locator('[aria-current="true"][role="listitem"]').getAttribute('data-row-key');
    await page.keyboard.press('Control+Shift+A');
    await page.getByRole('form', { name: 'New annotation' }).waitFor();
    expect(await page.locator('.editor-target figcaption').textContent()).toMatch(/^Row: /);
    await page.keyboard.press('Escape');
    await until(page, `!document.querySelector('.annotation-editor')`);
    // Focus is back on the row.
    expect(await until(page, `document.activeElement?.getAttribute('data-row-key')`)).toBe(key);
    await page.keyboard.press('Control+Shift+A');
    await page.getByRole('form', { name: 'New annotation' }).waitFor();
    await page.getByLabel('Label', { exact: true }).selectOption('omission');
    await page.keyboard.press('Tab'); // the new label's field
    await page.keyboard.type('check the full text');
    await page.keyboard.press('Enter'); // adds the label, and gives it to the draft
    expect(await page.getByLabel('Label', { exact: true }).inputValue()).toBe('check the full text');
    await page.getByLabel('Note', { exact: true }).focus();
    await page.keyboard.type('First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    const item = page.locator('.annotation-item');
    await item.waitFor();
    expect(await item.locator('.annotation-note').textContent()).toBe('First line\nsecond line');
    expect(await item.locator('.tag-label').textContent()).toBe('check the full text');
    expect(await page.locator(`[data-row-key="${key}"]`).getAttribute('class')).toMatch(/row-annotated/);
    // The item has focus; Delete deletes it, the toast offers Undo.
    expect(await until(page, `document.activeElement?.classList.contains('annotation-item')`)).toBe(true);
    await page.keyboard.press('Delete');
    await until(page, `!document.querySelector('.annotation-item')`);
    expect(await page.locator('.toast').textContent()).toMatch(/Annotation 1 \(check the full text\) deleted/);
    expect(await page.locator(`[data-row-key="${key}"]`).getAttribute('class')).not.toMatch(/row-annotated/);
    await page.keyboard.press('Control+z');
    await item.waitFor();
    expect(await page.locator('.toast').textContent()).toMatch(/^Undone: Annotation 1 \(check the full text\) deleted/);
    // …and the toast's Undo button undoes the next one back: the creation.
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await until(page, `!document.querySelector('.annotation-item')`);
    expect(await page.getByRole('button', { name: 'Annotations (0)', exact: true }).count()).toBe(1);
    // The label filter lists labels in use only; with none, none.
    expect(await page.locator('.label-filter').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('annotates a passage of a claim in the article panel, highlights it there and goes to it from the panel', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await showArticleTab(page);
    const article = page.getByRole('region', { name: 'Article' });
    await article.locator('.item-claim').first().waitFor();
    const claimText = (await article.locator('.item-claim .item-text').first().textContent())!;
    const words = claimText.split(/\s+/).slice(2, 6).join(' ');
    expect(await selectText(page, '.item-claim .item-text', words)).toBe(true);
    await annotateSelection(page, 'factual error', 'Check against the readout');
    const item = page.locator('.annotation-item');
    expect(await item.locator('.item-about').textContent()).toMatch(/^Article, claim c1$/);
    await item.getByRole('button', { name: 'Go to' }).click();
    await page.getByRole('region', { name: 'Article' }).waitFor();
    expect(await until(page, `document.activeElement?.getAttribute('data-item')`)).toBe('c1');
    expect(await highlighted(page, '.article-panel')).toBe(words);
    expect(await page.locator('.article-panel mark.annotated-selected').count()).toBeGreaterThan(0);
    await app.close();
  });

  it('takes a passage selected with the mouse, and Annotate… in the toolbar keeps the selection', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await reveal(page, PHRASE);
    // Where the phrase is on screen: drag from its first letter to its last.
    expect(await selectText(page, '.cell-a', PHRASE)).toBe(true);
    const box = JSON.parse(await page.evaluate(`JSON.stringify((() => {
      const rects = [...getSelection().getRangeAt(0).getClientRects()];
      const first = rects[0], last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    })())`) as string) as { x1: number; y1: number; x2: number; y2: number };
    await page.evaluate('getSelection().removeAllRanges()');
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate('getSelection().toString()')).toBe(PHRASE);
    await page.getByRole('button', { name: 'Annotate…' }).click();
    await page.getByRole('form', { name: 'New annotation' }).waitFor();
    expect(await page.locator('.editor-target blockquote').textContent()).toBe(`“${PHRASE}”`);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses a selection across both readouts of a row, saying why', async () => {
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    await page.evaluate(`(() => {
      const row = document.querySelector('.row-matched');
      const range = document.createRange();
      range.setStart(row.querySelector('.cell-a [data-offset]').firstChild, 0);
      range.setEnd(row.querySelector('.cell-b [data-offset]').firstChild, 3);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await page.getByRole('button', { name: 'Annotate…' }).click();
    expect(await page.locator('.status').textContent()).toMatch(/^Select text in one readout/);
    expect(await page.locator('.annotation-editor').count()).toBe(0);
    await app.close();
  });
});

describe('comparison files in the app', () => {
  it('saves with Ctrl+S (asking where), opens a comparison file with its annotations, and offers the backup of a damaged one', async () => {
    const dir = temp('files');
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    app.dialogs.nextPaths.push(join(dir, 'call'));
    await page.keyboard.press('Control+s');
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    // The title, the panel and the file state follow the answer in later renders: wait for them rather than read once.
    await until(page, 'document.title', (t: string) => t === 'call.readouts — Readout Compare');
    expect(readFileSync(join(dir, 'call.readouts'), 'utf8')).toMatch(/^\{\n {2}"format": "readout-compare",/);

    // Open the example file: five annotations, anchored, listed in reading order (the framing row starts at a6, before the omission in a7).
    app.dialogs.nextPaths.push(FIXTURE);
    await fileMenu(page, 'Open comparison…');
    await page.getByRole('button', { name: 'Annotations (5)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Annotations (5)', exact: true }).click();
    const panel = page.getByRole('region', { name: /^Annotations/ });
    await until(page, `[...document.querySelectorAll('.annotation-item .tag-label')].map((e) => e.textContent).join('|')`, (v: string) => v === 'framing|omission|disagreement|check full text|factual error');
    await until(page, `document.querySelector('.file-state')?.textContent`, (v: string) => v === 'Saved in annotated.readouts.');
    // Filter by label.
    await panel.getByRole('button', { name: 'omission (1)' }).click();
    await until(page, `document.querySelectorAll('.annotation-item').length`, (n: number) => n === 1);
    await panel.getByRole('button', { name: 'All (5)' }).click();

    // A damaged file with a good backup: the banner names it and offers the backup.
    writeFileSync(join(dir, 'broken.readouts'), '{"format": "readout-compare", ');
    writeFileSync(join(dir, 'broken.readouts.bak'), readFileSync(FIXTURE));
    app.dialogs.nextPaths.push(join(dir, 'broken.readouts'));
    await app.emitCommand('open-comparison');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.readouts: the comparison file is damaged: it is not valid JSON.*The previous version was kept as .*broken\.readouts\.bak: open it instead/);
    await alert.getByRole('button', { name: 'Open the backup' }).click();
    await until(page, `!document.querySelector('[role=alert]')`);
    await until(page, `document.querySelector('.file-state')?.textContent`, (v: string) => v === 'Not saved in a file yet; autosaved.');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses to save over a file from a newer version until the user says Replace it', async () => {
    const dir = temp('newer');
    const path = join(dir, 'future.readouts');
    const newer = JSON.stringify({ format: 'readout-compare', version: 7, savedBy: '3.0.0' });
    writeFileSync(path, newer);
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    app.dialogs.nextPaths.push(path);
    await page.keyboard.press('Control+Shift+S');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/made by a newer version of Readout Compare \(file format 7, saved by version 3\.0\.0\).*It was not replaced/);
    expect(readFileSync(path, 'utf8')).toBe(newer);
    await alert.getByRole('button', { name: 'Replace it' }).click();
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(READOUTS_VERSION);
    await app.close();
  });

  it('shows orphans as not found in the current text, kept', async () => {
    const dir = temp('orphan');
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const quote = file.annotations[3].target.quote.exact as string;
    file.article.text = file.article.text.replace(quote, 'something else entirely');
    file.article.claims = null; // the claims file's claim quoted the passage removed
    writeFileSync(join(dir, 'edited.readouts'), JSON.stringify(file));
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    app.dialogs.nextPaths.push(join(dir, 'edited.readouts'));
    await app.emitCommand('open-comparison');
    const notice = page.locator('.notice-banner');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/1 annotation could not be found in the current text: kept/);
    await page.getByRole('button', { name: 'Annotations (5)', exact: true }).click();
    const orphan = page.locator('.annotation-orphan');
    expect(await orphan.count()).toBe(1);
    expect(await orphan.locator('.orphan-note').textContent()).toMatch(/Could not be found in the current text\. Kept with its last known place/);
    expect(await orphan.getByRole('button', { name: 'Go to' }).isDisabled()).toBe(true);
    await app.close();
  });
});

describe('an annotation whose passage changed (issue 15)', () => {
  it('is anchored with "the passage has changed: check", the old and new words, at 1440×900 and 1000×700', async () => {
    const dir = temp('changed');
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const a = file.annotations.find((x: { target: { kind: string; source?: string } }) => x.target.kind === 'passage' && x.target.source !== 'article');
    const exact = a.target.quote.exact as string;
    const word = exact.match(/\b[a-z]{5,}\b/)![0];
    const side = a.target.source === 'a' ? 'a' : 'b';
    file.sources[side].text = file.sources[side].text.replace(exact, exact.replace(word, 'never'));
    writeFileSync(join(dir, 'edited.readouts'), JSON.stringify(file));
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    app.dialogs.nextPaths.push(join(dir, 'edited.readouts'));
    await app.emitCommand('open-comparison');
    const notice = page.locator('.notice-banner');
    await notice.waitFor();
    // the edited words are in this annotation's passage and in a row annotated beside it
    expect(await notice.textContent()).toMatch(/The passage of 2 annotations has changed: check them/);
    await page.getByRole('button', { name: 'Annotations (5)', exact: true }).click();
    expect(await page.locator('.annotation-changed').count()).toBe(2);
    const changed = page.locator(`[data-annotation="${a.id}"]`);
    expect(await changed.locator('.changed-note').textContent()).toMatch(new RegExp(`The passage has changed: check\\..*${word}.*→.*never`));
    await changed.scrollIntoViewIfNeeded();
    for (const [width, height, name] of [[1440, 900, 'wide'], [1000, 700, 'narrow']] as const) {
      await page.setViewportSize({ width, height });
      await changed.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `annotation-changed-${name}.png`) });
    }
    await app.close();
  });
});

describe('the annotation editor and the panel, as they look', () => {
  it('fits at 1400×900 and 800×900', async () => {
    for (const [width, name] of [[1400, 'wide'], [800, 'narrow']] as const) {
      const app = await suite.open({ handlers: handlersOn(temp('userdata')), viewport: { width, height: 900 } });
      const { page } = app;
      app.dialogs.nextPaths.push(FIXTURE);
      await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
      await app.emitCommand('open-comparison');
      await page.getByRole('button', { name: 'Annotations (5)', exact: true }).waitFor();
      await reveal(page, PHRASE);
      expect(await selectText(page, '.cell-a', 'ceasefire')).toBe(true);
      await page.keyboard.press('Control+Shift+A');
      const editor = page.getByRole('form', { name: 'New annotation' });
      await editor.waitFor();
      await editor.getByLabel('Note', { exact: true }).fill('The White House speaks of a ceasefire; the Kremlin of a moratorium.');
      await editor.locator('.link-add select').selectOption('item:b10');
      await editor.getByRole('button', { name: 'Add link' }).click();
      // Nothing spills out of the window.
      expect(await page.evaluate('[document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight]')).toEqual([true, true]);
      await page.screenshot({ path: join(SCREENSHOTS, `annotation-editor-${name}.png`) });
      await editor.getByLabel('Note', { exact: true }).press('Enter');
      await until(page, `!document.querySelector('.annotation-editor')`);
      await page.locator('.annotation-item').nth(1).click();
      expect(await page.evaluate('[document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight]')).toEqual([true, true]);
      await page.screenshot({ path: join(SCREENSHOTS, `annotations-panel-${name}.png`) });
      expect(app.errors).toEqual([]);
      await app.close();
    }
  });
});
