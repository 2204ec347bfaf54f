/**
 * Scores an article analysis against a hand-made gold file
 * (tests/fixtures/pairs/<pair>/article-gold.json): precision and recall of claims
 * (with the readouts they are about), of quotations of a readout (with the readout
 * and the verbatim flag), and of commentary (with the speaker); and, over the
 * commentary found, the share with the right role, party flag and timing.
 * Items are identified by their first words.
 */
import type { ArticleAnalysis } from '../shared/model/article';

export interface ArticleGold {
  claims: Array<{ startsWith: string; readouts: string[] }>;
  readoutQuotes: Array<{ startsWith: string; readout: string; verbatim: boolean }>;
  commentary: Array<{ startsWith: string; speaker: string; role: string | null; party: boolean; timing: string | null }>;
}

export interface PR {
  precision: number;
  recall: number;
  /** Items found but not in the gold, and gold items not found (for messages). */
  extra: string[];
  missed: string[];
}

export interface ArticleScore {
  claims: PR;
  readoutQuotes: PR;
  commentary: PR;
  /** Over the commentary items matched: share with the gold's role, party flag, timing. */
  role: number;
  party: number;
  timing: number;
}

/** The quality the issue asks for, each kind: precision and recall ≥ 0.9. */
export const ARTICLE_TARGET = 0.9;

const norm = (s: string): string => s.replace(/[“”"]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();

function pr<T, G>(found: T[], gold: G[], same: (t: T, g: G) => boolean, name: (x: T | G) => string): PR {
  const used = new Set<number>();
  let tp = 0;
  const extra: string[] = [];
  for (const f of found) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(f, g));
    if (k >= 0) {
      used.add(k);
      tp++;
    } else extra.push(name(f));
  }
  const missed = gold.filter((_, i) => !used.has(i)).map(name);
  return { precision: found.length ? tp / found.length : 1, recall: gold.length ? tp / gold.length : 1, extra, missed };
}

export function scoreArticle(analysis: ArticleAnalysis, gold: ArticleGold): ArticleScore {
  const starts = (text: string, prefix: string): boolean => norm(text).startsWith(norm(prefix));
  const label = (x: unknown): string => {
    const o = x as { text?: string; quote?: string; startsWith?: string };
    return (o.startsWith ?? o.text ?? o.quote ?? '').slice(0, 60);
  };
  const sameSides = (x: readonly string[], y: readonly string[]): boolean => [...x].sort().join() === [...y].sort().join();
  const claims = pr(analysis.claims, gold.claims, (c, g) => starts(c.text, g.startsWith) && sameSides(c.readouts, g.readouts), label);
  const quotes = analysis.claims.flatMap((c) => c.quotes);
  const readoutQuotes = pr(quotes, gold.readoutQuotes, (q, g) => starts(q.text, g.startsWith) && q.readout === g.readout && q.verbatim === g.verbatim, label);
  const commentary = pr(analysis.commentary, gold.commentary, (q, g) => starts(q.quote, g.startsWith) && q.speaker === g.speaker, label);
  const matched = analysis.commentary.flatMap((q) => {
    const g = gold.commentary.find((x) => starts(q.quote, x.startsWith) && q.speaker === x.speaker);
    return g ? [{ q, g }] : [];
  });
  const share = (ok: (m: (typeof matched)[number]) => boolean): number => (matched.length ? matched.filter(ok).length / matched.length : 0);
  return {
    claims, readoutQuotes, commentary,
    role: share(({ q, g }) => (q.role === null ? g.role === null : g.role !== null && norm(q.role) === norm(g.role))),
    party: share(({ q, g }) => q.party === g.party),
    timing: share(({ q, g }) => q.timing === g.timing),
  };
}
