/**
 * Word wrapping of styled text for the terminal, with a hanging indent. Widths
 * count UTF-16 code units of the visible text (ANSI codes are added after the
 * layout), which is right for the Latin and Cyrillic scripts of readouts.
 * Linear in the length of the text: a 1 MB line wraps in one pass.
 */
import { paint, type Style } from './ansi';

/** A run of text in one style. */
export interface Span {
  text: string;
  style?: Style;
}

/** Layout of a wrapped paragraph. */
export interface WrapOptions {
  /** Total line width in columns. */
  width: number;
  /** Printed before the first line (already styled); `firstWidth` columns wide. */
  first?: string;
  /** Visible width of `first`; continuation lines are indented by this much. */
  firstWidth?: number;
  /** Emit ANSI codes for the spans' styles. */
  color: boolean;
}

/** Pieces of one word (a run without whitespace), each in its style. */
type Word = Span[];

/**
 * Wraps `spans` to lines of at most `options.width` columns; whitespace runs
 * (including line breaks) become single spaces, and a word longer than a line
 * is cut. Returns the lines without line terminators.
 */
export function wrapSpans(spans: readonly Span[], options: WrapOptions): string[] {
  const indent = options.firstWidth ?? 0;
  const room = Math.max(10, options.width - indent);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  // The current line as styled pieces; neighbours of one style are merged so each run is coloured once.
  let line: Span[] = [];
  let used = 0;
  const add = (piece: Span) => {
    const last = line[line.length - 1];
    if (last && last.style === piece.style) last.text += piece.text;
    else line.push({ ...piece });
  };
  const flush = () => {
    lines.push((lines.length === 0 ? (options.first ?? pad) : pad) + line.map((p) => paint(p.text, p.style, options.color)).join(''));
    line = [];
    used = 0;
  };
  for (const word of words(spans)) {
    let length = wordLength(word);
    if (used > 0 && used + 1 + length > room) flush();
    if (used > 0) {
      // The space takes the style of the words around it when they share one.
      const before = line[line.length - 1]?.style;
      add({ text: ' ', style: before === word[0]!.style ? before : undefined });
      used++;
    }
    // Cut a word that does not fit on a line of its own.
    let rest = word;
    while (length > room - used) {
      const [head, tail] = cut(rest, room - used);
      head.forEach(add);
      flush();
      rest = tail;
      length = wordLength(rest);
    }
    rest.forEach(add);
    used += length;
  }
  if (used > 0 || lines.length === 0) flush();
  return lines;
}

/** Splits styled text into words; a word may span several spans ("[-" + "text"). */
function* words(spans: readonly Span[]): Generator<Word> {
  let current: Word = [];
  for (const span of spans) {
    const re = /\s+/g;
    let from = 0;
    for (let m = re.exec(span.text); m; m = re.exec(span.text)) {
      if (m.index > from) current.push({ text: span.text.slice(from, m.index), style: span.style });
      if (current.length) yield current;
      current = [];
      from = m.index + m[0].length;
    }
    if (from < span.text.length) current.push({ text: span.text.slice(from), style: span.style });
  }
  if (current.length) yield current;
}

function wordLength(word: Word): number {
  let n = 0;
  for (const piece of word) n += piece.text.length;
  return n;
}

/** The first `n` columns of a word and the rest. */
function cut(word: Word, n: number): [Word, Word] {
  const head: Word = [];
  let left = n;
  let i = 0;
  for (; i < word.length && left > 0; i++) {
    const piece = word[i]!;
    if (piece.text.length <= left) {
      head.push(piece);
      left -= piece.text.length;
    } else {
      head.push({ text: piece.text.slice(0, left), style: piece.style });
      return [head, [{ text: piece.text.slice(left), style: piece.style }, ...word.slice(i + 1)]];
    }
  }
  return [head, word.slice(i)];
}
