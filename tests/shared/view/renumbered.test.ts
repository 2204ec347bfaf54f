import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import { applyCorrections } from '../../../shared/corrections/apply';
import { createCorrection } from '../../../shared/corrections/model';
import { buildRows, firstRenumbered } from '../../../shared/view/rows';
import { loadResources } from '../../../node/resources';

const PAIR = join(__dirname, '../../fixtures/pairs/2018-03-13-may-trump');
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A = { file: 'a.txt', text: readFileSync(join(PAIR, 'a.txt'), 'utf8'), meta: meta('Downing Street') };
const B = { file: 'b.txt', text: readFileSync(join(PAIR, 'b.txt'), 'utf8'), meta: meta('White House') };

describe('row numbers after a correction (tester 7, T14)', () => {
  it('names the first row number that now names another row, or null', () => {
    expect(firstRenumbered([{ key: 'x' }, { key: 'y' }], [{ key: 'x' }, { key: 'y' }])).toBeNull();
    expect(firstRenumbered([{ key: 'x' }, { key: 'y' }, { key: 'z' }], [{ key: 'x' }, { key: 'w' }, { key: 'y' }, { key: 'z' }])).toBe(2);
    expect(firstRenumbered([{ key: 'x' }], [{ key: 'x' }, { key: 'y' }])).toBe(2);
  });

  it('finds where an unlink shifts the rows of a real comparison', () => {
    const machine = compare(A, B, loadResources());
    const sentence = (id: string) => machine[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
    const unlink = createCorrection({ id: 'c1', now: '2026-12-07T00:00:00.000Z', op: 'unlink', a: sentence('a3'), b: sentence('b3'), texts: { a: A.text, b: B.text } });
    const before = buildRows(machine);
    const after = buildRows(applyCorrections(machine, [unlink]));
    const from = firstRenumbered(before, after);
    expect(from).not.toBeNull();
    // Every row before it keeps its number; the one at it is another row.
    expect(after.slice(0, from! - 1).map((r) => r.key)).toEqual(before.slice(0, from! - 1).map((r) => r.key));
    expect(after[from! - 1]?.key).not.toBe(before[from! - 1]?.key);
  });
});
