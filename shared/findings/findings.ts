/**
 * The findings of a comparison: omissions, typed differences, misquotations and the
 * rows and passages the analyst annotated (any label but "note"), each one line with its row numbers,
 * ranked by salience (salience.ts; the order is documented in docs/differences.md
 * and pinned by tests). Pure: the same input gives the same list.
 */
import { omissionKind } from '../compare/one-sided';
import { agentResolvers } from '../align/agents';
import { confidencePercent, confidenceRangePercent, PROBABLE, shownConfidence } from '../align/strength';
import { DEFAULT_LABELS, listAnnotations, normalizeLabel, type Annotation } from '../annotations/model';
import type { Comparison, Omission } from '../compare/compare';
import { missingParts, omissionMayBeMissing } from '../compare/missing';
import { machineLinkWording, omissionWording } from '../compare/wording';
import type { TypedDifference } from '../differences/types';
import type { ArticleAnalysis, QuoteCheck } from '../model/article';
import { otherSide, type SentenceId, type Side } from '../model/types';
import { sentenceAt } from '../view/annotations';
import { isWeakRow } from '../view/corrections';
import { buildRows, rowLabelOf, type Row } from '../view/rows';
import { sentenceOf } from '../view/sentence-of';
import { quotationRuns } from './quotation-runs';
import { quoteSidesText } from './quote-text';
import { SEVERITIES } from '../article/severity';
import { contrastWords, judgedSides, quoteWords, readoutVerdict, VERDICT_WORDS } from '../article/verdict';
import { annotationSalience, contradictionSalience, differenceSalience, misquoteSalience, omissionSalience, typeWeight, type MisquoteSeverity } from './salience';
import type { Finding, FindingKind } from './types';

/** What the findings are drawn from. */
export interface FindingsInput {
  comparison: Comparison;
  article: ArticleAnalysis | null;
  annotations: readonly Annotation[];
}

/** Kinds in the order they are listed when their salience is equal. */
const KIND_ORDER: readonly FindingKind[] = ['annotation', 'difference', 'misquote', 'contradiction', 'quotation', 'omission', 'uncertain-match'];
/** Most characters of a sentence quoted in a finding. */
const CLIP = 260;
/**
 * The annotation label that makes no finding: a note is the analyst's own reminder. Every other label
 * (disagreement, omission, framing, factual error, or one the analyst added) is a judgement the
 * analyst made about the texts, and a reporter copying the findings expects it there (tester 8, U16).
 */
const PRIVATE_LABEL = 'note';

/** "a disagreement", "an omission", "a factual error": a label with its article. */
const withArticle = (label: string): string => `${/^[aeiou]/iu.test(label) ? 'an' : 'a'} ${label}`;

type Unranked = Omit<Finding, 'rank'>;

/** The findings, most salient first, ranked 1, 2, 3 … */
export function buildFindings(input: FindingsInput): Finding[] {
  const c = input.comparison;
  const rows = buildRows(c);
  const rowOf = rowLabelOf(rows);
  // Ties go in reading order (a row's label need not follow it after a correction).
  const place = new Map(rows.map((r, i) => [r.label, i]));
  const at = (f: Unranked): number => (f.rows[0] === undefined ? -1 : place.get(f.rows[0]) ?? -1);
  // The parties' names, for the omissions' salience: read once, not per row.
  const names = partyNames(c);
  const all: Unranked[] = [
    ...omissionFindings(c, rowOf, names),
    ...rows.flatMap((r) => weakMatchFindings(c, r, r.label, names)),
    ...rows.flatMap((r) => differenceFinding(c, r, r.label)),
    ...(input.article ? misquoteFindings(input.article, c, rowOf) : []),
    ...(input.article ? contradictionFindings(input.article, c, rowOf) : []),
    ...annotationFindings(input.annotations, c, rowOf),
  ];
  all.sort((x, y) => y.salience - x.salience || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || at(x) - at(y));
  return all.map((f, i) => ({ kind: f.kind, rank: i + 1, rows: f.rows, ids: f.ids, text: f.text, salience: f.salience, ...(f.phrases ? { phrases: f.phrases } : {}) }));
}

/** The names of the call's parties, as the readouts give them. */
const partyNames = (c: Comparison): string[] => Object.values(agentResolvers(c.a, c.b).names).filter((n): n is string => n !== null);

/** A sentence for a line: whole when short, else cut at a word with "…". */
export function clip(text: string, max = CLIP): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')} …`;
}

/** The names of a copy's missing parts, as a finding says them. */
const PART_WORDS: Record<string, string> = { lead: 'its lead', ending: 'its ending', middle: 'a passage in the middle', unknown: 'an unknown part' };

/**
 * Why "only in X" holds although the other copy is incomplete (tester 8, U7): the part its meta
 * declares missing could not hold the statement (shared/compare/missing.ts), so the finding says
 * so: " (Kremlin's copy lacks only its lead)". Empty for a complete copy, or a hedged wording.
 */
function missingBasis(other: Comparison['a'], wording: string): string {
  if (other.complete || !/^(?:probably |possibly )?only in /u.test(wording)) return '';
  return ` (${other.label}'s copy lacks only ${missingParts(other).map((m) => PART_WORDS[m.part] ?? m.part).join(' and ')})`;
}

/** The labels of the rows `ids` are in, each once, in the order of `ids`. */
const placed = (rowOf: ReadonlyMap<string, string>, ids: readonly string[]): string[] =>
  [...new Set(ids.map((id) => rowOf.get(id)).filter((n): n is string => n !== undefined))];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sideOf = (id: string): Side => (id.startsWith('a') ? 'a' : 'b');

/**
 * A finding per one-sided statement, except that consecutive one-sided statements one quotation
 * spans (quotation-runs.ts, tester 9 V9) are one finding, quoted whole with its speaker. Only
 * statements counted as one-sided join a run: one the analyst only unlinked keeps its own finding,
 * worded as the analyst left it ("not the same point as …"), never "only in X" (tester 9, V5).
 */
function omissionFindings(c: Comparison, rowOf: ReadonlyMap<string, string>, names: readonly string[]): Unranked[] {
  // A heading or announcing line is not a point of the call: no finding (shared/compare/one-sided.ts).
  const findable = new Map(c.omissions.filter((o) => omissionKind(o) !== 'structural').map((o) => [o.id as string, o]));
  const counted = (id: string): boolean => findable.get(id) !== undefined && omissionKind(findable.get(id)!) === 'counted';
  const runs = (['a', 'b'] as const).flatMap((side) => {
    const sentences = c[side].sentences;
    return quotationRuns(sentences, (i) => counted(sentences[i]!.id)).map((run) => run.map((i) => findable.get(sentences[i]!.id)!));
  });
  const inRun = new Set(runs.flat().map((o) => o.id as string));
  const single = [...findable.values()].filter((o) => !inRun.has(o.id)).map((o) => [o]);
  return [...single, ...runs].flatMap((group) => omissionFinding(c, rowOf, names, group));
}

/** The finding of one one-sided statement, or of a quotation's run of them (in text order): worded as the least sure of them. */
function omissionFinding(c: Comparison, rowOf: ReadonlyMap<string, string>, names: readonly string[], group: readonly Omission[]): Unranked[] {
  const side = c[sideOf(group[0]!.id)];
  const parts = group.flatMap((o) => {
    const index = side.sentences.findIndex((s) => s.id === o.id);
    return index < 0 ? [] : [{ o, index, text: side.sentences[index]!.text }];
  });
  if (parts.length === 0) return [];
  const ids = parts.map((p) => p.o.id);
  // A statement the analyst checked is sure, whatever the machine's figure: the hedge is the least sure unchecked one's.
  const doubt = (o: Omission): number => (o.checked === true ? Infinity : o.confidence ?? Infinity);
  const lead = parts.reduce((x, y) => (doubt(y.o) < doubt(x.o) ? y : x)).o;
  const other = c[otherSide(sideOf(lead.id))];
  const basis = missingBasis(other, lead.wording);
  // Who says how sure it is comes before the quotation, so that a card cut short keeps it (tester 9, V15).
  const note = groupNote(parts.map((p) => p.o), other.label);
  const text = parts.map((p) => p.text).join(' ');
  return [{
    kind: 'omission' as const, rows: placed(rowOf, ids), ids,
    text: `${capitalise(lead.wording)} (${ids.join(', ')}${note ? `, ${note}` : ''}): “${clip(text, CLIP * parts.length)}”${basis}`,
    salience: Math.max(...parts.map((p) => omissionSalience({ text: p.text, index: p.index, count: side.sentences.length, partyNames: names, confidence: omissionWeight(p.o) }))),
  }];
}

/**
 * The notes of a run's statements as one: the machine's figures as one range ("one-sided confidence 53–73%",
 * from the confidences themselves), then each other note once ("checked by the analyst").
 */
function groupNote(group: readonly Omission[], other: string): string {
  const figured = (o: Omission): boolean => o.checked !== true && !unlinkedOnly(o) && typeof o.confidence === 'number';
  const figures = group.filter(figured).map((o) => o.confidence as number);
  const range = figures.length > 0 ? [confidenceRangePercent(figures, 'one-sided')] : [];
  return [...range, ...new Set(group.filter((o) => !figured(o)).map((o) => omissionNote(o, other)))].filter((n) => n !== '').join('; ');
}

/** Whether the analyst took the statement's link away and did not confirm it one-sided (tester 9, V5). */
const unlinkedOnly = (o: Omission): boolean => omissionKind(o) === 'unlinked';

/**
 * How sure an omission is, as its finding says it: "checked by the analyst", "one-sided confidence 62%",
 * or for a statement the analyst only unlinked, that nobody estimated whether the other readout
 * reports it elsewhere (the analyst said only that it is not the same point as its partner).
 */
function omissionNote(o: Omission, other: string): string {
  if (o.checked === true) return 'checked by the analyst';
  if (unlinkedOnly(o)) return [`unlinked by the analyst; whether ${other} reports it elsewhere was not estimated`, machineLinkWording(o, true)].filter(Boolean).join('; ');
  return typeof o.confidence === 'number' ? confidencePercent(o.confidence, 'one-sided') : '';
}

/**
 * The weight of an omission's salience: none (sure) when checked; the machine's confidence; for one the
 * analyst only unlinked, the aligner's doubt about the link taken away (1 − its confidence), so that it
 * ranks with the doubtful rather than ahead of the machine's confident omissions. Ranking only: never shown.
 */
function omissionWeight(o: Omission): number | undefined {
  if (o.checked === true) return undefined;
  if (unlinkedOnly(o)) return o.nearest ? 1 - o.nearest.confidence : undefined;
  return o.confidence ?? undefined;
}

/**
 * Doubtful matches. A statement whose links are all too weak to join rows (under 0.5,
 * shared/view/rows.ts: its own row, "matched only weakly with X") may be something only its side
 * said: it is listed as a possible omission, its salience weighed by how unsure the link is
 * (1 − the best link confidence), so that a confident omission still ranks above it, and its hedge
 * follows that figure ("probably" from 0.5, else "possibly").
 *
 * A matched row whose links are all under `CONFIDENT` (0.5 to 0.8: the rows, counts and PDF show it
 * matched, marked "weak match") is more likely one point than two, so it is not two omissions
 * (tester U3: "possibly only in X" for each side of a 79% link contradicts the row and, pasted
 * into a story, says each side alone made the statement). It is one line that says what is in
 * doubt: "Possibly not the same point (link confidence 79%): X a2 “…” and Y b3 “…”". When the row has
 * typed differences, the line keeps them, hedged, in place of the quotations (doubtfulRowFinding): a link
 * in this band is right more often than not (docs/alignment.md, the reliability table), so what differs
 * if it is one point is what a reporter needs, said with the doubt first.
 * A link made or checked by the analyst settles it: no line.
 */
/** A matched row whose links are all weak, none made or checked by the analyst. */
const isUncheckedWeakRow = (row: Row): boolean => row.kind === 'matched' && isWeakRow(row.pairs);

/** Most characters of each sentence quoted in a doubtful-match line (it quotes both sides). */
const CLIP_EACH_SIDE = CLIP / 2;

function weakMatchFindings(c: Comparison, row: Row, number: string, names: readonly string[]): Unranked[] {
  const links = row.kind === 'matched' ? row.pairs : row.weak.map((w) => w.pair);
  if (links.length === 0 || (row.kind === 'matched' && !isUncheckedWeakRow(row)) || links.some((p) => p.checked)) return [];
  const best = Math.max(...links.map((p) => p.confidence ?? 0));
  const facts = [...row.a, ...row.b].flatMap((id) => {
    const side = c[sideOf(id)];
    const index = side.sentences.findIndex((s) => s.id === id);
    if (index < 0) return [];
    const text = side.sentences[index]!.text;
    return [{ id, text, salience: omissionSalience({ text, index, count: side.sentences.length, partyNames: names, confidence: 1 - best }) }];
  });
  if (row.kind === 'matched') return [doubtfulRowFinding(c, row, facts, best, number)];
  return facts.map(({ id, text, salience }) => {
    const other = c[otherSide(sideOf(id))];
    // What it means first ("probably only in X": the link is more likely wrong than right), then the row's own
    // status in its words ("matched only weakly with X a8"), so the finding and the row say one thing (tester 9,
    // V11) and a pasted line still says which side alone reported it.
    // The one-sided words are omissionWording's, so that an incomplete other copy keeps "not in X's (incomplete) copy" (tester 10, T3).
    const hedge = 1 - shownConfidence(best) >= PROBABLE ? 'Probably' : 'Possibly';
    const side = sideOf(id);
    const status = `${row.wording ?? `matched only weakly with ${other.label}`} ${row.weak.map((w) => w.other).join(', ')}`;
    return {
      kind: 'omission' as const, rows: [number], ids: [id], salience,
      text: `${hedge} ${omissionWording(c[side], other, null, omissionMayBeMissing(c, side, id))} (${id}, ${status}, ${confidencePercent(best, 'link')}): “${clip(text)}”`,
    };
  });
}

/**
 * The one line of a weak matched row (link confidence in [`PROBABLE`, `CONFIDENT`): the rows join it, every
 * view marks it "weak match"). The doubt first, so that a line cut short keeps it (tester 9, V15); then,
 * when the row has typed differences, what differs if it is one point ("…; if it is: White House a6 /
 * Kremlin b10: number “30-day” only in Kremlin"), ranked by their salience weighed by the link's
 * confidence, as a confident row's are; else both sides quoted.
 */
function doubtfulRowFinding(c: Comparison, row: Row, facts: ReadonlyArray<{ id: string; text: string; salience: number }>, best: number, number: string): Unranked {
  const doubt = `Possibly not the same point (${confidencePercent(best, 'link')})`;
  const ids = facts.map((f) => f.id);
  const salience = Math.max(...facts.map((f) => f.salience));
  const differences = rowDifferences(row);
  if (differences.length > 0) {
    const phrases = differencePhrases(c, differences);
    return {
      kind: 'uncertain-match', rows: [number], ids, text: `${doubt}; if it is: ${rowPlace(c, row)}: ${phrases.join('; ')}`,
      salience: Math.max(salience, differenceSalience(differences)),
      ...(phrases.length > 1 ? { phrases } : {}),
    };
  }
  const sideText = (s: Side): string => {
    const mine = facts.filter((f) => sideOf(f.id) === s);
    return `${c[s].label} ${mine.map((f) => f.id).join(', ')} ${mine.map((f) => `“${clip(f.text, CLIP_EACH_SIDE)}”`).join(' ')}`;
  };
  return { kind: 'uncertain-match', rows: [number], ids, text: `${doubt}: ${sideText('a')} and ${sideText('b')}`, salience };
}

/** How one difference reads in a line: “The leaders” vs “Donald Trump”, or “30-day” only in Kremlin. */
function differencePhrase(d: TypedDifference, c: Comparison): string {
  if (d.a && d.b) return `${d.type} “${d.a.text}” (${c.a.label}) vs “${d.b.text}” (${c.b.label})`;
  const s = (d.a ?? d.b)!;
  return `${d.type} “${s.text}” only in ${c[d.a ? 'a' : 'b'].label}`;
}

/** A row's typed differences, each with the confidence of the link it was found on (none: the analyst's), each once. */
function rowDifferences(row: Row): Array<TypedDifference & { confidence: number | null }> {
  if (row.kind !== 'matched') return [];
  const seen = new Set<string>();
  return row.pairs.flatMap((p) => (p.differences ?? []).map((d) => ({ ...d, confidence: p.checked ? null : p.confidence }))).filter((d) => {
    const key = `${d.type}|${d.a?.id}:${d.a?.start}|${d.b?.id}:${d.b?.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a row's differences are: "White House a6 / Kremlin b10". */
const rowPlace = (c: Comparison, row: Row): string => `${c.a.label} ${row.a.join(', ')} / ${c.b.label} ${row.b.join(', ')}`;

/** Every difference as a phrase, most salient type first: one phrase per type first, so a line shows the row's range of differences before their repeats. */
function differencePhrases(c: Comparison, differences: readonly TypedDifference[]): string[] {
  const ordered = [...differences].sort((x, y) => typeWeight(y.type) - typeWeight(x.type));
  const firsts = ordered.filter((d, i) => ordered.findIndex((e) => e.type === d.type) === i);
  return [...firsts, ...ordered.filter((d) => !firsts.includes(d))].map((d) => differencePhrase(d, c));
}

/**
 * The typed differences of a confidently matched row, in one line naming every one of them (the line is
 * what a reporter pastes: the screen may fold it, the copy and the PDF never cut it). A weak row gives
 * them in its doubtful-match line instead (doubtfulRowFinding), hedged; a statement in a row of its own
 * (its links under `PROBABLE`) gives none: it is listed as a possible omission.
 */
function differenceFinding(c: Comparison, row: Row, number: string): Unranked[] {
  if (row.kind !== 'matched' || isUncheckedWeakRow(row)) return [];
  const differences = rowDifferences(row);
  if (differences.length === 0) return [];
  const ids = [...new Set(differences.flatMap((d) => [d.a?.id, d.b?.id]).filter((x): x is SentenceId => !!x))];
  const phrases = differencePhrases(c, differences);
  return [{
    kind: 'difference', rows: [number], ids,
    text: `${rowPlace(c, row)}: ${phrases.join('; ')}`,
    salience: differenceSalience(differences),
    ...(phrases.length > 1 ? { phrases } : {}),
  }];
}

/** A quotation's severity, from `severity` when the quote check gives it, else from `verbatim`. */
function severityOf(q: QuoteCheck): MisquoteSeverity | null {
  if (q.severity === 'verbatim' || (q.severity === undefined && q.verbatim)) return null;
  return q.severity ?? 'not-verbatim';
}

/** A misquotation in the verdicts' words (shared/article/verdict.ts), as the panel, the terminal and the PDF say it. */
function misquoteWords(q: QuoteCheck, severity: MisquoteSeverity): string {
  return severity === 'not-verbatim' ? 'not quoted word for word' : quoteWords(q);
}

/**
 * The finding's kind a quotation's severity makes, from the one table of severities (severity.ts `SEVERITIES`):
 * "misquote" only for a change of meaning, so that the badge and the verdict's words agree; "quotation" otherwise.
 */
export function quotationKind(severity: MisquoteSeverity): 'misquote' | 'quotation' {
  return severity === 'not-verbatim' ? 'quotation' : SEVERITIES[severity].finding ?? 'quotation';
}

function misquoteFindings(article: ArticleAnalysis, c: Comparison, rowOf: ReadonlyMap<string, string>): Unranked[] {
  return article.claims.flatMap((claim) => claim.quotes.flatMap((q) => {
    const severity = severityOf(q);
    if (!severity || !q.match) return [];
    const sentence = q.match.sentence;
    const label = c[q.readout].label;
    return [{
      kind: quotationKind(severity), rows: placed(rowOf, [sentence]), ids: [claim.id, sentence],
      text: `${article.doc.meta.label} ${claim.id} quotes ${label} (${sentence}), ${misquoteWords(q, severity)}: ${quoteSidesText(q.diff, label)}`,
      salience: misquoteSalience(severity),
    }];
  }));
}

/**
 * A claim that says with opposite polarity what a readout sentence says (its verdict "contradicts? check", verdict.ts):
 * "Article c2 contradicts? check against Kremlin (a8): negated in the article, not in a8: “…”".
 */
function contradictionFindings(article: ArticleAnalysis, c: Comparison, rowOf: ReadonlyMap<string, string>): Unranked[] {
  return article.claims.flatMap((claim) => judgedSides(claim).flatMap((side) => {
    const v = readoutVerdict(claim, side)!;
    if (v.kind !== 'contradicts' || !v.contrast) return [];
    const sentence = v.contrast.sentence;
    return [{
      kind: 'contradiction' as const, rows: placed(rowOf, [sentence]), ids: [claim.id, sentence],
      text: `${article.doc.meta.label} ${claim.id} ${VERDICT_WORDS.contradicts.words} against ${c[side].label} (${sentence}): ${contrastWords(v.contrast)}: “${clip(v.contrast.clause)}”`,
      salience: contradictionSalience(),
    }];
  }));
}

function annotationFindings(annotations: readonly Annotation[], c: Comparison, rowOf: ReadonlyMap<string, string>): Unranked[] {
  const listed = listAnnotations(annotations);
  return listed.flatMap((a, i) => {
    const label = normalizeLabel(a.label);
    if (label === '' || label.toLowerCase() === PRIVATE_LABEL || a.status !== 'anchored') return [];
    // The app's own labels read as nouns ("Disagreement" → "as a disagreement"); the analyst's are quoted as written.
    const own = DEFAULT_LABELS.includes(label.toLowerCase());
    const t = a.target;
    const sentences = t.kind === 'row'
      ? t.sentences.map((s) => s.sentence)
      : t.source === 'article' ? [] : [sentenceAt(c[t.source].sentences, t.position.start)?.id].filter((x): x is SentenceId => !!x && !!sentenceOf(c[sideOf(x)], x));
    const rows = placed(rowOf, sentences);
    const note = a.note.trim() ? `: ${clip(a.note.trim().replace(/\s+/gu, ' '))}` : '';
    return [{
      kind: 'annotation' as const, rows, ids: [...sentences, `✎${i + 1}`],
      text: `Annotated ${own ? `as ${withArticle(label.toLowerCase())}` : `“${label}”`} (✎${i + 1}, ${sentences.join(', ') || 'the article'})${note}`,
      salience: annotationSalience(),
    }];
  });
}
