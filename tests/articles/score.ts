/**
 * Scores the CLI's JSON for a real article against hand-made expected answers
 * (tests/fixtures/articles/expected.json; docs/article.md): speakers (commentary
 * items with the right speaker), quotations of a readout (right readout and
 * verbatim flag), claim sentences (right readouts), and the share of the speakers
 * found whose role is one the expected answer accepts. Items are identified by
 * their first words. Pure: the eval script (scripts/eval-articles.ts) reads files.
 */
export interface ExpectedArticle {
  id: string;
  file: string;
  split: 'dev' | 'heldout';
  /** The branch that collected a later development batch (scored alone with `--batch NAME` before its rules were written). */
  batch?: string;
  pair: string;
  url: string;
  outlet: string;
  claims: Array<{ startsWith: string; readouts: string[] }>;
  readoutQuotes: Array<{ startsWith: string; readout: string; verbatim: boolean; severity?: string }>;
  commentary: Array<{ startsWith: string; speaker: string; named: boolean; role: string[]; party: boolean; timing: string | null }>;
}

/** The part of the CLI's `--json` output that is scored. */
export interface ArticleJson {
  claims: Array<{ text: string; readouts: string[]; quotes: Array<{ text: string; readout: string; verbatim: boolean }> }>;
  commentary: Array<{ speaker: string; role: string | null; quote: string }>;
}

/** True and false positives and misses, summed over articles. */
export interface Counts { tp: number; fp: number; fn: number }
export interface ArticleCounts {
  speakers: Counts;
  readoutQuotes: Counts;
  claims: Counts;
  /** Speakers found (matched) and those among them with an accepted role. */
  roles: { found: number; right: number };
  /** For messages: what was found and not expected, and expected and not found. */
  extra: string[];
  missed: string[];
}

/** Lower case, quotation marks and a leading article dropped, spaces collapsed. */
export const normText = (s: string): string => s.replace(/[“”"‘’']/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase().replace(/^(?:the|a|an) /u, '');

const starts = (text: string, prefix: string): boolean => normText(text).startsWith(normText(prefix));
const sameSet = (x: readonly string[], y: readonly string[]): boolean => [...x].sort().join() === [...y].sort().join();

function match<F, G>(found: F[], gold: G[], same: (f: F, g: G) => boolean, name: (x: F | G) => string, kind: string, out: ArticleCounts): Array<[F, G]> {
  const used = new Set<number>();
  const pairs: Array<[F, G]> = [];
  for (const f of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(f, g));
    if (k >= 0) {
      used.add(k);
      pairs.push([f, gold[k] as G]);
    } else out.extra.push(`${kind}: ${name(f)}`);
  }
  gold.forEach((g, i) => { if (!used.has(i)) out.missed.push(`${kind}: ${name(g)}`); });
  return pairs;
}

const counts = (found: number, gold: number, tp: number): Counts => ({ tp, fp: found - tp, fn: gold - tp });

/** Scores one article's JSON against its expected answers. */
export function scoreArticleJson(json: ArticleJson, expected: ExpectedArticle): ArticleCounts {
  const out: ArticleCounts = { speakers: counts(0, 0, 0), readoutQuotes: counts(0, 0, 0), claims: counts(0, 0, 0), roles: { found: 0, right: 0 }, extra: [], missed: [] };
  const label = (x: unknown): string => {
    const o = x as { text?: string; quote?: string; startsWith?: string; speaker?: string };
    return `${(o.startsWith ?? o.text ?? o.quote ?? '').slice(0, 50)}${o.speaker ? ` (${o.speaker})` : ''}`;
  };
  const claims = match(json.claims, expected.claims, (c, g) => starts(c.text, g.startsWith) && sameSet(c.readouts, g.readouts), label, 'claim', out);
  out.claims = counts(json.claims.length, expected.claims.length, claims.length);
  const quotes = json.claims.flatMap((c) => c.quotes);
  const rq = match(quotes, expected.readoutQuotes, (q, g) => starts(q.text, g.startsWith) && q.readout === g.readout && q.verbatim === g.verbatim, label, 'readout quote', out);
  out.readoutQuotes = counts(quotes.length, expected.readoutQuotes.length, rq.length);
  const sp = match(json.commentary, expected.commentary, (q, g) => starts(q.quote, g.startsWith) && normText(q.speaker) === normText(g.speaker), label, 'speaker', out);
  out.speakers = counts(json.commentary.length, expected.commentary.length, sp.length);
  out.roles = { found: sp.length, right: sp.filter(([q, g]) => q.role !== null && g.role.some((r) => normText(r) === normText(q.role ?? ''))).length };
  return out;
}

/** Sums counts over articles. */
export function sumCounts(all: ArticleCounts[]): Omit<ArticleCounts, 'extra' | 'missed'> {
  const add = (k: 'speakers' | 'readoutQuotes' | 'claims'): Counts => all.reduce((s, a) => ({ tp: s.tp + a[k].tp, fp: s.fp + a[k].fp, fn: s.fn + a[k].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    speakers: add('speakers'), readoutQuotes: add('readoutQuotes'), claims: add('claims'),
    roles: all.reduce((s, a) => ({ found: s.found + a.roles.found, right: s.right + a.roles.right }), { found: 0, right: 0 }),
  };
}

/** Precision, recall and F1 of counts (1 when there is nothing to find and nothing found). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
