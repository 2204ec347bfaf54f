import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, html, toHtml } from '../../../shared/report/html';
import { defaultPageSize, DEFAULT_REPORT_OPTIONS, footerTemplate, printSettings, type ReportOptions } from '../../../shared/report/options';
import { longDate, renderReport, reportDate, reportTitle, type ReportInput } from '../../../shared/report/report';
import { reportOptionsSchema } from '../../../shared/report/schema';
import type { SentenceId } from '../../../shared/model/types';
import { buildRows } from '../../../shared/view/rows';
import { sentenceOf } from '../../../shared/view/sentence-of';
import { isWeakMatch } from '../../../shared/align/strength';
import { annotatedInput, sampleInput } from '../../report-inputs';
import { buildFindings } from '../../../shared/findings/findings';
import { summaryWording } from '../../../shared/compare/wording';
import { filterRows } from '../../../shared/view/filter';
import { makeComparison } from '../view/make';

const ALL: ReportOptions = { ...DEFAULT_REPORT_OPTIONS };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const parse = (text: string) => parseHTML(text).document;

let sample: ReportInput;
let annotated: ReportInput;
beforeAll(async () => {
  [sample, annotated] = await Promise.all([sampleInput(), annotatedInput()]);
});

describe('html``', () => {
  it('escapes every interpolated string, so text from a file never becomes markup', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (text, attr) => {
      const doc = parse(`<!DOCTYPE html><html><body>${toHtml(html`<p title="${attr}">${text}</p>`)}</body></html>`);
      const p = doc.querySelector('p')!;
      expect(doc.body.children).toHaveLength(1);
      expect(p.children).toHaveLength(0);
      expect(p.getAttribute('title')).toBe(attr);
      expect(p.textContent).toBe(text);
    }));
  });

  it('keeps markup it made, and drops null, undefined and false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(toHtml(html`<p>${inner}${null}${undefined}${false}${[html`<br>`, 'x&y']}${3}</p>`)).toBe('<p><b>&lt;i&gt;</b><br>x&amp;y3</p>');
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('options', () => {
  it('takes the page size from the locale: Letter where Letter is used, A4 elsewhere', () => {
    expect(['en-US', 'en_US.UTF-8', 'es-MX', 'fr-CA', 'en-PH', 'es_CO'].map(defaultPageSize)).toEqual(Array(6).fill('Letter'));
    expect(['en-GB', 'de_DE.UTF-8', 'ru-RU', 'fr', 'C', '', undefined, 'zh-Hans-CN', 'en-AU'].map(defaultPageSize)).toEqual(Array(9).fill('A4'));
    expect(defaultPageSize('zh-Hant-US')).toBe('Letter');
  });

  it('accepts exactly the four options, page size A4 or Letter', () => {
    expect(reportOptionsSchema.safeParse(ALL).success).toBe(true);
    expect(reportOptionsSchema.safeParse({ ...ALL, pageSize: 'A3' }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ ...ALL, extra: 1 }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ pageSize: 'A4' }).success).toBe(false);
  });

  it('puts the generation time, the app and the page numbers in the footer, escaped', () => {
    const footer = footerTemplate({ app: 'Readout Compare <1>', generated: '2026-11-27 09:30 UTC' });
    expect(footer).toContain('Readout Compare &lt;1&gt;');
    expect(footer).toContain('<span class="pageNumber"></span>');
    expect(footer).toContain('<span class="totalPages"></span>');
    const settings = printSettings({ pageSize: 'Letter' }, { app: 'a', generated: 'g' });
    expect(settings).toMatchObject({ pageSize: 'Letter', displayHeaderFooter: true, printBackground: true, tagged: true, outline: true });
    // room for the footer
    expect(settings.margins.bottom).toBeGreaterThan(settings.margins.top);
  });
});

describe('renderReport', () => {
  it('is deterministic and self-contained: no script, no external resource, a policy that forbids both', () => {
    const first = renderReport(sample, ALL);
    expect(renderReport(sample, ALL)).toBe(first);
    const doc = parse(first);
    expect(doc.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(first).toContain('@page { size: A4; }');
    expect(renderReport(sample, { ...ALL, pageSize: 'Letter' })).toContain('@page { size: Letter; }');
  });

  it('titles the report with the event and its date', () => {
    const doc = parse(renderReport(sample, ALL));
    expect(doc.querySelector('h1')!.textContent).toBe(sample.event);
    expect(doc.querySelector('.event-date')!.textContent).toBe('18 March 2025');
    expect(longDate('2024-02-29')).toBe('29 February 2024');
    expect(longDate('sometime')).toBe('sometime');
    expect(reportTitle({ event: null, comparison: sample.comparison })).toBe('White House and Kremlin: comparison of the readouts');
  });

  it('boxes each typed difference as one phrase with one badge, its words exactly as the readout has them', () => {
    const doc = parse(renderReport(sample, ALL));
    const rows = buildRows(sample.comparison);
    const trs = [...doc.querySelectorAll('table.side-by-side tbody tr.row')];
    let phrases = 0;
    rows.forEach((row, i) => {
      const cells = [...trs[i]!.querySelectorAll('td.text')];
      (['a', 'b'] as const).forEach((side, k) => {
        // Words two differences share on this side keep the first one's box (rowTypedMarks).
        const spans: Array<{ id: SentenceId; start: number; end: number }> = [];
        for (const x of row.pairs.flatMap((p) => (p.differences ?? []).flatMap((d) => (d[side] ? [d[side]] : [])))) {
          if (!spans.some((y) => y.id === x.id && y.start < x.end && x.start < y.end)) spans.push(x);
        }
        const boxes = [...(cells[k]?.querySelectorAll('.typed') ?? [])];
        for (const box of boxes) expect(box.querySelectorAll('.t-badge')).toHaveLength(1);
        const words = boxes.map((box) => [...box.childNodes].filter((n) => !(n as { classList?: { contains(c: string): boolean } }).classList?.contains('t-badge')).map((n) => n.textContent).join(''));
        // Every difference's words on this side make one box, in the order they stand (a mark two pairs share is boxed once).
        for (const x of spans) expect(words).toContain(sentenceOf(sample.comparison[side], x.id)!.text.slice(x.start, x.end));
        phrases += words.filter((w) => /\s/u.test(w)).length;
        expect(boxes.length).toBeLessThanOrEqual(spans.length);
      });
    });
    expect(phrases).toBeGreaterThan(0);
  });

  it('shows every statement of both readouts once, in rows numbered as the comparison has them', () => {
    const doc = parse(renderReport(sample, ALL));
    const rows = buildRows(sample.comparison);
    const trs = [...doc.querySelectorAll('table.side-by-side tbody tr.row')];
    expect(trs.map((tr) => tr.querySelector('th.num')!.firstChild!.textContent)).toEqual(rows.map((_, i) => String(i + 1)));
    // The typed differences' badges ("number", "actor") lead their words; the text is whole without them.
    const body = doc.querySelector('table.side-by-side tbody')!;
    expect(body.querySelectorAll('.typed .t-badge').length).toBeGreaterThan(0);
    for (const badge of body.querySelectorAll('.t-badge')) badge.remove();
    const table = squash(body.textContent!);
    for (const side of ['a', 'b'] as const) {
      for (const s of sample.comparison[side].sentences) expect(table).toContain(squash(`${s.id} ${s.text}`));
    }
    // the header names the two readouts, and repeats on every page (a thead)
    expect([...doc.querySelectorAll('table.side-by-side thead th')].map((th) => th.textContent)).toEqual(['Row', 'White House', 'Kremlin']);
  });

  it('marks a matched row whose links all have a confidence under the threshold as weak, under its number, and says what that means', () => {
    const rows = buildRows(sample.comparison);
    const k = rows.findIndex((r) => r.kind === 'matched' && !isWeakMatch(r.pairs.map((p) => p.confidence)));
    const first = rows[k]!;
    const weakened = { ...sample, comparison: { ...sample.comparison, pairs: sample.comparison.pairs.map((p) => (first.pairs.includes(p) ? { ...p, confidence: 0.6 } : p)) } };
    const weakRows = (c: typeof sample.comparison) => buildRows(c).flatMap((r, i) => (r.kind === 'matched' && isWeakMatch(r.pairs.map((p) => p.confidence)) ? [`${i + 1}weak`] : []));
    const doc = parse(renderReport(weakened, ALL));
    const marked = [...doc.querySelectorAll('table.side-by-side tbody tr.row th.num')].filter((th) => th.querySelector('.weak'));
    expect(marked.map((th) => th.textContent)).toEqual(weakRows(weakened.comparison));
    expect(marked.map((th) => th.textContent)).toContain(`${k + 1}weak`);
    expect(squash(doc.querySelector('section.legend')!.textContent!)).toMatch(/“weak” under it: the aligner's confidence in every link of the row is under 0\.8/);
    expect(squash(doc.querySelector('section.legend')!.textContent!)).toMatch(/“Probably” or “possibly” before a caption/);
    const plain = [...parse(renderReport(sample, ALL)).querySelectorAll('th.num')].filter((th) => th.querySelector('.weak'));
    expect(plain.map((th) => th.textContent)).toEqual(weakRows(sample.comparison));
  });

  it('marks the words only one side has, and captions the gap of a one-sided row with the core’s wording', () => {
    const doc = parse(renderReport(sample, ALL));
    const rows = buildRows(sample.comparison);
    const matched = rows.findIndex((r) => r.kind === 'matched');
    const tr = doc.querySelector(`#row-${matched + 1}`)!;
    expect(tr.querySelectorAll('.only-a').length).toBeGreaterThan(0);
    expect(tr.querySelectorAll('.only-b').length).toBeGreaterThan(0);
    const onlyB = rows.findIndex((r) => r.kind === 'only-b');
    const gap = doc.querySelector(`#row-${onlyB + 1} td.one-sided .caption`)!;
    expect(gap.textContent).toBe(rows[onlyB]!.wording);
    expect(gap.textContent).toMatch(/^(probably )?only in Kremlin$/);
    const onlyA = rows.findIndex((r) => r.kind === 'only-a');
    expect(doc.querySelector(`#row-${onlyA + 1} td.one-sided .caption`)!.textContent).toMatch(/^(probably )?not in Kremlin's \(incomplete\) copy$/);
    // a one-sided statement's own words are not marked word by word: the bar and the caption say it
    expect(doc.querySelectorAll(`#row-${onlyB + 1} .only-b`)).toHaveLength(0);
  });

  it('with a filter, prints only the rows it keeps and keeps the other rows’ numbers', () => {
    const rows = buildRows(sample.comparison);
    const oneSided = parse(renderReport(sample, { ...ALL, rows: 'one-sided' }));
    const matched = rows.findIndex((r) => r.kind === 'matched');
    expect(oneSided.querySelector(`#row-${matched + 1}`)).toBeNull();
    const numbers = [...oneSided.querySelectorAll('tr.row th.num')].map((th) => Number(th.textContent));
    expect(numbers).toEqual(rows.flatMap((r, i) => (r.kind !== 'matched' ? [i + 1] : [])));
    expect(squash(oneSided.querySelector('.summary')!.textContent!)).toContain(`${numbers.length} of ${rows.length}: one-sided only`);
    expect(oneSided.querySelector('#h-table')!.textContent).toBe('Side by side: one-sided only');
    // The rows the article cites: those holding a sentence a claim or a quotation links to.
    const cited = new Set([...sample.article!.claims, ...sample.article!.commentary].flatMap((i) => i.links));
    const citedDoc = parse(renderReport(sample, { ...ALL, rows: 'cited' }));
    const citedNumbers = [...citedDoc.querySelectorAll('tr.row th.num')].map((th) => parseInt(th.textContent!, 10));
    expect(citedNumbers).toEqual(rows.flatMap((r, i) => ([...r.a, ...r.b].some((id) => cited.has(id)) ? [i + 1] : [])));
    expect(citedNumbers.length).toBeGreaterThan(0);
  });

  it('says under an omission what came closest on the other side, when something did', () => {
    const doc = parse(renderReport(sample, ALL));
    const items = [...doc.querySelectorAll('section.omissions ol.statements li')];
    const withNearest = sample.comparison.omissions.filter((o) => o.nearest);
    expect(withNearest.length).toBeGreaterThan(0);
    for (const o of sample.comparison.omissions) {
      const li = items.find((x) => x.querySelector('.ref')!.textContent!.startsWith(`${o.id} `))!;
      const closest = li.querySelector('.closest');
      if (o.nearest) expect(squash(closest!.textContent!)).toMatch(new RegExp(`^Closest in (White House|Kremlin): ${o.nearest.id} \\(row \\d+\\), score ${o.nearest.score.toFixed(2)}, link confidence ${o.nearest.confidence.toFixed(2)}, not linked; shares `));
      else expect(closest).toBeNull();
    }
  });

  it('quotes the words each side shares under an omission, not a concept\'s name found in neither text (tester 8, U12)', () => {
    const c = sample.comparison;
    const o = c.omissions.find((x) => x.nearest)!;
    const reasons = [
      { label: 'harmony', a: 'united', b: 'United', contribution: 0.6 },
      { label: 'use', a: 'used', b: 'use', contribution: 0.4 },
    ];
    const input = { ...sample, comparison: { ...c, omissions: c.omissions.map((x) => (x === o ? { ...x, nearest: { ...x.nearest!, reasons } } : x)) } };
    const doc = parse(renderReport(input, ALL));
    const li = [...doc.querySelectorAll('section.omissions ol.statements li')].find((x) => x.querySelector('.ref')!.textContent!.startsWith(`${o.id} `))!;
    const line = squash(li.querySelector('.closest')!.textContent!);
    expect(line).toMatch(/; shares united, used ~ use\.$/u);
    expect(line).not.toContain('harmony');
  });

  it('lists what each side alone said, with ids and row numbers', () => {
    const doc = parse(renderReport(sample, ALL));
    const c = sample.comparison;
    const lists = [...doc.querySelectorAll('.omissions-side')];
    expect(lists.map((l) => l.querySelector('h3')!.textContent)).toEqual([`Not in Kremlin's (incomplete) copy (${c.onlyA.length})`, `Only in Kremlin (${c.onlyB.length})`]);
    expect(lists[0]!.querySelectorAll('li')).toHaveLength(c.onlyA.length);
    expect(lists[1]!.querySelectorAll('li')).toHaveLength(c.onlyB.length);
    expect(lists[1]!.querySelector('li .ref')!.textContent).toMatch(/^b\d+ · row \d+ · one-sided confidence \d\.\d\d$/);
  });

  // Review (session 16): with a statement matched only weakly and one the analyst unlinked, the side read "None is left
  // unmatched", above the unlinked statement it lists.
  it('says none is counted, not that none is left unmatched, when the analyst unlinked a statement and another is matched only weakly', () => {
    // Invented readouts: a2–b2 at 0.3 joins no row; a3 and b3 the analyst unlinked.
    const c = makeComparison(['The ministers signed the Varden water treaty.', 'They agreed to reopen the Pell consulate.', 'The Chancellor praised the Lume choir.'],
      ['The water treaty with Varden was signed by ministers.', 'Consular matters were touched upon.', 'A choir was mentioned.'],
      [[0, 0, 0.7, 0.95], [1, 1, 0.1, 0.3]]);
    const unlinked = { ...c, omissions: c.omissions.map((o) => ({ ...o, wording: `not the same point as ${o.id === 'a3' ? 'Kremlin b3' : 'White House a3'}`, confidence: null, by: 'analyst' as const, checked: false, unlinked: true as const })) };
    const doc = parse(renderReport({ ...sample, article: null, annotations: [], comparison: unlinked }, ALL));
    const none = squash(doc.querySelector('.omissions-side p.none')!.textContent!);
    expect(none).toMatch(/^None counted: the analyst unlinked 1 statement of White House \(below\); 1 statement of White House matched only weakly \(no link of confidence 0\.8 or more; check before saying Kremlin reports it\): a2 \(row \d+\)\.$/u);
  });

  it('says how many statements are matched only weakly instead of "every statement is matched", and prints weak links under both rows', () => {
    // Invented readouts: every statement is linked, but b2 only at 0.6 (no confident link) and a3 only at 0.3 (joins no row).
    const c = makeComparison(['The ministers signed the Varden water treaty.', 'They agreed to reopen the Pell consulate.', 'The Chancellor praised the Lume choir.'],
      ['The water treaty with Varden was signed by ministers.', 'Consular matters were touched upon.'],
      [[0, 0, 0.7, 0.95], [1, 1, 0.2, 0.6], [2, 1, 0.1, 0.3]]);
    const doc = parse(renderReport({ ...sample, article: null, annotations: [], comparison: c }, ALL));
    const none = [...doc.querySelectorAll('.omissions-side p.none')].map((p) => squash(p.textContent!));
    expect(none).toEqual([
      'None is left unmatched, but 2 statements of White House matched only weakly (no link of confidence 0.8 or more; check before saying Kremlin reports them): a2 (row 2), a3 (row 3).',
      'None is left unmatched, but 1 statement of Kremlin matched only weakly (no link of confidence 0.8 or more; check before saying White House reports it): b2 (row 2).',
    ]);
    expect(squash(doc.querySelector('section.omissions')!.textContent!)).not.toContain('every statement');
    const figure = (name: string) => [...doc.querySelectorAll('.summary tr')].find((tr) => tr.querySelector('th')!.textContent === name)?.querySelector('td')!.textContent;
    expect(figure('Matched only weakly (Kremlin)')).toBe('1 statement of Kremlin matched only weakly (no link of confidence 0.8 or more): b2');
    expect(figure('White House: covered by Kremlin')).toMatch(/^\d+% of its words are in statements Kremlin also reports \(\d+% only weakly\)$/);
    // a3–b2 (0.3) joins no row: row 3 is a3 alone, and both rows print the link.
    expect(squash(doc.querySelector('#row-3')!.textContent!)).toContain('matched only weakly with Kremlin');
    expect([...doc.querySelectorAll('tr.weak-links')].map((tr) => squash(tr.textContent!))).toEqual([
      'b2 possibly matches row 3 / a3 (link confidence 0.30)', 'a3 possibly matches row 2 / b2 (link confidence 0.30)',
    ]);
  });

  it('prints a one-sided statement whole once, in its row across both columns, and refers to that row in the list of omissions', () => {
    const doc = parse(renderReport(sample, ALL));
    const c = sample.comparison;
    const rows = buildRows(c);
    const long = [...c.onlyA, ...c.onlyB].map((id) => sentenceOf(c[id.startsWith('a') ? 'a' : 'b'], id)!).find((s) => s.text.split(/\s+/).length > 20)!;
    const row = rows.findIndex((r) => [...r.a, ...r.b].includes(long.id)) + 1;
    const cell = doc.querySelector(`#row-${row} td.one-sided`)!;
    expect(cell.getAttribute('colspan')).toBe('2');
    expect(squash(cell.querySelector('.statement')!.textContent!)).toContain(squash(long.text));
    expect(doc.querySelectorAll(`#row-${row} td`)).toHaveLength(1);
    const li = [...doc.querySelectorAll('section.omissions li')].find((x) => x.querySelector('.ref')!.textContent!.startsWith(`${long.id} · row ${row} · `))!;
    expect(squash(li.textContent!)).not.toContain(squash(long.text));
    expect(li.textContent).toMatch(/…/);
  });

  it('leads with the title, a line per source and the summary beside the overview map, and ends with the sources in full', () => {
    const doc = parse(renderReport(sample, ALL));
    const order = [...doc.querySelectorAll('main > *')].map((e) => e.className || e.tagName.toLowerCase());
    expect(order.slice(0, 3)).toEqual(['title-block', 'sources-line', 'summary']);
    expect(order[order.length - 1]).toBe('sources');
    expect(doc.querySelector('#h-sources')!.textContent).toBe('Sources and provenance');
    const svg = doc.querySelector('section.summary figure.overview svg')!;
    const c = sample.comparison;
    expect(svg.querySelector('desc')!.textContent).toContain(`${c.onlyB[0]} ${c.omissions.find((o) => o.id === c.onlyB[0])!.wording}`);
    // One path of bars for each kind, and lines for the links.
    expect(svg.querySelectorAll('path').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelector('.sources-line')!.textContent).toMatch(/Kremlin \(President of Russia\) incomplete copy/);
  });

  it('includes the article’s claims, verdicts, quote checks and commentary, or leaves them out', () => {
    const article = sample.article!;
    const doc = parse(renderReport(sample, ALL));
    expect(doc.querySelectorAll('article.claim')).toHaveLength(article.claims.length);
    expect(doc.querySelectorAll('article.commentary')).toHaveLength(article.commentary.length);
    const text = squash(doc.body.textContent!);
    for (const q of article.commentary) expect(text).toContain(q.speaker);
    // the seed article misquotes "will begin" as "would begin": struck and underlined
    const differs = [...doc.querySelectorAll('.quote-check')].find((li) => li.querySelector('del')?.textContent === 'would')!;
    expect(differs.querySelector('ins')!.textContent).toBe('will');
    expect(text).toContain('White House: supported');
    const without = parse(renderReport(sample, { ...ALL, claims: false }));
    expect(without.querySelector('.claims, .commentaries')).toBeNull();
    expect(squash(without.querySelector('.sources')!.textContent!)).not.toContain('Article');
  });

  it('prints a speaker the article does not name as an unnamed source, its description once', () => {
    const article = sample.article!;
    const [first, ...rest] = article.commentary;
    const unnamed = { ...first!, speaker: 'a senior official', named: false, role: 'a senior official', party: false, timing: null };
    const doc = parse(renderReport({ ...sample, article: { ...article, commentary: [unnamed, ...rest] } }, ALL));
    const heading = squash(doc.querySelector(`#comm-${first!.id}`)!.textContent!);
    expect(heading).toBe(`${first!.id} a senior official, unnamed source`);
  });

  it('marks annotated passages in their rows, puts their notes after the row, and lists them all', () => {
    const doc = parse(renderReport(annotated, ALL));
    const items = [...doc.querySelectorAll('li.annotation')];
    expect(items).toHaveLength(annotated.annotations.length);
    for (const a of annotated.annotations) {
      expect(squash(doc.querySelector('.annotations')!.textContent!)).toContain(squash(a.note));
    }
    // every passage annotation on a readout is bracketed in the table, with its number
    const readoutPassages = annotated.annotations.filter((a) => a.target.kind === 'passage' && a.target.source !== 'article');
    expect(doc.querySelectorAll('table.side-by-side .bracket').length).toBe(2 * readoutPassages.length);
    const notes = squash([...doc.querySelectorAll('tr.notes')].map((tr) => tr.textContent).join(' '));
    for (const a of annotated.annotations.filter((x) => x.target.kind === 'row' || x.target.source !== 'article')) expect(notes).toContain(squash(a.note));
    const figure = (d: ReturnType<typeof parse>, name: string) => [...d.querySelectorAll('.summary tr')].find((tr) => tr.querySelector('th')!.textContent === name)!.querySelector('td')!.textContent;
    expect(figure(doc, 'Annotations')).toBe(String(annotated.annotations.length));

    const off = parse(renderReport(annotated, { ...ALL, annotations: false }));
    expect(off.querySelectorAll('.annotations, tr.notes, .marker, .ann')).toHaveLength(0);
    expect(figure(off, 'Annotations')).toBe('not included in this report');
  });

  it('dates the report from the readouts when the event is not known, and says when there is no difference to show', () => {
    const input: ReportInput = { ...sample, event: null, date: null };
    expect(parse(renderReport(input, ALL)).querySelector('.event-date')!.textContent).toBe('18 March 2025');
    expect(reportDate({ date: null, a: { ...sample.a, meta: { ...sample.a.meta, date: '2025-03-18' } }, b: { ...sample.b, meta: { ...sample.b.meta, date: '2025-03-19' } } })).toBeNull();
    const same: ReportInput = structuredClone({ ...sample, article: null });
    same.b = { ...same.a, meta: { ...same.b.meta } };
    same.comparison = { ...structuredClone(sample.comparison), b: { ...structuredClone(sample.comparison.a), label: 'Kremlin' } };
    same.comparison.b.sentences = same.comparison.b.sentences.map((x) => ({ ...x, id: x.id.replace('a', 'b') as never }));
    same.comparison.pairs = same.comparison.a.sentences.map((x, i) => ({ a: [x.id], b: [same.comparison.b.sentences[i]!.id], score: 1, confidence: 1, reasons: [], diff: [{ kind: 'same' as const, text: x.text }] }));
    same.comparison.onlyA = [];
    same.comparison.onlyB = [];
    same.comparison.omissions = [];
    const doc = parse(renderReport(same, { ...ALL, rows: 'one-sided' }));
    expect(doc.querySelectorAll('tr.row')).toHaveLength(0);
    expect(doc.querySelector('.comparison .none')!.textContent).toBe('None: every statement of each readout is matched with one of the other.');
  });

  it('refers from a claim to the annotations on it, and says when an annotation’s place is not in the report', () => {
    const doc = parse(renderReport(annotated, ALL));
    const onArticle = annotated.annotations.filter((a) => a.target.kind === 'passage' && a.target.source === 'article');
    expect(onArticle.length).toBeGreaterThan(0);
    expect(squash([...doc.querySelectorAll('.claims .annotated, .commentaries .annotated')].map((p) => p.textContent).join(' '))).toContain(onArticle[0]!.label);
    const noArticle = parse(renderReport(annotated, { ...ALL, claims: false }));
    expect(squash(noArticle.querySelector('.annotations')!.textContent!)).toContain('(the article is not included in this report)');
  });

  it('escapes what the files say: a readout or label with markup shows as text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const input: ReportInput = structuredClone(sample);
    input.comparison.a.label = `WH ${evil}`;
    input.a.meta = { ...input.a.meta, note: evil, url: 'javascript:alert(3)' };
    const s0 = input.comparison.a.sentences[0]!;
    input.comparison.a.sentences[0] = { ...s0, text: `${s0.text} ${evil}`, end: s0.end + evil.length + 1 };
    const doc = parse(renderReport(input, ALL));
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.body.textContent).toContain(evil);
    // addresses are shown as text, never as links
    expect(doc.querySelectorAll('a')).toHaveLength(0);
  });
});

// What a reporter exporting the PDF read first (a journalist's trial of the app).
describe('the findings, the sources line and the counts', () => {
  it('prints every finding, their number in the heading, none left for the rows alone', () => {
    const findings = buildFindings({ comparison: sample.comparison, article: sample.article, annotations: [] });
    expect(findings.length).toBeGreaterThan(12);
    const doc = parse(renderReport(sample, { ...ALL, annotations: false }));
    expect(doc.querySelectorAll('ol.findings-list > li')).toHaveLength(findings.length);
    expect(doc.querySelector('#h-findings')!.textContent).toBe(`Findings (${findings.length})`);
    expect(squash(doc.querySelector('ol.findings-list > li:last-child')!.textContent!)).toContain(squash(findings.at(-1)!.text));
    expect(squash(doc.querySelector('section.findings')!.textContent!)).not.toMatch(/first \d+ of/);
  });

  it('names an article whose label is only "Article" (no publisher, no title) by its file, never "Article Article"', () => {
    const article = sample.article!;
    const meta = { ...article.doc.meta, label: 'Article', publisher: null, title: null };
    const doc = parse(renderReport({ ...sample, article: { ...article, doc: { ...article.doc, file: '/home/me/news/article.txt', meta } } }, ALL));
    const line = squash(doc.querySelector('.sources-line')!.textContent!);
    expect(line).not.toContain('Article Article');
    expect(line).toContain('Article article.txt');
  });

  it('counts the matched rows with typed differences apart from the one-sided rows, in the words of the app\'s count line', () => {
    const rows = buildRows(sample.comparison);
    const ctx = { comparison: sample.comparison, cited: new Set<string>(), annotated: new Set<string>() };
    const typed = filterRows(rows, 'typed', ctx).length;
    const oneSided = filterRows(rows, 'one-sided', ctx).length;
    const matched = rows.length - oneSided;
    expect([typed > 0, oneSided > 0, typed < matched + oneSided]).toEqual([true, true, true]);
    const doc = parse(renderReport(sample, ALL));
    const figure = (name: string) => squash([...doc.querySelectorAll('table.figures tr')].find((tr) => tr.querySelector('th')!.textContent === name)!.querySelector('td')!.textContent!);
    expect(figure('Rows in this report')).toBe(`all ${rows.length}: ${matched} matched, ${oneSided} one-sided`);
    expect(figure('Matched rows')).toMatch(new RegExp(`^${matched} \\(${typed} with typed differences; `));
    expect(summaryWording(sample.comparison)).toMatch(new RegExp(`^${matched} matched rows \\(${typed} with typed differences\\) · `));
  });
});
