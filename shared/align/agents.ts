/**
 * Who does what. "The Prime Minister thanked President Zelenskyy" and "President
 * Zelenskyy thanked the Prime Minister" share every word that matters and report
 * different points: some speech acts have a direction (thanks, condolences,
 * congratulations, invitations), and which party performs them is part of the point.
 *
 * A readout is written by one party's office. Its opening sentence names who spoke
 * with whom: the first person named is the host (the readout's own leader), the
 * second the guest. The two readouts of a call are then put on one scale: party 1 is
 * A's host, party 2 A's guest; B's host is party 2 unless the names show B was
 * written by the same side. The agent of a sentence is its subject: the first mention
 * of a person, outside quotations, that is neither possessive ("Abe's announcement"),
 * nor after a preposition or a verb of address ("a call with the President", "thanked
 * President X"), nor the subject of a passive ("X was thanked"). A mention resolves by
 * name, by country ("the President of France", "the Russian President"), or by bare
 * title ("The Prime Minister", "The Head of State"): the title of the host or of the
 * guest as the opening gave it; a readout calls its own leader by bare title, so a
 * title both have is the host's. "The leaders", "both", "they" opening a clause are
 * joint; "he"/"she" opening a sentence or a clause continue the previous subject.
 * With three or more leaders in the opening, or in a language other than English,
 * there are no agents. Word lists in data/agents.json.
 */
import type { Sentence, Side } from '../model/types';
import { primaryLanguage } from '../text/language';
import { normalizeWord } from '../text/normalize';
import { words } from '../text/words';
import data from './data/agents.json';
import placesData from './data/places.json';
import { isStopword } from './stopwords';

/** One of the two parties to the call: 1 is readout A's host, 2 A's guest. */
export type Party = 1 | 2;
/** A sentence's subject: a party, "joint" (both, or several people), or unknown. */
export type Agent = Party | 'joint' | undefined;

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const TITLES = set(data.titles);
const HONORIFICS = set(data.honorifics);
const HONORIFIC_HEADS = set(data.honorificHeads);
const SUBORDINATE = set(data.subordinate);
const HEAD_OF = set(data.headOf);
const JOINT = set(data.joint);
const CLAUSE_OPENERS = set(data.clauseOpeners);
const PRONOUNS = set(data.pronouns);
const DETERMINERS = set(data.determiners);
const BEFORE_OBJECT = set([...data.prepositions, ...data.verbsOfAddress]);
const PASSIVE = set(data.passive);
const CALENDAR = set(data.calendar);
const PARTICLES = set(data.particles);
const DIRECTIONAL_TERMS = set(data.directionalTerms);
const TITLE_SUFFIXES = set(data.titleSuffixes);
const GENERATIONAL = set(data.generational);
const LOWER_CASE_TITLES = set(data.lowerCaseTitles);

/** Most tokens one mention of a person spans ("the Rt Hon Boris Johnson MP, Prime Minister of …"). */
const MAX_MENTION = 16;
/** How many of a readout's first sentences may hold its opening (a pasted headline may come first). */
const OPENING_WINDOW = 3;

/** Place names (lower case, dots removed) → canonical name; and every word of a place name. */
const PLACES = new Map<string, string>();
const PLACE_WORDS = new Set<string>();
for (const names of placesData.entities) {
  for (const name of names) {
    const key = name.toLowerCase().replace(/\./g, '');
    PLACES.set(key, names[0]!);
    for (const w of key.split(/\s+/)) if (!isStopword(w, 'en')) PLACE_WORDS.add(w);
  }
}

/**
 * True when the surface of a lexicon match ("thanked", "expressed condolences",
 * "paid tribute") holds one of the words of a directional act: of the concept
 * "invitation", "invited" is directed at someone, "state visit" is not.
 */
export function isDirectionalSurface(surface: string): boolean {
  let known = directionalSurfaces.get(surface);
  if (known === undefined) {
    known = words(surface, 'en').some((w) => DIRECTIONAL_TERMS.has(normalizeWord(w.text)));
    if (directionalSurfaces.size > 10_000) directionalSurfaces.clear();
    directionalSurfaces.set(surface, known);
  }
  return known;
}
const directionalSurfaces = new Map<string, boolean>();

const QUOTES = '"“”«»„';
const OPENING_QUOTES = '“«„';

interface Token {
  raw: string;
  /** Lower case, no possessive, no dots. */
  norm: string;
  capital: boolean;
  /** Written with "'s" or "’s". */
  possessive: boolean;
  /** A comma (or other pause) separates this token from the one before. */
  pauseBefore: boolean;
  /** Inside quotation marks: someone's words, not the readout's report of who did what. */
  quoted: boolean;
  /** UTF-16 offsets of the word in its sentence (end exclusive). */
  start: number;
  end: number;
}

/** Whether a word begins with an upper-case letter (`/^\p{Lu}/u`); ASCII answered without the expression (a hot path). */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(word);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let quoted = false;
  for (const w of words(text, 'en')) {
    const gap = text.slice(last, w.start);
    for (let g = 0; g < gap.length; g++) {
      const ch = gap[g]!;
      if (!QUOTES.includes(ch)) continue;
      // A straight quote opens before a word and closes after one.
      const opens = ch === '"' ? g + 1 === gap.length && (last === 0 || /\s/u.test(gap[g - 1] ?? ' ')) : OPENING_QUOTES.includes(ch);
      if (opens) quoted = true;
      else {
        // A closing quote with none open: the sentence began inside a quotation that opened before it.
        if (!quoted) for (const t of out) t.quoted = true;
        quoted = false;
      }
    }
    last = w.end;
    const raw = w.text;
    // "Prime Minister-elect" is a title, "Joseph Smith Jr." a name: the suffix is no word of its own.
    const previous = out[out.length - 1];
    const norm = normalizeWord(raw);
    if (previous && ((gap === '-' && TITLE_SUFFIXES.has(norm)) || (previous.capital && /^[,\s]*$/u.test(gap) && GENERATIONAL.has(norm.replace(/\./gu, ''))))) continue;
    out.push({
      raw, norm, capital: startsUpperCase(raw), possessive: raw.endsWith("'s") || raw.endsWith('’s'),
      pauseBefore: gap !== ' ' && /[,;:()\u2013\u2014"“”«»]/u.test(gap), quoted, start: w.start, end: w.end,
    });
  }
  return out;
}

/** A person as a sentence mentions them: title words, names, places ("President of Ukraine Volodymyr Zelenskyy"). */
interface Mention {
  from: number;
  /** One past the mention's last token. */
  to: number;
  names: string[];
  places: string[];
  /** The title words, without honorifics ("prime", "minister"; "head" for "Head of State"). */
  titles: string[];
  /** The last name word as written, for people to read ("Zelenskyy"). */
  display?: string;
  possessive: boolean;
}

/** "H.E." or "HE" is "His Excellency", not the pronoun. */
const isExcellency = (t: Token): boolean => t.norm === 'he' && (t.raw.includes('.') || t.raw === 'HE');
/** A title word: capitalised, or "his"/"her" before "Majesty", "Highness", "Excellency". */
function isTitleAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isExcellency(t)) return true;
  if ((t.norm === 'his' || t.norm === 'her') && tokens[i + 1]?.capital) return HONORIFIC_HEADS.has(tokens[i + 1]!.norm);
  if (t.capital) return TITLES.has(t.norm);
  // "the president", "the prime minister": a leader's title in lower case.
  const before = tokens[i - 1]?.norm;
  return (before === 'the' && LOWER_CASE_TITLES.has(t.norm)) || (t.norm === 'minister' && before === 'prime' && !tokens[i - 1]!.capital && isTitleAt(tokens, i - 1));
}
const isPlaceWord = (t: Token | undefined): boolean => !!t && t.capital && PLACE_WORDS.has(t.norm);

/** Reads the places of "of the United Kingdom of Great Britain and Northern Ireland" from `j`. */
function readPlaces(tokens: Token[], j: number, places: string[], limit: number): number {
  let k = j;
  while (k < limit) {
    const t = tokens[k]!;
    if (k > j && t.pauseBefore) break;
    if (t.norm === 'the' || (t.norm === 'and' && isPlaceWord(tokens[k + 1])) || (t.norm === 'of' && k > j)) {
      k++;
      continue;
    }
    if (!isPlaceWord(t)) break;
    // Longest place name from here.
    let best = 0;
    let name = '';
    for (let n = 1, phrase = ''; n <= 6 && k + n <= limit; n++) {
      const u = tokens[k + n - 1]!;
      if (n > 1 && u.pauseBefore) break;
      phrase = n === 1 ? u.norm : `${phrase} ${u.norm}`;
      const hit = PLACES.get(phrase);
      if (hit) {
        best = n;
        name = hit;
      }
    }
    if (best === 0) {
      k++;
      continue;
    }
    places.push(name);
    k += best;
  }
  return k;
}

/** A capitalised word that can be part of a person's name. */
function isNameToken(t: Token | undefined): boolean {
  return !!t && t.capital && !TITLES.has(t.norm) && !isPlaceWord(t) && !JOINT.has(t.norm) && !PRONOUNS.has(t.norm) && !isStopword(t.norm, 'en');
}

/** A word that can start a name: not a calendar word, and the sentence's first word only before another name word or when known. */
function startsName(tokens: Token[], i: number, known: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (!isNameToken(t) || CALENDAR.has(t!.norm)) return false;
  if (i > 0 || known.has(t!.norm)) return true;
  const next = tokens[1];
  return !next?.pauseBefore && isNameToken(next);
}

/**
 * An opening's first word taken for a name on its own: a first name alone before a
 * verb ("Rishi spoke with Leo …"), a capitalised word followed by a lower-case content word.
 */
function bareFirstName(tokens: Token[]): ReadonlySet<string> {
  const [first, next] = tokens;
  const name = !!first && !!next && isNameToken(first) && !CALENDAR.has(first.norm) && !next.pauseBefore && !next.capital && !isStopword(next.norm, 'en');
  return new Set(name ? [first.norm] : []);
}

/** A place adjective or name just before a title: "the Russian President", "the U.S. Secretary of State". */
function placeBeforeTitle(tokens: Token[], i: number): boolean {
  if (!isPlaceWord(tokens[i])) return false;
  let k = i;
  while (isPlaceWord(tokens[k + 1]) && !tokens[k + 1]!.pauseBefore) k++;
  return !tokens[k + 1]?.pauseBefore && isTitleAt(tokens, k + 1);
}

/** True when token `i` can start a mention of a person. */
function startsMention(tokens: Token[], i: number, known: ReadonlySet<string>): boolean {
  return isTitleAt(tokens, i) || startsName(tokens, i, known) || placeBeforeTitle(tokens, i);
}

/** The mention starting at token `i`. */
function readMention(tokens: Token[], i: number, known: ReadonlySet<string>): Mention {
  const m: Mention = { from: i, to: i, names: [], places: [], titles: [], possessive: false };
  const limit = Math.min(tokens.length, i + MAX_MENTION);
  let j = i;
  if (placeBeforeTitle(tokens, i)) j = readPlaces(tokens, i, m.places, limit);
  while (j < limit) {
    const t = tokens[j]!;
    if (j > i && t.pauseBefore) break;
    if (isTitleAt(tokens, j)) {
      if (!HONORIFICS.has(t.norm) && !isExcellency(t)) m.titles.push(t.norm);
      j++;
      if (t.norm === 'head' && tokens[j]?.norm === 'of' && HEAD_OF.has(tokens[j + 1]?.norm ?? '')) j += 2;
      if (t.possessive) { m.possessive = true; break; }
      continue;
    }
    if (t.norm === 'of' && j > i && (isPlaceWord(tokens[j + 1]) || (tokens[j + 1]?.norm === 'the' && isPlaceWord(tokens[j + 2])))) {
      j = readPlaces(tokens, j + 1, m.places, limit);
      continue;
    }
    const particle = PARTICLES.has(t.norm) && !t.capital && m.names.length > 0 && isNameToken(tokens[j + 1]) && !tokens[j + 1]!.pauseBefore;
    if (particle || (m.names.length === 0 && m.titles.length === 0 && j === i ? startsName(tokens, j, known) : isNameToken(t))) {
      if (!particle) {
        m.names.push(t.norm);
        m.display = t.raw.replace(/['’]s$/u, '');
      }
      j++;
      if (t.possessive) { m.possessive = true; break; }
      continue;
    }
    break;
  }
  m.to = j;
  return m;
}

/** True when the mention starting at `i` follows a preposition or a verb of address ("with the President", "thanked him"). */
function inObjectPosition(tokens: Token[], i: number): boolean {
  let k = i;
  while (k > 0 && !tokens[k]!.pauseBefore && (DETERMINERS.has(tokens[k - 1]!.norm) || isPlaceWord(tokens[k - 1]))) k--;
  const before = tokens[k - 1];
  return !!before && !tokens[k]!.pauseBefore && BEFORE_OBJECT.has(before.norm);
}

/** "X was thanked", "X has been invited": X receives the act. */
function passiveAfter(tokens: Token[], m: Mention): boolean {
  let k = m.to;
  if ((tokens[k]?.norm === 'has' || tokens[k]?.norm === 'have' || tokens[k]?.norm === 'had') && tokens[k + 1]?.norm === 'been') k++;
  if (!PASSIVE.has(tokens[k]?.norm ?? '')) return false;
  const next = tokens[k + 1];
  return !!next && /(?:ed|en)$/u.test(next.norm);
}

/** The mentions of people in a sentence, in order; an apposition after a comma joins the mention before it. */
function mentions(tokens: Token[], known: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.quoted || !startsMention(tokens, i, known)) continue;
    const m = readMention(tokens, i, known);
    if (m.to === i) continue;
    const prev = out[out.length - 1];
    // "the President of Ukraine, Volodymyr Zelenskyy" and "Mr ABE Shinzo, Prime Minister of Japan" are one person;
    // "President Macron, Chancellor Scholz and …" are two.
    const apposition = prev && !prev.possessive && prev.to === i && tokens[i]!.pauseBefore && (prev.names.length === 0 || m.names.length === 0);
    if (apposition) {
      for (const n of m.names) prev.names.push(n);
      for (const p of m.places) prev.places.push(p);
      for (const t of m.titles) prev.titles.push(t);
      prev.display = m.display ?? prev.display;
      prev.to = m.to;
      prev.possessive = m.possessive;
    } else {
      out.push(m);
    }
    i = m.to - 1;
  }
  return out;
}

/** Host and guest as one readout's opening sentence names them; `leaders` counts the titled people it names. */
interface Opening {
  host?: Mention;
  guest?: Mention;
  leaders: number;
}

/** A title-case line without a full stop ("Readout of President Biden's Call with Prime Minister Sunak") is a headline, not the opening. */
function isHeadline(text: string, tokens: Token[]): boolean {
  if (/[.!?…]["'”’)\]]*\s*$/u.test(text)) return false;
  const content = tokens.filter((t) => t.norm.length > 3 && !isStopword(t.norm, 'en'));
  return content.length >= 3 && content.filter((t) => t.capital).length > 0.6 * content.length;
}

/**
 * The openings read so far in one piece of work, by the sentences they open: an
 * article's analysis scores every claim against the same readout, whose opening is
 * then read once (vectors.ts keeps one per feature memo).
 */
export type OpeningMemo = WeakMap<readonly Sentence[], Opening>;

/** `opening(sentences)`, from `memo` when it has it (the answer is only read, never changed). */
function openingOf(sentences: readonly Sentence[], memo: OpeningMemo | undefined): Opening {
  let found = memo?.get(sentences);
  if (!found) {
    found = opening(sentences);
    memo?.set(sentences, found);
  }
  return found;
}

function opening(sentences: readonly Sentence[]): Opening {
  for (const s of sentences.slice(0, OPENING_WINDOW)) {
    const tokens = tokenize(s.text);
    if (isHeadline(s.text, tokens)) continue;
    const found = mentions(tokens, bareFirstName(tokens)).filter((m) => !m.possessive);
    // The host is the subject: not a mention after a preposition ("On September 2, …").
    const h = found.findIndex((m) => !inObjectPosition(tokens, m.from));
    if (h < 0) continue;
    return { host: found[h], guest: found[h + 1], leaders: found.filter((m) => m.titles.length > 0).length };
  }
  return { leaders: 0 };
}

const overlaps = (x: readonly string[] | undefined, y: readonly string[] | undefined): boolean => !!x && !!y && x.some((v) => y.includes(v));

/** What resolves a mention to a party, for one readout. */
interface Context {
  /** The readout's own leader. */
  self: Party;
  /** The title words the opening gave the host and the guest. */
  selfTitles: readonly string[];
  otherTitles: readonly string[];
  names: Map<string, Party>;
  places: Map<string, Party>;
  known: ReadonlySet<string>;
}

const other = (p: Party): Party => (p === 1 ? 2 : 1);
/** "Vice", "Deputy", "Foreign", "Secretary", or "Minister" without "Prime": someone else than a leader, unless the opening titled a leader so. */
const subordinate = (titles: readonly string[]): boolean => titles.some((t) => SUBORDINATE.has(t)) || (titles.includes('minister') && !titles.includes('prime'));

/** True when a bare title names the leader whose opening titles are `of`. */
function titleMatches(titles: readonly string[], of: readonly string[]): boolean {
  if (titles.length === 0 || of.length === 0) return false;
  if (subordinate(titles)) return titles.length === of.length && titles.every((t) => of.includes(t));
  return titles.every((t) => of.includes(t));
}

function resolve(m: Mention, ctx: Context): Party | undefined {
  for (const n of m.names) {
    const p = ctx.names.get(n);
    if (p) return p;
  }
  if (m.names.length > 0) return undefined; // someone else: a minister, an envoy
  for (const place of m.places) {
    const p = ctx.places.get(place);
    if (p) return p;
  }
  if (m.places.length > 0) return undefined;
  // A bare title. "Head of State/Government" is how a readout names its own leader.
  if (m.titles.includes('head') && !subordinate(m.titles)) return ctx.self;
  if (titleMatches(m.titles, ctx.selfTitles)) return ctx.self;
  if (titleMatches(m.titles, ctx.otherTitles)) return other(ctx.self);
  // The opening named the host without a title ("Vladimir Putin had a call with …"): a leader's title is the host's.
  if (ctx.selfTitles.length === 0 && m.titles.length > 0 && !subordinate(m.titles)) return ctx.self;
  return undefined;
}

/** A sentence whose subject is a pronoun: its agent is the previous sentence's. */
const PREVIOUS = Symbol('previous');

/** A paragraph's number opening a sentence ("2. The two leaders …"): no word of the clause (Chicago Manual of Style 6.127, numbered paragraphs). */
const listNumber = (t: Token): boolean => /^\d{1,2}$/u.test(t.norm);

/** True when token `i` opens its clause: only "the", "both", "two" … stand between it and the sentence start or the last pause. */
function opensClause(tokens: Token[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    if (tokens[k]!.pauseBefore || k === 0 || (k === 1 && listNumber(tokens[0]!))) return true;
    if (!CLAUSE_OPENERS.has(tokens[k - 1]!.norm) && !JOINT.has(tokens[k - 1]!.norm)) return false;
  }
  return true;
}

/** A sentence's subject as written: its agent and where the words naming it lie in the sentence. */
export interface Subject {
  agent: Agent;
  /** UTF-16 offsets into the sentence's text (end exclusive). */
  start: number;
  end: number;
}

/** The subject of a sentence, PREVIOUS for a pronoun continuing the previous sentence's, undefined when none is found. */
function subjectOf(tokens: Token[], ctx: Context): Subject | typeof PREVIOUS | undefined {
  const span = (from: number, to: number, agent: Agent): Subject => ({ agent, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    if (JOINT.has(t.norm) && opensClause(tokens, i)) {
      // "The two leaders", "Both sides": the words before that open the clause, and the joint words after.
      let from = i;
      while (from > 0 && !tokens[from]!.pauseBefore && (CLAUSE_OPENERS.has(tokens[from - 1]!.norm) || JOINT.has(tokens[from - 1]!.norm))) from--;
      let to = i + 1;
      while (to < tokens.length && JOINT.has(tokens[to]!.norm) && !tokens[to]!.pauseBefore) to++;
      return span(from, to, 'joint');
    }
    // "He thanked …", "…, he said": a pronoun opening the sentence or a clause.
    if (PRONOUNS.has(t.norm) && (i === 0 || t.pauseBefore) && !isExcellency(t)) return PREVIOUS;
    if (!startsMention(tokens, i, ctx.known)) continue;
    const m = readMention(tokens, i, ctx.known);
    if (m.to === i) continue;
    i = m.to - 1;
    if (m.possessive || inObjectPosition(tokens, m.from)) continue;
    if (passiveAfter(tokens, m)) return undefined;
    // "The Prime Minister and the President …": both.
    if (tokens[m.to]?.norm === 'and') {
      let k = m.to + 1;
      while (k < tokens.length && DETERMINERS.has(tokens[k]!.norm)) k++;
      if (startsMention(tokens, k, ctx.known)) {
        const other = readMention(tokens, k, ctx.known);
        return span(m.from, Math.max(other.to, k + 1), 'joint');
      }
    }
    return span(m.from, m.to, resolve(m, ctx));
  }
  return undefined;
}

/** A sentence's tokens and subject as one readout's context resolves it. */
interface Analysis {
  tokens: Token[];
  subject: Subject | typeof PREVIOUS | undefined;
}

/**
 * Each sentence of a readout tokenized and its subject found once, when first asked
 * for: both the agents (for the aligner) and the subjects (for the typed differences)
 * read it. Both depend on the text only (offsets are the sentence's own), so a
 * formula the readout repeats is read once (its tokens once for both readouts: `tokensOf`). The memo lives as long as the
 * resolvers, one comparison.
 */
function analyses(sentences: readonly Sentence[], ctx: Context, tokensOf: (text: string) => Token[]): (index: number) => Analysis {
  const memo = new Map<string, Analysis>();
  return (index) => {
    const text = sentences[index]!.text;
    let found = memo.get(text);
    if (!found) {
      const tokens = tokensOf(text);
      memo.set(text, (found = { tokens, subject: subjectOf(tokens, ctx) }));
    }
    return found;
  };
}

/** `tokenize`, once per distinct text of both readouts (tokens depend on the text alone and are not changed once made). */
function tokenMemo(): (text: string) => Token[] {
  const memo = new Map<string, Token[]>();
  return (text) => {
    let tokens = memo.get(text);
    if (!tokens) memo.set(text, (tokens = tokenize(text)));
    return tokens;
  };
}

function agentOf(analysis: Analysis): Agent | typeof PREVIOUS {
  const s = analysis.subject;
  return s === PREVIOUS ? PREVIOUS : s?.agent;
}

/** The agent of each sentence of one readout, worked out when first asked for. */
export type AgentOf = (index: number) => Agent;

/**
 * Whom a subject pronoun ("He", "she") opening sentence `index` of a readout refers to, for the typed
 * differences' actors (issue 17, tester 9 V6): in a readout, such a pronoun refers to the readout's own
 * leader (`self`, the party its opening names first), unless the previous sentence's subject is one person
 * of the two, whom it then continues ("Berg thanked Silva. He added …": Berg), or a person the openings do
 * not name ("The foreign minister briefed Berg. He added …"), when it is left unresolved (undefined: no
 * actor difference). A previous subject naming both leaders ("The two leaders …"), or none found, leaves
 * the readout's own leader (Halliday and Hasan 1976 on personal reference: the most salient human referent;
 * in a readout, its author's leader).
 */
function pronounAgent(index: number, self: Party, subjectAt: (index: number) => Subject | undefined): Agent {
  if (index === 0) return self;
  const previous = subjectAt(index - 1);
  if (!previous || previous.agent === 'joint') return self;
  return previous.agent;
}

/** What the agents of both readouts are, and how each party is named for people ("Trudeau"; null when no opening names it). */
export interface AgentResolvers {
  a: AgentOf;
  b: AgentOf;
  names: Record<Party, string | null>;
  /**
   * The subject of a sentence as written in it (its agent, a pronoun's resolved through
   * the sentences before): for the typed differences, which show the words naming the actor.
   */
  subject: Record<Side, (index: number) => Subject | undefined>;
}

/**
 * The agents of both readouts' sentences (English; other languages get none).
 * Lazy and memoised: the aligner asks only about sentences with a directional
 * act, and a sentence opening with "he" asks about the one before it.
 */
export function agentResolvers(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
  openings?: OpeningMemo,
): AgentResolvers {
  const none: AgentResolvers = { a: () => undefined, b: () => undefined, names: { 1: null, 2: null }, subject: { a: () => undefined, b: () => undefined } };
  if (primaryLanguage(a.language) !== 'en' || primaryLanguage(b.language) !== 'en') return none;
  const oa = openingOf(a.sentences, openings);
  const ob = openingOf(b.sentences, openings);
  // A call of three or more leaders has no "other side".
  if (oa.leaders > 2 || ob.leaders > 2) return none;
  // B is written by the other side unless the names or countries show otherwise.
  const sameSide = overlaps(oa.host?.names, ob.host?.names) || overlaps(oa.guest?.names, ob.guest?.names)
    || overlaps(oa.host?.places, ob.host?.places) || overlaps(oa.guest?.places, ob.guest?.places);
  const bHost: Party = sameSide ? 1 : 2;
  const names = new Map<string, Party>();
  const places = new Map<string, Party>();
  const conflicts = new Set<string>();
  const note = (map: Map<string, Party>, keys: readonly string[] | undefined, party: Party): void => {
    for (const k of keys ?? []) {
      if (conflicts.has(k)) continue;
      const had = map.get(k);
      if (had !== undefined && had !== party) {
        map.delete(k);
        conflicts.add(k);
      } else {
        map.set(k, party);
      }
    }
  };
  note(names, oa.host?.names, 1); note(names, oa.guest?.names, 2);
  note(names, ob.host?.names, bHost); note(names, ob.guest?.names, other(bHost));
  note(places, oa.host?.places, 1); note(places, oa.guest?.places, 2);
  note(places, ob.host?.places, bHost); note(places, ob.guest?.places, other(bHost));
  const known = new Set(names.keys());
  const ctxOf = (self: Party, o: Opening): Context => ({ self, selfTitles: o.host?.titles ?? [], otherTitles: o.guest?.titles ?? [], names, places, known });
  const tokensOf = tokenMemo();
  const analysisA = analyses(a.sentences, ctxOf(1, oa), tokensOf);
  const analysisB = analyses(b.sentences, ctxOf(bHost, ob), tokensOf);
  const resolver = (sentences: readonly Sentence[], analysis: (index: number) => Analysis): AgentOf => {
    const memo = new Map<number, Agent>();
    return (index) => {
      if (memo.has(index)) return memo.get(index);
      // Walk back over sentences that continue the previous subject, then resolve forwards.
      let k = index;
      const pending: number[] = [];
      let agent: Agent | typeof PREVIOUS = PREVIOUS;
      while (k >= 0 && sentences[k]) {
        if (memo.has(k)) { agent = memo.get(k); break; }
        const own = agentOf(analysis(k));
        if (own !== PREVIOUS) { memo.set(k, own); agent = own; break; }
        pending.push(k--);
      }
      const resolved = agent === PREVIOUS ? undefined : agent;
      for (const p of pending) memo.set(p, resolved);
      return memo.get(index);
    };
  };
  // A name as written in prose rather than in capitals ("Abe", not "ABE"), from either opening: a mention
  // with a title, or whose name the other opening gives too. An untitled name only one opening gives may be
  // no person's ("the World Leaders Summit" in a readout whose lead is missing): never shown as a leader's.
  const shown = (x: Mention | undefined, y: Mention | undefined): string | null => {
    const person = (m: Mention | undefined, o: Mention | undefined) => !!m && (m.titles.length > 0 || overlaps(m.names, o?.names));
    const all = [person(x, y) ? x : undefined, person(y, x) ? y : undefined].map((m) => m?.display).filter((d): d is string => d !== undefined);
    return all.find((d) => d !== d.toUpperCase()) ?? all[0] ?? null;
  };
  const shownNames = {
    1: shown(oa.host, bHost === 1 ? ob.host : ob.guest),
    2: shown(oa.guest, bHost === 2 ? ob.host : ob.guest),
  };
  const ra = resolver(a.sentences, analysisA);
  const rb = resolver(b.sentences, analysisB);
  const subject = (sentences: readonly Sentence[], analysis: (index: number) => Analysis, self: Party) => {
    const memo = new Map<number, Subject | undefined>();
    const find = (index: number): Subject | undefined => {
      if (!sentences[index]) return undefined;
      const { tokens, subject: s } = analysis(index);
      if (s !== PREVIOUS) return s;
      // A pronoun: its words, and the person it refers to (pronounAgent).
      const pronoun = tokens.find((t) => PRONOUNS.has(t.norm));
      return pronoun ? { agent: pronounAgent(index, self, (k) => at(k)), start: pronoun.start, end: pronoun.end } : undefined;
    };
    const at = (index: number): Subject | undefined => {
      if (!memo.has(index)) memo.set(index, find(index));
      return memo.get(index);
    };
    return at;
  };
  return {
    a: ra, b: rb, names: shownNames,
    subject: { a: subject(a.sentences, analysisA, 1), b: subject(b.sentences, analysisB, bHost) },
  };
}

/**
 * The name words of the participants as both openings give them ("okafor", "halvorsen";
 * lower case): wherever a readout writes them they name the call's parties, not a point.
 */
export function participantNames(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
  openings?: OpeningMemo,
): Set<string> {
  if (primaryLanguage(a.language) !== 'en' || primaryLanguage(b.language) !== 'en') return new Set();
  const out = new Set<string>();
  for (const o of [openingOf(a.sentences, openings), openingOf(b.sentences, openings)]) for (const m of [o.host, o.guest]) for (const n of m?.names ?? []) out.add(n);
  return out;
}

/** Every sentence's agent, for tests and diagnostics. */
export function sentenceAgents(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
): { a: Agent[]; b: Agent[] } {
  const r = agentResolvers(a, b);
  return { a: a.sentences.map((_, i) => r.a(i)), b: b.sentences.map((_, i) => r.b(i)) };
}
