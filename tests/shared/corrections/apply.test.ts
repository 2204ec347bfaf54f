import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionEffect, machineLinked } from '../../../shared/corrections/apply';
import { addCorrection, createCorrection, removeCorrection, type Correction, type CorrectionOp } from '../../../shared/corrections/model';
import { compare, type Comparison } from '../../../shared/compare/compare';
import { omissionWording, relabel, summaryWording } from '../../../shared/compare/wording';
import type { SentenceId, SourceDoc } from '../../../shared/model/types';
import { countWords } from '../../../shared/text/words';
import { buildFindings } from '../../../shared/findings/findings';
import { filterRows } from '../../../shared/view/filter';
import { buildRows } from '../../../shared/view/rows';
import { omissionCertainty, rowKindLabel, rowMachineLink } from '../../../shared/view/row-certainty';
import { shownConfidence } from '../../../shared/align/strength';
import { loadResources } from '../../../node/resources';
import { omissionMayBeMissing } from '../../../shared/compare/missing';
import { makeComparison } from '../view/make';

const PAIR = join(__dirname, '../../fixtures/pairs/2018-03-13-may-trump');
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const A: SourceDoc = { file: 'a.txt', text: readFileSync(join(PAIR, 'a.txt'), 'utf8'), meta: meta('Downing Street') };
const B: SourceDoc = { file: 'b.txt', text: readFileSync(join(PAIR, 'b.txt'), 'utf8'), meta: meta('White House') };
const machine: Comparison = compare(A, B, loadResources());
const texts = { a: A.text, b: B.text };
const T0 = '2026-12-06T10:00:00.000Z';
const sentence = (id: string) => machine[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
let n = 0;
const correction = (op: CorrectionOp, a: string | null, b: string | null): Correction =>
  createCorrection({ id: `cor-${++n}`, now: T0, op, a: a ? sentence(a) : null, b: b ? sentence(b) : null, texts });
/** A side's coverage counted afresh: the words of its paired sentences over all its words. */
const recount = (c: Comparison, side: 'a' | 'b') => {
  const paired = new Set(c.pairs.flatMap((p) => p[side]));
  const words = (ss: typeof c.a.sentences) => ss.reduce((n, s) => n + countWords(s.text, 'en'), 0);
  return words(c[side].sentences.filter((s) => paired.has(s.id))) / words(c[side].sentences);
};
const ids = (c: Comparison) => c.pairs.map((p) => `${p.a.join('+')}-${p.b.join('+')}:${p.by}`);

describe('the May–Trump pair as the aligner left it (the premise of the tests below)', () => {
  it('links a1–b1, a3–b3, a3–b4 and a3–b5 and leaves the White House’s investigation sentence, b2, one-sided', () => {
    expect(machine.pairs.map((p) => `${p.a[0]}-${p.b[0]}`)).toEqual(['a1-b1', 'a3-b3', 'a3-b4', 'a3-b5']);
    expect(machine.onlyB).toContain('b2');
  });
});

describe('applying corrections', () => {
  it('without corrections, says that the machine made every pair and omission and changes nothing else', () => {
    const c = applyCorrections(machine, []);
    expect(ids(c)).toEqual(['a1-b1:machine', 'a3-b3:machine', 'a3-b4:machine', 'a3-b5:machine']);
    expect(c.omissions.every((o) => o.by === 'machine' && o.checked === false)).toBe(true);
    const { rowBase, ...rest } = c;
    expect({ ...rest, pairs: c.pairs.map(({ by: _b, checked: _c, ...p }) => p), omissions: c.omissions.map(({ by: _b, checked: _c, ...o }) => o) }).toEqual(machine);
    // It keeps the aligner's rows, which the corrected rows are numbered against (shared/view/rows.ts, rowLabels).
    expect(rowBase).toEqual(buildRows(machine).map((r) => r.key));
  });

  it('a link joins two statements: the one-sided row becomes part of a connected group, and the counts and coverage follow', () => {
    const c = applyCorrections(machine, [correction('link', 'a1', 'b2')]);
    expect(ids(c)).toEqual(['a1-b1:machine', 'a1-b2:analyst', 'a3-b3:machine', 'a3-b4:machine', 'a3-b5:machine']);
    const link = c.pairs[1]!;
    expect(link).toMatchObject({ by: 'analyst', checked: false, confidence: null });
    expect(link.reasons.map((r) => r.label)).toEqual(expect.arrayContaining(['investigation']));
    expect(link.diff.some((d) => d.kind === 'same' && /investigation/.test(d.text))).toBe(true);
    expect(c.onlyB).not.toContain('b2');
    expect(c.omissions.map((o) => o.id)).not.toContain('b2');
    expect(c.b.coverage).toBeGreaterThan(machine.b.coverage);
    expect(c.b.coverage).toBeCloseTo(recount(c, 'b'), 12);
    expect(c.a.coverage).toBe(machine.a.coverage);
    const row = buildRows(c).find((r) => r.a.includes('a1' as SentenceId))!;
    expect(row).toMatchObject({ kind: 'matched', a: ['a1'], b: ['b1', 'b2'] });
    expect(buildRows(c).length).toBe(buildRows(machine).length - 1);
    expect(summaryWording(machine)).toBe('2 matched rows (1 with typed differences) · 1 statement only in Downing Street · 1 statement only in White House · 1 statement of White House matched only weakly');
    expect(summaryWording(c)).toBe('2 matched rows (1 with typed differences) · 1 statement only in Downing Street · 0 statements only in White House · 1 statement of White House matched only weakly');
    const none = { cited: new Set<string>(), annotated: new Set<string>() };
    expect(filterRows(buildRows(c), 'one-sided', { comparison: c, ...none }).length).toBe(filterRows(buildRows(machine), 'one-sided', { comparison: machine, ...none }).length - 1);
  });

  it('an unlink takes a machine link away: a sentence left with no link becomes an omission by the analyst, showing what it was linked with', () => {
    const c = applyCorrections(machine, [correction('unlink', 'a1', 'b1')]);
    expect(ids(c)).toEqual(['a3-b3:machine', 'a3-b4:machine', 'a3-b5:machine']);
    const [a1, b1] = ['a1', 'b1'].map((id) => c.omissions.find((o) => o.id === id)!);
    // It says only what the analyst said, not that the other readout lacks the point (tester 9, V5).
    expect(a1).toMatchObject({ by: 'analyst', confidence: null, checked: false, wording: 'not the same point as White House b1', nearest: { id: 'b1', score: machine.pairs[0]!.score } });
    expect(b1).toMatchObject({ by: 'analyst', wording: 'not the same point as Downing Street a1', nearest: { id: 'a1' } });
    expect(c.onlyA).toEqual(['a1', 'a2']);
    // The count line says the same as the rows: unlinked, not estimated (cold review: it counted them 'only in').
    expect(summaryWording(c)).toMatch(/ · 2 statements unlinked by you \(one-sided not estimated\)/u);
    expect(summaryWording(c)).toMatch(/1 statement only in Downing Street/u);
    expect(c.a.coverage).toBeLessThan(machine.a.coverage);
    expect(c.a.coverage).toBeCloseTo(recount(c, 'a'), 12);
    expect(c.b.coverage).toBeCloseTo(recount(c, 'b'), 12);
  });

  it('keeps beside an unlinked statement what the aligner had said of the link taken away, after the analyst\'s decision (tester 16)', () => {
    const c = applyCorrections(machine, [correction('unlink', 'a1', 'b1')]);
    const taken = machine.pairs.find((p) => p.a.includes('a1' as SentenceId) && p.b.includes('b1' as SentenceId))!;
    const figure = shownConfidence(taken.confidence!).toFixed(2);
    const a1 = c.omissions.find((o) => o.id === 'a1')!;
    expect(a1.machineLink).toEqual({ id: 'b1', confidence: taken.confidence });
    // The row: the analyst's wording first, then the machine's view, never "only in" and never a bare figure.
    const row = buildRows(c).find((r) => r.a.includes('a1' as SentenceId) && r.kind === 'only-a')!;
    expect(rowMachineLink(row, c)).toBe(`the analysis had linked it to b1 with link confidence ${figure}`);
    expect(rowKindLabel(row, c)).toBe(`not the same point as White House b1, the analysis had linked it to b1 with link confidence ${figure}`);
    expect(omissionCertainty(a1)).toBe(`one-sided not estimated; the analysis had linked it to b1 with link confidence ${figure}`);
    // The findings: the analyst's decision, then the machine's figure as the findings give figures.
    const line = buildFindings({ comparison: c, article: null, annotations: [] }).find((x) => x.ids.includes('a1'))!;
    expect(line.text).toMatch(new RegExp(`^Not the same point as White House b1 \\(a1, unlinked by the analyst; whether White House reports it elsewhere was not estimated; the analysis had linked it to b1 with link confidence ${Math.round(Number(figure) * 100)}%\\): “`, 'u'));
    // Checked as one side's only: the analyst's decision is complete, and the row says only that.
    const checked = applyCorrections(machine, [correction('unlink', 'a1', 'b1'), correction('confirm', 'a1', null)]);
    expect(omissionCertainty(checked.omissions.find((o) => o.id === 'a1'))).not.toMatch(/the analysis had linked/u);
  });

  it('an unlinked statement is the analyst\'s "only in" only once the analyst checks it (tester 9, V5)', () => {
    const unlink = correction('unlink', 'a1', 'b1');
    const c = applyCorrections(machine, [unlink, correction('confirm', 'a1', null)]);
    expect(c.omissions.find((o) => o.id === 'a1')).toMatchObject({ by: 'analyst', checked: true, wording: 'only in Downing Street' });
    expect(c.omissions.find((o) => o.id === 'b1')).toMatchObject({ by: 'analyst', checked: false, wording: 'not the same point as Downing Street a1' });
    const f = buildFindings({ comparison: applyCorrections(machine, [unlink]), article: null, annotations: [] });
    const line = f.find((x) => x.ids.includes('a1'))!;
    expect(line.text).toMatch(/^Not the same point as White House b1 \(a1, unlinked by the analyst; whether White House reports it elsewhere was not estimated; the analysis had linked it to b1 with link confidence \d+%\): “/u);
    expect(line.text).not.toMatch(/decided|only in|not in/u);
    // Ranked with the doubtful, not ahead of the machine's confident omission (a2): the link taken away was confident.
    const a2 = f.find((x) => x.ids.includes('a2'))!;
    expect(line.salience).toBeLessThan(a2.salience);
  });

  it('a relabel keeps what the analyst said of an unlinked statement, and no hedge on a checked one (cold review)', () => {
    const c = relabel(applyCorrections(machine, [correction('unlink', 'a1', 'b1'), correction('confirm', 'a2', null)]), { a: 'No. 10', b: 'The White House' });
    expect(c.omissions.find((o) => o.id === 'a1')).toMatchObject({ checked: false, wording: 'not the same point as The White House b1' });
    expect(c.omissions.find((o) => o.id === 'b1')).toMatchObject({ checked: false, wording: 'not the same point as No. 10 a1' });
    expect(c.omissions.find((o) => o.id === 'a2')!.wording).toBe('only in No. 10');
  });

  it('marks a statement the analyst only unlinked with unlinked: true, and drops the mark once it is checked', () => {
    const c = applyCorrections(machine, [correction('unlink', 'a1', 'b1'), correction('confirm', null, 'b1')]);
    expect(c.omissions.find((o) => o.id === 'a1')).toMatchObject({ by: 'analyst', checked: false, unlinked: true });
    expect(c.omissions.find((o) => o.id === 'b1')!.unlinked).toBeUndefined();
    expect(machine.omissions.every((o) => o.unlinked === undefined)).toBe(true);
    // Applied again to a comparison already corrected, the mark stays.
    expect(applyCorrections(c, []).omissions.find((o) => o.id === 'a1')!.unlinked).toBe(true);
  });

  it('reads what a one-sided statement is from its flag, never from its wording', () => {
    const c = applyCorrections(machine, [correction('unlink', 'a1', 'b1')]);
    // The same flags with other words (a wording changed, another language): counted, relabelled and certain as before.
    const reworded = { ...c, omissions: c.omissions.map((o) => (o.unlinked ? { ...o, wording: `pas le même point que ${o.nearest!.id}` } : o)) };
    expect(summaryWording(reworded)).toBe(summaryWording(c));
    expect(relabel(reworded, { a: 'No. 10', b: 'The White House' }).omissions.find((o) => o.id === 'a1')!.wording).toBe('pas le même point que b1');
    // Worded like an unlinked statement but not flagged: an analyst's omission counted as one-sided.
    const worded = { ...c, omissions: c.omissions.map((o) => (o.unlinked ? { ...o, unlinked: undefined } : o)) };
    expect(summaryWording(worded)).not.toMatch(/unlinked by you/u);
    expect(summaryWording(worded)).toMatch(/2 statements only in Downing Street/u);
  });

  it('an unlink of one of two links keeps the sentence paired by the other', () => {
    const c = applyCorrections(machine, [correction('unlink', 'a3', 'b3')]);
    expect(ids(c)).toEqual(['a1-b1:machine', 'a3-b4:machine', 'a3-b5:machine']);
    expect(c.onlyA).not.toContain('a3');
    expect(c.omissions.find((o) => o.id === 'b3')).toMatchObject({ by: 'analyst', nearest: { id: 'a3' } });
  });

  it('a confirmation marks a machine link or an omission as checked and moves nothing', () => {
    const c = applyCorrections(machine, [correction('confirm', 'a3', 'b4'), correction('confirm', 'a2', null)]);
    expect(c.pairs.map((p) => p.checked)).toEqual([false, false, true, false]);
    expect(c.omissions.find((o) => o.id === 'a2')).toMatchObject({ by: 'machine', checked: true });
    expect(c.omissions.filter((o) => o.checked).length).toBe(1);
    expect(buildRows(c).map((r) => r.key)).toEqual(buildRows(machine).map((r) => r.key));
  });

  it('drops the machine\'s hedge from an omission the analyst checked: the analyst\'s decision replaces it (tester 7, T11)', () => {
    const hedged: Comparison = { ...machine, omissions: machine.omissions.map((o) => (o.id === 'a2' ? { ...o, confidence: 0.6, wording: omissionWording(machine.a, machine.b, 0.6) } : o)) };
    expect(hedged.omissions.find((o) => o.id === 'a2')!.wording).toMatch(/^probably /u);
    const checked = applyCorrections(hedged, [correction('confirm', 'a2', null)]).omissions.find((o) => o.id === 'a2')!;
    expect(checked.wording).toBe(omissionWording(machine.a, machine.b));
    expect(checked.wording).not.toMatch(/probably|possibly/iu);
    expect(applyCorrections(hedged, []).omissions.find((o) => o.id === 'a2')!.wording).toMatch(/^probably /u);
  });

  it('leaves out orphans and corrections whose sentences the comparison does not have', () => {
    const orphan = { ...correction('link', 'a1', 'b2'), status: 'orphan' as const };
    const elsewhere = { ...correction('link', 'a2', 'b5'), b: { ...correction('link', 'a2', 'b5').b!, sentence: 'b99' as SentenceId } };
    expect(ids(applyCorrections(machine, [orphan, elsewhere]))).toEqual(ids(applyCorrections(machine, [])));
  });

  it('applied again and again to one machine comparison (as the renderer does), each set of corrections gives what it gives alone', () => {
    // apply.ts keeps the unchanged pairs and the index of a machine comparison between corrections: nothing may leak.
    const sets = [[correction('confirm', 'a3', 'b4')], [], [correction('unlink', 'a3', 'b4'), correction('link', 'a1', 'b2')], [correction('confirm', 'a3', 'b4')], []];
    const fresh = (cs: Correction[]) => JSON.stringify(applyCorrections(compare(A, B, loadResources()), cs));
    const seen = sets.map((cs) => applyCorrections(machine, cs));
    sets.forEach((cs, i) => expect(JSON.stringify(seen[i])).toBe(fresh(cs)));
    expect(seen.map((c) => c.pairs.map((p) => p.checked).join())).toEqual(['false,false,true,false', 'false,false,false,false', 'false,false,false,false', 'false,false,true,false', 'false,false,false,false']);
    expect(buildRows(seen[2]!).map((r) => r.label)).toEqual(buildRows(applyCorrections(compare(A, B, loadResources()), sets[2]!)).map((r) => r.label));
  });

  it('does not change the comparison it is given', () => {
    const before = JSON.stringify(machine);
    applyCorrections(machine, [correction('link', 'a1', 'b2'), correction('unlink', 'a3', 'b3'), correction('confirm', 'a2', null)]);
    expect(JSON.stringify(machine)).toBe(before);
  });
});

describe('recording corrections', () => {
  it('an unlink of the analyst’s own link removes that link, and a link where the analyst had unlinked removes the unlink', () => {
    const link = correction('link', 'a1', 'b2');
    let list = addCorrection([], link, machineLinked(machine, 'a1' as SentenceId, 'b2' as SentenceId));
    expect(list).toEqual([link]);
    list = addCorrection(list, correction('unlink', 'a1', 'b2'), false);
    expect(list).toEqual([]);
    const unlink = correction('unlink', 'a1', 'b1');
    list = addCorrection([], unlink, machineLinked(machine, 'a1' as SentenceId, 'b1' as SentenceId));
    expect(list).toEqual([unlink]);
    expect(addCorrection(list, correction('link', 'a1', 'b1'), true)).toEqual([]);
  });

  it('a later correction of the same statements replaces the earlier one; remove gives back what it removed', () => {
    const confirm = correction('confirm', 'a3', 'b3');
    const unlink = correction('unlink', 'a3', 'b3');
    const list = addCorrection(addCorrection([], confirm, true), unlink, true);
    expect(list).toEqual([unlink]);
    expect(removeCorrection(list, unlink.id)).toEqual({ corrections: [], removed: unlink, index: 0 });
    expect(removeCorrection(list, 'nope')).toBeNull();
  });

  it('says whether each correction changes the comparison now', () => {
    const list = [correction('link', 'a1', 'b2'), correction('unlink', 'a2', 'b5'), correction('confirm', 'a2', null), { ...correction('link', 'a2', 'b5'), status: 'orphan' as const }];
    const c = applyCorrections(machine, list);
    expect(list.map((x) => correctionEffect(machine, c, x))).toEqual(['applied', 'no-effect', 'applied', 'orphan']);
  });

  it('refuses a link or an unlink without a sentence on each side', () => {
    expect(() => correction('link', 'a1', null)).toThrow(/needs a sentence on each side/);
    expect(() => correction('confirm', null, null)).toThrow(/at least one sentence/);
  });
});

// Review (session 16): an omission of the aligner's kept the wording it had before the corrections, although the
// corrected pairs place it anew against an incomplete copy: after the first shared statement was unlinked, a3 read
// "only in White House … (Kremlin's copy lacks only its lead)" in its row and finding while the count line counted it
// "not in Kremlin's (incomplete) copy". Invented readouts; Kremlin's copy lacks its lead.
describe('an omission placed against an incomplete copy as the corrected pairs stand', () => {
  const A2 = ['The leaders spoke about the Tarn canal.', 'They agreed on the ferry timetable.', 'The Premier praised the choir.', 'They will meet in the spring.'];
  const B2 = ['The ferry timetable was agreed.', 'A spring meeting is planned.'];
  const base = makeComparison(A2, B2, [[1, 0], [3, 1]], false);
  const b = { ...base.b, missing: [{ part: 'lead' as const }] };
  const before = { ...base, b };
  const made = { ...before, omissions: before.omissions.map((o) => ({ ...o, by: 'machine' as const, checked: false, wording: omissionWording(before.a, b, 0.9, omissionMayBeMissing(before, 'a', o.id)) })) };
  const at = (id: string) => made[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
  const unlink = createCorrection({ id: 'cor-lead', now: T0, op: 'unlink', a: at('a2'), b: at('b1'), texts: { a: A2.join(' '), b: B2.join(' ') } });

  it('words it as the count line counts it, once a correction moves the first shared statement', () => {
    expect(made.omissions.find((o) => o.id === 'a3')!.wording).toBe('only in White House');
    const c = applyCorrections(made, [unlink]);
    expect(c.omissions.find((o) => o.id === 'a3')!.wording).toBe('not in Kremlin\'s (incomplete) copy');
    expect(summaryWording(c)).toContain('2 statements not in Kremlin\'s (incomplete) copy');
    const finding = buildFindings({ comparison: c, article: null, annotations: [] }).find((f) => f.ids.includes('a3' as SentenceId))!;
    expect(finding.text).not.toContain('lacks only');
    // Without the correction, the aligner's wording stands.
    expect(applyCorrections(made, []).omissions.map((o) => o.wording)).toEqual(made.omissions.map((o) => o.wording));
  });
});
