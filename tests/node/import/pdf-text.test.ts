import { describe, expect, it } from 'vitest';
import { joinLines, layoutPdfText, type PdfPage, type PdfTextPiece } from '../../../node/import/pdf-text';

/** A Letter page whose lines start 720 units up and go down 16 units each; `null` leaves a blank line (a paragraph gap). */
function page(lines: (string | null)[], extra: PdfTextPiece[] = [], size = 11): PdfPage {
  const pieces: PdfTextPiece[] = [];
  let y = 720;
  for (const line of lines) {
    if (line !== null) pieces.push({ str: line, x: 72, y, width: line.length * size * 0.5, size });
    y -= 16;
  }
  return { width: 612, height: 792, pieces: [...pieces, ...extra] };
}

/** Chromium's print header and footer on page `n` of `count`. */
const chrome = (n: number, count: number): PdfTextPiece[] => [
  { str: '3/19/25, 9:14 AM', x: 24, y: 769.5, width: 70, size: 8 },
  { str: 'Readout of the Call', x: 300, y: 769.5, width: 80, size: 8 },
  { str: 'https://www.whitehouse.gov/briefings-statements/readout/', x: 24, y: 17.3, width: 230, size: 8 },
  { str: `${n}/${count}`, x: 575, y: 17.3, width: 13, size: 8 },
];

/** A line as long as the text's measure, of short words. */
const FULL = 'full line of words '.repeat(4).trim();

describe('layoutPdfText', () => {
  it('drops the header and footer a browser prints on every page and keeps the address it shows', () => {
    const layout = layoutPdfText([
      page(['The leaders spoke about peace.', null, 'They agreed on a ceasefire, which will begin at once and', FULL], chrome(1, 2)),
      page(['go on for thirty days.', null, 'They will speak again.'], chrome(2, 2)),
    ]);
    expect(layout.paragraphs).toEqual([
      'The leaders spoke about peace.', `They agreed on a ceasefire, which will begin at once and ${FULL} go on for thirty days.`, 'They will speak again.',
    ]);
    expect(layout.dropped).toContain('https://www.whitehouse.gov/briefings-statements/readout/ 1/2');
  });

  it('drops the header and footer of a single page by their place, size and shape', () => {
    expect(layoutPdfText([page(['The leaders spoke about peace.'], chrome(1, 1))]).paragraphs).toEqual(['The leaders spoke about peace.']);
  });

  it('keeps a body line that happens to repeat on every page when it is not at a page edge', () => {
    const body = (n: number) => page([`Page ${n} opens here.`, FULL, FULL, FULL, null, 'Both sides agreed.', null, FULL, FULL, FULL, `Page ${n} closes here.`]);
    expect(layoutPdfText([body(1), body(2)]).paragraphs.filter((p) => p === 'Both sides agreed.')).toHaveLength(2);
  });

  it('drops a running title repeated at the top of every page, and bare page numbers', () => {
    const texts = ['The leaders spoke.', 'They agreed on a ceasefire.', 'They will speak again soon.'];
    const full = (i: number) => `${'abc'[i]!.repeat(4)} `.repeat(16).trim();
    const pages = texts.map((text, i) => page(['REPUBLIC OF EXAMPLE — PRESS OFFICE', null, full(i), text], [{ str: `${i + 1}`, x: 300, y: 30, width: 6, size: 9 }]));
    expect(layoutPdfText(pages).paragraphs).toEqual(texts.map((t, i) => `${full(i)} ${t}`));
  });

  it('starts a paragraph at a wider gap, and joins the lines of one', () => {
    expect(layoutPdfText([page(['The leaders spoke', 'about peace.', null, 'Then they hung up.'])]).paragraphs).toEqual(['The leaders spoke about peace.', 'Then they hung up.']);
  });

  it('goes on across a page break after a full line, and starts afresh after a short one', () => {
    const onward = layoutPdfText([page([FULL, FULL]), page(['continues here.'])]).paragraphs;
    expect(onward).toEqual([`${FULL} ${FULL} continues here.`]);
    const ended = layoutPdfText([page([FULL, 'Ends here.']), page(['Next paragraph.'])]).paragraphs;
    expect(ended).toEqual([`${FULL} Ends here.`, 'Next paragraph.']);
  });

  it('puts the pieces of a line in order and spaces them where there is a gap', () => {
    const pieces: PdfTextPiece[] = [
      { str: 'peace.', x: 150, y: 700, width: 30, size: 10 },
      { str: 'The leaders spoke of', x: 50, y: 700.2, width: 95, size: 10 },
      { str: 'fi', x: 50, y: 684, width: 8, size: 10 },
      { str: 'rst steps.', x: 58, y: 684, width: 40, size: 10 },
    ];
    expect(layoutPdfText([{ width: 612, height: 792, pieces }]).paragraphs).toEqual(['The leaders spoke of peace. first steps.']);
  });

  it('gives no paragraphs for a page with nothing but its header and footer (an image-only page)', () => {
    expect(layoutPdfText([{ width: 612, height: 792, pieces: chrome(1, 1) }]).paragraphs).toEqual([]);
  });
});

describe('joinLines', () => {
  const known = new Set(['paragraph', 'long', 'term', 'information', 'in', 'formation']);
  const knownWord = (w: string) => known.has(w);
  const join = (lines: string[], vocabulary: string[] = []) => joinLines(lines, new Set(vocabulary), knownWord);

  it('joins a word hyphenated at a line end when the joined word is known or in the document', () => {
    expect(join(['a para-', 'graph'])).toBe('a paragraph');
    expect(join(['the mobiliza-', 'tion'], ['mobilization'])).toBe('the mobilization');
    expect(join(['in-', 'formation'])).toBe('information');
  });

  it('keeps the hyphen of a compound: in the document, both halves words, a capital or a digit after or before it', () => {
    expect(join(['a long-', 'term plan'])).toBe('a long-term plan');
    expect(join(['a cease-', 'fire'], ['cease-fire'])).toBe('a cease-fire');
    expect(join(['the Russia-', 'Ukraine talks'])).toBe('the Russia-Ukraine talks');
    expect(join(['a 30-', 'day truce'])).toBe('a 30-day truce');
  });

  it('drops the hyphen of an unknown word broken in two (a typeset break)', () => {
    expect(join(['the rearma-', 'ment'])).toBe('the rearmament');
  });

  it('joins at a soft hyphen and at a dash glued to a word, with a space elsewhere', () => {
    expect(join(['reso\u00ad', 'lution'])).toBe('resolution');
    expect(join(['reso\u00ad\u2010', 'lution'])).toBe('resolution');
    expect(join(['con\u00adflict and', 'peace'])).toBe('conflict and peace');
    expect(join(['a cease–', 'fire'])).toBe('a cease–fire');
    expect(join(['peace —', 'and more'])).toBe('peace — and more');
  });
});
