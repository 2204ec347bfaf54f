/**
 * The CLI's readable output: a header with both sources, then the comparison row
 * by row, in the same rows and order as the app (shared/view/rows.ts). A matched
 * row lists its pairs (ids, score, reasons), then shows both sides once, each with
 * the words the other lacks marked as `git diff --word-diff=plain` does: `[-…-]`
 * in A's text, `{+…+}` in B's. A one-sided statement is marked loudly with the
 * comparison's omission wording ("!! ONLY IN KREMLIN"). The markers carry the
 * meaning, so the output reads the same without colour.
 */
import type { Pair } from '../../shared/compare/compare';
import { confidenceText, isWeakMatch } from '../../shared/align/strength';
import { weakCoverageWording, weaklyMatched, wordShare } from '../../shared/compare/weak-links';
import { summaryWording } from '../../shared/compare/wording';
import { omissionOf, oneSidedKind } from '../../shared/compare/one-sided';
import { reasonText } from '../../shared/align/reason-text';
import type { Side } from '../../shared/model/types';
import { rowDiff, type Run } from '../../shared/view/row-diff';
import { omissionCertainty } from '../../shared/view/row-certainty';
import { buildRows, weakLinkWording, type Row } from '../../shared/view/rows';
import { timingWording } from '../../shared/view/article';
import { paint, printable, type Style } from './ansi';
import type { FormatInput } from './input';
import { wrapSpans, type Span } from './wrap';
import { buildFindings } from '../../shared/findings/findings';
import { findingPlace, findingsCallLine } from '../../shared/findings/format';
import { diffSides, judgedSides, quoteCheckText, readoutVerdict, verdictText, verdictTally } from '../../shared/article/verdict';
import type { Finding } from '../../shared/findings/types';
import type { TypedDifference } from '../../shared/differences/types';

/** How the terminal output is laid out. */
export interface TerminalOptions {
  /** Emit ANSI colours (the markers are there either way). */
  color: boolean;
  /** Line width in columns; lines are wrapped to it. */
  width: number;
}

/** Reasons shown per pair. */
const MAX_REASONS = 3;
/** Widest label column on any terminal (wider ones allow a quarter of the line); longer labels are cut. */
const MAX_LABEL = 16;

/** The comparison as text for a terminal, ending with a newline. */
export function formatTerminal(input: FormatInput, options: TerminalOptions): string {
  const { comparison: c } = input;
  const width = Math.max(40, Math.floor(options.width));
  const out = new Layout(width, options.color);
  header(out, input);
  findingsSection(out, findingsOf(input), FIRST_FINDINGS);

  const text = new Map([...c.a.sentences, ...c.b.sentences].map((s) => [s.id as string, s.text]));
  // A label column of up to a quarter of the line ("President of Ukraine" whole at 100 columns), at least MAX_LABEL.
  const labelWidth = Math.min(Math.max(MAX_LABEL, Math.floor(width / 4)), Math.max(c.a.label.length, c.b.label.length));
  // Narrow terminals get "A"/"B" instead of a label column.
  const column = width - labelWidth - 2 >= 30 ? labelWidth + 2 : 3;
  const tag = (side: Side) => {
    const label = column === 3 ? side.toUpperCase() : cutLabel(printable(c[side].label), labelWidth);
    return { first: paint(label, 'bold', options.color) + ' '.repeat(column - label.length), firstWidth: column };
  };

  for (const row of buildRows(c)) {
    out.blank();
    if (row.kind === 'matched') {
      for (const pair of row.pairs) out.wrap([{ text: pairHeading(pair), style: 'dim' }]);
      const runs = rowDiff(row, c);
      const changed = [...runs.a, ...runs.b].some((r) => r.kind !== 'same');
      out.wrap(runSpans(runs.a, 'a'), tag('a'));
      out.wrap(changed ? runSpans(runs.b, 'b') : [{ text: '(same words)', style: 'dim' }], tag('b'));
      typedDifferences(out, row.pairs.flatMap((p) => p.differences ?? []), column);
      weakLinks(out, row, column);
    } else {
      const side: Side = row.kind === 'only-a' ? 'a' : 'b';
      const omission = (id: string) => omissionOf(c, id);
      // A statement matched only weakly has no omission: its weak links say how sure the tool is.
      const sure = row.weak.length > 0 && !omission(row[side][0]!) ? 'no link confident enough to join rows' : row[side].map((id) => omissionCertainty(omission(id))).join(', ');
      const marks = row[side].map(omission).flatMap((o) => [o?.by === 'analyst' ? ' · unlinked by the analyst' : '', o?.checked ? ' · checked by the analyst' : '']).join('');
      // A heading or announcing line (shared/align/structure.ts) is no alert: dimmed, without its confidence.
      if (row[side].every((id) => oneSidedKind(c, id) === 'structural')) out.wrap([{ text: `-- ${printable(row.wording ?? '')} · ${row[side].join('+')}`, style: 'dim' }]);
      else out.wrap([{ text: `!! ${printable(row.wording ?? '').toUpperCase()} · ${row[side].join('+')} · ${sure}${marks}`, style: 'alert' }]);
      out.wrap([{ text: printable(row[side].map((id) => text.get(id) ?? '').join(' ')) }], tag(side));
      // What came closest on the other side, to check the omission against.
      for (const id of row[side]) {
        const near = omission(id)?.nearest;
        const why = omission(id)?.by === 'analyst' ? 'unlinked by the analyst' : 'not linked';
        if (near) out.wrap([{ text: printable(`${id} closest: ${near.id} · score ${near.score.toFixed(2)}, ${confidenceText(near.confidence, 'link')}, ${why} · shares: ${near.reasons.slice(0, MAX_REASONS).map(reasonText).join(', ')}`), style: 'dim' }], { first: ' '.repeat(column), firstWidth: column });
      }
      weakLinks(out, row, column);
    }
  }
  if (input.article) articleSection(out, input);
  return out.lines.join('\n') + '\n';
}

/** The row's weak links to other rows (too weak to join them): "a5 possibly matches row 3 / b4 (link confidence 0.46) · shares: …". */
function weakLinks(out: Layout, row: Row, column: number): void {
  for (const w of row.weak) {
    out.wrap([{ text: printable(`${w.own} ${weakLinkWording(w)} · shares: ${w.pair.reasons.slice(0, MAX_REASONS).map(reasonText).join(', ')}`), style: 'dim' }], { first: ' '.repeat(column), firstWidth: column });
  }
}

/** The article: its claims (verdict per readout, quote checks) and the commentary it quotes. */
function articleSection(out: Layout, input: FormatInput): void {
  const an = input.article!;
  const c = input.comparison;
  const label = (side: Side) => printable(c[side].label);
  const m = an.doc.meta;
  out.blank();
  out.wrap([{ text: `Article: ${printable(m.label)}`, style: 'heading' }, { text: ` (${printable(an.doc.file)}${an.origin === 'curated' ? ', curated claims' : ''})` }]);
  if (m.note) out.wrap([{ text: 'Note: ' + printable(m.note) }], { first: '   ', firstWidth: 3 });
  const indent = { first: '   ', firstWidth: 3 };
  out.blank();
  const tally = verdictTally(an.claims);
  out.wrap([{ text: `${count(an.claims.length, 'claim')} about the readouts`, style: 'bold' }, { text: tally ? ` (${tally})` : '' }]);
  for (const claim of an.claims) {
    out.blank();
    const about = claim.readouts.length ? claim.readouts.map(label).join(' and ') : 'readout not named';
    const verdicts = judgedSides(claim).map((side) => verdictText(readoutVerdict(claim, side)!, label(side), c[side].complete));
    out.wrap([{ text: `${claim.id} · about ${about} · ${verdicts.join(' · ')}`, style: 'dim' }]);
    out.wrap([{ text: printable(claim.text) }], indent);
    if (claim.links.length) out.wrap([{ text: `describes ${claim.links.join(', ')}`, style: 'dim' }], indent);
    if (claim.closestSentences.length) out.wrap([{ text: `closest: ${claim.closestSentences.join(', ')}`, style: 'dim' }], indent);
    for (const q of claim.quotes) {
      const status = `quotation ${quoteCheckText(q, label(q.readout), c[q.readout].complete)}`;
      if (!q.match) {
        out.wrap([{ text: `${status}: `, style: 'alert' }, { text: `“${printable(q.text)}”` }], indent);
      } else if (q.verbatim) {
        out.wrap([{ text: `${status} (${q.match.sentence}): “${printable(q.text)}”`, style: 'dim' }], indent);
      } else {
        // The quotation as the article gives it, with [-article's words-]{+readout's words+}.
        const spans: Span[] = [{ text: `${status} (${q.match.sentence}), ${diffSides(label(q.readout))}: `, style: 'alert' }, { text: '“' }];
        for (const part of q.diff) {
          if (part.kind === 'same') spans.push({ text: printable(part.text) });
          else if (part.text.trim()) {
            const text = printable(part.text);
            const core = text.trim();
            const lead = text.slice(0, text.length - text.trimStart().length);
            const [open, close, style]: [string, string, Style] = part.kind === 'onlyA' ? ['[-', '-]', 'removed'] : ['{+', '+}', 'added'];
            spans.push({ text: lead }, { text: open + core + close, style }, { text: text.slice(lead.length + core.length) });
          }
        }
        spans.push({ text: '”' });
        out.wrap(spans, indent);
      }
    }
  }
  out.blank();
  out.wrap([{ text: `${count(an.commentary.length, 'quotation')} of people`, style: 'bold' }]);
  for (const q of an.commentary) {
    out.blank();
    const who = [q.speaker, q.role, q.party ? 'party to the call' : null, timingWording(q.timing)].filter((x) => x);
    out.wrap([{ text: `${q.id} · ${printable(who.join(' · '))}`, style: 'dim' }]);
    out.wrap([{ text: `“${printable(q.quote)}”` }], indent);
    if (q.links.length) out.wrap([{ text: `bears on ${q.links.join(', ')}`, style: 'dim' }], indent);
  }
  if (an.claims.length || an.commentary.length) {
    out.blank();
    out.wrap([{ text: 'In quotations, [-words-] are the article\'s and {+words+} the readout\'s.', style: 'dim' }]);
  }
}

/** Findings shown before the rows; the rest are in `--findings`. */
const FIRST_FINDINGS = 10;

/** The findings of the input (the CLI has no annotations). */
export function findingsOf(input: FormatInput): Finding[] {
  return buildFindings({ comparison: input.comparison, article: input.article ?? null, annotations: [] });
}

/** "Findings": one line each, "1. Row 7 · omission — …", at most `max` (all when undefined). */
function findingsSection(out: Layout, findings: readonly Finding[], max?: number): void {
  out.blank();
  out.wrap([{ text: 'Findings', style: 'heading' }, { text: findings.length > (max ?? Infinity) ? ` (the first ${max} of ${findings.length}; all with --findings)` : '' }]);
  if (findings.length === 0) out.wrap([{ text: 'No findings.', style: 'dim' }]);
  for (const f of findings.slice(0, max)) {
    const lead = `${f.rank}. `;
    out.wrap([{ text: findingPlace(f), style: 'bold' }, { text: ` — ${printable(f.text)}` }], { first: lead, firstWidth: lead.length });
  }
}

/** The findings alone, for `compare --findings`. */
export function formatFindingsTerminal(input: FormatInput, options: TerminalOptions): string {
  const out = new Layout(Math.max(40, Math.floor(options.width)), options.color);
  out.wrap([{ text: `${printable(input.comparison.a.label)} vs ${printable(input.comparison.b.label)}`, style: 'heading' }]);
  // The call's date, when the readouts agree on one, so that a pasted list says which call it is about (tester 10, T8).
  const [x, y] = [input.meta.a.date, input.meta.b.date];
  const call = findingsCallLine({ a: input.comparison.a.label, b: input.comparison.b.label, date: x && y && x !== y ? null : x ?? y });
  if (call) out.wrap([{ text: printable(call) }]);
  findingsSection(out, findingsOf(input));
  return out.lines.join('\n') + '\n';
}

/** A matched row's typed differences, one line each: "number: — / “30-day” · Only Kremlin gives a number". */
function typedDifferences(out: Layout, differences: readonly TypedDifference[], column: number): void {
  const seen = new Set<string>();
  for (const d of differences) {
    const line = `${d.type}: ${d.a ? `“${d.a.text}”` : '—'} / ${d.b ? `“${d.b.text}”` : '—'}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.wrap([{ text: printable(line), style: 'bold' }, { text: ` · ${printable(d.explanation)}`, style: 'dim' }], { first: ' '.repeat(column), firstWidth: column });
  }
}

/** Collects wrapped lines. */
class Layout {
  readonly lines: string[] = [];
  constructor(readonly width: number, readonly color: boolean) {}
  wrap(spans: Span[], indent: { first: string; firstWidth: number } = { first: '', firstWidth: 0 }): void {
    this.lines.push(...wrapSpans(spans, { width: this.width, color: this.color, ...indent }));
  }
  blank(): void {
    this.lines.push('');
  }
}

function header(out: Layout, input: FormatInput): void {
  const { comparison: c, meta } = input;
  out.wrap([{ text: `${printable(c.a.label)} vs ${printable(c.b.label)}`, style: 'heading' }]);
  const weak = weaklyMatched(c.pairs);
  for (const side of ['a', 'b'] as const) {
    const s = c[side];
    const m = meta[side];
    const about = [m.publisher && m.publisher !== s.label ? m.publisher : null, m.title ? `"${m.title}"` : null, m.date].filter((x) => x);
    const first = { first: paint(side.toUpperCase(), 'bold', out.color) + '  ', firstWidth: 3 };
    out.wrap([{ text: printable(s.label), style: 'bold' }, { text: about.length ? ': ' + printable(about.join(', ')) : '' }], first);
    const counts = `${s.file} · ${count(s.sentences.length, 'sentence')}, ${count(s.words, 'word')} · ${Math.round(s.coverage * 100)}% of its words in linked statements${weakCoverageWording(wordShare(s, weak[side]))}`;
    out.wrap([{ text: printable(counts) }], { first: '   ', firstWidth: 3 });
    if (!s.complete) out.wrap([{ text: 'INCOMPLETE COPY:', style: 'alert' }, { text: ' ' + printable(m.note ?? 'what it lacks is not recorded.') }], { first: '   ', firstWidth: 3 });
    else if (m.note) out.wrap([{ text: 'Note: ' + printable(m.note) }], { first: '   ', firstWidth: 3 });
  }
  out.blank();
  out.wrap([{ text: printable(summaryWording(c)), style: 'bold' }]);
  out.wrap([
    { text: 'In linked pairs, ' },
    { text: '[-words-]', style: 'removed' },
    { text: ` are only in ${printable(c.a.label)}'s sentence, ` },
    { text: '{+words+}', style: 'added' },
    { text: ` only in ${printable(c.b.label)}'s.` },
  ]);
}

/** "a1 <-> b1 · score 0.34 · reasons: energy, ceasefire ~ suspension of strikes". */
function pairHeading(pair: Pair): string {
  const reasons = pair.reasons.slice(0, MAX_REASONS).map((r) => reasonText(r));
  const ids = `${pair.a.join('+')} <-> ${pair.b.join('+')}`;
  const listed = reasons.length ? printable(reasons.join(', ')) : '';
  if (pair.by === 'analyst') return `${ids} · linked by the analyst${listed ? ` · shares: ${listed}` : ''}`;
  const weak = isWeakMatch([pair.confidence]) ? ' (weak)' : '';
  const checked = pair.checked ? ' · checked by the analyst' : '';
  return `${ids} · score ${pair.score.toFixed(2)} · ${confidenceText(pair.confidence, 'link')}${weak}${checked}${listed ? ' · reasons: ' + listed : ''}`;
}


/** The spans of one side of a row, with the words the other side lacks between markers. */
function runSpans(runs: readonly Run[], side: Side): Span[] {
  const [open, close, style]: [string, string, Style] = side === 'a' ? ['[-', '-]', 'removed'] : ['{+', '+}', 'added'];
  // Runs are cut at sentence boundaries; a change that spans two sentences is marked once.
  const merged: { text: string; same: boolean }[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.same === (run.kind === 'same' || run.kind === 'equivalent')) last.text += run.text;
    else merged.push({ text: run.text, same: run.kind === 'same' || run.kind === 'equivalent' });
  }
  const spans: Span[] = [];
  for (const part of merged) {
    const text = printable(part.text);
    const core = text.trim();
    if (part.same || core === '') {
      spans.push({ text });
      continue;
    }
    const lead = text.length - text.trimStart().length;
    spans.push({ text: text.slice(0, lead) }, { text: open + core + close, style }, { text: text.slice(lead + core.length) });
  }
  return spans;
}

/** "1 sentence", "0 sentences", "2 linked pairs": every noun counted here takes a plain -s. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function cutLabel(label: string, width: number): string {
  return label.length <= width ? label : label.slice(0, width - 1) + '…';
}
