/**
 * People's names in an article: runs of capitalised words ("German Defense Minister
 * Boris Pistorius"), split into the title before the name ("German Defense
 * Minister") and the name ("Boris Pistorius"). A speaker named by surname alone
 * ("Pistorius said") is resolved to the name as the article first gives it in full.
 *
 * Title words, honorifics and demonyms are general vocabulary kept as data
 * (data/reporting.json, shared/align/data/places.json); see docs/article.md.
 */
import placesData from '../align/data/places.json';
import { isStopword } from '../align/stopwords';
import reporting from './data/reporting.json';

/** A run of capitalised words in the article. */
export interface NameMention {
  /** UTF-16 offsets of the whole run, title included. */
  start: number;
  end: number;
  /** The title words before the name ("German Defense Minister"), or "" (honorifics are dropped). */
  title: string;
  /** The name ("Boris Pistorius"); "" when the run is only title words. */
  name: string;
  /** Part of a longer proper name that runs through "of", "for", "and" ("… for Strategic and International Studies"). */
  orgPart: boolean;
  /** Offset where the name starts. */
  nameStart: number;
  /** The name's words. */
  tokens: string[];
}

const TITLE_WORDS = new Set(reporting.titleWords.map((w) => w.toLowerCase()));
/** Title words that, lowercase after "the", stand for a person ("the chancellor said"). */
export const TITLE_NOUNS = new Set(reporting.titleNouns);
const HONORIFICS = new Set(reporting.honorifics.map((w) => w.toLowerCase()));
/** Country names and demonyms, one word each ("german", "ukrainian", "u.s."): part of a title, never of a name. */
const PLACE_WORDS = new Set<string>(
  (placesData as { entities: string[][] }).entities.flat().filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
);
/** Lowercase particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);

/** A capitalised word: initials ("J.D."), or a word with apostrophes and hyphens ("O’Brien", "Jean-Yves"). */
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*\.?/uy;
const POSSESSIVE = /['’]s?$/u;

function bareWord(w: string): string {
  return w.replace(POSSESSIVE, '');
}

function isTitleWord(w: string): boolean {
  const lower = w.toLowerCase();
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower) || PLACE_WORDS.has(lower) || PLACE_WORDS.has(lower.replace(/\.$/, ''));
}

/** A title's words without its country words, lower case ("British Prime Minister" → "prime minister"). */
export function titleCore(title: string): string {
  return title.split(/\s+/u).filter((w) => w && !PLACE_WORDS.has(w.toLowerCase().replace(/\.$/u, ''))).join(' ').toLowerCase();
}

/** Every run of capitalised words in `text` (a word ending a sentence ends its run). */
export function nameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = /[\p{Lu}]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    // Only at a word start.
    if (start > 0 && /[\p{L}\p{M}\p{N}'’.-]/u.test(text[start - 1]!)) continue;
    const words: Array<{ w: string; s: number }> = [];
    let i = start;
    for (;;) {
      WORD.lastIndex = i;
      const w = WORD.exec(text);
      if (!w) break;
      words.push({ w: w[0], s: i });
      i += w[0].length;
      // A possessive ends the name ("Putin’s regime"); a full stop after a long word ends the sentence.
      if (POSSESSIVE.test(w[0]) && /['’]s$/u.test(w[0])) break;
      if (w[0].endsWith('.') && !isAbbreviatedWord(w[0])) {
        words[words.length - 1]!.w = w[0].slice(0, -1);
        break;
      }
      const gap = /^ (?:(\p{Ll}+) )?(?=\p{Lu})/u.exec(text.slice(i, i + 8));
      if (!gap) break;
      if (gap[1] && !PARTICLES.has(gap[1])) break;
      i += gap[0].length;
    }
    if (words.length === 0) continue;
    const last = words[words.length - 1]!;
    const end = last.s + last.w.length;
    re.lastIndex = end;
    // A capitalised function word opening a sentence is no part of a name ("The Chancellery", "As Park put it").
    while (words.length > 0 && isStopword(words[0]!.w.toLowerCase(), 'en')) words.shift();
    if (words.length === 0) continue;
    // The tail of a longer proper name ("… Center for Strategic and International Studies", "Council on Foreign Relations").
    const joined = /(\p{Lu}[\p{L}.’'-]*)\s+(?:of|for|and|on|de|of\s+the|for\s+the|on\s+the)\s+$/u.exec(text.slice(Math.max(0, words[0]!.s - 40), words[0]!.s));
    // Not after a title's "of" when title words and a full name follow: "Secretary of State John Kerry" is John Kerry.
    const titledName = (): boolean => {
      const nameStart = words.length - [...words].reverse().findIndex((x) => isTitleWord(bareWord(x.w)));
      return !!joined && TITLE_WORDS.has(joined[1]!.toLowerCase()) && isTitleWord(bareWord(words[0]!.w)) && nameStart <= words.length - 2;
    };
    const orgPart = !!joined && !titledName();
    // The name: the words after the last title word.
    let k = words.length;
    while (k > 0 && !isTitleWord(bareWord(words[k - 1]!.w))) k--;
    // A portfolio noun right after title words is the title's ("Minister of Foreign Affairs Jon Lind": "Foreign Affairs"), when a name follows.
    while (k > 0 && k < words.length - 1 && INSTITUTION_WORDS.has(bareWord(words[k]!.w).toLowerCase())) k++;
    const nameWords = words.slice(k).map((x, j, all) => (j === all.length - 1 ? bareWord(x.w) : x.w));
    const titleWords = words.slice(0, k).map((x) => x.w).filter((w) => !HONORIFICS.has(w.toLowerCase()));
    out.push({
      start: words[0]!.s, end, orgPart, title: titleWords.join(' '), name: nameWordsText(text, words.slice(k), nameWords), nameStart: words[k]?.s ?? end, tokens: nameWords,
    });
  }
  return out;
}

/** The name as written, particles included ("Ursula von der Leyen"). */
function nameWordsText(text: string, words: Array<{ w: string; s: number }>, bare: string[]): string {
  if (words.length === 0) return '';
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return text.slice(first.s, last.s) + bare[bare.length - 1]!;
}

/** Initials and abbreviations keep their full stop ("J.", "Jr.", "Prof."); other words ending in one end a sentence. */
function isAbbreviatedWord(w: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(w) || HONORIFICS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || /^(?:Jr|Sr|St)\.$/u.test(w);
}

/** Whether a run of capitalised words looks like a person's name: words outside the title, none a place or an institution word. */
export function looksLikePerson(mention: NameMention): boolean {
  if (mention.tokens.length === 0 || mention.orgPart) return false;
  // An acronym alone ("PMO", "NATO") names an institution, never a person.
  if (mention.tokens.length === 1 && /^\p{Lu}{2,}s?$/u.test(mention.tokens[0]!)) return false;
  return mention.tokens.every((t) => !PLACE_WORDS.has(t.toLowerCase()) && !INSTITUTION_WORDS.has(t.toLowerCase()));
}

/** Words that make a capitalised run an institution or a place, not a person. */
const INSTITUTION_WORDS = new Set([
  'house', 'office', 'ministry', 'department', 'university', 'college', 'institute', 'council', 'union', 'bank', 'agency',
  'committee', 'parliament', 'congress', 'senate', 'assembly', 'government', 'administration', 'party', 'army', 'forces', 'force',
  'studies', 'relations', 'affairs', 'endowment', 'fund', 'group', 'policy', 'research', 'commission', 'network', 'service', 'services', 'security',
  'chancellery', 'presidency', 'secretariat', 'cabinet', 'embassy', 'airport', 'base', 'forum', 'summit', 'club', 'court', 'tribunal', 'inc', 'ltd', 'corp',
  'news', 'times', 'post', 'press', 'journal', 'program', 'programme', 'centre', 'center', 'foundation', 'school', 'organization', 'organisation',
  'east', 'west', 'north', 'south', 'europe', 'sea', 'ocean', 'street', 'square', 'palace', 'hall', 'city', 'province', 'region', 'republic', 'state', 'states', 'nations',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** How the article names people: each surname's first full mention. */
export interface PeopleIndex {
  mentions: NameMention[];
  /** The mentions that are surely people: with a title, or a name in two words or more, or a surname so named elsewhere. */
  known: NameMention[];
  /** Resolves a name as written at a place in the article to its first full form, with the title given there. */
  resolve(name: string): { name: string; title: string | null; surname: string };
}

/** Indexes the people of an article by surname (the last word of a name). */
export function peopleIndex(text: string, all: readonly NameMention[] = nameMentions(text)): PeopleIndex {
  const mentions = all.filter(looksLikePerson);
  const full = new Map<string, NameMention>();
  const titled = new Map<string, string>();
  for (const m of mentions) {
    const surname = m.tokens[m.tokens.length - 1]!.toLowerCase();
    if (m.tokens.length >= 2 && !full.has(surname)) full.set(surname, m);
    if (m.title && !titled.has(surname)) titled.set(surname, m.title);
  }
  const known = mentions.filter((m) => m.title !== '' || m.tokens.length >= 2 || full.has(m.tokens[m.tokens.length - 1]!.toLowerCase()));
  return {
    mentions,
    known,
    resolve(written) {
      // The name inside what was written ("Prof. Ruth Deyermond", "German Defense Minister Boris Pistorius").
      const inPhrase = nameMentions(written).filter((m) => m.tokens.length > 0).pop();
      const name = inPhrase?.name ?? written.trim();
      const tokens = inPhrase?.tokens ?? name.split(/\s+/u);
      const surname = bareWord(tokens[tokens.length - 1] ?? name);
      const f = full.get(surname.toLowerCase());
      const fullName = tokens.length >= 2 || !f ? name : f.name;
      return { name: fullName, title: inPhrase?.title || titled.get(surname.toLowerCase()) || null, surname };
    },
  };
}

/** Surname of a name: its last word, lowercased. */
export function surnameOf(name: string): string {
  const tokens = name.trim().split(/\s+/u);
  return bareWord(tokens[tokens.length - 1] ?? '').toLowerCase();
}

/** Whether a speaker is a name ("Anna Weber") rather than the article's description of someone unnamed ("a senior official", "officials"). */
export function isNamed(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker) && !/^(?:the|a|an|some|several|two|three)\s/iu.test(speaker);
}
