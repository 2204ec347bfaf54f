import { describe, expect, it } from 'vitest';
import { declaredCharset, extractHtml } from '../../../node/import/html';
import { calendarDate, httpUrl, pageMeta } from '../../../node/import/html-meta';
import { blockParagraphs, type TextNodeLike } from '../../../node/import/html-text';
import { parseHTML } from 'linkedom';
import { fixtureBytes, KREMLIN, RUSSIAN, WHITE_HOUSE } from './fixtures';

const page = (html: string) => extractHtml(new TextEncoder().encode(html), 'page.html');
const BODY = 'The leaders spoke at length about the war in Ukraine and agreed that their teams will meet again next week in Riyadh.';

describe('extractHtml on saved pages', () => {
  it('takes exactly the readout out of the White House page, with its metadata', () => {
    expect(extractHtml(fixtureBytes('whitehouse.html'), 'whitehouse.html')).toEqual({
      ok: true,
      imported: {
        text: WHITE_HOUSE, format: 'html', encoding: 'utf-8', warnings: [],
        meta: {
          title: "Readout of President Donald J. Trump's Call with President Vladimir Putin", date: '2025-03-18', publisher: 'The White House',
          url: 'https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/', language: 'en-US',
        },
      },
    });
  });

  it('takes exactly the readout out of the Kremlin page', () => {
    expect(extractHtml(fixtureBytes('kremlin.html'), 'kremlin.html')).toMatchObject({
      ok: true, imported: { text: KREMLIN, meta: { publisher: 'President of Russia', url: 'http://en.kremlin.ru/events/president/news/76477', date: '2025-03-18' } },
    });
  });

  it('never runs the page\'s scripts nor takes their text', () => {
    const html = new TextDecoder().decode(fixtureBytes('whitehouse.html'));
    expect(html).toContain('document.write');
    const result = extractHtml(fixtureBytes('whitehouse.html'), 'whitehouse.html');
    expect(result.ok && result.imported.text).not.toMatch(/written by a script|gtag|cookies|Subscribe|Privacy Policy|Share/);
  });

  it('reads a page in the encoding it declares', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><article><p>'),
      ...fixtureBytes('kremlin-ru.windows-1251.txt').subarray(0, RUSSIAN.indexOf('\n\n')), // the first paragraph, a byte a letter
      ...new TextEncoder().encode('</p></article></body></html>'),
    ]);
    expect(declaredCharset(bytes)).toBe('windows-1251');
    expect(extractHtml(bytes, 'ru.html')).toMatchObject({ ok: true, imported: { text: `${RUSSIAN.split('\n\n')[0]}\n`, encoding: 'windows-1251' } });
  });

  it('keeps paragraphs and line breaks, and collapses white space inside them', () => {
    expect(page(`<article><h2>Readout</h2><p>${BODY}</p><p>Line one,<br>line  two,\n  and more words to make it long enough for a readout.</p><ul><li>First point of the agenda.</li><li>Second point.</li></ul></article>`))
      .toMatchObject({ ok: true, imported: { text: `Readout\n\n${BODY}\n\nLine one,\nline two, and more words to make it long enough for a readout.\n\nFirst point of the agenda.\n\nSecond point.\n` } });
  });

  it('refuses a page with no main text, whatever its menus and banners hold', () => {
    for (const html of ['<html><body><nav><a href="/">Home</a></nav></body></html>', '<p>Too short.</p>', '<html></html>']) {
      expect(page(html)).toMatchObject({ ok: false, error: { code: 'no-text' } });
    }
  });
});

describe('extractHtml on pages built to be slow', () => {
  it('refuses a page of more than 20,000 elements before Readability goes through it', () => {
    const started = performance.now();
    expect(page(`<html><body><article><p>${BODY}</p>${'<div><span>a</span></div>'.repeat(15_000)}</article></body></html>`)).toEqual({
      ok: false, error: { code: 'too-large', message: 'page.html: the page has 30,003 elements besides scripts and styles; a readout page has a few thousand (the limit is 20,000)' },
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('keeps the text of a paragraph nested deeper than the structure is kept', () => {
    expect(page(`<html><body>${'<div>'.repeat(100)}<p>${BODY}</p>${'</div>'.repeat(100)}</body></html>`)).toMatchObject({ ok: true, imported: { text: `${BODY}\n` } });
  });

  it('stops at the time limit', () => {
    expect(extractHtml(fixtureBytes('whitehouse.html'), 'w.html', { timeoutMs: 1 })).toEqual({
      ok: false, error: { code: 'timeout', message: 'w.html: reading the web page took longer than 1 ms; it may be built to stall readers' },
    });
  });
});

describe('pageMeta', () => {
  const meta = (head: string, body = '') => pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as never);

  it('prefers og: tags, then JSON-LD, then the page\'s title', () => {
    expect(meta('<title>T – Site</title><meta property="og:title" content="OG title">')).toMatchObject({ title: 'OG title' });
    expect(meta('<title>T – Site</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2021-07-09T15:00:00-04:00","publisher":{"@type":"Organization","name":"The White House"}}</script>'))
      .toEqual({ title: 'LD headline', date: '2021-07-09', publisher: 'The White House' });
    expect(meta('<title>  Only   the title </title>')).toEqual({ title: 'Only the title' });
  });

  it('takes the canonical address, and only an absolute http(s) one', () => {
    expect(meta('<link rel="canonical" href="https://example.gov/a"><meta property="og:url" content="https://example.gov/b">')).toMatchObject({ url: 'https://example.gov/a' });
    expect(meta('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/relative">')).not.toHaveProperty('url');
  });

  it('takes the date of an article\'s <time> when nothing else gives one, and survives broken JSON-LD', () => {
    expect(meta('<script type="application/ld+json">{ broken</script>', '<article><time datetime="2025-03-18">18 March</time></article>')).toEqual({ date: '2025-03-18' });
  });
});

describe('the helpers', () => {
  it('calendarDate keeps the date as written and refuses impossible ones', () => {
    expect(calendarDate('2025-03-18T23:30:00-05:00')).toBe('2025-03-18');
    expect(calendarDate('2025-02-29')).toBeUndefined();
    expect(calendarDate('March 18, 2025')).toBeUndefined();
  });

  it('httpUrl refuses credentials and other schemes', () => {
    expect(httpUrl('https://user:pw@example.gov/')).toBeUndefined();
    expect(httpUrl('file:///etc/passwd')).toBeUndefined();
    expect(httpUrl('http://en.kremlin.ru/events/president/news/76477')).toBe('http://en.kremlin.ru/events/president/news/76477');
  });

  it('blockParagraphs skips what is never text', () => {
    const { document } = parseHTML('<div><p>Kept <script>lost()</script>words<style>p{}</style></p><template><p>lost</p></template><textarea>lost</textarea></div>');
    expect(blockParagraphs(document.firstChild as unknown as TextNodeLike)).toEqual(['Kept words']);
  });
});
