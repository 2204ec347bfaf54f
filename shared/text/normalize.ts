/**
 * Normalisation of a word token before lookup: lower case, no possessive "'s",
 * no dots inside abbreviations ("U.S" → "us") or hyphens after a prefix
 * ("co-operation" → "cooperation"), typographic apostrophes unified.
 */

/** Typographic apostrophes and backticks as "'". Most words have none: the look-ups are cheaper than the replacement (a hot path). */
export function unifyApostrophes(word: string): string {
  // One pass over the char codes (a hot path: every token of every sentence): ’ ‘ and `.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) return word.replace(/[\u2019\u2018`]/g, "'");
  }
  return word;
}

/** Whether `word` is all ASCII lower-case letters and digits: its own lookup form (most words; a hot path). */
function isPlainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** The lookup form of a word as written. */
export function normalizeWord(word: string): string {
  if (isPlainLower(word)) return word;
  let w = unifyApostrophes(word.toLowerCase());
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.includes('.') || w.includes('-')) w = w.replace(/[.-]/g, '');
  return w;
}

/** True when the word is written in capitals only (an acronym such as "US" or "UN"). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
