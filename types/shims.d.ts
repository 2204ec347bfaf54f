// Type declarations for untyped dependencies (only what we use).

declare module 'snowball-stemmers' {
  export interface Stemmer { stem(word: string): string }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

declare module 'stopword' {
  /** English stop words. */
  export const eng: string[];
  /** Russian stop words. */
  export const rus: string[];
}
