import { describe, expect, it } from 'vitest';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { compare, type Comparison } from '../../../shared/compare/compare';
import { buildFindings } from '../../../shared/findings/findings';
import { quotationRuns } from '../../../shared/findings/quotation-runs';
import type { Sentence, SourceDoc } from '../../../shared/model/types';
import { makeComparison } from '../view/make';

// Tester 9, V9: one quotation over three sentences of a readout became three findings, the first with an opening mark
// and no closing one, the second with neither mark nor speaker. Invented readouts, worded unlike any sample.
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const doc = (file: string, label: string, text: string): SourceDoc => ({ file, meta: meta(label), text });
const A = doc('a.txt', 'Velmora', 'President Ilse Varga spoke with Premier Tomas Reed on Friday. The leaders agreed to reopen the Kessin railway bridge.');
const B = doc('b.txt', 'Dorvania',
  'Premier Tomas Reed held a telephone conversation with President Ilse Varga. The leaders agreed to reopen the Kessin railway bridge.\n\n'
  + '“No one should accept threats against the lake towns. We will answer them together. The shepherds of Ardel deserve calm,” the Premier stressed.');
const QUOTE = '“No one should accept threats against the lake towns. We will answer them together. The shepherds of Ardel deserve calm,” the Premier stressed.';

const sentence = (text: string, i: number, paragraph = 0): Sentence => ({ id: `b${i + 1}` as Sentence['id'], start: i * 100, end: i * 100 + text.length, text, paragraph });
const every = () => true;

describe('quotationRuns', () => {
  it('finds the sentences one quotation spans, from its opening mark to its closing one', () => {
    const ss = ['Intro.', '“One thing.', 'Another thing.', 'A third,” she said.', 'After.'].map((t, i) => sentence(t, i));
    expect(quotationRuns(ss, every)).toEqual([[1, 2, 3]]);
  });

  it('reads straight marks too, and leaves a quotation inside one sentence alone', () => {
    const ss = ['"One thing.', 'Another," he said.', 'She called it "a good day".'].map((t, i) => sentence(t, i));
    expect(quotationRuns(ss, every)).toEqual([[0, 1]]);
  });

  it('joins nothing when a sentence of the run is not eligible (linked to the other readout)', () => {
    const ss = ['“One thing.', 'Another thing.', 'A third,” she said.'].map((t, i) => sentence(t, i));
    expect(quotationRuns(ss, (i) => i !== 1)).toEqual([]);
  });

  it('joins nothing across an opening mark nothing closes', () => {
    const ss = ['“One thing.', 'Another thing.', 'A third.'].map((t, i) => sentence(t, i));
    expect(quotationRuns(ss, every)).toEqual([]);
  });

  // Review (session 16): the unclosed mark stayed open until the next quotation's closing mark, so three unrelated
  // sentences were quoted as one quotation in one finding.
  it('joins nothing across an opening mark nothing closes, when a later quotation in the paragraph is closed', () => {
    const curly = ['He called the plan “a fresh start.', 'Talks on the canal went on.', 'Later she said “agreed.”'].map((t, i) => sentence(t, i));
    expect(quotationRuns(curly, every)).toEqual([]);
    const straight = ['He called the plan "a fresh start.', 'Talks on the canal went on.', 'Later she said "agreed."'].map((t, i) => sentence(t, i));
    expect(quotationRuns(straight, every)).toEqual([]);
  });

  // Review (session 16): „…“ (German, Czech; Russian inside «…») closes with a high opening mark, which was never read as closing.
  it('reads low-high marks closed by a high mark, as German writes them, and guillemets around them', () => {
    const german = ['„Erstens wird gebaut.', 'Zweitens wird gezahlt“, sagte sie.'].map((t, i) => sentence(t, i));
    expect(quotationRuns(german, every)).toEqual([[0, 1]]);
    const nested = ['«Он назвал это „шагом“.', 'Мы продолжим», сказал он.'].map((t, i) => sentence(t, i));
    expect(quotationRuns(nested, every)).toEqual([[0, 1]]);
  });
});

describe('a quotation over several one-sided sentences, in the findings', () => {
  const c: Comparison = compare(A, B, NO_RESOURCES);

  it('keeps the readout\'s sentences as the splitter made them (gold and saved files name them)', () => {
    expect(c.b.sentences.map((s) => s.text).slice(2)).toEqual([
      '“No one should accept threats against the lake towns.', 'We will answer them together.', 'The shepherds of Ardel deserve calm,” the Premier stressed.',
    ]);
  });

  it('is one finding, quoting the quotation whole with its speaker, with every id and row', () => {
    const findings = buildFindings({ comparison: c, article: null, annotations: [] });
    const quoted = findings.filter((f) => f.ids.some((id) => ['b3', 'b4', 'b5'].includes(id)));
    expect(quoted).toHaveLength(1);
    const f = quoted[0]!;
    expect(f.kind).toBe('omission');
    expect(f.ids).toEqual(['b3', 'b4', 'b5']);
    expect(f.rows).toHaveLength(3);
    expect(f.text).toContain(`: “${QUOTE}”`);
    expect(f.text).toMatch(/^(?:Probably |Possibly )?[Oo]nly in Dorvania \(b3, b4, b5(?:, [^)]*)?\)/u);
  });

  it('words the run as the least sure of its statements, with the range of their figures', () => {
    const base = makeComparison(['Intro.'], ['Intro.', '“One thing.', 'Another thing.', 'A third,” she said.'], [[0, 0]]);
    const unsure = { ...base, omissions: base.omissions.map((o, i) => ({ ...o, confidence: [0.9, 0.62, 0.8][i]!, wording: i === 1 ? 'probably only in Kremlin' : o.wording })) };
    const [f] = buildFindings({ comparison: unsure, article: null, annotations: [] }).filter((x) => x.kind === 'omission');
    expect(f!.text.startsWith('Probably only in Kremlin (b2, b3, b4, one-sided confidence 62–90%): ““One thing. Another thing. A third,” she said.”')).toBe(true);
  });

  // Review (session 16): the run took its wording from the statement with the lowest figure, a checked one among them,
  // so a run with an unchecked "probably" statement read plainly "Only in Kremlin".
  it('takes its hedge from the least sure statement the analyst did not check, and says which were checked', () => {
    const base = makeComparison(['Intro.'], ['Intro.', '“One thing.', 'Another thing.', 'A third,” she said.'], [[0, 0]]);
    const omissions = base.omissions.map((o, i) => (i === 0
      ? { ...o, confidence: 0.55, wording: 'only in Kremlin', by: 'machine' as const, checked: true }
      : { ...o, confidence: [0, 0.62, 0.9][i]!, wording: i === 1 ? 'probably only in Kremlin' : o.wording }));
    const [f] = buildFindings({ comparison: { ...base, omissions }, article: null, annotations: [] }).filter((x) => x.kind === 'omission');
    expect(f!.text.startsWith('Probably only in Kremlin (b2, b3, b4, one-sided confidence 62–90%; checked by the analyst): ')).toBe(true);
  });

  // Review (session 16): a statement the analyst only unlinked was joined with counted ones and read "Probably only in
  // Kremlin", which the analyst never said (tester 9, V5).
  it('leaves a statement the analyst only unlinked out of a run: its own finding, worded as the analyst left it', () => {
    const base = makeComparison(['Intro.'], ['Intro.', '“One thing.', 'Another thing.', 'A third,” she said.'], [[0, 0]]);
    const omissions = base.omissions.map((o, i) => (i === 1
      ? { ...o, confidence: null, wording: 'not the same point as White House a1', by: 'analyst' as const, checked: false, unlinked: true as const }
      : { ...o, confidence: 0.62, wording: 'probably only in Kremlin' }));
    const found = buildFindings({ comparison: { ...base, omissions }, article: null, annotations: [] }).filter((x) => x.kind === 'omission');
    expect(found.map((x) => x.ids).sort()).toEqual([['b2'], ['b3'], ['b4']]);
    expect(found.find((x) => x.ids[0] === 'b3')!.text.startsWith('Not the same point as White House a1 (b3, unlinked by the analyst;')).toBe(true);
  });
});
