/**
 * A readout's label when nothing describes it: made from its file name, as a reader
 * would say it. "white-house.txt" → "White House", "kremlin_readout.html" →
 * "Kremlin Readout", "PMO-India.pdf" → "PMO India". The folder and the last
 * extension go; dashes, underscores, dots, spaces and dashes of prose between words
 * become one space. A name written in Latin letters only is title-cased as English
 * titles are: a word written all in lower case gets a capital (short function words
 * inside the label stay lower case: "Office of the Prime Minister"); a word with a
 * capital of its own ("UK", "McCain") is kept as written. A name with letters of any
 * other script keeps its own case throughout ("Белый дом — readout.txt" → "Белый дом
 * readout"): English title case is no rule there, and "Дом" for "дом" would misquote
 * it. A name that leaves nothing ("..txt") is its own label.
 */

/** Words that stay lower case inside a label (English function words of titles, as in Chicago Manual of Style 8.159). */
const SMALL = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A letter of a script other than Latin. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** The label a file's name gives it (see the module's comment). */
export function labelFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const stem = name.replace(/\.[^.\s]{1,5}$/, '');
  const words = stem.split(/[\s._\-\u2013\u2014]+/u).filter((w) => w !== '');
  if (words.length === 0) return name;
  if (NON_LATIN_LETTER.test(stem)) return words.join(' ');
  return words.map((w, i) => {
    if (w !== w.toLowerCase()) return w;
    if (i > 0 && SMALL.has(w)) return w;
    return w[0]!.toUpperCase() + w.slice(1);
  }).join(' ');
}
