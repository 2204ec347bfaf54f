/**
 * The CLI's `--json` output: the comparison in the shape the alignment scorer
 * (tests/fixtures/tools/score-alignment.mjs) reads, plus what each side's meta
 * says, each pair's reasons and word diff, and the omission wording.
 *
 * ```
 * { "a": { "file", "label", "complete", "language", "publisher", "title", "url", "date",
 *          "note", "provenance", "words", "coverage", "sentences": [{ "id", "start", "end", "text", "paragraph" }],
 *          with the source's format (compare): "format", "encoding", and "text" when the offsets
 *          are not into the file's own UTF-8 (an extracted web page, PDF or .docx; a text file in another encoding) },
 *   "b": { … },
 *   "pairs": [{ "a": ["a1"], "b": ["b1"], "score", "by": "machine" | "analyst", "checked"?: true, "confidence": number | null, "reasons", "diff",
 *               "differences": [{ "type", "a": { "id", "start", "end", "text" } | null, "b": … | null, "explanation" }] }],
 *   "onlyA": ["a3"], "onlyB": ["b4"], "omissions": [{ "id", "wording", "nearest"?, "structure"? (true: a heading or announcing line, not counted), "unlinked"? (true: the analyst took its link away and did not check it; not counted), "by", "checked"?, "confidence": number | null }],
 *   "weakOnly": { "a": ["a5"], "b": [] }   (linked statements no confident link holds: "matched only weakly"),
 *   "rows": [{ "row": "1", "kind": "matched" | "only-a" | "only-b", "a": ["a1"], "b": ["b1", "b2"], "wording": string | null,
 *              "weak": [{ "own": "b4", "other": "a5", "row": "4", "confidence" }] }]
 *   (the rows as the app shows them: only links of confidence ≥ 0.5, or the analyst's, join rows; a weaker link between
 *   two rows is in "weak" on both; every pair stays in "pairs"; "row" is the row's number as a string, "1" up in
 *   reading order, except after the analyst's corrections, when a row keeps the aligner's number and a row a
 *   correction made takes the first number its statements had, a letter added for a second one: "5b"),
 *   (`by`: who made it, the aligner or the analyst's correction; `checked: true`: the analyst confirmed it;
 *   `confidence`: the aligner's probability that the link is right, or that the statement really is one-sided; null for what the analyst made),
 *   with an article (--article / --claims):
 *   "article": { "file", "label", "origin", "publisher", "title", "url", "date", "note", "provenance", "warnings" },
 *   "claims": [{ "id", "text", "start", "end", "readouts", "verdicts", "shownVerdicts", "contrasts", "links", "closestSentences", "quotes": [{ "text", "start", "end", "readout", "verbatim", "severity", "match", "diff", "readoutFrame"? }] }],
 *   (`verdicts`: the content verdict per readout, the share of the claim's content its linked sentences carry; `shownVerdicts`:
 *   the one verdict every view shows, with the quotation checks and polarity folded in (shared/article/verdict.ts: "supported",
 *   "quoted-minor", "quoted-other", "partial", "contradicts", "misquoted", "not-found"); `contrasts`: per readout, where the claim
 *   says with opposite polarity what a linked sentence says, { "sentence", "negated": "article" | "readout", "clause" }; {} when none),
 *   "commentary": [{ "id", "speaker", "named", "role", "party", "quote", "start", "end", "timing", "links" }],
 *   "manualLinks": [{ "from", "to", "op" }],
 *   "findings": [{ "kind": "omission" | "difference" | "misquote" (a quotation that changes the meaning) | "quotation" (quoted with minor differences or in other words) | "contradiction" | "annotation", "rank", "rows": ["n"…], "ids": ["a3", "b5"…], "text" }],
 *   with --comparison, the analyst's corrections that could not be found in the texts as they are (kept, not applied; [] when none):
 *   "lostCorrections": [{ "id", "op": "link" | "unlink" | "confirm", "a": { "sentence", "text" } | null, "b": … | null, "created", "description": "a1 ↔ b2 linked by the analyst" }] }
 * ```
 */
import type { ComparedSide, Pair } from '../../shared/compare/compare';
import { correctionSummary, type By, type Correction } from '../../shared/corrections/model';
import type { ArticleAnalysis } from '../../shared/model/article';
import type { Side, SourceMeta } from '../../shared/model/types';
import type { FormatInput } from './input';
import { repeatNote } from '../../shared/text/input-notes';
import { buildFindings } from '../../shared/findings/findings';
import { weaklyMatched } from '../../shared/compare/weak-links';
import { buildRows, type Row } from '../../shared/view/rows';
import type { Finding } from '../../shared/findings/types';
import { judgedSides, readoutVerdict } from '../../shared/article/verdict';

/** Where a side's text came from, as the importers give it (node/source-doc.ts). */
export interface SourceOrigin {
  /** "text", "markdown", "html", "pdf" or "docx". */
  format: string;
  /** The encoding a text file or web page was decoded from (WHATWG name), null for PDF and .docx. */
  encoding: string | null;
  /** The text the offsets refer to. */
  text: string;
}

/**
 * The comparison as pretty-printed JSON, ending with a newline. With `origins`
 * each side also carries its `format` and `encoding`, and its `text` when the
 * offsets cannot be taken in the file itself: for anything but plain text or
 * Markdown in UTF-8.
 */
export function formatJson(input: FormatInput, origins?: Record<Side, SourceOrigin>): string {
  const { comparison: c, meta } = input;
  const output = {
    a: { ...side(c.a, meta.a), ...(origins && originJson(origins.a)) },
    b: { ...side(c.b, meta.b), ...(origins && originJson(origins.b)) },
    pairs: c.pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, ...provenance(p), reasons: p.reasons, diff: p.diff, differences: p.differences })),
    onlyA: c.onlyA,
    onlyB: c.onlyB,
    omissions: c.omissions.map((o) => ({ id: o.id, wording: o.wording, ...(o.nearest && { nearest: o.nearest }), ...(o.structure && { structure: true }), ...(o.unlinked && { unlinked: true }), ...provenance(o) })),
    weakOnly: weaklyMatched(c.pairs),
    rows: buildRows(c).map(rowJson),
    ...(input.article ? articleJson(input.article) : {}),
    findings: findingsJson(buildFindings({ comparison: c, article: input.article ?? null, annotations: [] })),
    ...(input.lostCorrections && { lostCorrections: input.lostCorrections.map(lostCorrectionJson) }),
  };
  return JSON.stringify(output, null, 2) + '\n';
}

/** A row as the JSON gives it: its number, kind, sentences, caption, and its weak links to other rows. */
function rowJson(row: Row) {
  return {
    row: row.label, kind: row.kind, a: row.a, b: row.b, wording: row.wording,
    weak: row.weak.map((w) => ({ own: w.own, other: w.other, row: w.row, confidence: w.pair.confidence })),
  };
}

/** Who made a pair or an omission ("machine" unless the analyst did), `checked: true` when confirmed, and the confidence when known (null for the analyst's). */
function provenance(x: Pick<Pair, 'by' | 'checked' | 'confidence'>): { confidence: number | null; by: By; checked?: true } {
  return { confidence: x.confidence ?? null, by: x.by ?? 'machine', ...(x.checked && { checked: true as const }) };
}

/** A correction not found in the texts as they are: what it said, its ends as saved, and a description. */
function lostCorrectionJson(c: Correction) {
  const end = (e: Correction['a']) => e && { sentence: e.sentence, text: e.quote.exact };
  return { id: c.id, op: c.op, a: end(c.a), b: end(c.b), created: c.created, description: correctionSummary(c) };
}

/** The findings as the JSON gives them: kind, rank, rows, ids, text (the salience points stay inside). */
export function findingsJson(findings: readonly Finding[]) {
  return findings.map((f) => ({ kind: f.kind, rank: f.rank, rows: f.rows, ids: f.ids, text: f.text }));
}

function articleJson(an: ArticleAnalysis) {
  const m = an.doc.meta;
  return {
    article: {
      file: an.doc.file, label: m.label, origin: an.origin, publisher: m.publisher, title: m.title, url: m.url, date: m.date,
      note: m.note, provenance: m.provenance, warnings: an.warnings ?? [],
    },
    claims: an.claims.map((c) => ({
      id: c.id, text: c.text, start: c.start, end: c.end, readouts: c.readouts, verdicts: c.verdicts,
      shownVerdicts: Object.fromEntries(judgedSides(c).map((side) => [side, readoutVerdict(c, side)!.kind])), contrasts: c.contrasts ?? {}, links: c.links,
      closestSentences: c.closestSentences, quotes: c.quotes,
    })),
    commentary: an.commentary.map((q) => ({
      id: q.id, speaker: q.speaker, named: q.named, role: q.role, party: q.party, quote: q.quote, start: q.start, end: q.end, timing: q.timing, links: q.links,
    })),
    manualLinks: an.manualLinks,
  };
}

function originJson(o: SourceOrigin) {
  const asInFile = (o.format === 'text' || o.format === 'markdown') && o.encoding === 'utf-8';
  return { format: o.format, encoding: o.encoding, ...(!asInFile && { text: o.text }) };
}

function side(s: ComparedSide, meta: SourceMeta) {
  const repeats = repeatNote(s.file, s.sentences);
  return {
    // A readout that repeats a passage (pasted twice), said as on stderr; absent otherwise.
    ...(repeats !== null && { warnings: [repeats] }),
    file: s.file,
    label: s.label,
    complete: s.complete,
    language: s.language,
    publisher: meta.publisher,
    title: meta.title,
    url: meta.url,
    date: meta.date,
    note: meta.note,
    provenance: meta.provenance,
    words: s.words,
    coverage: s.coverage,
    sentences: s.sentences,
  };
}
