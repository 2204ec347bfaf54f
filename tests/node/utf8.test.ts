import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Offset, lineOfOffset } from '../../node/utf8';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidUtf8Offset', () => {
  it('returns -1 for valid UTF-8 in every script and plane', () => {
    expect(firstInvalidUtf8Offset(utf8('Kremlin — Кремль, 北京, 🇺🇦'))).toBe(-1);
  });

  it('points at a stray continuation byte', () => {
    expect(firstInvalidUtf8Offset(bytes(0x61, 0x62, 0x80))).toBe(2);
  });

  it('points at the lead byte of a truncated sequence', () => {
    expect(firstInvalidUtf8Offset(bytes(0x61, 0xe2, 0x82))).toBe(1);
  });

  it('points at a Windows-1252 curly quote', () => {
    expect(firstInvalidUtf8Offset(bytes(0x49, 0x74, 0x92, 0x73))).toBe(2);
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF', () => {
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  it('agrees with TextDecoder on whether bytes are valid', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 12 }), (b) => {
      let valid = true;
      try {
        decoder.decode(b);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8Offset(b) === -1).toBe(valid);
    }), { numRuns: 5000 });
  });

  it('finds the first bad byte after any valid prefix', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const prefix = utf8(s);
      expect(firstInvalidUtf8Offset(new Uint8Array([...prefix, 0xff, 0x61]))).toBe(prefix.length);
    }));
  });
});

describe('lineOfOffset', () => {
  it('counts the line feeds before the offset, from line 1', () => {
    expect(lineOfOffset(utf8('ab\ncd\r\nef'), 0)).toBe(1);
    expect(lineOfOffset(utf8('ab\ncd\r\nef'), 3)).toBe(2);
    expect(lineOfOffset(utf8('ab\ncd\r\nef'), 7)).toBe(3);
  });
});
