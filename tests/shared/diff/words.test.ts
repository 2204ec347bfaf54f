import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords } from 'diff';
import { MAX_EDIT_LENGTH, wordDiff } from '../../../shared/diff/words';

const join = (parts: ReturnType<typeof wordDiff>, drop: 'onlyA' | 'onlyB') => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks the words that differ', () => {
    const parts = wordDiff('peace will begin with a ceasefire', 'peace would begin with a ceasefire');
    expect(parts.filter((p) => p.kind === 'onlyA').map((p) => p.text.trim())).toEqual(['will']);
    expect(parts.filter((p) => p.kind === 'onlyB').map((p) => p.text.trim())).toEqual(['would']);
  });

  it('rebuilds each side from its parts', () => {
    const a = 'The leaders agreed to stay in close touch.';
    const b = 'They agreed to remain in close contact.';
    const parts = wordDiff(a, b);
    expect(join(parts, 'onlyB')).toBe(a);
    expect(join(parts, 'onlyA')).toBe(b);
  });

  it('splits Cyrillic at word boundaries, not into letters', () => {
    const parts = wordDiff('Путин поддержал инициативу', 'Путин отклонил инициативу', 'ru');
    expect(parts.filter((p) => p.kind === 'onlyA').map((p) => p.text)).toEqual(['поддержал']);
    expect(parts.filter((p) => p.kind === 'onlyB').map((p) => p.text)).toEqual(['отклонил']);
  });
});

describe('word diff of very different long texts', () => {
  it('shows both sides as changed instead of searching past MAX_EDIT_LENGTH edits', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `beta${i}`).join(' ');
    expect(wordDiff(a, b)).toEqual([{ kind: 'onlyA', text: a }, { kind: 'onlyB', text: b }]);
  });
});

describe('word diff, exactly', () => {
  it('gives each side its own spacing', () => {
    const a = 'They agreed: 175 for 175.';
    const b = 'It was discussed — 175 for 175 — on Wednesday.';
    const parts = wordDiff(a, b);
    expect(parts.filter((p) => p.kind !== 'onlyB').map((p) => p.text).join('')).toBe(a);
    expect(parts.filter((p) => p.kind !== 'onlyA').map((p) => (p.kind === 'same' ? p.b ?? p.text : p.text)).join('')).toBe(b);
  });

  it('rebuilds both sentences exactly, whatever their words and spaces', () => {
    const words = fc.array(fc.constantFrom('the', 'peace', 'truce', '175', 'for', '—', ',', '.', 'Kyiv', 'Путин'), { maxLength: 12 });
    const spaces = fc.constantFrom(' ', '  ', '\n', ' \t');
    const sentence = fc.tuple(words, fc.array(spaces, { minLength: 12, maxLength: 12 })).map(([ws, sp]) => ws.map((w, i) => w + sp[i]).join('').trim());
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      const parts = wordDiff(a, b);
      expect(parts.filter((p) => p.kind !== 'onlyB').map((p) => p.text).join('')).toBe(a);
      expect(parts.filter((p) => p.kind !== 'onlyA').map((p) => (p.kind === 'same' ? p.b ?? p.text : p.text)).join('')).toBe(b);
    }), { numRuns: 300 });
  });
});

describe('word diff of a sentence with itself', () => {
  it('is one run, as jsdiff gives it, whatever the words and spaces', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '  ', ',', '—', 'é', 'ж', '\n', '"', '12') }), (s) => {
      const jsdiff = diffWords(s, s, { maxEditLength: MAX_EDIT_LENGTH }) ?? [];
      expect(jsdiff.length).toBeLessThanOrEqual(1);
      expect(jsdiff.every((c) => !c.added && !c.removed)).toBe(true);
      expect(jsdiff.map((c) => c.value).join('')).toBe(s);
      expect(wordDiff(s, s)).toEqual(s ? [{ kind: 'same', text: s }] : []);
    }));
  });
});

describe('word diff laid over the texts', () => {
  it('keeps a code point beyond the BMP whole, and shows both sides changed when a pair is split in the text', () => {
    expect(wordDiff('a \ud83d\ude00 b', 'a \ud83d\ude00 c')).toEqual([{ kind: 'same', text: 'a \ud83d\ude00 ' }, { kind: 'onlyA', text: 'b' }, { kind: 'onlyB', text: 'c' }]);
    const split = 'x \ud800 \udc00 y';
    const parts = wordDiff(split, 'x y');
    expect(parts.filter((p) => p.kind !== 'onlyB').map((p) => p.text).join('')).toBe(split);
  });
});
