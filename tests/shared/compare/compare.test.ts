import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { CONFIDENT, isWeakMatch, PROBABLE } from '../../../shared/align/strength';
import { compare, omissionWording } from '../../../shared/compare/compare';
import type { SourceDoc, SourceMeta } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';

const resources = loadResources();
const meta = (label: string, complete = true): SourceMeta => ({
  label, complete, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null,
});
const doc = (file: string, text: string, m: SourceMeta): SourceDoc => ({ file, text, meta: m });
const fixture = join(__dirname, '..', '..', 'fixtures', 'pairs', '2025-03-18-trump-putin');
const wh = doc('whitehouse.txt', readFileSync(join(fixture, 'whitehouse.txt'), 'utf8'), meta('White House'));
const kr = doc('kremlin.txt', readFileSync(join(fixture, 'kremlin.txt'), 'utf8'), meta('Kremlin', false));

describe('compare', () => {
  it('links the energy ceasefire of one readout with the suspension of strikes of the other', () => {
    const c = compare(wh, kr, resources);
    const a6 = c.a.sentences.find((s) => s.text.includes('energy and infrastructure ceasefire'))!;
    const b10 = c.b.sentences.find((s) => s.text.includes('suspension of strikes on energy infrastructure'))!;
    const pair = c.pairs.find((p) => p.a.includes(a6.id) && p.b.includes(b10.id));
    expect(pair).toBeDefined();
    // What they share in words: the lexicon's "suspension of strikes" was taken from this
    // Kremlin readout and removed (issue 14, docs/lexicon.md), so "ceasefire" is not among them.
    expect(pair!.reasons.map((r) => r.label)).toEqual(expect.arrayContaining(['energy', 'infrastructure']));
  });

  it('does not state the Kremlin’s key condition as shared: it is one-sided, or its link is marked uncertain', () => {
    const c = compare(wh, kr, resources);
    const b = c.b.sentences.find((s) => s.text.includes('complete cessation of foreign military assistance'))!;
    // The gold has it one-sided; the learned selection links it to the White House's "prevent" sentence, with a
    // confidence under the one threshold, so every view says "weak match" (docs/alignment.md).
    const links = c.pairs.filter((p) => p.b.includes(b.id));
    if (links.length === 0) expect(c.onlyB).toContain(b.id);
    else expect(isWeakMatch(links.map((p) => p.confidence))).toBe(true);
  });

  it('words every White House-only statement as not in the Kremlin’s incomplete copy, "probably" when unsure', () => {
    const c = compare(wh, kr, resources);
    expect(c.onlyA.length).toBeGreaterThan(0);
    for (const id of c.onlyA) {
      const o = c.omissions.find((x) => x.id === id)!;
      // The bands written out (0.80 and 0.50, on the figure as printed), not taken from the code under test.
      const shown = Number(o.confidence!.toFixed(2));
      const expected = shown >= 0.8 ? "not in Kremlin's (incomplete) copy" : shown >= 0.5 ? "probably not in Kremlin's (incomplete) copy" : "possibly not in Kremlin's (incomplete) copy";
      expect(o.wording).toBe(expected);
    }
  });

  it('gives every pair and every omission a confidence in [0, 1]', () => {
    const c = compare(wh, kr, resources);
    for (const x of [...c.pairs, ...c.omissions]) {
      expect(x.confidence).toBeGreaterThanOrEqual(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
    // The wording says "probably" exactly when the confidence is under the one threshold.
    for (const o of c.omissions) expect(/^(probably|possibly) /u.test(o.wording)).toBe(Number(o.confidence!.toFixed(2)) < 0.8);
  });

  it('counts coverage as the share of words in paired sentences', () => {
    const c = compare(wh, kr, resources);
    expect(c.a.coverage).toBeGreaterThan(0);
    expect(c.a.coverage).toBeLessThan(1);
    expect(c.a.words).toBeGreaterThan(200);
  });

  it('words omissions by the other side’s completeness', () => {
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true })).toBe('only in White House');
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: false })).toBe("not in Kremlin's (incomplete) copy");
  });

  it('words an omission "probably" when its confidence is under the one threshold but at least even, "possibly" under that, and not for an analyst’s (null)', () => {
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true }, CONFIDENT - 0.01)).toBe('probably only in White House');
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true }, PROBABLE)).toBe('probably only in White House');
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true }, 0.4)).toBe('possibly only in White House');
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: false }, 0.3)).toBe("possibly not in Kremlin's (incomplete) copy");
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true }, CONFIDENT)).toBe('only in White House');
    expect(omissionWording({ label: 'White House' }, { label: 'Kremlin', complete: true }, null)).toBe('only in White House');
  });
});

// Random readouts from a vocabulary of diplomatic words, with sentence and paragraph breaks.
const vocabulary = ['the', 'leaders', 'agreed', 'ceasefire', 'truce', 'Russia', 'Ukraine', 'U.S.', 'energy', 'trade', 'talks',
  'sanctions', 'prisoners', 'peace', 'This', 'initiative', 'cooperation', 'Kyiv', 'Kiev', '30-day', 'and', 'on', '"quoted"', '[…]', 'Mr.'];
const sentenceArb = fc.tuple(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '?', '!', ''))
  .map(([ws, end]) => ws.join(' ') + end);
const textArb = fc.array(fc.tuple(sentenceArb, fc.constantFrom(' ', ' ', '\n\n', '\r\n\r\n')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''))
  .filter((t) => /\p{L}/u.test(t));

describe('compare, on random readouts', () => {
  it('keeps offsets pointing at their text, scores above the threshold, and omissions exactly the unpaired', () => {
    fc.assert(fc.property(textArb, textArb, (ta, tb) => {
      const c = compare(doc('a.txt', ta, meta('A')), doc('b.txt', tb, meta('B')), resources);
      for (const [side, text] of [[c.a, ta], [c.b, tb]] as const) {
        for (const s of side.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      for (const p of c.pairs) expect(p.score).toBeGreaterThanOrEqual(Math.floor(DEFAULT_ALIGN_OPTIONS.threshold * 1000) / 1000);
      const pairedA = new Set(c.pairs.flatMap((p) => p.a));
      const pairedB = new Set(c.pairs.flatMap((p) => p.b));
      expect(c.onlyA).toEqual(c.a.sentences.map((s) => s.id).filter((id) => !pairedA.has(id)));
      expect(c.onlyB).toEqual(c.b.sentences.map((s) => s.id).filter((id) => !pairedB.has(id)));
      // An omission's nearest is a statement of the other side that scored at least the threshold, and no better one did.
      for (const o of c.omissions) {
        if (!o.nearest) continue;
        const other = o.id.startsWith('a') ? c.b : c.a;
        expect(other.sentences.some((s) => s.id === o.nearest!.id)).toBe(true);
        expect(o.nearest.score).toBeGreaterThanOrEqual(Math.floor(DEFAULT_ALIGN_OPTIONS.threshold * 1000) / 1000);
      }
    }), { numRuns: 150 });
  });

  it('gives each omission the other side’s closest statement when one scored, with what they share', () => {
    const c = compare(wh, kr, resources);
    // Some one-sided statements have a closest statement on the other side, with what they share; some have none.
    const withNearest = c.omissions.filter((o) => o.nearest !== undefined);
    expect(withNearest.length).toBeGreaterThan(0);
    for (const o of withNearest) {
      const other = o.id.startsWith('a') ? c.b : c.a;
      expect(other.sentences.some((s) => s.id === o.nearest!.id)).toBe(true);
      expect(o.nearest!.reasons.length).toBeGreaterThan(0);
    }
    expect(c.omissions.some((o) => o.nearest === undefined)).toBe(true);
  });

  it('gives the same output for the same input', () => {
    fc.assert(fc.property(textArb, textArb, (ta, tb) => {
      const one = compare(doc('a.txt', ta, meta('A')), doc('b.txt', tb, meta('B')), resources);
      const two = compare(doc('a.txt', ta, meta('A')), doc('b.txt', tb, meta('B')), resources);
      expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    }), { numRuns: 60 });
  });

  it('lists pairs by first A sentence, then first B sentence', () => {
    fc.assert(fc.property(textArb, textArb, (ta, tb) => {
      const c = compare(doc('a.txt', ta, meta('A')), doc('b.txt', tb, meta('B')), resources);
      const n = (id: string) => Number(id.slice(1));
      for (let i = 1; i < c.pairs.length; i++) {
        const x = c.pairs[i - 1]!, y = c.pairs[i]!;
        expect(n(x.a[0]!) < n(y.a[0]!) || (x.a[0] === y.a[0] && n(x.b[0]!) < n(y.b[0]!))).toBe(true);
      }
    }), { numRuns: 100 });
  });
});
