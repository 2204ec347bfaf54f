import { describe, expect, it } from 'vitest';
import { paint, printable, shouldUseColor } from '../../../node/format/ansi';

describe('shouldUseColor', () => {
  it('colours a terminal', () => {
    expect(shouldUseColor(true, {})).toBe(true);
  });

  it('does not colour a pipe or a file', () => {
    expect(shouldUseColor(false, {})).toBe(false);
    expect(shouldUseColor(undefined, {})).toBe(false);
  });

  it('does not colour when NO_COLOR is set to anything but the empty string', () => {
    expect(shouldUseColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(true, { NO_COLOR: '' })).toBe(true);
  });

  it('colours a pipe when FORCE_COLOR is set, unless it is 0 or NO_COLOR is set', () => {
    expect(shouldUseColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(false, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColor(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });
});

describe('paint', () => {
  it('wraps text in the style\'s codes only when colour is on', () => {
    expect(paint('gone', 'removed', true)).toBe('\x1b[31mgone\x1b[39m');
    expect(paint('gone', 'removed', false)).toBe('gone');
  });
});

describe('printable', () => {
  it('replaces escape and other control characters but keeps tabs and line breaks', () => {
    expect(printable('a\x1b[31mb\x07c\x9bd\te\r\nf')).toBe('a\uFFFD[31mb\uFFFDc\uFFFDd\te\r\nf');
  });
});
