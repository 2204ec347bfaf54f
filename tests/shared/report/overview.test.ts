import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../shared/report/html';
import { overviewSvg } from '../../../shared/report/overview';
import { makeComparison } from '../view/make';

const render = (c: Parameters<typeof overviewSvg>[0]) => parseHTML(`<!DOCTYPE html><html><body>${toHtml(overviewSvg(c, new Set()))}</body></html>`).document;

// Tester 9, V11: the PDF's map drew a statement matched only too weakly to join rows as matched, and a heading only
// one side has as one-sided; its caption had no words for either.
describe('the PDF’s overview map', () => {
  const base = makeComparison(['x'.repeat(10), 'y'.repeat(20), 'z'.repeat(30)], ['p'.repeat(40), 'q'.repeat(40)], [[0, 1, 0.8], [2, 0, 0.3]]);
  const weak = { ...base, pairs: base.pairs.map((p, i) => ({ ...p, confidence: i === 1 ? 0.48 : 0.9 })) };
  const structural = { ...weak, omissions: weak.omissions.map((o) => ({ ...o, structure: true as const })) };

  it('hatches the weakly matched bars, dots their line, draws a heading hollow, and says so in its caption', () => {
    const doc = render(structural);
    expect(doc.querySelector('path[fill="url(#overview-weak-hatch)"]')).not.toBeNull();
    expect(doc.querySelector('pattern#overview-weak-hatch')).not.toBeNull();
    expect(doc.querySelector('path[stroke-dasharray="0.6 1.2"]')).not.toBeNull();
    expect(doc.querySelector('path[fill="none"][stroke="#9a9a9a"]')).not.toBeNull();
    const caption = doc.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('hatched: matched only weakly');
    expect(caption).toContain('dotted: a link too weak to join rows');
    expect(caption).toContain('hollow: a heading or announcing line');
  });

  it('has no such marks, nor their words, when every link joins rows and no line is a heading', () => {
    const doc = render(base);
    expect(doc.querySelector('pattern#overview-weak-hatch')).toBeNull();
    expect(doc.querySelector('figcaption')!.textContent).not.toMatch(/hatched|dotted|hollow/u);
  });
});
