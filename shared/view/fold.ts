/**
 * Text folded for search, with a map back to the original: what a reader counts as
 * "the same letters" is the same code units after folding, so that "Kyiv" finds
 * "Kýiv", "ceasefire" finds "cease-fire" and "cease–fire", and a typographic
 * apostrophe finds a straight one. Folding, per character of the original:
 * - letters lose their diacritics (Unicode canonical decomposition, combining
 *   marks dropped): "é" → "e", "ё" → "е";
 * - hyphens and dashes (and the soft hyphen) are dropped: they join or split words
 *   differently from one writer to the next ("cease-fire", "ceasefire");
 * - typographic single and double quotation marks become ' and ";
 * - every run of whitespace becomes one space;
 * - letter case is dropped unless the search is case-sensitive.
 * Each folded code unit remembers the original character it came from, so a match
 * in the folded text maps back to exact offsets of the original.
 */

/** Hyphens, dashes, the minus sign and the soft hyphen (Unicode Pd plus U+2212, U+00AD). */
const DASH = /[\p{Pd}\u2212\u00AD]/u;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/u;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const MARK = /\p{M}/gu;
const SPACE = /\s/u;

/** A folded text: `text`, and for each of its code units the original's [start, end) it came from. */
export interface Folded {
  text: string;
  /** `from[i]`: offset in the original of the character that folded code unit i came from. */
  from: number[];
  /** `to[i]`: offset in the original just after that character. */
  to: number[];
}

/** How one original character reads once folded ('' when it is dropped). */
function foldChar(ch: string, caseSensitive: boolean): string {
  if (DASH.test(ch)) return '';
  if (SINGLE_QUOTE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  const bare = ch.normalize('NFD').replace(MARK, '');
  return caseSensitive ? bare : bare.toLowerCase();
}

/** `text` folded for search (see the module's comment), with its map back to `text`. */
export function foldForSearch(text: string, caseSensitive = false): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    if (SPACE.test(ch)) {
      // A run of whitespace is one space, which stands for the whole run.
      if (out.length > 0 && out[out.length - 1] === ' ' && to[to.length - 1] === start) {
        to[to.length - 1] = i;
        continue;
      }
      out.push(' ');
      from.push(start);
      to.push(i);
      continue;
    }
    const folded = foldChar(ch, caseSensitive);
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k]!);
      from.push(start);
      to.push(i);
    }
  }
  return { text: out.join(''), from, to };
}

/** The folded form of a query: as `foldForSearch`, with whitespace at the ends removed. */
export function foldQuery(query: string, caseSensitive = false): string {
  return foldForSearch(query, caseSensitive).text.trim();
}
