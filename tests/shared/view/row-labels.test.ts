import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../../shared/compare/compare';
import { applyCorrections } from '../../../shared/corrections/apply';
import { createCorrection, type CorrectionOp } from '../../../shared/corrections/model';
import { buildFindings } from '../../../shared/findings/findings';
import { renderReport } from '../../../shared/report/report';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options';
import { buildRows, rowLabels, type Row } from '../../../shared/view/rows';
import { loadResources } from '../../../node/resources';

const PAIR = join(__dirname, '../../fixtures/pairs/2018-03-13-may-trump');
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A = { file: 'a.txt', text: readFileSync(join(PAIR, 'a.txt'), 'utf8'), meta: meta('Downing Street') };
const B = { file: 'b.txt', text: readFileSync(join(PAIR, 'b.txt'), 'utf8'), meta: meta('White House') };

const machine = compare(A, B, loadResources());
const sentence = (id: string) => machine[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
const correction = (op: CorrectionOp, a: string, b: string, n = 1) =>
  createCorrection({ id: `c${n}`, now: '2026-12-07T00:00:00.000Z', op, a: sentence(a), b: sentence(b), texts: { a: A.text, b: B.text } });
const byLabel = (rows: readonly Row[]) => new Map(rows.map((r) => [r.label, r.key]));
const rowOfSentence = (rows: readonly Row[], id: string) => rows.find((r) => [...r.a, ...r.b].includes(id as never))!;

describe('row labels: the aligner\'s numbers, kept through corrections (tester 7, T14)', () => {
  it('keeps the number of every row the correction leaves alone, and numbers new rows after the first row they came from', () => {
    const base = ['r:a1|b1', 'b:b2', 'a:a2', 'r:a3|b3+b4', 'a:a4'];
    // a3–b3 unlinked: row 4 splits into a3 and b3+b4 ("4", "4b"); the rest keep their numbers.
    const after = [{ key: 'r:a1|b1', a: ['a1'], b: ['b1'] }, { key: 'b:b2', a: [], b: ['b2'] }, { key: 'a:a2', a: ['a2'], b: [] },
      { key: 'a:a3', a: ['a3'], b: [] }, { key: 'b:b3', a: [], b: ['b3'] }, { key: 'b:b4', a: [], b: ['b4'] }, { key: 'a:a4', a: ['a4'], b: [] }];
    expect(rowLabels(base, after)).toEqual(['1', '2', '3', '4', '4b', '4c', '5']);
    // a1 linked with b2 (rows 1 and 2 joined): the joined row is 1, row 2 is gone, row 3 stays 3.
    expect(rowLabels(base, [{ key: 'r:a1|b1+b2', a: ['a1'], b: ['b1', 'b2'] }, { key: 'a:a2', a: ['a2'], b: [] }])).toEqual(['1', '3']);
    // a3 linked with b2: three of its four statements were row 4, so it is 4, not 2 (row 2 is gone).
    expect(rowLabels(base, [{ key: 'r:a1|b1', a: ['a1'], b: ['b1'] }, { key: 'a:a2', a: ['a2'], b: [] }, { key: 'r:a3|b2+b3+b4', a: ['a3'], b: ['b2', 'b3', 'b4'] }, { key: 'a:a4', a: ['a4'], b: [] }]))
      .toEqual(['1', '3', '4', '5']);
  });

  it('an unlink early in the list renumbers no row after it (the status line said "rows from N on are numbered anew")', () => {
    const before = buildRows(machine);
    const split = rowOfSentence(before, 'a3');
    expect(split.kind).toBe('matched');
    const after = buildRows(applyCorrections(machine, [correction('unlink', 'a3', 'b5')]));
    // Positions moved (a row was added), yet every untouched row has its label.
    expect(after.length).toBeGreaterThan(before.length);
    const labels = byLabel(after);
    for (const row of before.filter((r) => r.key !== split.key)) expect(labels.get(row.label)).toBe(row.key);
    expect(new Set(after.map((r) => r.label)).size).toBe(after.length);
    expect(rowOfSentence(after, 'b5').label).toBe(`${split.label}b`);
    expect(rowOfSentence(after, 'a3').label).toBe(split.label);
  });

  it('a link between the first and the last row leaves every row between with its number; undo gives the numbers back', () => {
    const before = buildRows(machine);
    const first = before.find((r) => r.a.length > 0)!;
    const last = [...before].reverse().find((r) => r.b.length > 0 && r.key !== first.key)!;
    const linked: Comparison = applyCorrections(machine, [correction('link', first.a[0]!, last.b.at(-1)!)]);
    const after = buildRows(linked);
    const joined = rowOfSentence(after, first.a[0]!);
    // The joined row takes the number of the row most of its statements were in (the first on a tie).
    const size = (r: Row) => r.a.length + r.b.length;
    expect(joined.label).toBe(size(first) >= size(last) ? first.label : last.label);
    const labels = byLabel(after);
    for (const row of before.filter((r) => r.key !== first.key && r.key !== last.key)) expect(labels.get(row.label)).toBe(row.key);
    expect(buildRows(applyCorrections(machine, [])).map((r) => r.label)).toEqual(before.map((r) => r.label));
  });

  it('a finding cited before an unlink still names the same statements after it, in the findings and in the PDF', () => {
    const beforeRows = buildRows(machine);
    const cited = buildFindings({ comparison: machine, article: null, annotations: [] }).filter((f) => f.rows.length === 1);
    expect(cited.length).toBeGreaterThan(0);
    const corrected = applyCorrections(machine, [correction('unlink', 'a1', 'b1')]);
    const afterRows = buildRows(corrected);
    const after = buildFindings({ comparison: corrected, article: null, annotations: [] });
    const keyOf = (rows: readonly Row[], label: string) => rows.find((r) => r.label === label)?.key;
    for (const f of cited.filter((x) => !x.ids.some((id) => id === 'a1' || id === 'b1'))) {
      const again = after.find((g) => g.text === f.text)!;
      expect(again.rows).toEqual(f.rows);
      expect(keyOf(afterRows, again.rows[0]!)).toBe(keyOf(beforeRows, f.rows[0]!));
    }
    // The PDF numbers its rows with the same labels, and anchors them by label.
    const html = renderReport({ event: null, date: null, a: A, b: B, comparison: corrected, annotations: [], article: null, generated: new Date(0), app: 'test' }, DEFAULT_REPORT_OPTIONS);
    for (const row of afterRows) expect(html).toContain(`id="row-${row.label}"><th scope="row" class="num">${row.label}`);
  });
});
