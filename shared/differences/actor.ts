/**
 * Actor differences: who performs the act. The subject of each sentence comes from
 * the aligner's reading of who does what (shared/align/agents.ts: the parties named
 * by each readout's opening, "the leaders" as both); two subjects that resolve to
 * different parties, or one party against both, are a difference. The openings
 * ("X spoke with Y" / "Y spoke with X") are not: each readout names its own leader
 * first.
 */
import type { Party, Subject } from '../align/agents';
import type { Side } from '../model/types';
import agentsData from '../align/data/agents.json';
import commitmentData from './data/commitment.json';
import grammar from './data/grammar.json';
import { difference, q, type PairContext } from './context';
import { findCues, phraseMap, stemOf } from './tokens';
import type { TypedDifference } from './types';

const CALL = phraseMap(commitmentData.callItself);
const CALL_STEMS = new Map(commitmentData.callItself.filter((w) => !w.includes(' ')).map((w) => [stemOf(w), w]));
/** Most words between a subject and the call verb ("Silva also spoke with Berg"). */
const CALL_REACH = 2;
/** Words naming the other leader after "with"/"to" ("him", "his counterpart", "the Chancellor"), and the words read past before them. */
const OTHER_PARTY = new Set([...commitmentData.otherParty, ...agentsData.titles]);
const BEFORE_NAME = new Set([...agentsData.determiners, ...agentsData.honorifics]);

/**
 * "X spoke with Y about the quotas": X and Y talk together, whoever is named first. A subject followed by the
 * call itself and "with" or "to" acts jointly with the other leader when the object names that leader: a
 * pronoun or noun for them ("him", "his counterpart"), a title, or the other leader's name ("spoke to Berg";
 * not "spoke to reporters", nor "spoke to underline", where "to" marks an infinitive).
 */
function withTheOther(ctx: PairContext, side: Side, s: Subject, otherName: string | null): boolean {
  const tokens = ctx.tokens[side];
  const k = tokens.findIndex((t) => t.start >= s.end);
  if (k < 0) return false;
  const call = findCues(tokens, CALL, CALL_STEMS).find((h) => h.from >= k && h.from <= k + CALL_REACH);
  if (!call || !['with', 'to'].includes(tokens[call.to]?.norm ?? '')) return false;
  let o = call.to + 1;
  while (o < tokens.length && BEFORE_NAME.has(tokens[o]!.norm)) o++;
  const word = tokens[o]?.norm ?? '';
  const names = new Set((otherName ?? '').split(/\s+/u).map((w) => stemOf(w)));
  return OTHER_PARTY.has(word) || (word !== '' && names.has(stemOf(word)));
}

const JOINT = new Set(agentsData.joint);
const PRONOUNS = new Set(agentsData.pronouns);

/** A subject written as a singular personal pronoun ("He", "she"): it names no one by itself. */
const isPronoun = (ctx: PairContext, side: Side, s: Subject): boolean => PRONOUNS.has(ctx.sentences[side].text.slice(s.start, s.end).toLowerCase());
const TITLE_WORDS = new Set([...agentsData.titles, ...agentsData.honorifics, ...agentsData.determiners]);

/**
 * A title read as one leader's while the noun it qualifies is plural ("the prime ministers", "the vice
 * presidents"): the noun phrase names both leaders (Quirk et al. 5.73, plural of a title noun).
 */
function jointByPlural(ctx: PairContext, side: Side, s: Subject): boolean {
  const next = ctx.tokens[side].find((t) => t.start >= s.end);
  return !!next && /^\s*$/u.test(ctx.sentences[side].text.slice(s.end, next.start)) && JOINT.has(next.norm);
}

/**
 * The name to give a party in an explanation: the name the subject itself writes when it has one that
 * differs from the party's shown name ("Prime Minister Abe" where the opening's order gives "Shinzo"),
 * else the shown name: never a given name cut from a full name the subject does not write.
 */
function nameIn(text: string, shown: string | null): string | null {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  if (shown && words.some((w) => w.toLowerCase().replace(/['’]s$/u, '') === shown.toLowerCase())) return shown;
  const named = words.some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, '')));
  return named ? text : shown;
}

/**
 * The two halves of one exchange ("Silva offered inspectors" / "Berg thanked Silva for the offer"): each
 * side has one leader act, and a side's act answers one of the other side's performer, named after its
 * own subject before "for" or as a possessive (issue 17's conventions: no actor difference). A directive
 * to the other leader ("urged Berg to reopen") is no answer: who wants the act stays an actor difference.
 */
function addressed(ctx: PairContext, side: Side, s: Subject, performer: string | null): boolean {
  const names = new Set((performer ?? '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())).map((w) => stemOf(w)));
  const tokens = ctx.tokens[side];
  const text = ctx.sentences[side].text;
  // The act answers one of the performer's: "for" follows the name, or the name is a possessive ("Silva's offer"); not "urged Silva to".
  const answers = (k: number) => tokens[k + 1]?.norm === 'for' || /^['’]s\b/u.test(text.slice(tokens[k]!.end)) || /['’]s$/u.test(tokens[k]!.raw);
  return names.size > 0 && tokens.some((t, k) => t.start >= s.end && /^\p{Lu}/u.test(t.raw) && names.has(stemOf(t.norm)) && answers(k));
}

const RELATIVE = new Set(grammar.relativeWords);

/**
 * The other performer answers inside this sentence ("Silva offered condolences, to which Chancellor Berg
 * expressed his thanks"): a relative word ("which", "whom") right before a mention of the performer, titles
 * and determiners between, opens a clause whose subject is that performer (Quirk et al. 1985, 17.9). The
 * sentence reports both halves of the exchange, and the other sentence one of them: no actor difference
 * (issue 17's conventions; tester 9, V6).
 */
function answeredWithin(ctx: PairContext, side: Side, s: Subject, performer: string | null): boolean {
  const names = new Set((performer ?? '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())).map((w) => stemOf(w)));
  const tokens = ctx.tokens[side];
  return names.size > 0 && tokens.some((t, k) => {
    if (t.start < s.end || !/^\p{Lu}/u.test(t.raw) || !names.has(stemOf(t.norm)) || /['’]s$/u.test(t.raw)) return false;
    // Back over the mention's titles, determiners and given names ("the Chancellor", "Jon").
    let j = k - 1;
    while (j >= 0 && (TITLE_WORDS.has(tokens[j]!.norm) || /^\p{Lu}/u.test(tokens[j]!.raw))) j--;
    return j >= 0 && RELATIVE.has(tokens[j]!.norm);
  });
}

/** A subject that is a bare title ("Prime Minister", "The Chancellor"), as an explanation names it ("the Prime Minister"); null for anything else. */
function titleOnly(text: string): string | null {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const key = (w: string) => w.toLowerCase().replace(/\.$/u, '');
  const rest = words[0] && agentsData.determiners.includes(key(words[0])) ? words.slice(1) : words;
  return rest.length > 0 && rest.every((w) => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(key(w))) ? `the ${rest.join(' ')}` : null;
}

/**
 * The end of a subject shown as a span: its own end when it is at most `max` characters long, else
 * the end of its last whole word within them (a span never ends inside a word: "Sir Keir Star").
 */
function wordEndAtMost(text: string, start: number, end: number, max: number): number {
  if (end - start <= max) return end;
  const cut = text.slice(start, start + max + 1).search(/\s\S*$/u);
  return cut > 0 ? start + text.slice(start, start + cut).replace(/[\s,;:]+$/u, '').length : end;
}

/** The subjects of the pair's sentences, and how the parties are named. */
export interface ActorInput {
  subjects: Record<Side, Subject | undefined>;
  names: Record<Party, string | null>;
  /** The pair is the two openings of the call. */
  opening: boolean;
}

/** Most characters of a subject shown as its span ("President of the Russian Federation Vladimir Putin"). */
const MAX_SUBJECT = 80;

export function actor(ctx: PairContext, input: ActorInput): TypedDifference[] {
  const { a, b } = input.subjects;
  if (input.opening || !a || !b) return [];
  const agentOf = (side: Side, s: Subject): Subject['agent'] => (jointByPlural(ctx, side, s) ? 'joint' : s.agent);
  const agentA = agentOf('a', a);
  const agentB = agentOf('b', b);
  // "He" / "she" continues one leader's subject; continuing "the leaders" (or no one), it is unresolved, no actor.
  const unresolved = (side: Side, s: Subject, agent: Subject['agent']) => isPronoun(ctx, side, s) && agent !== 1 && agent !== 2;
  if (unresolved('a', a, agentA) || unresolved('b', b, agentB)) return [];
  if (agentA === undefined || agentB === undefined || agentA === agentB) return [];
  const otherOf = (s: Subject): string | null => (s.agent === 1 ? input.names[2] : s.agent === 2 ? input.names[1] : null);
  const jointly = (side: Side, s: Subject) => agentOf(side, s) === 'joint' || withTheOther(ctx, side, s, otherOf(s));
  if (jointly('a', a) && jointly('b', b)) return [];
  const single = (agent: Subject['agent']) => agent === 1 || agent === 2;
  const exchange = single(agentA) && single(agentB) && !jointly('a', a) && !jointly('b', b)
    && (addressed(ctx, 'a', a, input.names[agentB as Party]) || addressed(ctx, 'b', b, input.names[agentA as Party])
      || answeredWithin(ctx, 'a', a, input.names[agentB as Party]) || answeredWithin(ctx, 'b', b, input.names[agentA as Party]));
  if (exchange) return [];
  const who = (agent: Subject['agent'], text: string): string => (agent === 'joint' ? 'both leaders'
    : PRONOUNS.has(text.toLowerCase()) ? input.names[agent as Party] ?? 'one leader'
      : nameIn(text, input.names[agent as Party]) ?? titleOnly(text) ?? 'one leader');
  const span = (side: Side, s: Subject) => {
    const sentence = ctx.sentences[side];
    const end = wordEndAtMost(sentence.text, s.start, s.end, MAX_SUBJECT);
    return { id: sentence.id, start: s.start, end, text: sentence.text.slice(s.start, end) };
  };
  const sa = span('a', a);
  const sb = span('b', b);
  return [difference('actor', sa, sb, `${ctx.labels.a} has ${who(agentA, sa.text)} act (${q(sa.text)}); ${ctx.labels.b}, ${who(agentB, sb.text)} (${q(sb.text)}).`)];
}
