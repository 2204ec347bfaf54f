import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../node/import/pdf';
import { fixtureBytes, KREMLIN, WHITE_HOUSE } from './fixtures';
import { manyPagePdf, pageLines } from './many-pages';

describe('extractPdf on PDFs printed by Chromium', () => {
  it('gives exactly the White House readout of a two-page print, without the print header and footer', async () => {
    expect(await extractPdf(fixtureBytes('whitehouse.pdf'), 'whitehouse.pdf')).toEqual({
      ok: true,
      imported: { text: WHITE_HOUSE, format: 'pdf', encoding: null, warnings: [], meta: { title: "Readout of President Donald J. Trump's Call with President Vladimir Putin" } },
    });
  });

  it('gives exactly the Kremlin readout, a paragraph running on across the page break, and the address from the footer', async () => {
    expect(await extractPdf(fixtureBytes('kremlin.pdf'), 'kremlin.pdf')).toMatchObject({
      ok: true, imported: { text: KREMLIN, meta: { url: 'http://en.kremlin.ru/events/president/news/76477' } },
    });
  });

  it('joins the words a typesetter hyphenated at line ends (achieve-ment, abso-lute, mobiliza-tion)', async () => {
    const result = await extractPdf(fixtureBytes('kremlin-typeset.pdf'), 'kremlin-typeset.pdf');
    expect(result).toMatchObject({ ok: true, imported: { text: KREMLIN } });
  });

  it('stops reading at the time limit', async () => {
    expect(await extractPdf(fixtureBytes('kremlin.pdf'), 'slow.pdf', { timeoutMs: 1 })).toEqual({
      ok: false, error: { code: 'timeout', message: 'slow.pdf: reading the PDF took longer than 1 ms; it may be damaged or built to stall readers' },
    });
  });

  // Issue 15, item 9: page layout ran on the calling thread (Electron's main process) after the worker's time
  // limit, and its running-line search compared every page with every other (125/250/500 pages: 0.44/1.7/7.2 s).
  it('lays out a PDF of 300 pages in the worker: the calling thread is never blocked for as long as a second', async () => {
    const pages = 300;
    let last = performance.now();
    let longest = 0;
    const tick = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 10);
    const result = await extractPdf(manyPagePdf(pages), 'many.pdf', { timeoutMs: 120_000 });
    clearInterval(tick);
    longest = Math.max(longest, performance.now() - last); // a block that ran to the end is seen only here
    if (!result.ok) throw new Error(result.error.message);
    const text = result.imported.text;
    expect(text).toContain(pageLines(1)[0]![0]);
    expect(text).toContain(pageLines(pages)[2]![2]);
    expect(text).not.toContain('government press office');
    expect(text).not.toMatch(/\b150 \/ 300\b/);
    expect(longest).toBeLessThan(1_000);
  }, 180_000);
});
