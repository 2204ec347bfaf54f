/**
 * Who does what. "The Prime Minister thanked President Zelenskyy" and "President
 * Zelenskyy thanked the Prime Minister" share every word that matters and report
 * different points: some speech acts have a direction (thanks, condolences,
 * congratulations, invitations), and which party performs them is part of the point.
 *
 * A readout is written by one party's office. Its opening sentence names who spoke
 * with whom: the first person named is the host (the readout's own leader, whom later
 * sentences call by bare title: "The Prime Minister", "The Head of State"), the second
 * the guest. The two readouts of a call are then put on one scale: party 1 is A's
 * host, party 2 A's guest; B's host is party 2 unless the names show B was written by
 * the same side. The agent of a sentence is its subject: the first mention of a
 * person that is neither possessive ("Abe's announcement") nor after a preposition
 * or a verb ("thanked President X", "a call with President X"); "the leaders",
 * "both", "they" are joint and have no direction; "he"/"she" continue the previous
 * sentence's subject. English only; word lists in data/agents.json.
 */
import type { Sentence } from '../model/types';
import { primaryLanguage } from '../text/language';
import { normalizeWord } from '../text/normalize';
import { words } from '../text/words';
import data from './data/agents.json';
import placesData from './data/places.json';
import { isStopword } from './stopwords';

/** One of the two parties to the call: 1 is readout A's host, 2 A's guest. */
export type Party = 1 | 2;

const TITLES = new Set(data.titles);
const HEAD_OF = new Set(data.headOf);
const JOINT = new Set(data.joint);
const PRONOUNS = new Set(data.pronouns);
const BEFORE_OBJECT = new Set(data.prepositions);
/** Lexicon concept keys whose sharing depends on who performs them. */
export const DIRECTIONAL = new Set(data.directional.map((c) => `c:${c}`));

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

interface Token {
  raw: string;
  /** Lower case, no possessive, no dots. */
  norm: string;
  capital: boolean;
  /** Written with "'s" or "’s". */
  possessive: boolean;
  /** A comma (or other pause) separates this token from the one before. */
  pauseBefore: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const w of words(text, 'en')) {
    const gap = text.slice(last, w.start);
    last = w.end;
    const raw = w.text;
    out.push({
      raw, norm: normalizeWord(raw), capital: /^\p{Lu}/u.test(raw), possessive: /['’]s$/u.test(raw),
      pauseBefore: /[,;:()\u2013\u2014]/u.test(gap),
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
  possessive: boolean;
}

const isTitle = (t: Token | undefined): boolean => !!t && (TITLES.has(t.norm) || (t.raw.includes('.') && t.norm === 'he'));
const isPlaceWord = (t: Token | undefined): boolean => !!t && t.capital && PLACE_WORDS.has(t.norm);

/** Reads the places of "of the United Kingdom of Great Britain and Northern Ireland" from `j` (after "of"). */
function readPlaces(tokens: Token[], j: number, places: string[]): number {
  let k = j;
  while (k < tokens.length) {
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
    for (let n = 1, phrase = ''; n <= 6 && k + n <= tokens.length; n++) {
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

/** A capitalised word that names a person: not a title, a place, a stop word or a joint word. */
function isNameWord(tokens: Token[], i: number, known: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (!t || !t.capital || isTitle(t) || isPlaceWord(t) || JOINT.has(t.norm) || PRONOUNS.has(t.norm) || isStopword(t.norm, 'en')) return false;
  if (i > 0 || known.has(t.norm)) return true;
  // The first word of a sentence is capitalised anyway: a name only when a name follows ("Vladimir Putin").
  const next = tokens[1];
  return !!next && !next.pauseBefore && next.capital && !isTitle(next) && !isPlaceWord(next) && !isStopword(next.norm, 'en');
}

/** The mention starting at token `i` (a title or a name). */
function readMention(tokens: Token[], i: number, known: ReadonlySet<string>): Mention {
  const m: Mention = { from: i, to: i, names: [], places: [], possessive: false };
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (j > i && t.pauseBefore) break;
    if (isTitle(t)) {
      j++;
      if (t.norm === 'head' && tokens[j]?.norm === 'of' && HEAD_OF.has(tokens[j + 1]?.norm ?? '')) j += 2;
      if (t.possessive) { m.possessive = true; break; }
      continue;
    }
    if (t.norm === 'of' && j > i && (isPlaceWord(tokens[j + 1]) || (tokens[j + 1]?.norm === 'the' && isPlaceWord(tokens[j + 2])))) {
      j = readPlaces(tokens, j + 1, m.places);
      continue;
    }
    if (isNameWord(tokens, j, known)) {
      m.names.push(t.norm);
      j++;
      if (t.possessive) { m.possessive = true; break; }
      continue;
    }
    break;
  }
  m.to = j;
  return m;
}

/** The mentions of people in a sentence, in order; an apposition after a comma joins the mention before it. */
function mentions(tokens: Token[], known: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]) && !isNameWord(tokens, i, known)) continue;
    const m = readMention(tokens, i, known);
    if (m.to === i) continue;
    const prev = out[out.length - 1];
    if (prev && !prev.possessive && prev.to === i && tokens[i]!.pauseBefore) {
      prev.names.push(...m.names);
      prev.places.push(...m.places);
      prev.to = m.to;
      prev.possessive = m.possessive;
    } else {
      out.push(m);
    }
    i = m.to - 1;
  }
  return out;
}

/** Host and guest as one readout's opening sentence names them. */
interface Opening {
  host?: Mention;
  guest?: Mention;
}

function opening(sentence: Sentence | undefined, known: ReadonlySet<string>): Opening {
  if (!sentence) return {};
  const tokens = tokenize(sentence.text);
  const found = mentions(tokens, known).filter((m) => !m.possessive);
  // The host is the subject: not a mention after a preposition ("On September 2, …").
  const h = found.findIndex((m) => !inObjectPosition(tokens, m.from));
  return h < 0 ? {} : { host: found[h], guest: found[h + 1] };
}

const overlaps = (x: readonly string[] | undefined, y: readonly string[] | undefined): boolean => !!x && !!y && x.some((v) => y.includes(v));

/** What resolves a mention to a party, for one readout. */
interface Context {
  /** The readout's own leader, called by bare title. */
  self: Party;
  names: Map<string, Party>;
  places: Map<string, Party>;
  known: ReadonlySet<string>;
}

/** A sentence's subject: a party, "joint" (both, or several people), or unknown. */
export type Agent = Party | 'joint' | undefined;

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
  return m.places.length > 0 ? undefined : ctx.self;
}

/** A word right after a preposition or a verb of address is not the subject. */
function inObjectPosition(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && BEFORE_OBJECT.has(before.norm) && !tokens[i]!.pauseBefore;
}

/** A sentence whose subject is a pronoun: its agent is the previous sentence's. */
const PREVIOUS = Symbol('previous');

function agentOf(sentence: Sentence, ctx: Context): Agent | typeof PREVIOUS {
  const tokens = tokenize(sentence.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const object = inObjectPosition(tokens, i);
    if (JOINT.has(t.norm) && !object) return 'joint';
    // "He thanked …", "…, he said": a pronoun opening the sentence or a clause.
    if (PRONOUNS.has(t.norm) && (i === 0 || t.pauseBefore) && !t.raw.includes('.')) return PREVIOUS;
    if (!isTitle(t) && !isNameWord(tokens, i, ctx.known)) continue;
    const m = readMention(tokens, i, ctx.known);
    if (m.to === i) continue;
    i = m.to - 1;
    if (m.possessive || object) continue;
    // "The Prime Minister and the President …": both.
    const next = tokens[m.to];
    if (next?.norm === 'and') {
      const k = tokens[m.to + 1]?.norm === 'the' ? m.to + 2 : m.to + 1;
      if (isTitle(tokens[k]) || isNameWord(tokens, k, ctx.known)) return 'joint';
    }
    return resolve(m, ctx);
  }
  return undefined;
}

/** The agent of each sentence of one readout, worked out when first asked for. */
export type AgentOf = (index: number) => Agent;

/**
 * The agents of both readouts' sentences (English; other languages get none).
 * Lazy and memoised: the aligner asks only about sentences with a directional
 * act, and a sentence opening with "he" asks about the one before it.
 */
export function agentResolvers(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
): { a: AgentOf; b: AgentOf } {
  if (primaryLanguage(a.language) !== 'en' || primaryLanguage(b.language) !== 'en') return { a: () => undefined, b: () => undefined };
  const empty = new Set<string>();
  const oa = opening(a.sentences[0], empty);
  const ob = opening(b.sentences[0], empty);
  // B is written by the other side unless the names show otherwise.
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
  const other = (p: Party): Party => (p === 1 ? 2 : 1);
  note(names, oa.host?.names, 1); note(names, oa.guest?.names, 2);
  note(names, ob.host?.names, bHost); note(names, ob.guest?.names, other(bHost));
  note(places, oa.host?.places, 1); note(places, oa.guest?.places, 2);
  note(places, ob.host?.places, bHost); note(places, ob.guest?.places, other(bHost));
  const known = new Set(names.keys());
  const resolver = (sentences: readonly Sentence[], self: Party): AgentOf => {
    const ctx: Context = { self, names, places, known };
    const memo = new Map<number, Agent>();
    return (index) => {
      if (memo.has(index)) return memo.get(index);
      // Walk back over sentences that continue the previous subject, then resolve forwards.
      let k = index;
      const pending: number[] = [];
      let agent: Agent | typeof PREVIOUS = PREVIOUS;
      while (k >= 0 && sentences[k]) {
        if (memo.has(k)) { agent = memo.get(k); break; }
        const own = agentOf(sentences[k]!, ctx);
        if (own !== PREVIOUS) { memo.set(k, own); agent = own; break; }
        pending.push(k--);
      }
      const resolved = agent === PREVIOUS ? undefined : agent;
      for (const p of pending) memo.set(p, resolved);
      return memo.get(index);
    };
  };
  return { a: resolver(a.sentences, 1), b: resolver(b.sentences, bHost) };
}

/** Every sentence's agent, for tests and diagnostics. */
export function sentenceAgents(
  a: { sentences: readonly Sentence[]; language: string },
  b: { sentences: readonly Sentence[]; language: string },
): { a: Agent[]; b: Agent[] } {
  const r = agentResolvers(a, b);
  return { a: a.sentences.map((_, i) => r.a(i)), b: b.sentences.map((_, i) => r.b(i)) };
}
