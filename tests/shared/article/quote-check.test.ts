import { describe, expect, it } from 'vitest';
import { locateQuote, MAX_CELLS } from '../../../shared/article/quote-check';
import { segmentSentences } from '../../../shared/text/segment';
import { quoteSeverity } from '../../../shared/article/severity';
import { wordDiff } from '../../../shared/diff/words';

const readout = 'The leaders spoke for two hours. They agreed that talks will begin in Geneva next week, with experts from both sides. The President thanked his counterpart.';
const sentences = segmentSentences(readout, 'a');
const check = (q: string) => locateQuote(q, readout, sentences);

describe('locateQuote', () => {
  it('finds a verbatim quotation regardless of case and end punctuation', () => {
    const r = check('talks will begin in Geneva next week.');
    expect(r).toMatchObject({ verbatim: true, similarity: 1, match: { sentence: 'a2', text: 'talks will begin in Geneva next week' } });
    expect(readout.slice(r.match!.start, r.match!.end)).toBe(r.match!.text);
    expect(check('They agreed')).toMatchObject({ verbatim: true });
    expect(check('they agreed')).toMatchObject({ verbatim: true });
  });

  it('ignores punctuation inside but not a changed, added or dropped word', () => {
    expect(check('talks will begin in Geneva next week with experts').verbatim).toBe(true);
    expect(check('talks would begin in Geneva next week').verbatim).toBe(false);
    expect(check('talks will begin in Geneva early next week').verbatim).toBe(false);
    expect(check('talks will begin in next week').verbatim).toBe(false);
  });

  it('reads a reporter\'s insertion in brackets as the article\'s, not as quoted words', () => {
    expect(check('They (the leaders) agreed that talks will begin [soon] in Geneva')).toMatchObject({ verbatim: true, similarity: 1, match: { text: 'They agreed that talks will begin in Geneva' } });
    // A bracket in place of the readout's words ("[He]" for "The President") is an insertion too.
    expect(check('[He] thanked his counterpart')).toMatchObject({ verbatim: true, match: { text: 'thanked his counterpart' } });
    // The words outside the brackets still count, and so do words left out at a "[…]".
    expect(check('talks (then) would begin in Geneva').verbatim).toBe(false);
    expect(check('They agreed […] next week').verbatim).toBe(false);
    // A readout with the bracket's words of its own is quoted verbatim with them.
    const own = 'The envoys met at the Conference of the Parties (COP9) in Lima.';
    expect(locateQuote('the Conference of the Parties (COP9) in Lima', own, segmentSentences(own, 'b')).verbatim).toBe(true);
  });

  it('shows the changed first or last word in the match', () => {
    expect(check('Talks would begin').match?.text).toBe('talks will begin');
    expect(check('spoke for three hours').match?.text).toBe('spoke for two hours');
  });

  it('finds no passage for words the readout does not have, nor for one shared word', () => {
    expect(check('sanctions on shipping').match).toBeNull();
    expect(check('the weather was awful').match).toBeNull();
  });

  it('searches the densest window when the full alignment would be too large', () => {
    const quoteWords = Array.from({ length: Math.ceil(MAX_CELLS / 3000) + 10 }, (_, i) => `q${i}`);
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ') + '. ' + quoteWords.join(' ') + '. ' + readout;
    const r = locateQuote(quoteWords.join(' '), long, segmentSentences(long, 'a'));
    expect(r.verbatim).toBe(true);
    expect(r.match?.text).toBe(quoteWords.join(' '));
  });

  it('finds no passage for a long quotation that shares a few scattered words with the readout', () => {
    expect(check('talks about the budget and the war will begin to matter in Geneva only when the parliament votes').match).toBeNull();
  });
});

describe('a scare quote in another form of the readout’s word (tester 8, U8)', () => {
  const own = 'The ministers condemned the attacks by smugglers and other extremists on the Tessel crossing.';
  it('is found with a different form, a minor difference, not "not found"', () => {
    const r = locateQuote('extremist', own, segmentSentences(own, 'b'));
    expect(r.match?.text).toBe('extremists');
    expect(r.verbatim).toBe(false);
    expect(quoteSeverity('extremist', r.match!.text, wordDiff('extremist', r.match!.text))).toBe('minor');
  });
  it('stays not found when no word of the readout shares its stem, and a longer quotation is not looked for by stem', () => {
    expect(locateQuote('radical', own, segmentSentences(own, 'b')).match).toBeNull();
    expect(locateQuote('condemning attack', own, segmentSentences(own, 'b')).match?.text).toBe('condemned the attacks');
    expect(locateQuote('ministers condemning all attack by smuggler', own, segmentSentences(own, 'b')).similarity).toBeLessThan(0.5);
  });
});
