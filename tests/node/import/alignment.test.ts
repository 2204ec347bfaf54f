/**
 * Comparing readouts extracted from web pages, PDFs and Word documents gives
 * the same alignment as comparing the plain-text readouts they were made from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import type { SourceDoc } from '../../../shared/model/types';
import { loadResources } from '../../../node/resources';
import { loadSourceDoc } from '../../../node/source-doc';
import { FIXTURES, SAMPLE } from './fixtures';

async function load(path: string): Promise<SourceDoc> {
  const r = await loadSourceDoc(path, { noMeta: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

const alignment = (a: SourceDoc, b: SourceDoc) => {
  const c = compare(a, b, loadResources());
  return { pairs: c.pairs.map((p) => ({ a: p.a, b: p.b, score: p.score })), onlyA: c.onlyA, onlyB: c.onlyB };
};

describe('alignment of extracted readouts', () => {
  const plain = Promise.all([load(join(SAMPLE, 'whitehouse.txt')), load(join(SAMPLE, 'kremlin.txt'))]).then(([a, b]) => alignment(a, b));

  for (const [a, b] of [['html', 'html'], ['pdf', 'pdf'], ['docx', 'docx'], ['html', 'pdf'], ['pdf', 'docx']] as const) {
    it(`is the plain texts' for the White House ${a} against the Kremlin ${b}`, async () => {
      const expected = await plain;
      expect(expected.pairs.length).toBeGreaterThan(0);
      expect(alignment(await load(join(FIXTURES, `whitehouse.${a}`)), await load(join(FIXTURES, `kremlin.${b}`)))).toEqual(expected);
    });
  }

  it('is the same for the Russian text in every encoding', async () => {
    const utf16 = await load(join(FIXTURES, 'kremlin-ru.utf-16le.txt'));
    const cp1251 = await load(join(FIXTURES, 'kremlin-ru.windows-1251.txt'));
    expect(utf16.meta.language).toBe('ru');
    const c = alignment(utf16, cp1251);
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB).toEqual([]);
    expect(c.pairs.every((p) => p.a.length === 1 && p.b.length === 1 && p.a[0]!.slice(1) === p.b[0]!.slice(1))).toBe(true);
  });
});
