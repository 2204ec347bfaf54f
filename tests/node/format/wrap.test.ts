import { describe, expect, it } from 'vitest';
import { wrapSpans } from '../../../node/format/wrap';

describe('wrapSpans', () => {
  it('fills lines up to the width and turns whitespace runs into single spaces', () => {
    expect(wrapSpans([{ text: 'one two\n three  four five' }], { width: 14, color: false })).toEqual(['one two three', 'four five']);
  });

  it('indents continuation lines under the first line\'s prefix', () => {
    expect(wrapSpans([{ text: 'alpha beta gamma delta' }], { width: 16, color: false, first: 'Label ', firstWidth: 6 })).toEqual(['Label alpha beta', '      gamma', '      delta']);
  });

  it('keeps a word made of several spans together', () => {
    expect(wrapSpans([{ text: 'aaaa ' }, { text: '[-', style: 'removed' }, { text: 'bbbb-]', style: 'removed' }, { text: '.' }], { width: 10, color: false })).toEqual(['aaaa', '[-bbbb-].']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapSpans([{ text: 'x'.repeat(25) }], { width: 10, color: false })).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
  });

  it('colours each run of one style once, spaces inside the run included', () => {
    expect(wrapSpans([{ text: 'a ' }, { text: 'b c', style: 'added' }, { text: ' d' }], { width: 20, color: true })).toEqual(['a \x1b[32mb c\x1b[39m d']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapSpans([{ text: '  ' }], { width: 20, color: false, first: '> ', firstWidth: 2 })).toEqual(['> ']);
  });

  // Guards against quadratic wrapping with a generous timeout; speed itself is measured by `npm run bench`.
  it('wraps a megabyte without spaces or with them', () => {
    for (const text of ['x'.repeat(1 << 20), 'word '.repeat(1 << 18)]) {
      const lines = wrapSpans([{ text, style: 'removed' }], { width: 100, color: true });
      expect(lines.length).toBeGreaterThan(10_000);
    }
  }, 10_000);
});
