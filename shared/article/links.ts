/**
 * Manual links: the analyst adds or removes a link between a claim or a
 * commentary item and a readout sentence (or a claim). Manual links win over the
 * automatic ones; the automatic links stay in the analysis so that taking a
 * manual edit back restores them.
 */
import type { ArticleAnalysis, ClaimId, CommentaryId, ManualLink } from '../model/article';
import type { SentenceId } from '../model/types';

type Target = SentenceId | ClaimId;

/** The links of an item: its automatic links, then manual additions, minus manual removals (text order kept). */
export function effectiveLinks(automatic: readonly Target[], manual: readonly ManualLink[], from: ClaimId | CommentaryId): Target[] {
  const removed = new Set(manual.filter((m) => m.from === from && m.op === 'remove').map((m) => m.to));
  const added = manual.filter((m) => m.from === from && m.op === 'add').map((m) => m.to);
  const out: Target[] = [];
  for (const t of [...automatic, ...added]) if (!removed.has(t) && !out.includes(t)) out.push(t);
  return out.sort(compareTargets);
}

/** Sentence ids in text order (a before b), then claims. */
function compareTargets(x: string, y: string): number {
  const kind = (s: string): number => ({ a: 0, b: 1, c: 2 } as Record<string, number>)[s[0]!] ?? 3;
  return kind(x) - kind(y) || Number(x.slice(1)) - Number(y.slice(1));
}

/**
 * Sets one link by hand: `linked` true adds it, false removes it. An edit that
 * undoes an earlier manual edit of the same link replaces it, and a manual edit that
 * agrees with the automatic links is not kept (there is nothing to override).
 */
export function setManualLink(analysis: ArticleAnalysis, from: ClaimId | CommentaryId, to: Target, linked: boolean): ArticleAnalysis {
  const rest = analysis.manualLinks.filter((m) => !(m.from === from && m.to === to));
  const automatic = (analysis.automaticLinks[from] ?? []).includes(to);
  const manualLinks = automatic === linked ? rest : [...rest, { from, to, op: linked ? 'add' : 'remove' } as ManualLink];
  return withManualLinks(analysis, manualLinks);
}

/** The analysis with `manualLinks` applied to every claim and commentary item. */
export function withManualLinks(analysis: ArticleAnalysis, manualLinks: ManualLink[]): ArticleAnalysis {
  const auto = (id: string): Target[] => analysis.automaticLinks[id] ?? [];
  return {
    ...analysis,
    manualLinks,
    claims: analysis.claims.map((c) => ({ ...c, links: effectiveLinks(auto(c.id), manualLinks, c.id) as SentenceId[] })),
    commentary: analysis.commentary.map((q) => ({ ...q, links: effectiveLinks(auto(q.id), manualLinks, q.id) })),
  };
}

/** Whether the link from `from` to `to` was set by hand (and how), or undefined when it is automatic or absent. */
export function manualState(analysis: ArticleAnalysis, from: string, to: string): 'add' | 'remove' | undefined {
  return analysis.manualLinks.find((m) => m.from === from && m.to === to)?.op;
}
