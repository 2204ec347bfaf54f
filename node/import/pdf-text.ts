/**
 * From a PDF's positioned text pieces to a readout's paragraphs. Pure: the
 * pieces come from pdf.js (pdf.ts), this module only lays them out again.
 *
 * 1. Lines: pieces on the same baseline, left to right, with a space where
 *    there is a gap.
 * 2. Running lines: the header and footer a browser's print adds (date and
 *    title at the top, address and "1/2" at the bottom) and a publisher's own.
 *    A line among the first or last three of a page is dropped when a line of
 *    the same shape (digits ignored) stands at the same height on at least half
 *    of the pages (two at least); and on any page when it lies in the top or
 *    bottom 8 % of the page, in a smaller type than the body, and is a page
 *    number, an address, or starts with a date.
 * 3. Paragraphs: a new one where the gap to the line above is more than 1.4
 *    times the usual line spacing (the gap between lines of a paragraph, at
 *    most 1.7 times the type size), where the type size changes, or where a line
 *    is indented against the lines around it, or where a line that ends a
 *    sentence stops so early that the next line's first word would have fitted
 *    on it. Across a page break only that last test applies: the paragraph goes
 *    on unless the page's last line stopped early.
 * 4. Lines of a paragraph are joined with a space; at a hyphen that ends a line
 *    the word is joined without it when the joined word occurs elsewhere in the
 *    document or is a known word, and keeps it when the hyphenated form occurs
 *    elsewhere or both halves are words ("long-term"); a dash glued to a word
 *    ("cease–") joins without a space.
 */

/** A piece of text as pdf.js positions it: PDF units, origin at the bottom left of the page. */
export interface PdfTextPiece {
  str: string;
  /** Left edge of the piece. */
  x: number;
  /** Baseline of the piece. */
  y: number;
  /** Advance width of the piece. */
  width: number;
  /** Type size (the height of the text). */
  size: number;
}

/** One page's pieces and size, in PDF units. */
export interface PdfPage {
  width: number;
  height: number;
  pieces: PdfTextPiece[];
}

/** A line of text on a page. */
interface Line {
  text: string;
  page: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  x0: number;
  x1: number;
  size: number;
}

/** What the layout gives: the paragraphs, and the running lines that were dropped (they may carry the page's address). */
export interface PdfLayout {
  paragraphs: string[];
  dropped: string[];
}

/** Options of {@link layoutPdfText}. */
export interface LayoutOptions {
  /** Whether a word (lower case, no hyphen) is known to the language, for line-end hyphens; by default only the document's own words count. */
  knownWord?: (word: string) => boolean;
}

/**
 * The layout as one self-contained function with no outside references: pdf.ts
 * runs its source (`String(pdfLayoutModule)`) in the PDF worker, so that the layout,
 * like the parsing, runs off the calling thread and under the time limit. Inside,
 * each step is its own small function.
 */
export function pdfLayoutModule() {
  const MARGIN_BAND = 0.08;
  const EDGE_LINES = 3;

  /** Lays the pages' pieces out as paragraphs (see the module comment). */
  function layoutPdfText(pages: readonly PdfPage[], options: LayoutOptions = {}): PdfLayout {
    const perPage = pages.map((p, i) => pageLines(p, i));
    // The body's type size, from the lines outside the margin bands (0 when there are none: then every band line counts as small).
    const bodySize = median(perPage.flatMap((lines, i) => lines.filter((l) => !inMarginBand(l, pages[i]!)).map((l) => l.size))) ?? 0;
    const running = runningLines(perPage, pages, bodySize);
    const dropped: string[] = [];
    const body = perPage.map((lines) => lines.filter((l) => {
      if (!running.has(l)) return true;
      dropped.push(l.text);
      return false;
    }));
    const blocks = paragraphLines(body);
    const vocabulary = documentWords(blocks.flat().map((l) => l.text.replace(/\u00ad/gu, '')).join(' '));
    const known = options.knownWord ?? (() => false);
    const paragraphs = blocks.map((lines) => joinLines(lines.map((l) => l.text), vocabulary, known)).filter((p) => p !== '');
    return { paragraphs, dropped };
  }

  /** The page's lines, top to bottom. */
  function pageLines(page: PdfPage, index: number): Line[] {
    const pieces = page.pieces.filter((p) => p.str !== '' && Number.isFinite(p.x) && Number.isFinite(p.y));
    pieces.sort((a, b) => b.y - a.y || a.x - b.x);
    const rows: PdfTextPiece[][] = [];
    for (const piece of pieces) {
      const row = rows[rows.length - 1];
      const tolerance = Math.max(1, 0.4 * Math.max(piece.size, row?.[0]?.size ?? 0));
      if (row && Math.abs(row[0]!.y - piece.y) <= tolerance) row.push(piece);
      else rows.push([piece]);
    }
    const lines: Line[] = [];
    for (const row of rows) {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const piece of row) {
        const size = piece.size || 1;
        if (text !== '' && piece.x - end > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
        text += piece.str;
        end = Math.max(end, piece.x + piece.width);
      }
      text = text.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const visible = row.filter((p) => p.str.trim() !== '');
      lines.push({
        text, page: index, y: row[0]!.y,
        x0: Math.min(...visible.map((p) => p.x)), x1: Math.max(...visible.map((p) => p.x + p.width)),
        size: Math.max(...visible.map((p) => p.size)),
      });
    }
    return lines;
  }

  /** The shape of a line for comparing running lines: lower case, digits as "#". */
  function shape(text: string): string {
    return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  }

  const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*(?:(?:\/|of|из)\s*\d{1,4})?\s*[-–—]?$/i;
  const ADDRESS = /^(?:(?:https?|file):\/\/\S+|about:\S+|www\.\S+)/i;
  const STARTS_WITH_DATE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\b/u;

  /**
   * The running lines of the document (headers, footers, page numbers). Linear in
   * pages: the edge lines are grouped by shape, and within a group, sorted by
   * height, a sliding window of 2 units counts the pages that have one there (a
   * comparison of every page with every other was quadratic: 500 pages took
   * seconds).
   */
  function runningLines(perPage: Line[][], pages: readonly PdfPage[], bodySize: number): Set<Line> {
    const running = new Set<Line>();
    const edges = perPage.map((lines) => [...new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)])]);
    const needed = Math.max(2, Math.ceil(perPage.length / 2));
    const repeated = perPage.length >= 2 ? pagesWithSameLine(edges) : new Map<Line, number>();
    for (const [i, edge] of edges.entries()) {
      for (const line of edge) {
        const small = bodySize === 0 || line.size < 0.9 * bodySize;
        const looksRunning = PAGE_NUMBER.test(line.text) || ADDRESS.test(line.text) || STARTS_WITH_DATE.test(line.text);
        if ((repeated.get(line) ?? 0) >= needed || (inMarginBand(line, pages[i]!) && small && looksRunning)) running.add(line);
      }
    }
    return running;
  }

  /** For each edge line, how many pages have an edge line of the same shape within 2 units of its height (its own page included). */
  function pagesWithSameLine(edges: Line[][]): Map<Line, number> {
    const groups = new Map<string, Line[]>();
    for (const edge of edges) for (const line of edge) {
      const key = shape(line.text);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    const counts = new Map<Line, number>();
    for (const group of groups.values()) {
      group.sort((a, b) => a.y - b.y);
      const inWindow = new Map<number, number>(); // page → lines of the group in the window
      let lo = 0;
      let hi = 0;
      for (const line of group) {
        while (hi < group.length && group[hi]!.y <= line.y + 2) inWindow.set(group[hi]!.page, (inWindow.get(group[hi++]!.page) ?? 0) + 1);
        while (group[lo]!.y < line.y - 2) {
          const page = group[lo++]!.page;
          const left = inWindow.get(page)! - 1;
          if (left === 0) inWindow.delete(page);
          else inWindow.set(page, left);
        }
        counts.set(line, inWindow.size);
      }
    }
    return counts;
  }

  /** Whether `line` lies in the top or bottom {@link MARGIN_BAND} of its page, where running heads and feet are. */
  function inMarginBand(line: Line, page: PdfPage): boolean {
    return line.y >= page.height * (1 - MARGIN_BAND) || line.y <= page.height * MARGIN_BAND;
  }

  /** The body lines grouped into paragraphs, across pages. */
  function paragraphLines(pages: Line[][]): Line[][] {
    const all = pages.flat();
    // Line spacing is rarely more than 1.7 times the type size; with few lines per paragraph the gaps measured are mostly paragraph gaps.
    const spacing = Math.min(usualSpacing(pages), 1.7 * (median(all.map((l) => l.size)) ?? Infinity));
    const right = percentile(all.map((l) => l.x1), 0.98) ?? 0;
    const left = percentile(all.map((l) => l.x0), 0.1) ?? 0;
    const blocks: Line[][] = [];
    let prev: Line | null = null;
    for (const line of all) {
      let fresh = prev === null;
      if (prev) {
        const endedEarly = endsEarly(prev, line, right);
        if (prev.page !== line.page) {
          fresh = endedEarly;
        } else {
          const gap = prev.y - line.y;
          const sizeChange = Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size);
          const indented = line.x0 > left + line.size && prev.x0 <= left + line.size;
          fresh = (spacing > 0 && gap > 1.4 * spacing) || sizeChange || indented || gap < 0 || (endedEarly && /[.!?:;"”»)]$/u.test(prev.text));
        }
      }
      if (fresh) blocks.push([line]);
      else blocks[blocks.length - 1]!.push(line);
      prev = line;
    }
    return blocks;
  }

  /**
   * Whether `prev` ended before the right edge of the text by more than the
   * width of `next`'s first word: then the first word would have fitted, so the
   * line was ended on purpose (a paragraph's last line), not wrapped.
   */
  function endsEarly(prev: Line, next: Line, right: number): boolean {
    const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
    const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
    return right - prev.x1 > (firstWord.length + 2) * charWidth;
  }

  /** The usual distance between the baselines of consecutive lines of the same size on a page (a low percentile: most gaps are within paragraphs). */
  function usualSpacing(pages: Line[][]): number {
    const gaps: number[] = [];
    for (const lines of pages) {
      for (let i = 1; i < lines.length; i++) {
        const [a, b] = [lines[i - 1]!, lines[i]!];
        if (Math.abs(a.size - b.size) <= 0.15 * a.size && a.y > b.y) gaps.push(a.y - b.y);
      }
    }
    return percentile(gaps, 0.2) ?? 0;
  }

  /** The lines of a paragraph as one string. */
  function joinLines(lines: readonly string[], vocabulary: ReadonlySet<string>, knownWord: (word: string) => boolean): string {
    let text = '';
    let softBreak = false;
    for (const raw of lines) {
      // Soft hyphens are invisible; one that ends a line (with the hyphen drawn for it) only breaks a word.
      const line = raw.replace(/\u00ad[-\u2010]?$/u, '').replace(/\u00ad/gu, '');
      if (text === '' || softBreak) {
        text += line;
      } else {
        const hyphen = /(\p{L}*)[-\u2010]$/u.exec(text);
        const nextWord = /^\p{L}+/u.exec(line)?.[0];
        if (hyphen && nextWord) text = (keepHyphen(hyphen[1]!, nextWord, vocabulary, knownWord) ? text : text.slice(0, -1)) + line;
        else if (/\S[–—]$/u.test(text) || /\d-$/.test(text)) text += line;
        else text += ` ${line}`;
      }
      softBreak = /\u00ad[-\u2010]?$/u.test(raw);
    }
    return text;
  }

  /** Whether a hyphen that ends a line belongs to the words it joins ("long-term") or only breaks one ("para-graph"). */
  function keepHyphen(before: string, after: string, vocabulary: ReadonlySet<string>, knownWord: (word: string) => boolean): boolean {
    if (before === '' || /^\p{Lu}/u.test(after)) return true;
    const [l, r] = [before.toLowerCase(), after.toLowerCase()];
    if (vocabulary.has(`${l}-${r}`)) return true;
    if (vocabulary.has(l + r) || knownWord(l + r)) return false;
    return knownWord(l) && knownWord(r);
  }

  /** The words of `text`, lower case, hyphenated compounds kept whole. */
  function documentWords(text: string): Set<string> {
    return new Set((text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).flatMap((w) => [w, ...w.split('-')]));
  }

  function median(values: number[]): number | undefined {
    return percentile(values, 0.5);
  }

  function percentile(values: number[], q: number): number | undefined {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  return { layoutPdfText, joinLines };
}

const layoutModule = pdfLayoutModule();

/** Lays the pages' pieces out as paragraphs (see the module comment). */
export const layoutPdfText: (pages: readonly PdfPage[], options?: LayoutOptions) => PdfLayout = layoutModule.layoutPdfText;

/** The lines of a paragraph as one string. */
export const joinLines: (lines: readonly string[], vocabulary: ReadonlySet<string>, knownWord: (word: string) => boolean) => string = layoutModule.joinLines;
