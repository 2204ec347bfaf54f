import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorPassage, MIN_CONFIDENCE, reanchorAll, reanchorAnnotation, type SourceTexts } from '../../../shared/annotations/anchor';
import { createAnnotation, passageAt, rowTarget, type Annotation, type Passage } from '../../../shared/annotations/model';
import type { Sentence, SentenceId } from '../../../shared/model/types';

// The White House readout of 18 March 2025, second and third paragraphs.
const WH = 'This conflict should never have started and should have been ended long ago with sincere and good faith peace efforts. '
  + 'The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire, as well as technical negotiations on implementation of a maritime ceasefire in the Black Sea, full ceasefire and permanent peace. '
  + 'These negotiations will begin immediately in the Middle East.\n\n'
  + 'The leaders spoke broadly about the Middle East as a region of potential cooperation to prevent future conflicts.';
const MARITIME = 'technical negotiations on implementation of a maritime ceasefire in the Black Sea';

const passageOf = (text: string, quote: string, occurrence = 0): Passage => {
  let at = text.indexOf(quote);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(quote, at + 1);
  return passageAt('a', text, at, at + quote.length);
};

describe('anchoring a passage', () => {
  it('keeps it where it was when the text has not changed (confidence 1)', () => {
    const p = passageOf(WH, MARITIME);
    expect(anchorPassage(p, WH)).toEqual({ status: 'anchored', passage: p, method: 'position', confidence: 1, changed: [] });
  });

  it('follows it when text is inserted before it', () => {
    const p = passageOf(WH, MARITIME);
    const changed = `Today, President Trump and President Putin spoke about the need for peace. ${WH}`;
    const r = anchorPassage(p, changed);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote', passage: { quote: { exact: MARITIME }, position: { start: changed.indexOf(MARITIME), end: changed.indexOf(MARITIME) + MARITIME.length } } });
    expect(r.status === 'anchored' && r.confidence).toBeGreaterThan(0.99);
  });

  it('follows it when its own words are edited, keeps the quote as annotated and says which words changed', () => {
    const p = passageOf(WH, MARITIME);
    const changed = WH.replace('a maritime ceasefire in the Black Sea', 'a maritime truce in the Black Sea');
    const r = anchorPassage(p, changed);
    const now = 'technical negotiations on implementation of a maritime truce in the Black Sea';
    expect(r).toMatchObject({
      status: 'anchored', method: 'fuzzy', changed: [{ old: 'ceasefire', new: 'truce' }],
      passage: { quote: p.quote, position: { start: changed.indexOf(now), end: changed.indexOf(now) + now.length } },
    });
    expect(r.status === 'anchored' && r.confidence).toBeGreaterThan(0.9);
  });

  it('follows it through an edit inside it and an insertion before it together', () => {
    const p = passageOf(WH, MARITIME);
    const changed = `A new first sentence. ${WH.replace('implementation of', 'implementing')}`;
    const r = anchorPassage(p, changed);
    const now = 'technical negotiations on implementing a maritime ceasefire in the Black Sea';
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy', changed: [{ old: 'implementation of', new: 'implementing' }], passage: { quote: p.quote, position: { start: changed.indexOf(now) } } });
  });

  it('makes it an orphan when it is deleted, and names the reason', () => {
    const p = passageOf(WH, MARITIME);
    expect(anchorPassage(p, WH.replace(`${MARITIME}, `, ''))).toEqual({ status: 'orphan', reason: 'the passage is not in the text', best: null });
  });

  it('makes it an orphan rather than move it onto a similar sentence that took its place', () => {
    const text = 'Both leaders agreed this conflict needs to end soon. Both leaders agreed this war needs to end with a lasting peace. Next.';
    const p = passageOf(text, 'Both leaders agreed this conflict needs to end soon.');
    const r = anchorPassage(p, text.replace('Both leaders agreed this conflict needs to end soon. ', ''));
    expect(r.status).toBe('orphan');
    expect(r.status === 'orphan' && r.best!.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('makes a short quote an orphan rather than move it to the same word elsewhere', () => {
    const p = passageOf(WH, 'peace', 1); // "the movement to peace"
    const changed = WH.replace('The leaders agreed that the movement to peace will begin', 'Talks will begin');
    expect(anchorPassage(p, changed).status).toBe('orphan');
  });

  it('lets prefix and suffix decide between two occurrences of the quote', () => {
    const text = 'Moscow said: the energy ceasefire holds, and so on. Washington said: the energy ceasefire holds, with conditions.';
    const quote = 'the energy ceasefire holds';
    const [first, second] = [passageOf(text, quote, 0), passageOf(text, quote, 1)];
    const startOf = (t: string, after: string) => t.indexOf(quote, t.indexOf(after));
    // Text added before both: each stays on its own occurrence.
    const shifted = `Update. ${text}`;
    expect(anchorPassage(first, shifted)).toMatchObject({ status: 'anchored', passage: { position: { start: startOf(shifted, 'Moscow') } } });
    expect(anchorPassage(second, shifted)).toMatchObject({ status: 'anchored', passage: { position: { start: startOf(shifted, 'Washington') } } });
    // The two statements swapped: the context, not the old position, decides.
    const swapped = 'Washington said: the energy ceasefire holds, with conditions. Moscow said: the energy ceasefire holds, and so on.';
    expect(anchorPassage(first, swapped)).toMatchObject({ status: 'anchored', passage: { position: { start: startOf(swapped, 'Moscow') }, quote: { prefix: ', with conditions. Moscow said: ' } } });
    expect(anchorPassage(second, swapped)).toMatchObject({ status: 'anchored', passage: { position: { start: startOf(swapped, 'Washington') }, quote: { prefix: 'Washington said: ' } } });
  });

  it('makes it an orphan rather than move it onto the same words in another statement', () => {
    const text = 'Moscow said: the energy ceasefire holds, and so on. Washington said: the energy ceasefire holds, with conditions.';
    const moscow = passageOf(text, 'the energy ceasefire holds', 0);
    const r = anchorPassage(moscow, 'Washington said: the energy ceasefire holds, with conditions. Moscow said nothing.');
    expect(r.status).toBe('orphan');
  });

  it('takes a long quote that occurs once even when its paragraph moved', () => {
    const quote = 'the complete cessation of foreign military assistance and intelligence';
    const text = `First paragraph here.\n\nThe key condition is ${quote}.\n\nThird.`;
    const p = passageOf(text, quote);
    const moved = `Third, and more text than before.\n\nFirst paragraph here, changed.\n\nNow: ${quote}!`;
    expect(anchorPassage(p, moved)).toMatchObject({ status: 'anchored', method: 'quote', passage: { position: { start: moved.indexOf(quote) } } });
  });

  it('is an orphan for an empty quote', () => {
    const p = { ...passageOf(WH, 'peace'), quote: { exact: '', prefix: '', suffix: '' } };
    expect(anchorPassage(p, WH).status).toBe('orphan');
  });
});

describe('re-anchoring annotations', () => {
  const T0 = '2025-03-19T09:00:00.000Z';
  const texts = (a: string, article: string | null = 'The article says the movement would begin.'): SourceTexts => ({ a, b: 'Donald Trump proposed a mutual 30-day suspension of strikes on energy infrastructure.', article });
  const passageAnnotation = (p: Passage): Annotation => createAnnotation({ id: 'ann-1', now: T0, label: 'omission', target: { kind: 'passage', ...p } });

  it('keeps an orphan with its last selectors, its note and its modified time', () => {
    const a = { ...passageAnnotation(passageOf(WH, MARITIME)), note: 'Kremlin omits the Black Sea talks' };
    const { annotation, report } = reanchorAnnotation(a, texts(WH.replace(`${MARITIME}, `, '')));
    expect(annotation).toEqual({ ...a, status: 'orphan' });
    expect(report).toEqual({ id: 'ann-1', status: 'orphan', method: null, confidence: 0, reason: 'the passage is not in the text', changed: [] });
  });

  it('anchors an orphan again when its text comes back', () => {
    const a = { ...passageAnnotation(passageOf(WH, MARITIME)), status: 'orphan' as const };
    expect(reanchorAnnotation(a, texts(WH)).annotation).toEqual({ ...a, status: 'anchored' });
  });

  it('makes an article annotation an orphan when the comparison has no article', () => {
    const art = 'The article says the movement would begin.';
    const a = createAnnotation({ id: 'x', now: T0, label: 'factual error', target: { kind: 'passage', ...passageAt('article', art, 30, 41) } });
    expect(reanchorAnnotation(a, texts(WH, art)).report.status).toBe('anchored');
    expect(reanchorAnnotation(a, texts(WH, null)).report).toMatchObject({ status: 'orphan', reason: 'the comparison has no article' });
  });

  it('moves every sentence of a row and gives them their current ids; one lost sentence makes the row an orphan, all kept', () => {
    const s = (id: string, text: string, quote: string): Sentence => ({ id: id as SentenceId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, text: quote, paragraph: 0 });
    const A = 'Intro. The leaders agreed on a ceasefire. Outro.';
    const B = 'Putin responded positively. Other.';
    const row = createAnnotation({ id: 'r', now: T0, label: 'framing', target: rowTarget([{ source: 'a', sentence: s('a2', A, 'The leaders agreed on a ceasefire.') }, { source: 'b', sentence: s('b1', B, 'Putin responded positively.') }], { a: A, b: B }) });
    const A2 = 'New first. Intro. The leaders agreed on a ceasefire. Outro.';
    const sentences = { a: [s('a1', A2, 'New first.'), s('a2', A2, 'Intro.'), s('a3', A2, 'The leaders agreed on a ceasefire.')], b: [s('b1', B, 'Putin responded positively.')] };
    const moved = reanchorAnnotation(row, { a: A2, b: B, article: null }, sentences);
    expect(moved.report).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(moved.annotation.target.kind === 'row' && moved.annotation.target.sentences.map((x) => [x.sentence, x.position.start])).toEqual([['a3', 18], ['b1', 0]]);

    const lost = reanchorAnnotation(row, { a: A2, b: 'Something else entirely.', article: null }, sentences);
    expect(lost.annotation).toEqual({ ...row, status: 'orphan' });
  });

  it('re-anchors passage links too, marking a lost one as an orphan and keeping it', () => {
    const link = { kind: 'passage' as const, ...passageOf(WH, 'These negotiations will begin immediately'), status: 'anchored' as const };
    const a = { ...passageAnnotation(passageOf(WH, MARITIME)), links: [link, { kind: 'item' as const, id: 'a6' as SentenceId }] };
    const changed = WH.replace('These negotiations will begin immediately in the Middle East.', 'Nothing.');
    const { annotation } = reanchorAnnotation(a, texts(changed));
    expect(annotation.status).toBe('anchored');
    expect(annotation.links).toEqual([{ ...link, status: 'orphan' }, { kind: 'item', id: 'a6' }]);
  });

  it('reports on every annotation, in order', () => {
    const list = [passageAnnotation(passageOf(WH, MARITIME)), { ...passageAnnotation(passageOf(WH, 'good faith peace efforts')), id: 'ann-2' }];
    const { annotations, reports } = reanchorAll(list, texts(WH.replace('good faith peace efforts', 'other words')));
    expect(annotations.map((a) => a.status)).toEqual(['anchored', 'orphan']);
    expect(reports.map((r) => [r.id, r.status, r.method])).toEqual([['ann-1', 'anchored', 'quote'], ['ann-2', 'orphan', null]]);
  });
});

describe('anchoring, for any text', () => {
  const text = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 400 });
  const textAndSpan = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1)).chain(([t2, start]) =>
    fc.tuple(fc.constant(t2), fc.constant(start), fc.integer({ min: start + 1, max: t2.length }))));

  it('returns the same span on the unchanged text', () => {
    fc.assert(fc.property(textAndSpan, ([t, start, end]) => {
      const r = anchorPassage(passageAt('a', t, start, end), t);
      expect(r).toMatchObject({ status: 'anchored', method: 'position', confidence: 1, passage: { position: { start, end } } });
    }));
  });

  it('follows the span over an insertion of other characters before its context', () => {
    const inserted = fc.string({ unit: fc.constantFrom('\u00e9', '\u00f8', '\u00df', '\u0416'), minLength: 1, maxLength: 50 });
    fc.assert(fc.property(textAndSpan, inserted, fc.nat(), ([t, start, end], ins, k) => {
      // Anywhere before the 32 characters of prefix (at the very start when the span begins within them).
      const at = start >= 32 ? k % (start - 31) : 0;
      const changed = t.slice(0, at) + ins + t.slice(at);
      const r = anchorPassage(passageAt('a', t, start, end), changed);
      expect(r).toMatchObject({ status: 'anchored', passage: { position: { start: start + ins.length, end: end + ins.length } } });
    }));
  });
});

// Issue 15, item 4: a fuzzy match moved an annotation onto changed words without a word, mid-word, and a save lost the quote.
describe('a passage whose words changed (issue 15)', () => {
  const BOTH = 'Both leaders agreed that the movement to lasting peace will begin with an energy and infrastructure ceasefire.';
  const TEXT = `The call lasted over an hour. ${BOTH} Technical talks follow in Jeddah.`;
  const p = passageOf(TEXT, BOTH);

  it('anchors "Both leaders agreed" edited to "Neither leader agreed" as changed, at word boundaries, showing old and new words, the quote kept', () => {
    const now = TEXT.replace('Both leaders agreed', 'Neither leader agreed');
    const r = anchorPassage(p, now);
    if (r.status !== 'anchored') throw new Error('expected anchored');
    expect(r.passage.quote).toEqual(p.quote);
    expect(now.slice(r.passage.position.start, r.passage.position.end)).toBe(BOTH.replace('Both leaders agreed', 'Neither leader agreed'));
    expect(r.changed).toEqual([{ old: 'Both leaders', new: 'Neither leader' }]);
  });

  it('flags a changed content word, a number and a modal the same way', () => {
    for (const [from, to] of [['lasting peace', 'lasting war'], ['will begin', 'may begin'], ['an energy', 'a 30-day energy']] as const) {
      const r = anchorPassage(p, TEXT.replace(from, to));
      expect(r.status === 'anchored' ? r.changed.length : 'orphan', `${from} → ${to}`).toBeGreaterThan(0);
    }
  });

  it('lets a moved or re-spaced passage through as unchanged', () => {
    const respaced = TEXT.replace('the movement to lasting', 'the  movement\nto lasting');
    const r = anchorPassage(p, respaced);
    expect(r).toMatchObject({ status: 'anchored', changed: [] });
  });

  it('reports the change for the annotation, and keeps the original quote in the annotation a save writes', () => {
    const a = createAnnotation({ id: 'ann-1', now: '2025-03-19T09:00:00.000Z', label: 'note', target: { kind: 'passage', ...p } });
    const { annotations, reports } = reanchorAll([a], { a: TEXT.replace('lasting peace', 'lasting war'), b: '', article: null });
    expect(annotations[0]!.target).toMatchObject({ quote: p.quote });
    expect(reports[0]).toMatchObject({ status: 'anchored', changed: [{ old: 'peace', new: 'war' }] });
  });
});
