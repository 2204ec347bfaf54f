import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/diff/words';

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
