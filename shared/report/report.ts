/**
 * The comparison report: one self-contained HTML page (no script, no external
 * resource) that Chromium's printer turns into the PDF an analyst sends to an
 * editor. Electron prints it in a hidden window, the CLI through a system
 * browser, both with the settings of options.ts; the page is the same.
 *
 * Sections: title, sources, summary, legend, the side-by-side table (word
 * differences marked so that they survive black-and-white printing: underlines
 * that differ per side, a bar and a caption on one-sided rows; colour is only ever
 * a second cue), what each side alone said, the article's claims and commentary,
 * and the annotations. Row numbers are those of the full comparison, also when
 * only the differences are shown, so a reference ("row 12") means one thing.
 */
import { annotationMarks, annotationPlace, annotationSentence, quotedText, segmentsOf, type AnnotationMarks } from '../view/annotations';
import { listAnnotations, type Annotation } from '../annotations/model';
import type { Comparison, ComparedSide } from '../compare/compare';
import { reasonText } from '../align/reason-text';
import { hasTypedDifferences, machineLinkWording, omissionWording, probablyMeasured, typedRowsWording } from '../compare/wording';
import { omissionOf, oneSidedStatements } from '../compare/one-sided';
import { weakCoverageWording, weaklyMatched, weakOnlyWording, wordShare } from '../compare/weak-links';
import type { DiffPart } from '../diff/words';
import type { ArticleAnalysis, Claim, Commentary, QuoteCheck } from '../model/article';
import { otherSide, type Sentence, type SentenceId, type Side, type SourceDoc, type SourceMeta } from '../model/types';
import { isSentenceTarget, misquotationWording, shownRole, timingWording, UNNAMED_SOURCE } from '../view/article';
import { contextWords, diffSides, judgedSides, quoteCheckText, quoteVerdict, readoutVerdict, verdictText, verdictTally, VERDICT_WORDS } from '../article/verdict';
import { rowDiff } from '../view/row-diff';
import { FILTER_LABELS, rowKept, type Filter } from '../view/filter';
import { buildRows, rowLabelOf, weakLinkWording, type Row } from '../view/rows';
import { languageName } from '../view/source-details';
import { CONFIDENT, confidenceText, PROBABLE } from '../align/strength';
import { correctedRows, isWeakRow, rowCorrection, type RowCorrection } from '../view/corrections';
import { sentenceOf } from '../view/sentence-of';
import { html, toHtml, type Markup } from './html';
import { overviewSvg } from './overview';
import type { ReportOptions } from './options';
import { REPORT_CSS } from './styles';
import { FINDINGS_CSS, findingsSection, typedBadge } from './findings';
import { buildFindings } from '../findings/findings';
import { groupMarkedRuns, markRuns, rowTypedMarks, type MarkedRun } from '../view/typed-marks';

/** Everything a report shows. */
export interface ReportInput {
  /** The event compared ("Telephone call between …"), when known. */
  event: string | null;
  /** Its date, YYYY-MM-DD, when known. */
  date: string | null;
  a: SourceDoc;
  b: SourceDoc;
  comparison: Comparison;
  /** The article's analysis with the analyst's manual links applied, or null. */
  article: ArticleAnalysis | null;
  annotations: readonly Annotation[];
  /** When the report is made (shown in the footer and the sources' section). */
  generated: Date;
  /** "Readout Compare 0.1.0". */
  app: string;
}

/** The date of the call: the event's, else the readouts' own when they agree (or only one has one). */
export function reportDate(input: Pick<ReportInput, 'date' | 'a' | 'b'>): string | null {
  if (input.date) return input.date;
  const [x, y] = [input.a.meta.date, input.b.meta.date];
  return x && y ? (x === y ? x : null) : x ?? y ?? null;
}

/** The report's title: the event, or the two readouts compared. */
export function reportTitle(input: Pick<ReportInput, 'event' | 'comparison'>): string {
  return input.event ?? `${input.comparison.a.label} and ${input.comparison.b.label}: comparison of the readouts`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 March 2025" for "2025-03-18"; anything else as it is. The same in every locale. */
export function longDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** What each filter keeps, for the legend of a report printed with it. */
const FILTER_MEANINGS: Readonly<Record<Filter, string>> = {
  all: 'every row',
  'one-sided': 'statements only one side made',
  uncertain: 'rows the alignment is unsure of (a weak match, or an omission it is not sure of)',
  typed: 'matched rows with a typed difference',
  cited: 'rows the article cites',
  annotated: 'rows the analyst annotated',
};

/** The readout sentences an article's claims and commentary link to. */
function citedSentences(article: ArticleAnalysis | null): Set<string> {
  return new Set(article ? [...article.claims, ...article.commentary].flatMap((item) => item.links.filter(isSentenceTarget)) : []);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const percent = (x: number): string => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What the report knows about where things are: row numbers and annotation numbers. */
interface Places {
  rows: Row[];
  /** Whether the report's filter (its `rows` option) prints each row, by row number less one. */
  printed: boolean[];
  /** Row number (1 up, in the full list) of each readout sentence. */
  rowOf: ReadonlyMap<string, string>;
  marks: AnnotationMarks;
}

/** The report as a complete HTML document. Deterministic: the same input and options give the same text. */
export function renderReport(input: ReportInput, options: ReportOptions): string {
  const c = input.comparison;
  const rows = buildRows(c);
  const rowOf = rowLabelOf(rows);
  const annotations = options.annotations ? listAnnotations(input.annotations) : [];
  const marks = annotationMarks(annotations, c);
  const filterCtx = { comparison: c, cited: citedSentences(input.article), annotated: new Set([...Object.keys(marks.bySentence), ...Object.keys(marks.rows)]) };
  const places: Places = { rows, printed: rows.map((r) => rowKept(r, options.rows, filterCtx)), rowOf, marks };
  const article = options.claims ? input.article : null;
  const title = reportTitle(input);
  const date = reportDate(input);
  const body = html`
<header class="title-block">
  <p class="kicker">Readout comparison</p>
  <h1>${title}</h1>
  ${date ? html`<p class="event-date">${longDate(date)}</p>` : null}
</header>
${sourcesLine(input, article)}
${summarySection(input, places, annotations, article, options)}
${findingsSection(buildFindings({ comparison: c, article, annotations }))}
${legendSection(c, options, annotations.length > 0, article !== null, correctedRows(places.rows, c))}
${tableSection(input, places, annotations, options)}
${omissionsSection(c, places)}
${article ? claimsSection(article, c, places, annotations) : null}
${article ? commentarySection(article, c, places, annotations) : null}
${annotations.length > 0 ? annotationsSection(annotations, input, places, article) : null}
${sourcesSection(input, article)}`;
  return `<!DOCTYPE html>
<html lang="${primaryTag(c.a.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="${toHtml(html`${input.app}`)}">
<title>${toHtml(html`${title}${date ? ` (${date})` : ''}`)}</title>
<style>
@page { size: ${options.pageSize}; }
${REPORT_CSS}
${FINDINGS_CSS}
</style>
</head>
<body>
<main>${toHtml(body)}
</main>
</body>
</html>
`;
}

/** A language tag safe to put in an attribute: the tag when it looks like one, else "und". */
function primaryTag(tag: string): string {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : 'und';
}

// ---------------------------------------------------------------- sources

/** The sources in one line each under the title; their full details and provenance close the report. */
function sourcesLine(input: ReportInput, article: ArticleAnalysis | null): Markup {
  const line = (which: string, doc: Pick<SourceDoc, 'meta' | 'file'>) => {
    const meta = doc.meta;
    return html`<li><span class="which">${which}</span> ${shownLabel(which, meta.label, doc.file)}${meta.publisher && meta.publisher !== meta.label ? html` (${meta.publisher})` : null}${meta.complete ? null : html` <strong>incomplete copy</strong>`}</li>`;
  };
  return html`
<ul class="sources-line" aria-label="Sources">
  ${line('A', input.a)}${line('B', input.b)}${article ? line('Article', article.doc) : null}
</ul>`;
}

/**
 * A source's label beside its tag ("A", "Article"); a label that only repeats the tag (an
 * article.txt with no publisher or title is labelled "Article") gives way to the file's name,
 * as the app's article panel names it, never "Article Article".
 */
function shownLabel(which: string, label: string, file: string): string {
  return label.trim().toLowerCase() === which.toLowerCase() ? baseName(file) : label;
}

function sourcesSection(input: ReportInput, article: ArticleAnalysis | null): Markup {
  const cards = [sourceCard('A', input.a.meta, input.a.file, input.comparison.a), sourceCard('B', input.b.meta, input.b.file, input.comparison.b)];
  if (article) cards.push(sourceCard('Article', article.doc.meta, article.doc.file, null));
  return html`
<section class="sources" aria-labelledby="h-sources">
  <h2 id="h-sources">Sources and provenance</h2>
  <div class="source-grid">${cards}</div>
</section>`;
}

function sourceCard(which: string, meta: SourceMeta, file: string, side: ComparedSide | null): Markup {
  const row = (name: string, value: Markup | string | null) => (value === null || value === '' ? null : html`<dt>${name}</dt><dd>${value}</dd>`);
  return html`
<div class="source">
  <h3><span class="which">${which}</span>${meta.label === which ? null : html` ${meta.label}`}</h3>
  <dl>
    ${row('Publisher', meta.publisher)}
    ${row('Title', meta.title)}
    ${row('Date', meta.date ? longDate(meta.date) : null)}
    ${row('Address', meta.url ? html`<span class="url">${meta.url}</span>` : null)}
    ${row('Language', languageName(meta.language))}
    ${side ? row('Length', `${plural(side.sentences.length, 'statement')}, ${plural(side.words, 'word')}`) : null}
    ${row('Copy', meta.complete ? 'complete' : 'incomplete')}
    ${row('Note', meta.note)}
    ${row('Provenance', meta.provenance)}
    ${row('File', baseName(file))}
  </dl>
</div>`;
}

/** The last part of a path (POSIX or Windows): where the text came from, without the user's folders. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

// ---------------------------------------------------------------- summary

function summarySection(input: ReportInput, places: Places, annotations: readonly Annotation[], article: ArticleAnalysis | null, options: ReportOptions): Markup {
  const c = input.comparison;
  const matched = places.rows.filter((r) => r.kind === 'matched');
  const orphans = annotations.filter((a) => a.status === 'orphan').length;
  const verdicts = article ? verdictTally(article.claims) : null;
  const item = (label: string, value: string) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const cited = citedSentences(article);
  const weak = weaklyMatched(c.pairs);
  // Headings and announcing lines, and statements the analyst only unlinked: counted apart (shared/compare/one-sided.ts).
  const oneSided = { a: oneSidedStatements(c, 'a'), b: oneSidedStatements(c, 'b') };
  const structure = oneSided.a.structural.length + oneSided.b.structural.length;
  const unlinked = oneSided.a.unlinked.length + oneSided.b.unlinked.length;
  // The matched rows the "Typed differences" filter keeps, in the app's count line's words.
  const typedWording = (rows: readonly Row[]) => (hasTypedDifferences(c.pairs) ? `${typedRowsWording(rows.filter((r) => r.pairs.some((p) => (p.differences?.length ?? 0) > 0)).length)}; ` : '');
  return html`
<section class="summary" aria-labelledby="h-summary">
  <h2 id="h-summary">Summary</h2>
  <div class="summary-body">
  ${overviewSvg(c, cited)}
  <table class="figures">
    <tbody>
      ${(['a', 'b'] as const).map((side) => item(`${c[side].label}: covered by ${c[otherSide(side)].label}`, `${percent(c[side].coverage)} of its words are in statements ${c[otherSide(side)].label} also reports${weakCoverageWording(wordShare(c[side], weak[side]))}`))}
      ${item('Matched rows', matched.length === 0 ? `none: no statement of ${c.a.label} was matched with one of ${c.b.label}` : `${matched.length} (${typedWording(matched)}${plural(matched.reduce((n, r) => n + r.pairs.length, 0), 'link')} between ${plural(new Set(matched.flatMap((r) => r.a)).size, 'statement')} of ${c.a.label} and ${new Set(matched.flatMap((r) => r.b)).size} of ${c.b.label})`)}
      ${item(capitalise(omissionWording(c.a, c.b)), plural(oneSided.a.counted.length, 'statement'))}
      ${item(capitalise(omissionWording(c.b, c.a)), plural(oneSided.b.counted.length, 'statement'))}
      ${unlinked > 0 ? item('Unlinked by the analyst', `${plural(unlinked, 'statement')} (one-sided not estimated; not counted above)`) : null}
      ${structure > 0 ? item('Headings and announcing lines', `${structure} (one side only; not counted as statements)`) : null}
      ${(['a', 'b'] as const).filter((side) => weak[side].length > 0).map((side) => item(`Matched only weakly (${c[side].label})`, `${weakOnlyWording(weak[side].length, c[side].label)} (no link of confidence ${CONFIDENT} or more): ${weak[side].join(', ')}`))}
      ${item('Rows in this report', options.rows === 'all'
        ? `all ${places.rows.length}: ${matched.length} matched, ${places.rows.length - matched.length} one-sided`
        : `${places.printed.filter(Boolean).length} of ${places.rows.length}: ${FILTER_LABELS[options.rows].toLowerCase()} only (numbers are those of the full comparison)`)}
      ${options.annotations ? item('Annotations', `${annotations.length}${orphans > 0 ? ` (${orphans} could not be found in the current text)` : ''}`) : item('Annotations', 'not included in this report')}
      ${article && verdicts ? item('Article claims', `${article.claims.length}${misquotationWording(article)} (${verdicts})`) : null}
      ${article ? item('Commentary', plural(article.commentary.length, 'quotation')) : null}
    </tbody>
  </table>
  </div>
</section>`;
}

// ---------------------------------------------------------------- legend

/** The legend's line on the analyst's corrections: what the marks say and which rows carry each (none without corrections). */
function correctionsLegend(rows: Record<RowCorrection, string[]>): Markup | null {
  const parts = ([['linked', 'linked statements the aligner had left apart'], ['unlinked', 'took away a link of the aligner: not the same point'], ['unlinked-checked', 'took away a link of the aligner and confirmed the statement is one side’s only'], ['checked', 'checked the aligner’s link or omission and kept it'], ['partly-checked', 'checked some of the row’s links (the others are the aligner’s)']] as const)
    .filter(([mark]) => rows[mark].length > 0)
    .map(([mark, what]) => html`“${REPORT_MARKS[mark]}”: the analyst ${what} (row${rows[mark].length === 1 ? '' : 's'} ${rows[mark].join(', ')})`);
  if (parts.length === 0) return null;
  return html`<li>The analyst corrected the aligner's pairing; the counts, rows and coverage of this report follow the analyst. Under a row number, ${parts.map((p, i) => html`${i > 0 ? '; ' : ''}${p}`)}. The rows keep the aligner's numbers, so a number cited before the corrections names the same statements: a row a correction made takes the number of the first row its statements were in, and a second such row adds a letter (“5b”).</li>`;
}

function legendSection(c: Comparison, options: ReportOptions, annotations: boolean, article: boolean, corrected: Record<RowCorrection, string[]>): Markup {
  return html`
<section class="legend" aria-labelledby="h-legend">
  <h2 id="h-legend">How to read this report</h2>
  <ul>
    <li>Each row holds statements both readouts report (matched), or a statement only one of them made; rows follow the order of the readouts.</li>
    <li><span class="typed"><span class="t-badge">number</span>Boxed words led by a badge</span>: a typed difference between matched statements (number, modality, polarity, actor, commitment, evaluation, scope, condition), on both sides; the Findings say what differs.</li>
    <li>Words both readouts use, or that stand for the same concept (“end” ~ “ending”), are plain. <span class="only-a">Dotted underline</span>: other words only one readout uses in the matched statements (${c.a.label} or ${c.b.label}), shown quietly.</li>
    <li><span class="one-sided-sample">A bar at the left</span> and the caption “${omissionWording(c.a, c.b)}” or “${omissionWording(c.b, c.a)}”: a statement the other side did not report${!c.a.complete || !c.b.complete ? ' (or that is not in its incomplete copy)' : ''}.</li>
    <li>Small grey ids (a3, b7) number the statements of each readout; the number at the left of a row is its row number. “weak” under it: the aligner's confidence in every link of the row is under ${CONFIDENT} (the probability, from 0 to 1, that the link is right), so check the match before relying on it. A link under ${PROBABLE} joins no rows: it is printed under both rows it links, “a5 possibly matches row 3 / b4”, and a statement with no other link reads “matched only weakly”.</li>
    <li>“Probably” or “possibly” before a caption (“${omissionWording(c.a, c.b, PROBABLE)}”, “${omissionWording(c.a, c.b, 0)}”): the aligner's confidence that the statement is reported by one side only (its one-sided confidence) is under ${CONFIDENT}, and at least ${PROBABLE} for “probably”, under it for “possibly”; the other readout may report it in other words; ${probablyMeasured()}.</li>
    ${correctionsLegend(corrected)}
    ${annotations ? html`<li><span class="bracket">⟦</span><span class="marker">✎n</span><span class="ann">Tinted text</span><span class="bracket">⟧</span>: a passage the analyst annotated (a marker alone at the start of a row: the whole row); the note follows the row and is listed under “Annotations”.</li>` : null}
    ${article ? html`<li>In quote checks, <del>struck words</del> are the article's and <ins>underlined words</ins> the readout's, where they differ.</li>` : null}
    ${options.rows !== 'all' ? html`<li>${FILTER_LABELS[options.rows]} only: ${FILTER_MEANINGS[options.rows]}; the other rows are left out and the row numbers are those of the full comparison.</li>` : null}
  </ul>
</section>`;
}

// ---------------------------------------------------------------- the table

/**
 * Characters of a row's text past which it may break across pages: a row is kept on one
 * page when it fits, but Chromium clips a row that cannot be broken and is taller than
 * a page (about 3,000 characters of one column at 9 pt on A4; half that leaves room).
 */
const TALL_ROW_CHARS = 1500;

/** Whether the longer side of a row holds more than `TALL_ROW_CHARS` characters. */
function isTall(row: Row, c: Comparison): boolean {
  const length = (side: Side) => row[side].reduce((n, id) => n + (sentenceOf(c[side], id)?.text.length ?? 0), 0);
  return Math.max(length('a'), length('b')) > TALL_ROW_CHARS;
}

function tableSection(input: ReportInput, places: Places, annotations: readonly Annotation[], options: ReportOptions): Markup {
  const c = input.comparison;
  const byNumber = places.marks.numbers;
  const notesOf = (row: Row): Annotation[] => {
    const ids = new Set<string>();
    for (const id of [...row.a, ...row.b]) {
      for (const x of places.marks.bySentence[id] ?? []) ids.add(x);
      for (const x of places.marks.rows[id] ?? []) ids.add(x);
    }
    return annotations.filter((a) => ids.has(a.id)).sort((x, y) => byNumber[x.id]! - byNumber[y.id]!);
  };
  const body = places.rows.map((row, i) => {
    if (!places.printed[i]) return null;
    const text = rowDiff(row, c);
    const typed = rowTypedMarks(row);
    const notes = notesOf(row);
    const cell = (side: Side) => html`<td class="text" lang="${primaryTag(c[side].language)}">${runsMarkup(markRuns(text[side], typed[side]), side, c, places.marks, true)}</td>`;
    // A one-sided row spans both columns: its statement on its own side, the caption on the side that lacks it.
    const oneSided = (side: Side) => {
      const words = html`<span class="statement" lang="${primaryTag(c[side].language)}">${runsMarkup(text[side], side, c, places.marks, false)}</span>`;
      const caption = html`<span class="caption">${row.wording ?? ''}</span>`;
      return html`<td colspan="2" class="one-sided side-${side}"><div class="spread">${side === 'a' ? [words, caption] : [caption, words]}</div></td>`;
    };
    const cells = row.kind === 'matched' ? [cell('a'), cell('b')] : oneSided(row.kind === 'only-a' ? 'a' : 'b');
    return html`
<tr class="row kind-${row.kind}${isTall(row, c) ? ' tall' : ''}" id="row-${row.label}"><th scope="row" class="num">${row.label}${row.kind === 'matched' && isWeakRow(row.pairs) ? html`<span class="weak">weak</span>` : null}${correctionMark(row, c)}</th>${cells}</tr>${notes.length > 0 ? html`
<tr class="notes"><td></td><td colspan="2">${notes.map((a) => html`<p class="note"><span class="marker">✎${byNumber[a.id]}</span> <span class="label">${a.label}</span>${a.note ? html` ${a.note}` : null}</p>`)}</td></tr>` : null}${row.weak.length > 0 ? html`
<tr class="weak-links"><td></td><td colspan="2">${row.weak.map((w) => html`<p class="weak-link">${w.own} ${weakLinkWording(w)}</p>`)}</td></tr>` : null}`;
  });
  return html`
<section class="comparison" aria-labelledby="h-table">
  <h2 id="h-table">Side by side${options.rows === 'all' ? '' : `: ${FILTER_LABELS[options.rows].toLowerCase()} only`}</h2>
  <table class="side-by-side">
    <colgroup><col class="c-num"><col class="c-text"><col class="c-text"></colgroup>
    <thead><tr><th scope="col" class="num">Row</th><th scope="col">${c.a.label}</th><th scope="col">${c.b.label}</th></tr></thead>
    <tbody>${body}</tbody>
  </table>
  ${body.every((b) => b === null) ? html`<p class="none">${places.rows.length === 0 ? 'Neither readout has a statement.' : options.rows === 'one-sided' ? 'None: every statement of each readout is matched with one of the other.' : `No rows to print: none is among the ${FILTER_MEANINGS[options.rows]}.`}</p>` : null}
</section>`;
}

/** The words under a row number that say what the analyst did to the row. */
const REPORT_MARKS: Record<RowCorrection, string> = { linked: 'linked by analyst', unlinked: 'unlinked by analyst', 'unlinked-checked': 'unlinked and checked by analyst', checked: 'checked by analyst', 'partly-checked': 'partly checked by analyst' };

function correctionMark(row: Row, c: Comparison): Markup | null {
  const mark = rowCorrection(row, c);
  return mark ? html`<span class="corrected">${REPORT_MARKS[mark]}</span>` : null;
}

/**
 * One side of a row: its runs, with the sentence ids where sentences start. An
 * annotated passage is tinted and bracketed, ⟦✎3 … ⟧, so that its extent survives
 * black-and-white printing; a row annotation's marker leads the row's first sentence.
 */
function runsMarkup(runs: readonly MarkedRun[], side: Side, c: Comparison, marks: AnnotationMarks, matched: boolean): Markup[] {
  const out: Markup[] = [];
  const spans = marks.spans[side];
  // A typed difference's runs (its words of any kind and the spaces between) are one box led by its badge, as in the app.
  for (const group of groupMarkedRuns(runs)) {
    const first = group.runs[0]!;
    const sentence = first.sentence ? sentenceOf(c[side], first.sentence) : undefined;
    if (sentence && first.start === 0) {
      out.push(html`<span class="sid">${sentence.id}</span> `);
      const rowAnnotations = new Set(marks.rows[sentence.id] ?? []);
      for (const id of marks.bySentence[sentence.id] ?? []) if (rowAnnotations.has(id)) out.push(html`<span class="marker">✎${marks.numbers[id]}</span>`);
    }
    if (group.mark) out.push(html`<span class="typed">${typedBadge(group.mark)}`);
    for (const run of group.runs) out.push(...runPieces(run, sentence, spans, marks, matched));
    if (group.mark) out.push(html`</span>`);
  }
  return out;
}

/** One run's text, its annotated passages tinted and bracketed, its kind's underline in a matched row. */
function runPieces(run: MarkedRun, sentence: Sentence | undefined, spans: AnnotationMarks['spans'][Side], marks: AnnotationMarks, matched: boolean): Markup[] {
  const out: Markup[] = [];
  // A one-sided row is all one side's: its bar and the caption opposite say so, not its words.
  const cls = run.kind === 'same' || run.kind === 'equivalent' || !matched ? null : run.kind;
  const pieces = sentence && spans.length > 0 ? segmentsOf(run.text, sentence.start + run.start, spans) : [{ text: run.text, start: -1, ids: [] as string[] }];
  for (const piece of pieces) {
    const end = piece.start + piece.text.length;
    for (const span of spans) if (span.start === piece.start) out.push(html`<span class="bracket">⟦</span><span class="marker">✎${marks.numbers[span.id]}</span>`);
    const inner = piece.ids.length > 0 ? html`<span class="ann">${piece.text}</span>` : html`${piece.text}`;
    out.push(cls ? html`<span class="${cls}">${inner}</span>` : inner);
    for (const span of spans) if (span.end === end && piece.start >= 0) out.push(html`<span class="bracket">⟧</span>`);
  }
  return out;
}

// ---------------------------------------------------------------- omissions

/** Words of a one-sided statement quoted in the list of omissions: the table above prints it whole, the list refers to its row. */
const EXCERPT_WORDS = 14;

/** The first `words` words of `text`, with an ellipsis when there were more. */
function shorten(text: string, words: number): string {
  const all = text.split(/\s+/).filter((w) => w !== '');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

/**
 * What "What each side alone said" says of a side with no one-sided statement: that every
 * statement is matched, or, when some are matched only weakly, how many and which; when the analyst
 * unlinked some (listed below it), that none is counted.
 */
function noneAlone(maker: ComparedSide, other: ComparedSide, weak: readonly string[], places: Places, unlinked: number): string {
  const which = weak.map((id) => `${id} (row ${places.rowOf.get(id) ?? '?'})`).join(', ');
  const weakly = `${weakOnlyWording(weak.length, maker.label)} (no link of confidence ${CONFIDENT} or more; check before saying ${other.label} reports ${weak.length === 1 ? 'it' : 'them'}): ${which}`;
  // Statements the analyst unlinked are left unmatched (listed below): none is counted, not "none is left unmatched".
  if (unlinked > 0) return `None counted: the analyst unlinked ${plural(unlinked, 'statement')} of ${maker.label} (below); ${weak.length === 0 ? `every other statement is matched with one of ${other.label}` : weakly}.`;
  if (weak.length === 0) return `None: every statement of ${maker.label} is matched with one of ${other.label}.`;
  return `None is left unmatched, but ${weakly}.`;
}

/** One line of "What each side alone said": the statement's id, row and how sure (`sure`), its first words and what came closest. */
function omissionItem(c: Comparison, places: Places, s: Side, id: SentenceId, sure: string): Markup {
  const maker = c[s];
  const other = c[otherSide(s)];
  const omission = omissionOf(c, id);
  const near = omission?.nearest;
  // What came closest on the other side, for the reader to check the omission against.
  const closest = near ? html`<span class="closest">Closest in ${other.label}: ${near.id} (row ${places.rowOf.get(near.id) ?? '?'}), score ${near.score.toFixed(2)}, ${confidenceText(near.confidence, 'link')}, ${omission?.by === 'analyst' ? 'unlinked by the analyst' : 'not linked'}; shares ${near.reasons.slice(0, 4).map(reasonText).join(', ')}.</span>` : null;
  return html`<li><span class="ref">${id} · row ${places.rowOf.get(id) ?? '?'}${sure}</span> ${shorten(sentenceOf(maker, id)?.text ?? '', EXCERPT_WORDS)}${closest}</li>`;
}

/**
 * One side's part of "What each side alone said", as shared/compare/one-sided.ts sorts its one-sided
 * statements: those counted, with their one-sided confidence; then, under their own headings and
 * with no confidence, the headings and announcing lines (not statements of the call) and the
 * statements the analyst unlinked without checking (whether they are one-sided was not estimated).
 */
function omissionsOfSide(c: Comparison, places: Places, s: Side): Markup {
  const maker = c[s];
  const other = c[otherSide(s)];
  const { counted, structural, unlinked } = oneSidedStatements(c, s);
  const confidence = (id: SentenceId) => {
    const o = omissionOf(c, id);
    return o && o.by !== 'analyst' ? ` · ${confidenceText(o.confidence, 'one-sided')}` : '';
  };
  const apart = (kind: string, title: string, ids: readonly SentenceId[], sure: (id: SentenceId) => string) => (ids.length === 0 ? null : html`
  <h4 id="h-${kind}-${s}">${title} (${ids.length})</h4>
  <ol class="statements ${kind}">${ids.map((id) => omissionItem(c, places, s, id, sure(id)))}</ol>`);
  // The analyst's decision first, then what the aligner had said of the link taken away (tester 16).
  const unlinkedSure = (id: SentenceId) => [' · one-sided not estimated', machineLinkWording(omissionOf(c, id))].filter(Boolean).join('; ');
  return html`
<section class="omissions-side" aria-labelledby="h-only-${s}">
  <h3 id="h-only-${s}">${capitalise(omissionWording(maker, other))} (${counted.length})</h3>
  ${counted.length === 0 ? html`<p class="none">${noneAlone(maker, other, weaklyMatched(c.pairs)[s], places, unlinked.length)}</p>` : html`
  <ol class="statements">${counted.map((id) => omissionItem(c, places, s, id, confidence(id)))}</ol>`}
  ${apart('structural', `Headings and announcing lines of ${maker.label}, not counted`, structural, () => ' · not a point of the call')}
  ${apart('unlinked', 'Unlinked by the analyst, one-sidedness not estimated', unlinked, unlinkedSure)}
</section>`;
}

function omissionsSection(c: Comparison, places: Places): Markup {
  const side = (s: Side) => omissionsOfSide(c, places, s);
  return html`
<section class="omissions" aria-labelledby="h-omissions">
  <h2 id="h-omissions">What each side alone said</h2>
  <p class="intro">Each statement is printed whole in its row above; here, the first words and what came closest on the other side.</p>
  ${side('a')}
  ${side('b')}
</section>`;
}

// ---------------------------------------------------------------- article

/** A readout sentence as a reference: "a3 · row 4: text". */
function sentenceRef(id: string, c: Comparison, places: Places): Markup {
  const side: Side = id.startsWith('a') ? 'a' : 'b';
  const s = sentenceOf(c[side], id as SentenceId);
  return html`<li><span class="ref">${c[side].label} ${id} · row ${places.rowOf.get(id) ?? '?'}</span> ${s?.text ?? '(not in the readout)'}</li>`;
}

/** A quote check's diff: the article's words struck, the readout's underlined; a space between the two where one replaces the other, so that both read (and search) as words. */
function diffMarkup(diff: readonly DiffPart[]): Markup[] {
  return diff.map((p, i) => {
    if (p.kind === 'same') return html`${p.text}`;
    if (p.kind === 'onlyA') return html`<del>${p.text}</del>`;
    const replaces = diff[i - 1]?.kind === 'onlyA' && !/\s$/.test(diff[i - 1]!.text) && !/^\s/.test(p.text);
    return html`${replaces ? ' ' : ''}<ins>${p.text}</ins>`;
  });
}

function quoteCheck(q: QuoteCheck, c: Comparison): Markup {
  const label = c[q.readout].label;
  const kind = quoteVerdict(q);
  const badge = kind === null ? 'verbatim' : VERDICT_WORDS[kind].words;
  if (kind === null) return html`<li class="quote-check"><span class="badge">${badge}</span> “${q.text}” is ${label}'s wording${q.match ? ` (${q.match.sentence})` : ''}${q.readoutFrame ? `; ${contextWords(q.readoutFrame, label)}` : ''}.</li>`;
  if (!q.match) return html`<li class="quote-check"><span class="badge">${badge}</span> “${q.text}”: ${quoteCheckText(q, label, c[q.readout].complete)}: nothing there resembles it.</li>`;
  return html`<li class="quote-check"><span class="badge">${badge}</span> “${q.text}” against ${label} ${q.match.sentence} (${diffSides(label)}): <span class="diff">${diffMarkup(q.diff)}</span></li>`;
}

/** The article's annotations whose passage starts inside `[start, end)` of the article: "Annotated: ✎5 factual error". */
function annotatedIn(start: number, end: number, annotations: readonly Annotation[], places: Places): Markup | null {
  const inside = annotations.filter((a) => a.status === 'anchored' && a.target.kind === 'passage' && a.target.source === 'article'
    && a.target.position.start >= start && a.target.position.start < end);
  if (inside.length === 0) return null;
  return html`<p class="annotated">Annotated: ${inside.map((a, i) => html`${i > 0 ? ', ' : ''}<span class="marker">✎${places.marks.numbers[a.id]}</span> ${a.label}`)} (see “Annotations”)</p>`;
}

function claimsSection(article: ArticleAnalysis, c: Comparison, places: Places, annotations: readonly Annotation[]): Markup {
  const claim = (cl: Claim) => {
    const sides = judgedSides(cl);
    return html`
<article class="claim" aria-labelledby="claim-${cl.id}">
  <h3 id="claim-${cl.id}"><span class="id">${cl.id}</span> ${cl.readouts.length > 0 ? `About ${cl.readouts.map((s) => c[s].label).join(' and ')}` : 'About the readouts'}</h3>
  <blockquote>${cl.text}</blockquote>
  ${annotatedIn(cl.start, cl.end, annotations, places)}
  <ul class="verdicts">${sides.map((s) => {
    const v = readoutVerdict(cl, s)!;
    return html`<li class="verdict ${v.kind}">${verdictText(v, c[s].label, c[s].complete)}</li>`;
  })}</ul>
  ${cl.quotes.length > 0 ? html`<p class="sub">Quotations checked</p><ul class="quote-checks">${cl.quotes.map((q) => quoteCheck(q, c))}</ul>` : null}
  ${cl.links.length > 0 ? html`<p class="sub">Readout passages it describes</p><ul class="refs">${cl.links.map((id) => sentenceRef(id, c, places))}</ul>` : null}
  ${cl.closestSentences.length > 0 ? html`<p class="sub">Closest passages (not found)</p><ul class="refs">${cl.closestSentences.map((id) => sentenceRef(id, c, places))}</ul>` : null}
</article>`;
  };
  return html`
<section class="claims" aria-labelledby="h-claims">
  <h2 id="h-claims">What the article says the readouts say</h2>
  <p class="intro">${article.doc.meta.label}${article.doc.meta.title ? `, “${article.doc.meta.title}”` : ''}: ${article.claims.length === 0 ? 'no claim about the readouts' : `${plural(article.claims.length, 'claim')} about the readouts${article.origin === 'curated' ? ' (curated by hand)' : ''}, each with a verdict per readout as loaded`}.</p>
  ${article.claims.length === 0 ? html`<p class="none">The article makes no claim about what the readouts say.</p>` : article.claims.map(claim)}
</section>`;
}

function commentarySection(article: ArticleAnalysis, c: Comparison, places: Places, annotations: readonly Annotation[]): Markup {
  const claimText = new Map(article.claims.map((cl) => [cl.id as string, cl.text]));
  const item = (q: Commentary) => {
    const about = [q.named ? null : UNNAMED_SOURCE, shownRole(q), q.party ? 'party to the call' : null, timingWording(q.timing)].filter((x): x is string => x !== null);
    const sentences = q.links.filter(isSentenceTarget);
    const claims = q.links.filter((l) => !isSentenceTarget(l));
    return html`
<article class="commentary" aria-labelledby="comm-${q.id}">
  <h3 id="comm-${q.id}"><span class="id">${q.id}</span> ${q.speaker}${about.length > 0 ? html`<span class="role">, ${about.join('; ')}</span>` : null}</h3>
  <blockquote>“${q.quote}”</blockquote>
  ${annotatedIn(q.start, q.end, annotations, places)}
  ${sentences.length > 0 || claims.length > 0 ? html`<p class="sub">Relates to</p><ul class="refs">${sentences.map((id) => sentenceRef(id, c, places))}${claims.map((id) => html`<li><span class="ref">claim ${id}</span> ${claimText.get(id) ?? ''}</li>`)}</ul>` : html`<p class="none">No passage of the readouts found that it bears on.</p>`}
</article>`;
  };
  return html`
<section class="commentaries" aria-labelledby="h-commentary">
  <h2 id="h-commentary">Commentary quoted in the article</h2>
  ${article.commentary.length === 0 ? html`<p class="none">The article quotes no one about the call.</p>` : article.commentary.map(item)}
</section>`;
}

// ---------------------------------------------------------------- annotations

function annotationsSection(annotations: readonly Annotation[], input: ReportInput, places: Places, article: ArticleAnalysis | null): Markup {
  const c = input.comparison;
  const shown = (label: string) => places.printed[places.rows.findIndex((r) => r.label === label)] === true;
  const items = annotations.map((a) => {
    const n = places.marks.numbers[a.id]!;
    const sentence = a.status === 'anchored' ? annotationSentence(a, c) : null;
    const row = sentence ? places.rowOf.get(sentence) : undefined;
    const links = a.links.map((l) => (l.kind === 'item' ? l.id : l.kind === 'annotation' ? `✎${places.marks.numbers[l.id] ?? '?'}` : `“${l.quote.exact}”`));
    const onArticle = a.target.kind === 'passage' && a.target.source === 'article';
    const where = row ? `, row ${row}${shown(row) ? '' : ' (not shown: differences only)'}` : onArticle && !article ? ' (the article is not included in this report)' : '';
    return html`
<li class="annotation ${a.status}">
  <p class="head"><span class="marker">✎${n}</span> <span class="label">${a.label}</span> <span class="place">${annotationPlace(a, c, article)}${where}</span>${a.status === 'orphan' ? html` <span class="badge">could not be found in the current text</span>` : null}</p>
  <blockquote>${quotedText(a.target)}</blockquote>
  ${a.note ? html`<p class="note-text">${a.note}</p>` : null}
  ${links.length > 0 ? html`<p class="links">Linked to: ${links.join(', ')}</p>` : null}
</li>`;
  });
  return html`
<section class="annotations" aria-labelledby="h-annotations">
  <h2 id="h-annotations">Annotations (${annotations.length})</h2>
  <ol class="annotation-list">${items}</ol>
</section>`;
}

