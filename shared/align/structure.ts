/**
 * Structural lines: a line of a readout that organises the text rather than reports a
 * point of the call, a line announcing what follows ("A summary of the call follows.")
 * or a heading or label line ("Note: the full statement."). Gold alignments leave them
 * unlinked, so the aligner's omission model rightly finds them one-sided, often with its
 * highest confidence; the findings and the counts of one-sided statements leave them out
 * so that they never outrank a point of substance. Cues: data/structure.json (metadiscourse
 * frame markers after Hyland 2005; run-in heads and note labels after the Chicago Manual).
 */
import nlp from 'compromise';
import boilerplate from './data/boilerplate.json';
import data from './data/structure.json';
import { primaryLanguage } from '../text/language';
import { isStopword } from './stopwords';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrase = (c: string): string => c.split(/\s+/).map(escape).join('\\s+');
const ANNOUNCING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.announcing.map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const POINTER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.pointers.map(phrase).join('|')})[\\s.:;!…]*$`, 'iu');
const LABEL = new RegExp(`^\\s*(?:${data.labels.map(phrase).join('|')})\\s*:`, 'iu');
const GENERIC = new Set(boilerplate.words.map((w) => w.toLowerCase()));

/** The content words of a text (not stop words, not boilerplate, longer than two letters). */
function contentWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length > 2 && !isStopword(w, 'en') && !GENERIC.has(w)) n++;
  }
  return n;
}

/** Whether a text holds a finite verb (past tense, modal, auxiliary or copula): a clause, not a title (data/structure.json `labelClauseAbout`). */
function hasFiniteVerb(text: string): boolean {
  return nlp(text).has('(#PastTense|#Modal|#Auxiliary|#Copula)');
}

/** Whether a sentence is a structural line (data/structure.json); false for a language without cue lists. */
export function isStructural(text: string, language: string): boolean {
  if (primaryLanguage(language) !== 'en') return false;
  if (!/\p{L}/u.test(text)) return text.trim().length > 0;
  const words = text.match(WORD)?.length ?? 0;
  if (words > data.maxWords) return false;
  const label = text.match(LABEL);
  if (label) return !hasFiniteVerb(text.slice(label[0].length));
  const cues = [...(text.match(ANNOUNCING) ?? []), ...(text.match(POINTER)?.slice(0, 1) ?? [])];
  if (cues.length === 0) return false;
  return contentWords(text) - contentWords(cues.join(' ')) <= data.maxOtherContent;
}
