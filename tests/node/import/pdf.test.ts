import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../node/import/pdf';
import { fixtureBytes, KREMLIN, WHITE_HOUSE } from './fixtures';

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
});
