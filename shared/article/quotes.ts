/**
 * Quotations in an article: the spans between double quotation marks, curly (“…”),
 * straight ("…"), low-high („…“) or guillemets («…», »…«). Single quotation marks
 * are left alone: inside a quotation they mark a quotation within it, and outside
 * one they are indistinguishable from apostrophes (“Putin’s”).
 *
 * Newspaper convention for a quotation over several paragraphs: each paragraph
 * opens with a quotation mark and only the last one closes. A quotation still open
 * at the end of its paragraph is closed there; when the next paragraph opens with a
 * quotation mark it is marked as continued, otherwise as unterminated (the caller
 * warns: the article's marks are unbalanced).
 *
 * Linear in the length of the text.
 */
import reporting from './data/reporting.json';

/** A quotation in the article. */
export interface Quotation {
  /** UTF-16 offsets of the quoted words, without the marks, trimmed (end exclusive). */
  start: number;
  end: number;
  /** The quoted words: `text.slice(start, end)`. */
  text: string;
  /** Offset of the opening mark, and just past the closing mark (the paragraph end when unterminated). */
  outerStart: number;
  outerEnd: number;
  /** 0-based index of the paragraph (blank-line or line separated block) it opens in. */
  paragraph: number;
  /** Open at the end of its paragraph, and the next paragraph opens with a quotation mark. */
  continued: boolean;
  /** Open at the end of its paragraph, with no continuation: the marks are unbalanced. */
  unterminated: boolean;
  /** Continues the quotation of the paragraph before (newspaper convention). */
  continuation: boolean;
}

/** Closing mark for each opening mark. `"` is either (and closes `“` too); `“` closes `„`; `»` and `«` pair both ways. */
const PAIRS: Record<string, string[]> = {
  '\u201C': ['\u201D', '\u201C', '"'], // “ … ” (and “ … “, a common typo; and “ … ", a mixed pair copied from the web)
  '\u201E': ['\u201C', '\u201D'], // „ … “ / „ … ”
  '"': ['"', '\u201D'],
  '\u00AB': ['\u00BB'], // « … »
  '\u00BB': ['\u00AB'], // » … « (German)
};
const CLOSERS = new Set(['\u201D', '"', '\u00BB', '\u00AB', '\u201C']);

/** Characters after which a straight quote opens rather than closes. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:]/u;

/** The paragraphs of a text: its non-empty lines (articles put one paragraph per line, or separate them by blank lines). */
export function paragraphRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) {
    const s = m.index!;
    if (m[0].trim()) out.push([s, s + m[0].length]);
  }
  return out;
}

/** Single marks: ‘…’ and '…', for articles that quote with them (British style). */
const SINGLE_PAIRS: Record<string, string[]> = { '\u2018': ['\u2019', "'"], "'": ["'", '\u2019'] };
const SINGLE_CLOSERS = new Set(['\u2019', "'"]);

/**
 * The quotations of `text`: with double marks, or with single marks when the
 * article quotes with those (more quotations of three words or more come out that
 * way; inside them, double marks are then quotations within quotations).
 */
export function findQuotations(text: string): Quotation[] {
  const double = findWith(text, 'double');
  if (!/[\u2018']/u.test(text)) return double;
  const single = findWith(text, 'single');
  const long = (qs: Quotation[]) => qs.filter((q) => quotationWordCount(q.text) >= 3).length;
  return long(single) > long(double) ? single : double;
}

function findWith(text: string, style: 'double' | 'single'): Quotation[] {
  const pairsOf = style === 'double' ? PAIRS : SINGLE_PAIRS;
  const closersOf = style === 'double' ? CLOSERS : SINGLE_CLOSERS;
  const out: Quotation[] = [];
  const paragraphs = paragraphRanges(text);
  // Whether the paragraph before ended inside a quotation that this one continues.
  let previousContinues = false;
  // Whether a paragraph before ended inside a quotation (continued or not) and no mark has been met since: a
  // closing mark with no opening one then ends that quotation (its later paragraphs lost their marks), it
  // opens no new one.
  let dangling = false;
  paragraphs.forEach(([pStart, pEnd], paragraph) => {
    const next = paragraphs[paragraph + 1];
    const opener = style === 'double' ? /^[\u201C\u201E"\u00AB\u00BB]/u : /^[\u2018']/u;
    const nextOpensWithMark = next !== undefined && opener.test(text.slice(firstMarkAt(text, next[0]), firstMarkAt(text, next[0]) + 1));
    const firstMark = firstMarkAt(text, pStart);
    let endsOpen = false;
    const push = (outerStart: number, contentEnd: number, outerEnd: number, closed: boolean, contentStart = outerStart + 1): void => {
      let s = contentStart;
      let e = contentEnd;
      while (s < e && /\s/u.test(text[s]!)) s++;
      while (e > s && /\s/u.test(text[e - 1]!)) e--;
      // American style puts the comma that ends the quoted clause inside the marks; it is not the speaker's.
      if (e > s && text[e - 1] === ',') e--;
      if (e <= s) return;
      out.push({
        start: s, end: e, text: text.slice(s, e), outerStart, outerEnd, paragraph,
        continued: !closed && nextOpensWithMark,
        unterminated: !closed && !nextOpensWithMark,
        continuation: previousContinues && outerStart === firstMark,
      });
    };
    let open = -1;
    let closers: string[] = [];
    // The last closing mark of the paragraph (for an opening mark used as a closing one).
    const paragraphText = text.slice(pStart, pEnd);
    const lastCloser = pStart + Math.max(paragraphText.lastIndexOf('\u201D'), paragraphText.lastIndexOf('"'));
    // Only the paragraph's first closing curly mark may be one whose opening mark was lost (linear time).
    let lostTried = style !== 'double' || dangling;
    for (let i = pStart; i < pEnd; i++) {
      const ch = text[i]!;
      if (open < 0) {
        if (!lostTried && ch === '\u201D') {
          lostTried = true;
          if (lostOpeningMark(text, firstMark, i, pEnd)) {
            push(firstMark, i, i + 1, true, firstMark);
            continue;
          }
        }
        const pairs = pairsOf[ch];
        if (!pairs) continue;
        // A straight quote right after a letter or digit opens nothing: a stray mark, or inches (12").
        if ((ch === '"' || ch === "'") && i > pStart && !OPEN_CONTEXT.test(text[i - 1]!)) continue;
        // A single mark opens only before a word (not "’90s", not a lone apostrophe).
        if (style === 'single' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) continue;
        open = i;
        closers = pairs;
        continue;
      }
      if (!closersOf.has(ch) || !closers.includes(ch)) continue;
      // A single mark inside a word is an apostrophe ("Putin’s", "don't").
      if (style === 'single' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) continue;
      // “ … “ typo: a second opening curly mark closes only when no word follows it straight away,
      // or when a speech verb does and nothing else would close the quotation (“…in Africa, “said the minister).
      if (ch === '\u201C' && text[open] === '\u201C' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ') && !reversedCloser(text, i, pEnd, lastCloser)) continue;
      // A straight quote between a space and a word opens rather than closes: keep looking.
      if (ch === '"' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ') && /\s/u.test(text[i - 1] ?? ' ')) continue;
      push(open, i, i + 1, true);
      open = -1;
    }
    if (open >= 0) {
      push(open, pEnd, pEnd, false);
      endsOpen = nextOpensWithMark;
    }
    previousContinues = endsOpen;
    if (open >= 0) dangling = true;
    else if (hasMark(text.slice(pStart, pEnd), style)) dangling = false;
  });
  return out;
}

const SPEECH_VERB_NEXT = new RegExp(`^(?:${reporting.speechVerbs.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`, 'iu');

/**
 * An opening mark used as a closing one before an attribution: the quotation has no
 * other closing mark in its paragraph and a speech verb follows the mark straight away
 * (“…with Africa, “said the minister). Speech verbs: data/reporting.json.
 */
function reversedCloser(text: string, at: number, pEnd: number, lastCloser: number): boolean {
  return lastCloser < at && SPEECH_VERB_NEXT.test(text.slice(at + 1, Math.min(pEnd, at + 40)));
}

/**
 * A closing curly mark with no opening mark before it in its paragraph, the quoted words ending in a
 * punctuation mark and a speech verb right after it (‹The ports stay open,” said the minister.›): the
 * opening mark was lost when the text was copied, and the quotation runs from the paragraph's start.
 */
function lostOpeningMark(text: string, firstMark: number, at: number, pEnd: number): boolean {
  if (!/[,.!?]/u.test(text[at - 1] ?? '')) return false;
  const before = text.slice(firstMark, at);
  if (/[\u201C\u201E"\u00AB\u00BB]/u.test(before) || quotationWordCount(before) < 3) return false;
  return SPEECH_VERB_NEXT.test(text.slice(at + 1, Math.min(pEnd, at + 40)).trimStart());
}

/** Whether a paragraph holds any quotation mark of the style. */
function hasMark(paragraph: string, style: 'double' | 'single'): boolean {
  return style === 'double' ? /[\u201C\u201D\u201E"\u00AB\u00BB]/u.test(paragraph) : /[\u2018\u2019]/u.test(paragraph);
}

/** Offset of the first non-space character of the paragraph starting at `pStart`. */
function firstMarkAt(text: string, pStart: number): number {
  let i = pStart;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

/** Words of a quotation, counted simply (runs of letters and digits): for telling quotations from scare quotes. */
export function quotationWordCount(quote: string): number {
  return quote.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
