/**
 * A readout's label when nothing describes it: made from its file name, in the name's
 * own case, in any script. "white-house.txt" → "white house", "PMO-India.pdf" →
 * "PMO India", "Белый дом — readout.txt" → "Белый дом readout". The folder and the last
 * extension go; dashes, underscores, dots and spaces between words become one space;
 * no letter changes case (a name's capitals, or their absence, are its author's: "Дом"
 * for "дом" would misquote it). A name that leaves nothing ("..txt") is its own label.
 */

/** The label a file's name gives it (see the module's comment). */
export function labelFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const stem = name.replace(/\.[^.\s]{1,5}$/, '');
  const words = stem.split(/[\s._\-\u2013\u2014]+/u).filter((w) => w !== '');
  return words.length === 0 ? name : words.join(' ');
}
