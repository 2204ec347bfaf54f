/**
 * What an annotation export needs beyond the file to keep its context (issue 19,
 * "Exports keep their context"): the row each readout sentence is shown in (rows
 * numbered as in the app and the PDF, over the corrected comparison), the text of
 * each sentence, claim and commentary item a link names, and the sentence a passage
 * starts in. Pure; built once per export from the comparison as the analyst sees it.
 */
import type { Comparison } from '../compare/compare';
import type { ArticleAnalysis } from '../model/article';
import type { SentenceId } from '../model/types';
import { sentenceAt } from '../view/annotations';
import { buildRows } from '../view/rows';
import type { Passage } from './model';

/** An item as a link names it: its text, and the rows it is shown in (several for a claim about several sentences). */
export interface ItemContext {
  text: string;
  rows: string[];
}

/** The context of one comparison's annotations. */
export interface ExportContext {
  /** A readout sentence, a claim or a commentary item by id; null for an id the comparison does not have. */
  item(id: string): ItemContext | null;
  /** The readout sentence a passage starts in; null for the article or a place past the text. */
  sentenceOf(p: Passage): SentenceId | null;
}

/** The context of `comparison` (the corrected one, as shown) and its article's analysis. */
export function exportContext(comparison: Comparison, article: ArticleAnalysis | null): ExportContext {
  // Each sentence's row: its label, and its place in reading order (the order rows are listed in).
  const rowOf = new Map<string, { label: string; at: number }>();
  buildRows(comparison).forEach((r, at) => { for (const id of [...r.a, ...r.b]) rowOf.set(id, { label: r.label, at }); });
  const rowsOf = (ids: readonly string[]): string[] => [...new Map(ids.flatMap((id) => { const r = rowOf.get(id); return r ? [[r.at, r.label] as const] : []; })).entries()]
    .sort((x, y) => x[0] - y[0]).map(([, label]) => label);
  const items = new Map<string, ItemContext>();
  for (const side of [comparison.a, comparison.b]) for (const s of side.sentences) items.set(s.id, { text: s.text, rows: rowsOf([s.id]) });
  for (const c of article?.claims ?? []) items.set(c.id, { text: c.text, rows: rowsOf(c.links) });
  for (const q of article?.commentary ?? []) items.set(q.id, { text: `${q.speaker}: “${q.quote}”`, rows: rowsOf(q.links) });
  return {
    item: (id) => items.get(id) ?? null,
    sentenceOf: (p) => {
      if (p.source === 'article') return null;
      const s = sentenceAt(comparison[p.source].sentences, p.position.start);
      return s && s.start <= p.position.start ? s.id : null;
    },
  };
}

/** "row 12", "rows 3, 5", or "" when the item is in no row. */
export function rowsText(rows: readonly string[]): string {
  if (rows.length === 0) return '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`;
}
