/**
 * A curated claims file: a desk lists an article's claims and commentary by hand,
 * with their links, instead of relying on extraction. Format (docs/claims-file.md):
 *
 * ```
 * { "format": "readout-compare/claims", "version": 1,
 *   "article": { "file": "article.txt" } | { "text": "…" }, plus optional label, publisher, title, url, date, note, provenance, language,
 *   "claims": [ { "text": "…", "readouts": ["a"], "links"?: ["a6"], "verdicts"?: { "a": "supported" } } ],
 *   "commentary": [ { "quote": "…", "speaker": "…", "role"?: "…", "party"?: false, "timing"?: "before", "links"?: ["a3", "c1"] } ],
 *   "manualLinks"?: [ { "from": "c1", "to": "a6", "op": "add" } ] }
 * ```
 *
 * Claim texts and quotations are located in the article (they must occur in it
 * word for word); a claim's quotations are checked against its readouts. Verdicts
 * and links left out are computed as for extracted claims; those given win.
 */
import { isNamed } from './names';
import type { AlignResources } from '../align/resources';
import {
  claimId, commentaryId,
  type ArticleAnalysis, type Claim, type ClaimId, type Commentary, type ManualLink, type Verdict,
} from '../model/article';
import type { SentenceId, Side, SourceDoc, SourceMeta } from '../model/types';
import { articleLanguageNote } from '../text/input-notes';
import { analyzeArticle, judgeClaim, linkCommentary, quotationWarnings, readoutsOf, type ComparedDocs } from './analyze';
import type { ClaimsFile } from './claims-schema';
import { withManualLinks } from './links';
import { findQuotations } from './quotes';

export { CLAIMS_FORMAT, claimsFileSchema, schemaProblems, type ClaimsFile } from './claims-schema';

/** The article's meta from the claims file's `article` entry, over `base` (defaults or a meta.json). */
export function curatedArticleMeta(file: ClaimsFile, base: SourceMeta): SourceMeta {
  const a = file.article;
  return {
    label: a.label ?? base.label, publisher: a.publisher ?? base.publisher, title: a.title ?? base.title, url: a.url ?? base.url,
    date: a.date ?? base.date, note: a.note ?? base.note, provenance: a.provenance ?? base.provenance, language: a.language ?? base.language,
    complete: base.complete,
  };
}

/** A problem with the content of a valid claims file, naming the field. */
export class CuratedError extends Error {}

/**
 * Builds the analysis a claims file describes, for `article` (its text: from the
 * file's `text`, or read from its `file` by the caller). Throws `CuratedError`
 * naming the field when a claim or quotation is not in the article, or a link
 * names a sentence or claim that does not exist.
 */
export function curatedAnalysis(file: ClaimsFile, article: SourceDoc, docs: ComparedDocs, resources: AlignResources): ArticleAnalysis {
  const readout = readoutsOf(docs);
  const quotations = findQuotations(article.text);
  const exists = (id: string): boolean => {
    if (id[0] === 'c') return Number(id.slice(1)) <= file.claims.length;
    return docs.comparison[id[0] as Side].sentences.length >= Number(id.slice(1));
  };
  const checkLinks = (links: readonly string[] | undefined, path: string): void => {
    links?.forEach((id, k) => {
      if (!exists(id)) throw new CuratedError(`${path}.links.${k}: there is no ${id[0] === 'c' ? 'claim' : 'sentence'} ${id}`);
    });
  };

  const claims: Claim[] = file.claims.map((c, i) => {
    const start = locate(article.text, c.text, `claims.${i}.text`);
    const end = start + c.text.length;
    checkLinks(c.links, `claims.${i}`);
    const inside = quotations.flatMap((q, k) => (q.outerStart >= start && q.outerEnd <= end ? [k] : []));
    const judged = judgeClaim({ start, end, text: c.text, sides: c.readouts, quotes: inside, attributionSpans: [] }, i, article.text, quotations, quotations.map(() => null), readout, resources);
    const verdicts: Partial<Record<Side, Verdict>> = { ...judged.verdicts, ...definedEntries(c.verdicts ?? {}) };
    // A verdict the desk gives wins over a polarity contrast found for that readout.
    const given = new Set(Object.keys(definedEntries(c.verdicts ?? {})));
    const contrasts = Object.fromEntries(Object.entries(judged.contrasts ?? {}).filter(([side]) => !given.has(side)));
    const { contrasts: _found, ...rest } = judged;
    return { ...rest, ...(Object.keys(contrasts).length > 0 ? { contrasts } : {}), id: claimId(i), verdicts, links: (c.links as SentenceId[] | undefined) ?? judged.links };
  });

  const commentary: Commentary[] = file.commentary.map((q, i) => {
    const start = locate(article.text, q.quote, `commentary.${i}.quote`);
    checkLinks(q.links, `commentary.${i}`);
    return {
      id: commentaryId(i), speaker: q.speaker, named: isNamed(q.speaker), role: q.role ?? null, party: q.party, quote: q.quote,
      start, end: start + q.quote.length, timing: q.timing ?? null, links: (q.links as Array<SentenceId | ClaimId> | undefined) ?? [],
    };
  });
  // Links the file leaves out are computed as for extraction.
  const toLink = commentary.filter((_, i) => file.commentary[i]!.links === undefined);
  linkCommentary(toLink, claims, readout, article.meta.language, resources);

  file.manualLinks.forEach((m, k) => {
    const fromExists = m.from[0] === 'c' ? Number(m.from.slice(1)) <= claims.length : Number(m.from.slice(1)) <= commentary.length;
    if (!fromExists) throw new CuratedError(`manualLinks.${k}.from: there is no item ${m.from}`);
    if (!exists(m.to)) throw new CuratedError(`manualLinks.${k}.to: there is no ${m.to[0] === 'c' ? 'claim' : 'sentence'} ${m.to}`);
    if (m.from[0] === 'c' && m.to[0] === 'c') throw new CuratedError(`manualLinks.${k}: a claim links to readout sentences, not to another claim`);
  });

  const automaticLinks: Record<string, Array<SentenceId | ClaimId>> = {};
  for (const c of claims) automaticLinks[c.id] = [...c.links];
  for (const q of commentary) automaticLinks[q.id] = [...q.links];
  const analysis: ArticleAnalysis = {
    doc: article, origin: 'curated', claims, commentary, automaticLinks, manualLinks: [],
    warnings: quotationWarnings(article.file, article.text, quotations),
  };
  return withManualLinks(analysis, file.manualLinks as ManualLink[]);
}

/** Where `needle` occurs in the article; the first occurrence. */
function locate(haystack: string, needle: string, path: string): number {
  const at = haystack.indexOf(needle);
  if (at < 0) throw new CuratedError(`${path}: not found in the article word for word ("${needle.length > 60 ? needle.slice(0, 57) + '…' : needle}")`);
  return at;
}

function definedEntries<T>(o: Partial<Record<Side, T | undefined>>): Partial<Record<Side, T>> {
  const out: Partial<Record<Side, T>> = {};
  for (const k of ['a', 'b'] as const) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The analysis of an article: from its claims file when there is one, else extracted from its text. */
export function articleAnalysis(article: SourceDoc, claims: ClaimsFile | null, docs: ComparedDocs, resources: AlignResources): ArticleAnalysis {
  const analysis = claims ? curatedAnalysis(claims, article, docs, resources) : analyzeArticle(article, docs, resources);
  // An article in another language than the readouts finds nothing in them: say why, first.
  const note = articleLanguageNote({ file: article.file, language: article.meta.language }, docs.a.meta.language);
  return note === null ? analysis : { ...analysis, languageNote: note, warnings: [note, ...analysis.warnings ?? []] };
}
