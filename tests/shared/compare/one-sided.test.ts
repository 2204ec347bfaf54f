import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { omissionOf, oneSidedKind, oneSidedStatements } from '../../../shared/compare/one-sided';
import { summaryParts } from '../../../shared/compare/wording';
import type { Comparison } from '../../../shared/compare/compare';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options';
import { renderReport } from '../../../shared/report/report';
import { buildRows } from '../../../shared/view/rows';
import { filterRows } from '../../../shared/view/filter';
import { makeComparison } from '../view/make';
import { sampleInput } from '../../report-inputs';

// Invented readouts: a2 is a heading, a3 a point only White House made, a4 one the analyst unlinked from b2.
function invented(): Comparison {
  const c = makeComparison(
    ['The leaders discussed the Varden water treaty.', 'The overview of the meeting is as follows.', 'The President praised the Lume choir.', 'They agreed to reopen the Pell consulate.'],
    ['The Varden water treaty was discussed.', 'Consular matters in Pell were touched upon.'],
    [[0, 0]],
  );
  const omissions = c.omissions.map((o) => {
    if (o.id === 'a2') return { ...o, wording: 'only in White House: a heading or announcing line, not a point of the call', confidence: 0.85, structure: true as const };
    if (o.id === 'a4') return { ...o, wording: 'not the same point as Kremlin b2', confidence: null, by: 'analyst' as const, checked: false, unlinked: true as const, nearest: { id: 'b2', score: 0.4, confidence: 0.7, reasons: [] }, machineLink: { id: 'b2' as Comparison['onlyB'][number], confidence: 0.7 } };
    if (o.id === 'b2') return { ...o, wording: 'not the same point as White House a4', confidence: null, by: 'analyst' as const, checked: false, unlinked: true as const };
    return { ...o, confidence: 0.61 };
  });
  return { ...c, omissions } as Comparison;
}

describe('which one-sided statements count: one function', () => {
  const c = invented();

  it('sorts each side into counted, structural and unlinked, in text order', () => {
    expect(oneSidedStatements(c, 'a')).toEqual({ counted: ['a3'], structural: ['a2'], unlinked: ['a4'] });
    expect(oneSidedStatements(c, 'b')).toEqual({ counted: [], structural: [], unlinked: ['b2'] });
    expect(['a2', 'a3', 'a4', 'a1'].map((id) => oneSidedKind(c, id))).toEqual(['structural', 'counted', 'unlinked', null]);
  });

  it('looks omissions up in an index made once per omissions array, which a new array replaces', () => {
    expect(omissionOf(c, 'a3')!.confidence).toBe(0.61);
    expect(omissionOf({ ...c }, 'a3')).toBe(omissionOf(c, 'a3'));
    const changed = { ...c, omissions: c.omissions.map((o) => (o.id === 'a3' ? { ...o, structure: true as const } : o)) };
    expect(oneSidedKind(changed, 'a3')).toBe('structural');
    expect(oneSidedKind(c, 'a3')).toBe('counted');
    expect(omissionOf({}, 'a3')).toBeUndefined();
  });

  it('counts the same in the count line as the function says', () => {
    expect(summaryParts(c).map((p) => p.full)).toEqual([
      '1 matched row', '1 statement only in White House', '0 statements only in Kremlin',
      '2 statements unlinked by you (one-sided not estimated)', '1 heading or announcing line (not counted as statements)',
    ]);
  });

  it('keeps a heading and a statement only unlinked out of the "Uncertain" filter, whatever their confidence', () => {
    const low = { ...c, omissions: c.omissions.map((o) => ({ ...o, confidence: 0.6 })) };
    const ctx = { comparison: low, cited: new Set<string>(), annotated: new Set<string>() };
    expect(filterRows(buildRows(low), 'uncertain', ctx).flatMap((r) => [...r.a, ...r.b])).toEqual(['a3']);
  });
});

describe('the PDF lists what each side alone said as the count line counts it', () => {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const parse = (text: string) => parseHTML(text).document;
  let doc: ReturnType<typeof parse>;
  let side: ReturnType<ReturnType<typeof parse>['querySelector']> & object;
  beforeAll(async () => {
    const sample = await sampleInput();
    doc = parse(renderReport({ ...sample, article: null, annotations: [], comparison: invented() }, { ...DEFAULT_REPORT_OPTIONS }));
    side = doc.querySelector('.omissions-side')!;
  });

  it('counts only the counted statements under "Only in", each with its one-sided confidence', () => {
    expect(squash(side.querySelector('h3')!.textContent)).toBe('Only in White House (1)');
    const counted = [...side.querySelectorAll('ol.statements:not(.structural):not(.unlinked) li .ref')].map((x) => squash(x.textContent));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatch(/^a3 · row \d+ · one-sided confidence 0\.61$/u);
  });

  it('lists a heading and a statement the analyst unlinked under their own headings, never with a one-sided confidence', () => {
    expect([...side.querySelectorAll('h4')].map((h) => squash(h.textContent))).toEqual([
      'Headings and announcing lines of White House, not counted (1)', 'Unlinked by the analyst, one-sidedness not estimated (1)',
    ]);
    expect(squash(side.querySelector('ol.structural li .ref')!.textContent)).toMatch(/^a2 · row \d+ · not a point of the call$/u);
    expect(squash(side.querySelector('ol.unlinked li .ref')!.textContent)).toMatch(/^a4 · row \d+ · one-sided not estimated; the analysis had linked it to b2 with link confidence 0\.70$/u);
    expect(squash(side.textContent)).not.toMatch(/one-sided confidence 0\.(?:85|6)\b/u);
  });

  it('says in the summary how many the analyst unlinked and how many lines are headings, apart from the counts', () => {
    const figure = (name: string) => squash([...doc.querySelectorAll('.summary tr')].find((tr) => squash(tr.querySelector('th')!.textContent) === name)?.querySelector('td')?.textContent);
    expect(figure('Only in White House')).toBe('1 statement');
    expect(figure('Only in Kremlin')).toBe('0 statements');
    expect(figure('Unlinked by the analyst')).toBe('2 statements (one-sided not estimated; not counted above)');
    expect(figure('Headings and announcing lines')).toBe('1 (one side only; not counted as statements)');
    const kremlin = doc.querySelectorAll('.omissions-side')[1]!;
    expect(squash(kremlin.querySelector('p.none')!.textContent)).toBe('None counted: the analyst unlinked 1 statement of Kremlin (below); every other statement is matched with one of White House.');
  });
});
