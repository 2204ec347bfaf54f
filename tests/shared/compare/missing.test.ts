import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import { mayBeInMissingPart, missingParts, omissionMayBeMissing } from '../../../shared/compare/missing';
import { relabel, summaryWording } from '../../../shared/compare/wording';
import type { MissingPart, SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const incomplete = (...parts: MissingPart['part'][]) => ({ complete: false, missing: parts.map((part) => ({ part })) });
// the maker's statements 0–5; 2 and 3 are the ones the two readouts share
const PAIRED = [false, false, true, true, false, false];

describe('where a missing part of a copy could hold a statement', () => {
  it('puts a missing lead before the first statement both readouts share', () => {
    const lead = incomplete('lead');
    expect([0, 1, 4, 5].map((i) => mayBeInMissingPart(lead, i, PAIRED))).toEqual([true, true, false, false]);
  });

  it('puts a missing ending after the last statement both share', () => {
    const ending = incomplete('ending');
    expect([0, 1, 4, 5].map((i) => mayBeInMissingPart(ending, i, PAIRED))).toEqual([false, false, true, true]);
  });

  it('lets a missing middle, an unknown part, or an incomplete copy that does not say, hold anything', () => {
    for (const copy of [incomplete('middle'), incomplete('unknown'), { complete: false }, { complete: false, missing: [] }]) {
      expect([0, 4].map((i) => mayBeInMissingPart(copy, i, PAIRED))).toEqual([true, true]);
    }
    expect(missingParts({ complete: false })).toEqual([{ part: 'unknown' }]);
  });

  it('lets a missing lead hold everything when the readouts share nothing', () => {
    expect(mayBeInMissingPart(incomplete('lead'), 5, PAIRED.map(() => false))).toBe(true);
  });

  it('never hedges against a complete copy', () => {
    expect(mayBeInMissingPart({ complete: true, missing: [{ part: 'unknown' }] }, 0, PAIRED)).toBe(false);
    expect(missingParts({ complete: true })).toEqual([]);
  });
});

const resources = loadResources();
const meta = (label: string, more: Partial<SourceMeta> = {}): SourceMeta => ({
  label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null, ...more,
});
const doc = (file: string, text: string, m: SourceMeta): SourceDoc => ({ file, text, meta: m });

// Invented readouts of an invented call: Sudmark's copy lacks its one-line lead.
const NORLAND = [
  'President Arvel Tamsin held a telephone conversation with Chancellor Edda Voss of Sudmark.',
  'The leaders agreed to reopen the Kessel river crossing to grain barges before the autumn harvest.',
  'They discussed the repair of the Lindholm dam and the sharing of its costs.',
  'President Tamsin raised the arrest of three Norland fishermen near the Orsa islands.',
  'The two leaders agreed to meet in Varnholt next spring.',
].join(' ');
const SUDMARK = [
  'The leaders agreed to reopen the Kessel river crossing to grain barges before the autumn harvest.',
  'They discussed the repair of the Lindholm dam and the sharing of its costs.',
  'The two leaders agreed to meet in Varnholt next spring.',
].join(' ');
const noLead = meta('Sudmark', { complete: false, note: 'The release’s one-line lead is not in this copy.', missing: [{ part: 'lead', note: 'the one-line lead naming the call' }] });

describe('omissions worded by the part a copy lacks', () => {
  const c = compare(doc('norland.txt', NORLAND, meta('Norland')), doc('sudmark.txt', SUDMARK, noLead), resources);
  const id = (start: string) => c.a.sentences.find((s) => s.text.startsWith(start))!.id;
  const wording = (sentence: string) => c.omissions.find((o) => o.id === id(sentence))?.wording;

  it('hedges only the statement that would be in the missing lead', () => {
    expect(c.onlyA).toEqual([id('President Arvel Tamsin held'), id('President Tamsin raised')]);
    expect(wording('President Arvel Tamsin held')).toMatch(/not in Sudmark's \(incomplete\) copy$/);
    expect(wording('President Tamsin raised')).toMatch(/only in Norland$/);
    expect(omissionMayBeMissing(c, 'a', id('President Tamsin raised'))).toBe(false);
  });

  it('counts the two apart in the summary line', () => {
    expect(summaryWording(c)).toContain('1 statement only in Norland · 1 statement not in Sudmark\'s (incomplete) copy · 0 statements only in Sudmark');
  });

  it('keeps the distinction when the analyst renames the readouts', () => {
    const renamed = relabel(c, { a: 'Norland Office', b: 'Sudmark Chancellery' });
    const worded = (sentence: string) => renamed.omissions.find((o) => o.id === id(sentence))?.wording;
    expect(worded('President Arvel Tamsin held')).toMatch(/not in Sudmark Chancellery's \(incomplete\) copy$/);
    expect(worded('President Tamsin raised')).toMatch(/only in Norland Office$/);
  });

  it('hedges every omission, as before, when the copy is incomplete without saying which part is missing', () => {
    const unsaid = compare(doc('norland.txt', NORLAND, meta('Norland')), doc('sudmark.txt', SUDMARK, { ...noLead, missing: undefined }), resources);
    expect(unsaid.omissions.map((o) => o.wording)).toEqual(unsaid.omissions.map(() => expect.stringMatching(/not in Sudmark's \(incomplete\) copy$/)));
    expect(summaryWording(unsaid)).toContain('2 statements not in Sudmark\'s (incomplete) copy · 0 statements only in Sudmark');
  });
});
