import { describe, expect, it } from 'vitest';
import { decodeTextBytes, encodingName } from '../../../node/import/text';
import { fixtureBytes, RUSSIAN, RUSSIAN_KOI8, WHITE_HOUSE } from './fixtures';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `s` in Windows-1252 (Latin-1 letters, and its quotation marks at 0x91–0x94). */
const cp1252 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => ({ '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 } as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('decodeTextBytes', () => {
  it('reads valid UTF-8 as UTF-8, with or without a BOM, changing nothing else', () => {
    expect(decodeTextBytes(utf8('Line one.\r\nLine two.'), 'a.txt')).toEqual({ ok: true, text: 'Line one.\r\nLine two.', encoding: 'utf-8' });
    expect(decodeTextBytes(utf8('\uFEFFКремль'), 'a.txt')).toEqual({ ok: true, text: 'Кремль', encoding: 'utf-8' });
  });

  it('lets a BOM decide UTF-16, little- and big-endian', () => {
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.utf-16le.txt'), 'le.txt')).toEqual({ ok: true, text: RUSSIAN, encoding: 'utf-16le' });
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.utf-16be.txt'), 'be.txt')).toEqual({ ok: true, text: RUSSIAN, encoding: 'utf-16be' });
  });

  it('takes bytes that are not UTF-8 as Windows-1251 or KOI8-R when the result reads as Russian', () => {
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.windows-1251.txt'), 'cp.txt')).toEqual({ ok: true, text: RUSSIAN, encoding: 'windows-1251' });
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.koi8-r.txt'), 'koi.txt')).toEqual({ ok: true, text: RUSSIAN_KOI8, encoding: 'koi8-r' });
  });

  it('reads a Western text in Windows-1252 (no Russian) as Windows-1252, saying so', () => {
    expect(decodeTextBytes(fixtureBytes('bad/windows-1252.txt'), 'w.txt')).toEqual({
      ok: true, text: WHITE_HOUSE.replace(/'/g, '’').replace(/^Today/, '“Today”'), encoding: 'windows-1252',
      warning: 'w.txt: not UTF-8, so read as Windows-1252 (as a "Plain text" file saved on Windows often is); check its quotation marks and accented letters, or save it as UTF-8',
    });
    const french = 'Le président a souligné l’importance de la coopération économique entre les deux pays.';
    expect(decodeTextBytes(cp1252(french), 'fr.txt')).toMatchObject({ ok: true, text: french, encoding: 'windows-1252' });
  });

  it('refuses UTF-8 gone wrong (valid multi-byte sequences beside a bad byte) with the UTF-8 message, never as Windows-1252', () => {
    expect(decodeTextBytes(fixtureBytes('bad/utf-8-corrupt.txt'), 'u.txt')).toEqual({
      ok: false, error: { code: 'encoding', message: 'u.txt: the file is not valid UTF-8 (first bad byte at offset 203, line 1)' },
    });
    const oneQuote = new Uint8Array([...utf8('The president’s remarks on trade and security were brief '), 0x93]);
    expect(decodeTextBytes(oneQuote, 'q.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
  });

  it('refuses as Windows-1252 a short scrap, bytes it leaves undefined, and a text mostly beyond ASCII', () => {
    expect(decodeTextBytes(cp1252('The “deal”'), 's.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
    const undefinedByte = new Uint8Array([...cp1252('The leaders discussed trade and security at length'), 0x81]);
    expect(decodeTextBytes(undefinedByte, 'x.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
    const accented = cp1252('àéèêëîïôûüç àéèêëîïôûüç résumé of the talks between the two leaders');
    expect(decodeTextBytes(accented, 'y.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
  });

  it('refuses a short Cyrillic scrap it cannot judge', () => {
    const scrap = new Uint8Array([0xcf, 0xf3, 0xf2, 0xe8, 0xed]); // "Путин" in Windows-1251
    expect(decodeTextBytes(scrap, 's.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
    expect(decodeTextBytes(scrap, 's.txt', 'windows-1251')).toEqual({ ok: true, text: 'Путин', encoding: 'windows-1251' });
  });

  it('decodes in the encoding the user names, whatever the rule would say', () => {
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.windows-1251.txt'), 'cp.txt', 'cp1251')).toMatchObject({ ok: true, text: RUSSIAN });
    expect(decodeTextBytes(fixtureBytes('kremlin-ru.windows-1251.txt'), 'cp.txt', 'koi8-r')).toMatchObject({ ok: true, encoding: 'koi8-r' });
    expect(decodeTextBytes(fixtureBytes('bad/windows-1252.txt'), 'w.txt', 'windows-1252')).toEqual({
      ok: true, text: WHITE_HOUSE.replace(/'/g, '’').replace(/^Today/, '“Today”'), encoding: 'windows-1252',
    });
  });

  it('reads valid UTF-8 beyond ASCII as UTF-8 when another encoding is named, saying so (one --encoding names every file)', () => {
    const text = 'The leaders’ “frank” exchange';
    expect(decodeTextBytes(utf8(text), 'a.txt', 'windows-1252')).toEqual({
      ok: true, text, encoding: 'utf-8', warning: 'a.txt: valid UTF-8, so read as UTF-8 (the encoding given, Windows-1252, was not applied to it)',
    });
    expect(decodeTextBytes(utf8('Plain ASCII text'), 'b.txt', 'windows-1252')).toEqual({ ok: true, text: 'Plain ASCII text', encoding: 'windows-1252' });
    expect(decodeTextBytes(utf8(text), 'c.txt', 'utf8')).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('says so when the bytes are not in the encoding the user names', () => {
    expect(decodeTextBytes(new Uint8Array([0xc3, 0x28]), 'x.txt', 'utf-8')).toEqual({ ok: false, error: { code: 'encoding', message: 'x.txt: the file is not valid UTF-8' } });
    expect(decodeTextBytes(new Uint8Array([0x41]), 'x.txt', 'klingon')).toEqual({ ok: false, error: { code: 'encoding', message: "x.txt: unknown encoding 'klingon'" } });
  });

  it('refuses empty, blank and binary files as the plain reader does', () => {
    expect(decodeTextBytes(new Uint8Array(), 'e.txt')).toEqual({ ok: false, error: { code: 'empty', message: 'e.txt: the file is empty' } });
    expect(decodeTextBytes(utf8(' \n '), 'b.txt')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(decodeTextBytes(new Uint8Array([0x41, 0x00, 0x42]), 'n.txt')).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), 'n16.txt')).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe]), 'bom16.txt')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});

describe('encodingName', () => {
  it('gives the WHATWG name of a label, or null for none', () => {
    expect(encodingName('CP1251')).toBe('windows-1251');
    expect(encodingName('koi8-r')).toBe('koi8-r');
    expect(encodingName('UTF-16')).toBe('utf-16le');
    expect(encodingName('nope')).toBeNull();
  });
});
