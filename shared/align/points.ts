/**
 * A sentence's points (issue 14, cause 1): where a sentence that reports several points divides
 * into them, by the tagger the article analysis already uses (compromise): a coordinator before a
 * verb (two coordinated predicates), a semicolon, a comma before a verb (a supplementary non-finite
 * clause). Cues: data/points.json. Each text is split once (a bounded cache).
 */
import nlp from 'compromise';
import data from './data/points.json';

interface Term { text: string; post: string; tags: string[]; offset: { start: number } }

/** The coordinators, each as its words in lower case. */
const COORDINATORS = data.coordinators.map((c) => c.split(/\s+/));
const VERB = new Set(['Verb', 'Modal', 'Auxiliary']);
const isVerb = (t: Term | undefined): boolean => t !== undefined && t.tags.some((g) => VERB.has(g));

/** The first term from `k` that is not an adverb. */
function afterAdverbs(terms: readonly Term[], k: number): Term | undefined {
  let i = k;
  while (i < terms.length && terms[i]!.tags.includes('Adverb')) i++;
  return terms[i];
}

/** The number of words of the coordinator starting at term `k`, or 0. */
function coordinatorAt(terms: readonly Term[], k: number): number {
  for (const words of COORDINATORS) {
    if (words.every((w, d) => terms[k + d]?.text.toLowerCase() === w && (d === words.length - 1 || !/[,;]/.test(terms[k + d]!.post)))) return words.length;
  }
  return 0;
}

/** The offsets (in the text) where a new point starts, ascending. */
function cutsOf(text: string): number[] {
  const cuts: number[] = [];
  for (const s of nlp(text).json({ offset: true }) as Array<{ terms: Term[] }>) {
    const terms = s.terms;
    for (let k = 1; k < terms.length; k++) {
      const before = terms[k - 1]!.post;
      if (before.includes(';')) { cuts.push(terms[k]!.offset.start); continue; }
      const n = coordinatorAt(terms, k);
      if (n > 0 && isVerb(afterAdverbs(terms, k + n))) { cuts.push(terms[k]!.offset.start); k += n - 1; continue; }
      if (before.includes(',') && isVerb(afterAdverbs(terms, k))) cuts.push(terms[k]!.offset.start);
    }
  }
  return cuts;
}

const CACHE = new Map<string, number[]>();
const MAX_CACHED = 20_000;

/** Where `text`'s points start (offsets in it, ascending; none for a one-point sentence). */
export function pointCuts(text: string): readonly number[] {
  let cuts = CACHE.get(text);
  if (!cuts) {
    if (CACHE.size >= MAX_CACHED) CACHE.clear();
    CACHE.set(text, (cuts = cutsOf(text)));
  }
  return cuts;
}
