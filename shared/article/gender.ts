/**
 * A person's gender where the article gives it, for "he" and "she" (branch art16): a courtesy title before the name
 * ("Mr", "Ms", "Dame") or a gendered noun written with it ("spokeswoman Mara Lind", "Jan Brouwer, the chairman,").
 * Pronoun resolution filters its candidates by agreement (Hobbs 1978; Lappin and Leass 1994; Muzny et al. 2017);
 * nothing is guessed from a given name. Vocabulary: data/reporting.json genderedWords, pronounGenders.
 */
import reporting from './data/reporting.json';
import type { NameMention } from './names';

export type Gender = 'male' | 'female';

const GENDERED = new Map<string, Gender>([
  ...reporting.genderedWords.male.map((w) => [w, 'male'] as const),
  ...reporting.genderedWords.female.map((w) => [w, 'female'] as const),
]);
const PRONOUN_GENDER: Record<string, string> = reporting.pronounGenders;

/** The gender a pronoun agrees with ("he" → male), or null ("the 57-year-old", "they"). */
export function pronounGender(pronoun: string): Gender | null {
  const g = PRONOUN_GENDER[pronoun.trim().toLowerCase()];
  return g === 'male' || g === 'female' ? g : null;
}

/** The gendered words of a stretch of text (lower case, final punctuation kept off). */
function gendersIn(words: string): Gender[] {
  return words.toLowerCase().split(/[\s,]+/u).map((w) => GENDERED.get(w.replace(/[’']s$/u, '')) ?? GENDERED.get(w.replace(/\.$/u, '')))
    .filter((g): g is Gender => g !== undefined);
}

/**
 * The gender the article gives the person of surname `surname`: the words of the run before the name (title and
 * courtesy title), the lower-case word just before the run ("spokeswoman Mara Lind"), a position in apposition right
 * after it and the positions given in apposition elsewhere (`apposed`). Null when none is given or they disagree.
 */
export function personGender(text: string, surname: string, mentions: readonly NameMention[], apposed: readonly NameMention[] = []): Gender | null {
  const found = new Set<Gender>();
  const own = (m: NameMention): boolean => m.tokens.length > 0 && m.name.split(/\s+/u).at(-1) === surname;
  for (const m of mentions.filter(own)) {
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '';
    // "Jan Brouwer, the chairman of the port board,": a position in apposition right after the name.
    const after = /^,\s+(?:the|a|an)\s+([^,;:.!?“”"]{1,60}),/u.exec(text.slice(m.end, m.end + 80))?.[1] ?? '';
    for (const g of gendersIn(`${text.slice(m.start, m.nameStart)} ${before} ${after}`)) found.add(g);
  }
  for (const m of apposed.filter(own)) for (const g of gendersIn(m.title)) found.add(g);
  return found.size === 1 ? [...found][0]! : null;
}
