/**
 * Stemming by the Snowball algorithms (snowball-stemmers), cached per word: a
 * readout repeats its vocabulary, and the stemmer is the costliest step per token.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { primaryLanguage } from '../text/language';

/** Snowball algorithm for a BCP 47 primary language subtag. */
const ALGORITHMS: Record<string, string> = {
  en: 'english', ru: 'russian', uk: 'russian', fr: 'french', de: 'german', es: 'spanish',
  it: 'italian', pt: 'portuguese', nl: 'dutch', sv: 'swedish', da: 'danish', no: 'norwegian',
  nb: 'norwegian', fi: 'finnish', hu: 'hungarian', ro: 'romanian', tr: 'turkish', ar: 'arabic',
  hy: 'armenian', cs: 'czech', ga: 'irish', sl: 'slovene', ca: 'catalan', eu: 'basque', ta: 'tamil',
};

/** A stemming function for a language; the identity where Snowball has no algorithm. */
export type StemFn = (normalizedWord: string) => string;

const cache = new Map<string, StemFn>();

/** The cached stemmer for a BCP 47 language tag ("en", "ru", "en-GB", …). */
export function stemmerFor(language: string): StemFn {
  const primary = primaryLanguage(language);
  let fn = cache.get(primary);
  if (fn) return fn;
  const algorithm = ALGORITHMS[primary];
  if (!algorithm) {
    fn = (w) => w;
  } else {
    const stemmer: Stemmer = newStemmer(algorithm);
    const memo = new Map<string, string>();
    fn = (w) => {
      let s = memo.get(w);
      if (s === undefined) {
        s = stemmer.stem(w);
        // Bounded: a long-running app compares many texts.
        if (memo.size >= 200_000) memo.clear();
        memo.set(w, s);
      }
      return s;
    };
  }
  cache.set(primary, fn);
  return fn;
}
