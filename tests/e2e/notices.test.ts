/**
 * The notice banner across comparisons, in Chromium on the real main-side handlers: a
 * notice about how a file was read (a readout in Windows-1252, made here with iconv) goes
 * when another comparison is opened, while a notice about the analyst's work (a damaged
 * autosave moved aside) stays until dismissed (tester 16; R1).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { fileMenu, ROOT, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

/** Two readouts of an invented call in `dir`; B written in Windows-1252 (curly quotes, accented letters) when `cp1252`. */
function pair(dir: string, cp1252: boolean): { a: string; b: string } {
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, `The Chancellor of Nordland spoke with the President of Ostria.\n\nThey discussed the harbour at Velmar and grain exports.\n\nThe Chancellor invited the President to the ${cp1252 ? 'autumn' : 'spring'} fair.\n`);
  const text = 'The President of Ostria spoke with the Chancellor of Nordland.\n\nThey discussed the “harbour” at Velmar and grain exports through the café district.\n\nThe President thanked the Chancellor for the délégation’s work.\n';
  if (!cp1252) writeFileSync(b, text);
  else {
    writeFileSync(join(dir, 'b.utf8'), text);
    writeFileSync(b, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1252', join(dir, 'b.utf8')]));
  }
  return { a, b };
}

describe('the notice banner across comparisons', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1000, height: 700 }]) {
    it(`drops the note on how a file was read when another comparison opens, keeps the one about the work (${viewport.width}×${viewport.height})`, async () => {
      // The autosave cut short and its backup garbage: main moves it aside and says where (a work notice).
      const userData = mkdtempSync(join(tmpdir(), 'readouts-notices-'));
      writeFileSync(join(userData, 'autosave.readouts'), '{"format":"readout-compare","version":2,"sources":');
      writeFileSync(join(userData, 'autosave.readouts.bak'), 'garbage');
      const app = await suite.open({ handlers: createHandlers({ assetsDir: join(ROOT, 'assets'), userData }), viewport });
      const { page } = app;
      const notice = page.locator('.notice-banner');
      await notice.waitFor();
      await until<string>(page, `document.querySelector('.status-bar .status')?.textContent ?? ''`, (v) => v.startsWith('Article loaded'), 30000);

      const first = pair(mkdtempSync(join(tmpdir(), 'readouts-cp1252-')), true);
      app.dialogs.nextCompareFiles = [first.a, first.b];
      await fileMenu(page, 'Compare files…');
      await until<string>(page, `document.querySelector('.notice-banner')?.textContent ?? ''`, (t) => t.includes('read as Windows-1252'), 30000);
      const both = (await notice.textContent()) ?? '';
      expect(both).toContain('The comparison you were working on could not be restored');
      expect(both).toContain(`${first.b}: not UTF-8, so read as Windows-1252`);
      // The text itself was read right: the curly quotes and accents of B are on screen.
      await page.getByText('the “harbour” at Velmar', { exact: false }).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `notice-cp1252-${viewport.width}.png`) });

      const second = pair(mkdtempSync(join(tmpdir(), 'readouts-utf8-')), false);
      app.dialogs.nextCompareFiles = [second.a, second.b];
      await fileMenu(page, 'Compare files…');
      await page.getByText('to the spring fair', { exact: false }).first().waitFor({ timeout: 30000 });
      await until<string>(page, `document.querySelector('.notice-banner')?.textContent ?? ''`, (t) => !t.includes('Windows-1252'), 30000);
      const after = (await notice.textContent()) ?? '';
      expect(after).toContain('The comparison you were working on could not be restored');
      expect(after).not.toContain(first.b);
      await page.screenshot({ path: join(SCREENSHOTS, `notice-after-other-pair-${viewport.width}.png`) });
      await page.getByRole('button', { name: 'Dismiss the notice' }).click();
      await notice.waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
      await app.close();
    }, 90_000);
  }
});
