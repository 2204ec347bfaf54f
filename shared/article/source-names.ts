/**
 * The short names a news article uses for a readout's publisher, derived from its
 * label and publisher as the meta gives them (no list of outlets or offices):
 * - each part of the publisher between commas and brackets that names an
 *   institution ("Prime Minister's Office", "The Presidency"), not a person's
 *   title alone ("President of Russia") nor a lower-case remark;
 * - its initials when it has three capitalised words or more ("PMO");
 * - the label's words without its country ("PMO India" → "PMO", "SA Presidency" →
 *   "Presidency"), when what is left is an acronym of three letters or more or an
 *   institution noun.
 * A name both sides would have ("Prime Minister's Office" for two prime ministers)
 * tells them apart no better than nothing and is dropped by the caller.
 * A name with an apostrophe is also given with the other apostrophe (straight ' or
 * typographic ’): an article copied from the web writes either, whichever the meta has.
 */
import governments from './data/governments.json';

const INSTITUTION = new RegExp(`(?<![\\p{L}])(?:${governments.institutionNouns.join('|')}|kremlin|chancellery|kantei|house|street)(?![\\p{L}])`, 'iu');
const TITLE_ONLY = /^(?:the\s+)?(?:president|prime minister|chancellor|king|queen|emperor)\b/iu;

/** Initials of the capitalised words of a name ("Prime Minister's Office" → "PMO"), or null for fewer than three. */
export function initialsOf(name: string): string | null {
  const caps = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
  return caps.length >= 3 ? caps.join('') : null;
}

/** Names derived from a readout's label and publisher; `countryWords` are the country's names (lower case). */
export function derivedNames(label: string, publisher: string | null, countryWords: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of (publisher ?? '').split(/[,()]/u).map((p) => p.trim())) {
    if (!/^\p{Lu}/u.test(part) || !INSTITUTION.test(part)) continue;
    if (TITLE_ONLY.test(part) && !/office|cabinet|ministry/iu.test(part)) continue;
    out.push(part.replace(/^the\s+/iu, ''));
    const initials = initialsOf(part.replace(/^the\s+/iu, ''));
    if (initials) out.push(initials);
  }
  const rest = label.replace(/[()]/gu, ' ').split(/\s+/u).filter((w) => w && !countryWords.includes(w.toLowerCase()) && !/^[A-Z]{1,2}$/u.test(w)).join(' ');
  if (rest && rest !== label && (/^[A-Z]{3,}$/u.test(rest) || INSTITUTION.test(rest))) out.push(rest);
  return [...new Set(out)];
}

/** The names with each apostrophe written both ways ("Prime Minister's Office" and "Prime Minister’s Office"). */
export function withApostropheVariants(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.replace(/['’]/gu, '’'), n.replace(/['’]/gu, "'")]))];
}
