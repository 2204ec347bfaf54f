import { describe, expect, it } from 'vitest';
import { createCorrection, describeCorrection, reanchorCorrections } from '../../../shared/corrections/model';
import { segmentSentences } from '../../../shared/text/segment';

const A = 'The Prime Minister spoke to President Trump. She updated him on the investigation into the Salisbury incident. They agreed to stay in touch.';
const B = 'President Trump spoke with Prime Minister May. They discussed the investigation into the chemical weapon attack on British soil.';
const sentences = (a: string, b: string) => ({ a: segmentSentences(a, 'a', { language: 'en' }), b: segmentSentences(b, 'b', { language: 'en' }) });
const T0 = '2026-12-06T10:00:00.000Z';
const s0 = sentences(A, B);
const link = createCorrection({ id: 'cor-1', now: T0, op: 'link', a: s0.a[1]!, b: s0.b[1]!, texts: { a: A, b: B } });

describe('a correction in an edited text', () => {
  it('stays where it was when nothing moved', () => {
    expect(reanchorCorrections([link], { a: A, b: B }, s0)).toEqual([link]);
  });

  it('follows its sentences when others are added before them, with their new ids', () => {
    const a2 = `A new first sentence was added. ${A}`;
    const [moved] = reanchorCorrections([link], { a: a2, b: B }, sentences(a2, B));
    expect(moved).toMatchObject({ status: 'anchored', a: { sentence: 'a3', quote: { exact: link.a!.quote.exact } }, b: { sentence: 'b2' } });
    expect(moved!.a!.position.start).toBe(link.a!.position.start + 'A new first sentence was added. '.length);
  });

  it('follows a sentence edited a little', () => {
    const a2 = A.replace('the investigation', 'the ongoing investigation');
    const [moved] = reanchorCorrections([link], { a: a2, b: B }, sentences(a2, B));
    expect(moved).toMatchObject({ status: 'anchored', a: { sentence: 'a2' } });
  });

  it('becomes an orphan, its last selectors kept, when its sentence is gone: never moved onto another sentence', () => {
    const a2 = 'The Prime Minister spoke to President Trump. They agreed to stay in touch.';
    const [lost] = reanchorCorrections([link], { a: a2, b: B }, sentences(a2, B));
    expect(lost).toEqual({ ...link, status: 'orphan' });
    expect(describeCorrection(lost!)).toBe('a2 ↔ b2: linked by you (not found in the text as it is)');
  });

  it('becomes an orphan when its sentence was merged into a longer one', () => {
    const a2 = A.replace('Trump. She updated him', 'Trump, whom she updated at length, with many more words than before, and in considerable detail,');
    const [lost] = reanchorCorrections([link], { a: a2, b: B }, sentences(a2, B));
    expect(lost!.status).toBe('orphan');
  });
});
