/**
 * Markdown articles are analysed as their prose: the markup is blanked out with
 * spaces of the same length, so every offset still points into the file as
 * written (the contract: offsets refer to the raw file), and a quotation or a
 * name is not broken by `**`, `_`, `[…](…)` or a heading's `#`.
 */

/** Whether a file name is Markdown. */
export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/iu.test(file);
}

const blank = (s: string): string => s.replace(/[^\r\n]/gu, ' ');

/** The text with Markdown markup replaced by spaces (same length, same line breaks). */
export function blankMarkdown(text: string): string {
  return text
    // Fenced code blocks and HTML comments are not prose.
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, blank)
    .replace(/<!--[\s\S]*?-->/gu, blank)
    // Emphasis and inline code markers (the words stay).
    .replace(/(\*\*|__|\*|`)(?=\S)([^\n]*?\S)\1/gu, (_m, mark: string, words: string) => ' '.repeat(mark.length) + words + ' '.repeat(mark.length))
    .replace(/(?<![\p{L}\p{N}])_(?=\S)([^\n_]*?\S)_(?![\p{L}\p{N}])/gu, (_m, words: string) => ' ' + words + ' ')
    // Images: all of it; links: keep the words, blank the brackets and the address.
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/gu, blank)
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/gu, (m, words: string) => ' ' + words + ' '.repeat(m.length - words.length - 1))
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/gu, (m, words: string) => ' ' + words + ' '.repeat(m.length - words.length - 1))
    // Reference definitions, headings' hashes, block quotes, list bullets, horizontal rules.
    .replace(/^\s{0,3}\[[^\]\n]+\]:[^\n]*$/gmu, blank)
    .replace(/^(\s{0,3}#{1,6}\s)/gmu, blank)
    .replace(/^(\s{0,3}(?:>\s?)+)/gmu, blank)
    .replace(/^(\s{0,3}[-*+]\s)/gmu, blank)
    .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gmu, blank);
}