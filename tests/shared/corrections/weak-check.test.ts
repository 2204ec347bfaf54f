import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import { applyCorrections, correctionEffect } from '../../../shared/corrections/apply';
import { createCorrection, type CorrectionOp } from '../../../shared/corrections/model';
import { buildFindings } from '../../../shared/findings/findings';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options';
import { renderReport } from '../../../shared/report/report';
import { rowCorrection } from '../../../shared/view/corrections';
import { buildRows } from '../../../shared/view/rows';
import { formatTerminal } from '../../../node/format/terminal';
import { loadResources } from '../../../node/resources';

// Tester 9, V4: on Abe–Trudeau, "Not the same point (a4–b3)" leaves b3 matched only weakly (its one link, to a3, is
// under 0.5). "Checked" there recorded a check of an omission b3 does not have, and no output showed it.
const PAIR = join(__dirname, '../../fixtures/pairs/2020-03-24-abe-trudeau');
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A = { file: 'a.txt', text: readFileSync(join(PAIR, 'a.txt'), 'utf8'), meta: meta('Tokyo') };
const B = { file: 'b.txt', text: readFileSync(join(PAIR, 'b.txt'), 'utf8'), meta: meta('Ottawa') };
const machine = compare(A, B, loadResources());
const sentence = (id: string) => machine[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
let n = 0;
const correction = (op: CorrectionOp, a: string | null, b: string | null) =>
  createCorrection({ id: `c${++n}`, now: '2026-12-07T00:00:00.000Z', op, a: a ? sentence(a) : null, b: b ? sentence(b) : null, texts: { a: A.text, b: B.text } });
const unlinked = [correction('unlink', 'a4', 'b3')];
const rowOf = (c: ReturnType<typeof applyCorrections>, id: string) => buildRows(c).find((r) => [...r.a, ...r.b].includes(id as never))!;

describe('checking a statement matched only weakly (tester 9, V4)', () => {
  it('premise: after the unlink, b3 is alone, matched only weakly with a3, with no omission to check', () => {
    const c = applyCorrections(machine, unlinked);
    const b3 = rowOf(c, 'b3');
    expect(b3).toMatchObject({ kind: 'only-b', wording: 'matched only weakly with Tokyo' });
    expect(b3.weak.map((w) => w.other)).toEqual(['a3']);
    expect(c.omissions.some((o) => o.id === 'b3')).toBe(false);
    // A check of the statement alone (what the old button recorded) changes nothing, and the list of corrections says so.
    const old = correction('confirm', null, 'b3');
    expect(correctionEffect(machine, applyCorrections(machine, [...unlinked, old]), old)).toBe('no-effect');
  });

  it('"Checked: same point as a3" confirms the weak link: b3 joins a3\'s row, marked, and every output says so', () => {
    const check = correction('confirm', 'a3', 'b3');
    const c = applyCorrections(machine, [...unlinked, check]);
    expect(correctionEffect(machine, c, check)).toBe('applied');
    const row = rowOf(c, 'b3');
    expect(row.kind).toBe('matched');
    expect(row.a).toContain('a3');
    expect(rowCorrection(row, c)).toBe('partly-checked');
    // No finding says b3 is one-sided or doubtful any more.
    const findings = buildFindings({ comparison: c, article: null, annotations: [] });
    expect(findings.filter((f) => f.ids.includes('b3') && f.kind !== 'difference')).toEqual([]);
    expect(c.pairs.find((p) => p.a[0] === 'a3' && p.b[0] === 'b3')).toMatchObject({ checked: true });
    // The terminal names the check on the link; the PDF marks the row and its legend explains the mark.
    expect(formatTerminal({ comparison: c, meta: { a: A.meta, b: B.meta }, article: null }, { color: false, width: 200 })).toMatch(/a3 <-> b3 · score [\d.]+ · link confidence 0\.48[^\n]* · checked by the analyst/u);
    const html = renderReport({ event: null, date: null, a: A, b: B, comparison: c, annotations: [], article: null, generated: new Date(0), app: 'test' }, DEFAULT_REPORT_OPTIONS);
    expect(html).toContain('partly checked by analyst');
    expect(html).toMatch(/“partly checked by analyst”: the analyst checked some of the row’s links/u);
  });
});
