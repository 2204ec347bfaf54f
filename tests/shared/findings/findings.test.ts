import { describe, expect, it } from 'vitest';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { createAnnotation, rowTarget } from '../../../shared/annotations/model';
import { compare, type Comparison } from '../../../shared/compare/compare';
import { summaryParts } from '../../../shared/compare/wording';
import { buildFindings } from '../../../shared/findings/findings';
import { findingLine, findingsMarkdown, findingsPlainText } from '../../../shared/findings/format';
import { quoteSidesText } from '../../../shared/findings/quote-text';
import { differenceSalience, omissionSalience } from '../../../shared/findings/salience';
import type { ArticleAnalysis, ClaimId } from '../../../shared/model/article';
import type { SentenceId, SourceDoc } from '../../../shared/model/types';

// An invented call, worded unlike any sample.
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const doc = (file: string, label: string, text: string): SourceDoc => ({ file, meta: meta(label), text });
const A = doc('a.txt', 'Lisbon',
  'Prime Minister Ana Silva spoke with Chancellor Jon Berg on Monday. The two leaders agreed to open a ferry link between Porto and Hamburg. Prime Minister Silva thanked the Chancellor for his kind words. The leaders discussed wine exports.');
const B = doc('b.txt', 'Vienna',
  'Chancellor Jon Berg held a telephone conversation with Prime Minister Ana Silva. Chancellor Berg suggested a weekly ferry link between Porto and Hamburg for a 90-day trial. Officials stressed that the lifting of harbour fees is a precondition for any further negotiations. The leaders discussed wine exports.');
const comparison = (): Comparison => compare(A, B, NO_RESOURCES);

describe('findings', () => {
  it('rank a one-sided precondition first, then the row whose actor, act and numbers differ, and a courtesy low', () => {
    const c = comparison();
    const f = buildFindings({ comparison: c, article: null, annotations: [] });
    expect(f.map((x) => x.rank)).toEqual(f.map((_, i) => i + 1));
    expect(f[0]).toMatchObject({ kind: 'omission', ids: ['b3'] });
    expect(f[0]!.text).toContain('precondition');
    const row = f.find((x) => x.kind === 'difference' && x.ids.includes('a2'))!;
    expect(row.text).toMatch(/^Lisbon a2 \/ Vienna b2: actor “The two leaders” \(Lisbon\) vs “Chancellor Berg” \(Vienna\); commitment “agreed” \(Lisbon\) vs “suggested” \(Vienna\); number “90-day” only in Vienna/u);
    const courtesy = f.find((x) => x.ids.includes('a3'))!;
    expect(courtesy.rank).toBe(f.length);
    expect(f.some((x) => x.ids.includes('a4'))).toBe(false);
  });

  it('take an omission\'s confidence where the alignment gives one', () => {
    const c = comparison();
    c.omissions = c.omissions.map((o) => (o.id === 'b3' ? { ...o, confidence: 0.1 } : o));
    const f = buildFindings({ comparison: c, article: null, annotations: [] });
    const low = f.find((x) => x.ids.includes('b3'))!;
    expect(low.rank).toBeGreaterThan(1);
    // Before the quotation, so that a card cut short keeps it (tester 9, V15).
    expect(low.text).toMatch(/^Probably only in Vienna \(b3, one-sided confidence 10%\): “/u);
  });

  it('count an omission or a link the analyst checked as sure, whatever the machine\'s confidence', () => {
    const c = comparison();
    const of = (cc: Comparison, id: string, kind: string) => buildFindings({ comparison: cc, article: null, annotations: [] }).find((x) => x.kind === kind && x.ids.includes(id))!;
    const unsure = { ...c, omissions: c.omissions.map((o) => (o.id === 'b3' ? { ...o, confidence: 0.1 } : o)) };
    const checked = { ...c, omissions: c.omissions.map((o) => (o.id === 'b3' ? { ...o, confidence: 0.1, checked: true } : o)) };
    expect(of(checked, 'b3', 'omission').salience).toBeGreaterThan(of(unsure, 'b3', 'omission').salience);
    expect(of(checked, 'b3', 'omission').text).toMatch(/only in Vienna \(b3, checked by the analyst\): “/u);
    expect(of(checked, 'b3', 'omission').text).not.toContain('confidence');
    const k = c.pairs.findIndex((p) => (p.differences ?? []).length > 0);
    const weakLink = (checkedToo: boolean): Comparison => ({ ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence: 0.6, checked: checkedToo } : p)) });
    const id = c.pairs[k]!.a[0]!;
    expect(of(weakLink(true), id, 'difference').salience).toBeGreaterThan(0);
  });

  it('give no typed difference for a weak link whose sentences are listed as possible omissions (tester 7, T3)', () => {
    const c = comparison();
    const k = c.pairs.findIndex((p) => (p.differences ?? []).length > 0);
    const id = c.pairs[k]!.a[0]!;
    const weak = { ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence: 0.3 } : p)) };
    const found = buildFindings({ comparison: weak, article: null, annotations: [] }).filter((x) => x.ids.includes(id));
    expect(found.map((x) => x.kind)).toEqual(['omission']);
    expect(found[0]!.text).toMatch(/^(Probably|Possibly) only in \S+ \(\w+, matched only weakly with /u);
  });

  it('name every typed difference of a row in its line, never "N more" (tester 7, T7)', () => {
    const c = comparison();
    const k = c.pairs.findIndex((p) => (p.differences ?? []).length > 0);
    const p = c.pairs[k]!;
    const span = (text: string, at: number) => ({ id: p.a[0]!, start: at, end: at + text.length, text });
    const words = ['monthly', 'four', 'unless', 'entire', 'warm'];
    const types = ['number', 'number', 'condition', 'scope', 'evaluation'] as const;
    const many = { ...c, pairs: c.pairs.map((x, i) => (i === k ? { ...x, differences: words.map((w, n) => ({ type: types[n]!, a: span(w, n * 10), b: null, explanation: w })) } : x)) };
    const line = buildFindings({ comparison: many, article: null, annotations: [] }).find((x) => x.kind === 'difference')!.text;
    for (const w of words) expect(line).toContain(`“${w}”`);
    expect(line).not.toMatch(/\d more/u);
  });

  it('list a misquotation by severity, a changed meaning first, and an annotated disagreement', () => {
    const c = comparison();
    const quote = (severity: string | undefined, verbatim: boolean) => ({
      text: 'weekly', start: 0, end: 6, readout: 'b' as const, verbatim, ...(severity ? { severity } : {}),
      match: { sentence: 'b2' as SentenceId, start: 0, end: 6, text: 'weekly' },
      diff: [{ kind: 'same' as const, text: 'a ' }, { kind: 'onlyA' as const, text: 'daily' }, { kind: 'onlyB' as const, text: 'weekly' }, { kind: 'same' as const, text: ' ferry link' }],
    });
    const article = {
      doc: { file: 'art.txt', text: '', meta: meta('Gazette') }, origin: 'extracted', commentary: [], automaticLinks: {}, manualLinks: [],
      claims: [
        { id: 'c1' as ClaimId, text: '', start: 0, end: 0, readouts: ['b'], verdicts: {}, links: [], closestSentences: [], quotes: [quote('minor', false), quote('changes-meaning', false), quote('verbatim', true)] },
        { id: 'c2' as ClaimId, text: '', start: 0, end: 0, readouts: ['b'], verdicts: {}, links: [], closestSentences: [], quotes: [quote(undefined, false)] },
      ],
    } as ArticleAnalysis;
    const annotation = createAnnotation({
      id: 'n1', label: 'Disagreement', note: 'Who proposed the link?', now: '2026-01-01T00:00:00Z',
      target: rowTarget([{ source: 'a', sentence: c.a.sentences[1]! }, { source: 'b', sentence: c.b.sentences[1]! }], { a: A.text, b: B.text }),
    });
    const f = buildFindings({ comparison: c, article, annotations: [annotation] });
    const quotes = f.filter((x) => x.kind === 'misquote' || x.kind === 'quotation');
    expect(quotes.map((x) => x.text.match(/, ([^:]+): article: “/u)![1])).toEqual(['misquoted (changes meaning)', 'not quoted word for word', 'quoted with minor differences (spelling or word form)']);
    // The badge and the words come from the one severity (tester 10, T2): only a change of meaning is a "misquote".
    expect(quotes.map((x) => x.kind)).toEqual(['misquote', 'quotation', 'quotation']);
    expect(quotes[0]!.text).toContain('article: “a daily ferry link” / Vienna: “a weekly ferry link”');
    expect(f[0]).toMatchObject({ kind: 'annotation', rows: ['2'], ids: ['a2', 'b2', '✎1'] });
    expect(f[0]!.text).toBe('Annotated as a disagreement (✎1, a2, b2): Who proposed the link?');
  });

  it('list a claim that says with opposite polarity what a readout says as "contradicts? check", on its row (tester 9, V2)', () => {
    const c = comparison();
    const clause = 'the leaders would not open a ferry link between Porto and Hamburg';
    const claim = (contrasts: object | undefined) => ({
      id: 'c1' as ClaimId, text: clause, start: 0, end: 0, readouts: ['a'], verdicts: { a: 'supported' }, links: ['a2'], closestSentences: [], quotes: [],
      ...(contrasts ? { contrasts } : {}),
    });
    const article = (contrasts?: object) => ({
      doc: { file: 'art.txt', text: '', meta: meta('Gazette') }, origin: 'extracted', commentary: [], automaticLinks: {}, manualLinks: [], claims: [claim(contrasts)],
    }) as unknown as ArticleAnalysis;
    const found = buildFindings({ comparison: c, article: article({ a: { sentence: 'a2', negated: 'article', clause } }), annotations: [] }).filter((x) => x.kind === 'contradiction');
    expect(found).toEqual([expect.objectContaining({ rows: ['2'], ids: ['c1', 'a2'], text: `Gazette c1 contradicts? check against Lisbon (a2): negated in the article, not in a2: “${clause}”` })]);
    // The kind is named once, and the verdict once (the line read "contradicts? check — … contradicts? check against …").
    expect(findingLine(found[0]!)).toMatch(/contradiction\?.*contradicts\? check against/u);
    expect(findingLine(found[0]!).match(/contradicts\? check/gu)).toHaveLength(1);
    expect(buildFindings({ comparison: c, article: article(), annotations: [] }).some((x) => x.kind === 'contradiction')).toBe(false);
  });

  it('list each sentence of a weakly matched row in the row\'s own words, weighed by how unsure the link is, unless the analyst checked it', () => {
    const c = comparison();
    const k = c.pairs.findIndex((p) => p.a.includes('a2' as SentenceId));
    const weak = (confidence: number, checked = false): Comparison => ({ ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence, checked } : p)) });
    const possible = (cc: Comparison) => buildFindings({ comparison: cc, article: null, annotations: [] }).filter((x) => /^(Probably|Possibly) only in \S+ \(\w+, matched only weakly with /u.test(x.text));
    expect(possible(c)).toEqual([]);
    const unsure = possible(weak(0.2));
    expect(unsure.map((x) => x.ids[0]).sort()).toEqual(['a2', 'b2']);
    // What it means, then the row's own status in its words ("matched only weakly with X b2") and the link's figure,
    // named so, before the quotation (tester 9, V11 and V15).
    expect(unsure.find((x) => x.ids[0] === 'a2')!.text).toMatch(/^Probably only in Lisbon \(a2, matched only weakly with Vienna b2, link confidence 20%\): “The two leaders agreed/u);
    expect(possible(weak(0.2, true))).toEqual([]);
  });

  it('keep "not in X\'s (incomplete) copy" for a weakly matched statement when the other copy is incomplete (tester 10, T3)', () => {
    const partial = doc('b.txt', 'Vienna', B.text);
    partial.meta = { ...partial.meta, complete: false, note: 'Only part of the statement was found; the rest is not in this copy.' };
    const c = compare(A, partial, NO_RESOURCES);
    const k = c.pairs.findIndex((p) => p.a.includes('a2' as SentenceId));
    const weak: Comparison = { ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence: 0.2 } : p)) };
    const line = buildFindings({ comparison: weak, article: null, annotations: [] }).find((x) => x.kind === 'omission' && x.ids[0] === 'a2')!;
    expect(line.text).toMatch(/^Probably not in Vienna's \(incomplete\) copy \(a2, matched only weakly with Vienna's \(incomplete\) copy b2, link confidence 20%\): “/u);
    // Vienna's own statement is one-sided towards a complete copy: plain "only in".
    expect(buildFindings({ comparison: weak, article: null, annotations: [] }).find((x) => x.ids[0] === 'b2')!.text).toMatch(/^Probably only in Vienna \(b2, matched only weakly with Lisbon a2,/u);
  });

  it('list an annotation under any label but "note" (tester 8, U16: a "factual error" never reached the findings)', () => {
    const c = comparison();
    const annotate = (id: string, label: string, note: string) => createAnnotation({
      id, label, note, now: '2026-01-01T00:00:00Z',
      target: rowTarget([{ source: 'a', sentence: c.a.sentences[1]! }, { source: 'b', sentence: c.b.sentences[1]! }], { a: A.text, b: B.text }),
    });
    const f = buildFindings({ comparison: c, article: null, annotations: [
      annotate('n1', 'Factual error', 'The ferry never ran weekly.'), annotate('n2', 'Note', 'Ask the desk.'), annotate('n4', 'omission', ''), annotate('n3', 'Embargoed', 'Hold until noon.'),
    ] }).filter((x) => x.kind === 'annotation');
    expect(f.map((x) => x.text)).toEqual([
      'Annotated as a factual error (✎1, a2, b2): The ferry never ran weekly.',
      'Annotated “Embargoed” (✎3, a2, b2): Hold until noon.',
      'Annotated as an omission (✎4, a2, b2)',
    ]);
  });

  it('give a row matched at 0.5 to 0.8 one "possibly not the same point" line, never an omission for each side (tester U3)', () => {
    const c = comparison();
    const k = c.pairs.findIndex((p) => p.a.includes('a2' as SentenceId));
    const weak = (confidence: number, checked = false): Comparison => ({ ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence, checked } : p)) });
    const about = (cc: Comparison) => buildFindings({ comparison: cc, article: null, annotations: [] }).filter((x) => x.ids.includes('a2' as SentenceId) || x.ids.includes('b2' as SentenceId));
    const doubtful = about(weak(0.74));
    expect(doubtful.filter((x) => x.kind === 'omission' || x.kind === 'difference')).toEqual([]);
    expect(doubtful.filter((x) => x.kind === 'uncertain-match')).toHaveLength(1);
    const line = doubtful.find((x) => x.kind === 'uncertain-match')!;
    expect(line.ids).toEqual(['a2', 'b2']);
    // The row's own mark as its kind ("weak match", as the row and the PDF say), the doubt first.
    expect(findingLine(line)).toMatch(/^\d+\. Row \d+ \(a2\/b2\) · weak match — Possibly not the same point \(link confidence 74%\)/u);
    // A confident row, the analyst's check: no line of doubt.
    expect(about(weak(0.9)).filter((x) => x.kind === 'uncertain-match')).toEqual([]);
    expect(about(weak(0.74, true)).filter((x) => x.kind === 'uncertain-match' || x.kind === 'omission')).toEqual([]);
  });

  it('keep a weak row\'s typed differences, hedged, in its one line, ranked by them weighed by the link\'s confidence', () => {
    const c = comparison();
    const k = c.pairs.findIndex((p) => p.a.includes('a2' as SentenceId));
    expect(c.pairs[k]!.differences!.length).toBeGreaterThan(0);
    const weak = (confidence: number): Comparison => ({ ...c, pairs: c.pairs.map((p, i) => (i === k ? { ...p, confidence } : p)) });
    const line = (cc: Comparison) => buildFindings({ comparison: cc, article: null, annotations: [] }).find((x) => x.ids.includes('a2' as SentenceId))!;
    const sure = line(c);
    const unsure = line(weak(0.74));
    expect(sure.kind).toBe('difference');
    expect(unsure.kind).toBe('uncertain-match');
    // The same differences, after the doubt: "if it is" (the same point).
    expect(unsure.text).toBe(`Possibly not the same point (link confidence 74%); if it is: ${sure.text}`);
    expect(unsure.text).toMatch(/if it is: Lisbon a2 \/ Vienna b2: actor “The two leaders” \(Lisbon\) vs “Chancellor Berg” \(Vienna\);.* number “90-day” only in Vienna/u);
    // Weighed by the link's confidence: less sure ranks lower, and never above the same row sure.
    expect(unsure.salience).toBeLessThan(sure.salience);
    expect(line(weak(0.55)).salience).toBeLessThan(unsure.salience);
    // Under 0.5 the link joins no rows: each side is a possible omission, with no differences.
    expect(buildFindings({ comparison: weak(0.3), article: null, annotations: [] }).filter((x) => x.text.includes('90-day') && !x.text.startsWith('P'))).toEqual([]);
  });

  it('read as lines, plain or Markdown, each with its rank, row, kind and the readouts\' labels', () => {
    const f = buildFindings({ comparison: comparison(), article: null, annotations: [] });
    // The app's row number, then which readout sentences it is (tester 10, T8: "Row 4b" means nothing in a story).
    expect(findingLine(f[0]!)).toMatch(/^1\. Row 3 \(b3\) · omission — (Probably only|Only) in Vienna \(b3, [^)]+\): “Officials stressed/u);
    expect(findingLine(f.find((x) => x.kind === 'difference' && x.ids.includes('a2'))!)).toMatch(/^\d+\. Row 2 \(a2\/b2\) · difference — /u);
    const plain = findingsPlainText(f, { a: 'Lisbon', b: 'Vienna' });
    expect(plain.split('\n')[0]).toBe('Findings: Lisbon and Vienna readouts compared');
    expect(plain.split('\n')[1]).toBe('');
    const md = findingsMarkdown(f, { a: 'Lisbon', b: 'Vienna' });
    expect(md).toMatch(/^## Findings: Lisbon and Vienna readouts compared\n\n1\. \*\*Row 3 \(b3\) · omission\*\* — /u);
  });

  it('name the call (event and date) under the heading when they are known, so pasted findings say what they are about (tester 10, T8)', () => {
    const f = buildFindings({ comparison: comparison(), article: null, annotations: [] });
    const call = { a: 'Lisbon', b: 'Vienna', event: 'Telephone call on the ferry link', date: '2031-05-06' };
    expect(findingsPlainText(f, call).split('\n').slice(0, 3)).toEqual(['Findings: Lisbon and Vienna readouts compared', 'Call: Telephone call on the ferry link · 2031-05-06', '']);
    expect(findingsMarkdown(f, { ...call, event: null })).toMatch(/^## Findings: Lisbon and Vienna readouts compared\nCall: 2031-05-06\n\n1\. /u);
  });
});

// A second invented call, worded unlike the first and unlike any sample: a one-sided demand with a
// number and a named actor, a one-sided generic statement, a one-sided courtesy, and a matched row
// whose actor and act differ.
const C = doc('c.txt', 'Quito',
  'President Rosa Vera held a video call with Premier Tomas Kallas. The presidents agreed to extend the lithium accord. President Vera thanked Premier Kallas for his warm birthday wishes. They underlined the importance of deepening cooperation and partnership.');
const D = doc('d.txt', 'Tallinn',
  'Premier Tomas Kallas spoke by video with President Rosa Vera. Premier Kallas proposed extending the lithium accord. Kallas insisted that the 14 seized trawlers must be returned before any new fishing quotas are set.');

describe('the salience order', () => {
  it('on an invented pair: a one-sided demand with a number and a named actor first, then the row whose actor and act differ; a generic statement below, a courtesy last', () => {
    const f = buildFindings({ comparison: compare(C, D, NO_RESOURCES), article: null, annotations: [] });
    const rank = (id: string) => f.find((x) => x.ids.includes(id as SentenceId))!.rank;
    expect(f[0]).toMatchObject({ kind: 'omission', ids: ['b3'] });
    expect(f.find((x) => x.kind === 'difference' && x.ids.includes('a2' as SentenceId))!.rank).toBe(2);
    expect(rank('a4')).toBeGreaterThan(2);
    expect(rank('a3')).toBe(f.length);
  });

  const facts = { index: 5, count: 10, partyNames: ['Silva', 'Berg'] };
  it('puts a stated requirement above an open condition, a number, a named party and plain content; a courtesy lowest', () => {
    const requirement = omissionSalience({ ...facts, text: 'A ceasefire was named as a prerequisite for the talks.' });
    const open = omissionSalience({ ...facts, text: 'The talks would resume if the shelling stopped.' });
    const number = omissionSalience({ ...facts, text: 'The talks involved 40 delegates.' });
    const named = omissionSalience({ ...facts, text: 'Berg described the talks.' });
    const plain = omissionSalience({ ...facts, text: 'The talks covered the harbour.' });
    const courtesy = omissionSalience({ ...facts, text: 'Berg thanked Silva for the 40 gifts.' });
    expect([requirement, open, number, named, plain, courtesy]).toEqual([...[requirement, open, number, named, plain, courtesy]].sort((x, y) => y - x));
    expect(courtesy).toBeLessThan(plain);
  });

  it('puts a statement that elaborates the one before ("This must be …") below a party\'s own warning (tester 8, U6)', () => {
    const elaboration = omissionSalience({ ...facts, text: 'This must be settled through the harbour offices, the river courts and the customs posts of both sides.', confidence: 0.7 });
    const warning = omissionSalience({ ...facts, text: 'Berg warned that Vosk will take any necessary step to guard its harbour.', confidence: 0.55 });
    expect(elaboration).toBeLessThan(warning);
    // A demonstrative before a noun is a determiner, not a subject that refers back.
    const determiner = omissionSalience({ ...facts, text: 'This week the dues must be settled through the harbour offices.', confidence: 0.7 });
    expect(determiner).toBeGreaterThan(elaboration);
  });

  it('ranks earlier statements above later ones, other things equal, and scales by confidence', () => {
    const early = omissionSalience({ ...facts, index: 1, text: 'The talks covered the harbour.' });
    const late = omissionSalience({ ...facts, index: 9, text: 'The talks covered the harbour.' });
    expect(early).toBeGreaterThan(late);
    expect(omissionSalience({ ...facts, text: 'The talks covered the harbour.', confidence: 0.5 })).toBeCloseTo(omissionSalience({ ...facts, text: 'The talks covered the harbour.' }) / 2, 2);
  });

  it('puts actor, commitment, number, condition and polarity above scope and modality, and evaluation last', () => {
    const d = (type: 'actor' | 'scope' | 'evaluation' | 'modality' | 'number') => ({ type });
    expect(differenceSalience([d('actor')])).toBeGreaterThan(differenceSalience([d('scope')]));
    expect(differenceSalience([d('modality')])).toBeGreaterThan(differenceSalience([d('evaluation')]));
    expect(differenceSalience([d('actor'), d('scope')])).toBeGreaterThan(differenceSalience([d('actor')]));
    // A further number adds more than a further evaluation.
    expect(differenceSalience([d('actor'), d('number')])).toBeGreaterThan(differenceSalience([d('actor'), d('evaluation')]));
  });

  it('weighs each difference by the confidence of the link it was found on (an analyst\'s link counts as sure)', () => {
    const d = (type: 'actor' | 'number', confidence?: number | null) => ({ type, confidence });
    expect(differenceSalience([d('actor', 0.5)])).toBeLessThan(differenceSalience([d('actor', 0.9)]));
    expect(differenceSalience([d('actor', null)])).toBe(differenceSalience([d('actor')]));
    // Found on two links, a type counts at its surer one.
    expect(differenceSalience([d('number', 0.3), d('number', 0.9)])).toBe(differenceSalience([d('number', 0.9)]));
  });

  it('puts a demand above a plain statement, and counts no register words as content', () => {
    const demand = omissionSalience({ ...facts, text: 'The Chancellor insisted on the removal of the customs posts.' });
    const obligation = omissionSalience({ ...facts, text: 'The customs posts must be removed.' });
    const topical = omissionSalience({ ...facts, text: 'The customs posts were removed.' });
    const generic = omissionSalience({ ...facts, text: 'They stressed the importance of further strengthening bilateral cooperation and partnership.' });
    expect(demand).toBeGreaterThan(topical);
    expect(obligation).toBeGreaterThan(topical);
    expect(topical).toBeGreaterThanOrEqual(generic);
  });

  it('writes a quotation\'s changes with a little context', () => {
    const words = 'one two three four five six seven';
    // Two plain quotations, the article's then the readout's (tester 10, T8: "[-article-] {+Vienna+}" is no text to paste).
    expect(quoteSidesText([{ kind: 'same', text: `${words} ` }, { kind: 'onlyA', text: 'would' }, { kind: 'onlyB', text: 'will' }, { kind: 'same', text: ` ${words}` }], 'Vienna'))
      .toBe('article: “… four five six seven would one two three four …” / Vienna: “… four five six seven will one two three four …”');
  });

  it('an omission the other copy\'s declared missing part could not hold says "only in" and why (tester 8, U7)', () => {
    // Lisbon's copy lacks only its lead: b3 (the precondition) comes after the first statement both share.
    const lisbon = { ...A, meta: { ...A.meta, complete: false, missing: [{ part: 'lead' as const, note: null }] } };
    const f = buildFindings({ comparison: compare(lisbon, B, NO_RESOURCES), article: null, annotations: [] });
    const b3 = f.find((x) => x.ids.includes('b3'))!;
    expect(b3.text).toMatch(/^(Probably |Possibly )?[Oo]nly in Vienna \(b3[,)].*\(Lisbon's copy lacks only its lead\)$/u);
    // Without a declared part, the omission stays hedged and gives no basis.
    const unknown = { ...A, meta: { ...A.meta, complete: false } };
    const g = buildFindings({ comparison: compare(unknown, B, NO_RESOURCES), article: null, annotations: [] });
    expect(g.find((x) => x.ids.includes('b3'))!.text).toMatch(/not in Lisbon's \(incomplete\) copy \(b3, one-sided confidence \d+%\)(?!.*lacks only)/u);
  });
});

describe('structural lines in the findings and counts (tester 9, V8)', () => {
  // An invented call whose first readout announces its points and closes on a label line.
  const E = doc('e.txt', 'Valmora',
    'President Ida Ren spoke with Premier Tomas Ekk on Friday. The main points of the exchange were as follows. '
    + 'The two leaders agreed to open a ferry link between Porto and Hamburg. President Ren pledged ten patrol boats for the northern fisheries. Note: Harbour Accord of Valmora.');
  const F = doc('f.txt', 'Quillon',
    'Premier Tomas Ekk held a telephone conversation with President Ida Ren. The leaders agreed on a ferry link between Porto and Hamburg.');
  const c = compare(E, F, NO_RESOURCES);

  it('marks the announcing and label lines as structure, worded as such, and leaves them out of the findings', () => {
    const structural = c.omissions.filter((o) => o.structure).map((o) => o.id);
    expect(structural).toEqual(['a2', 'a5']);
    for (const o of c.omissions.filter((x) => x.structure)) expect(o.wording).toBe('only in Valmora: a heading or announcing line, not a point of the call');
    const f = buildFindings({ comparison: c, article: null, annotations: [] });
    expect(f.some((x) => x.ids.includes('a2') || x.ids.includes('a5'))).toBe(false);
    // The point of substance only one side reports is still a finding.
    expect(f.some((x) => x.kind === 'omission' && x.ids.includes('a4'))).toBe(true);
  });

  it('counts them apart from the one-sided statements', () => {
    const parts = summaryParts(c).map((p) => p.full);
    expect(parts).toContain('1 statement only in Valmora');
    expect(parts).toContain('2 headings or announcing lines (not counted as statements)');
  });
});

// Tester 9, V15: a card cut short must say how many typed differences it holds; the line gives them one by one.
describe('a difference line\'s phrases', () => {
  it('lists each typed difference the line names, in its order, when it names several', () => {
    const findings = buildFindings({ comparison: comparison(), article: null, annotations: [] });
    for (const f of findings.filter((x) => x.kind === 'difference')) {
      if (f.phrases) {
        expect(f.phrases.length).toBeGreaterThan(1);
        expect(f.text.endsWith(`: ${f.phrases.join('; ')}`)).toBe(true);
      }
    }
    expect(findings.some((f) => f.kind === 'difference' && f.phrases !== undefined)).toBe(true);
  });
});
