/**
 * Commitment differences: the act reported differs in kind or strength ("agreed"
 * against "proposed", "insisted" against "discussed"). Each sentence's act is the
 * first act verb after its subject, classed by data/commitment.json; two acts of
 * different classes are a difference, unless the aligner matched them as one concept.
 * The call itself ("spoke with X") is no act; a cue word after a determiner is a noun
 * ("during the discussion"), no act either, unless it is the object of a light verb
 * ("expressed their commitment": a commitment). Words: data/grammar.json.
 */
import agentsData from '../align/data/agents.json';
import data from './data/commitment.json';
import grammar from './data/grammar.json';
import scopeData from './data/scope.json';
import { difference, q, spanOf, type PairContext } from './context';
import { findCues, perSentence, phraseMap, stemOf, tokenize, type Hit, type Tok } from './tokens';
import type { TypedDifference } from './types';
import { otherSide, type Side } from '../model/types';

interface ActClass {
  name: string;
  label: string;
  strength: number;
}

const CLASS_OF = new Map<string, ActClass>();
const STEMS = new Map<string, string>();
const PHRASES = new Map<string, string[]>();
for (const c of data.classes) {
  const cls: ActClass = { name: c.name, label: c.label, strength: c.strength };
  for (const w of c.words) {
    const key = `w:${stemOf(w)}`;
    STEMS.set(stemOf(w), key);
    CLASS_OF.set(key, cls);
  }
  for (const [p, parts] of phraseMap(c.phrases)) {
    PHRASES.set(p, parts);
    CLASS_OF.set(p, cls);
  }
}

/** A light verb's object noun that states a stance rather than an undertaking ("underlined their commitment to X": support). */
const OBJECT_CLASS = new Map(Object.entries(data.lightVerbObjects as Record<string, string>).map(([w, c]) => [w, data.classes.find((k) => k.name === c)!.name]));
const CLASS_BY_NAME = new Map([...CLASS_OF.values()].map((c) => [c.name, c]));
// A class reached only through a pattern (sharedView: "shared the view"), with no words of its own.
for (const c of data.classes) if (!CLASS_BY_NAME.has(c.name)) CLASS_BY_NAME.set(c.name, { name: c.name, label: c.label, strength: c.strength });
for (const c of CLASS_BY_NAME.values()) CLASS_OF.set(`class:${c.name}`, c);

const CALL = phraseMap(data.callItself);
const CLOSING = phraseMap(data.closingFormulas);
const CALL_STEMS = new Map(data.callItself.filter((w) => !w.includes(' ')).map((w) => [stemOf(w), w]));
const DETERMINERS = new Set(grammar.determiners);
const LIGHT_VERBS = new Set(grammar.lightVerbs);
/** Most words between a light verb and its object noun ("expressed their shared commitment"). */
const LIGHT_REACH = 4;

const NOUN_ENDING = new RegExp(`(?:${grammar.nounSuffixes.join('|')})$`, 'u');

/**
 * A cue word used as a noun: right after a determiner or a possessive ("the discussion",
 * "today's talks"), or with one word between when it has a noun's ending ("their shared
 * commitment"; "the leaders agreed" is a verb).
 */
function nominal(tokens: readonly Tok[], h: Hit): boolean {
  const det = (t: Tok | undefined) => !!t && (DETERMINERS.has(t.norm) || /['’]s$/u.test(t.raw));
  if (h.to - h.from !== 1) return false;
  if (gerundAfterPreposition(tokens, h.from)) return true;
  return det(tokens[h.from - 1]) || (det(tokens[h.from - 2]) && NOUN_ENDING.test(tokens[h.from]!.norm));
}

/** Prepositions of means ("responded by expressing regret"): the -ing form after them is the act itself (Quirk et al. 1985, 9.48). */
const OF_MEANS = new Set(grammar.meansPrepositions);
const PREPOSITIONS = new Set([...scopeData.prepositions, ...scopeData.particularizers].filter((w) => !OF_MEANS.has(w)));

/**
 * An -ing form right after a preposition or a particularizer ("including supporting the ports", "on rebuilding the
 * dykes") heads a nominal -ing clause, the complement of the preposition (Quirk et al. 1985, 15.12 and 9.4): a topic
 * of the sentence, not the act its subject performs; not after a preposition of means ("by expressing").
 */
const gerundAfterPreposition = (tokens: readonly Tok[], k: number): boolean => /ing$/u.test(tokens[k]!.norm) && PREPOSITIONS.has(tokens[k - 1]?.norm ?? '');

/** Tokens from..to open a noun phrase: a determiner or a possessive, then at most the words before its noun ("their unwavering support"). */
const opensNounPhrase = (tokens: readonly Tok[], from: number, to: number): boolean =>
  to > from && to - from < LIGHT_REACH && (DETERMINERS.has(tokens[from]!.norm) || /['’]s$/u.test(tokens[from]!.raw));

/**
 * A verb's stem reached through a noun derived from it ("information" → inform, "discussion" →
 * discuss): a noun, not the act, unless a light verb takes it ("expressed their commitment").
 */
const derivedNoun = (tokens: readonly Tok[], h: Hit): boolean => h.key.startsWith('w:') && h.to - h.from === 1 && NOUN_ENDING.test(tokens[h.from]!.norm);

const SHARE = stemOf(data.sharedOpinion.verb);
const OPINION_NOUNS = new Set(data.sharedOpinion.sharedView);
const TELLING_NOUNS = new Set(data.sharedOpinion.telling);

/**
 * "shared the view that …", "share their concern over …": "share" with a noun of opinion or feeling within the next
 * few words is a shared view (the same opinion); with a plural of telling ("shared their views") no act is read
 * (commitment.json, sharedOpinionAbout). The act spans the verb to its noun.
 */
function sharedOpinions(tokens: readonly Tok[], after: number): Hit[] {
  const out: Hit[] = [];
  tokens.forEach((t, k) => {
    if (k < after || stemOf(t.norm) !== SHARE || /^shar(?:ed|ing)$/u.test(t.norm) && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) return;
    for (let o = k + 1; o < tokens.length && o <= k + LIGHT_REACH; o++) {
      if (TELLING_NOUNS.has(tokens[o]!.norm)) return;
      if (OPINION_NOUNS.has(tokens[o]!.norm)) { out.push({ from: k, to: o + 1, key: 'class:sharedView' }); return; }
    }
  });
  return out;
}

/** Where a sentence names the call itself ("spoke with", "held a telephone conversation": data/commitment.json, callItself). */
export const callsOf = (tokens: readonly Tok[]): Hit[] => findCues(tokens, CALL, CALL_STEMS);

/** A sentence's acts by where they are looked for from (actsIn), worked out once per sentence and start (perSentence). */
const actsFrom = (): Map<number, readonly Hit[]> => new Map();

/** The acts of a sentence in order: its act verbs at or after `after` (a token index), or the act noun a light verb takes. Not to be changed by the caller. */
function actsIn(tokens: readonly Tok[], after: number): readonly Hit[] {
  const known = perSentence(tokens, actsFrom);
  let acts = known.get(after);
  if (!acts) known.set(after, (acts = actsFound(tokens, after)));
  return acts;
}

function actsFound(tokens: readonly Tok[], after: number): Hit[] {
  const calls = callsOf(tokens);
  const inCall = (h: Hit) => calls.some((c) => c.from <= h.from && h.to <= c.to);
  const hits = findCues(tokens, PHRASES, STEMS).filter((h) => h.from >= after && !inCall(h));
  const acts: Hit[] = [];
  for (const h of hits) {
    if (LIGHT_VERBS.has(tokens[h.from]!.norm)) {
      const object = hits.find((o) => o.from > h.from && o.from - h.to < LIGHT_REACH && (nominal(tokens, o) || opensNounPhrase(tokens, h.to, o.from)));
      if (object) {
        const stance = OBJECT_CLASS.get(tokens[object.from]!.norm);
        acts.push(stance ? { ...object, key: `class:${stance}` } : object);
        continue;
      }
    }
    if (!nominal(tokens, h) && !derivedNoun(tokens, h)) acts.push(h);
  }
  const shares = sharedOpinions(tokens, after);
  return shares.length === 0 ? acts : [...acts.filter((h) => !shares.some((x) => x.from <= h.from && h.from < x.to)), ...shares].sort((x, y) => x.from - y.from);
}

/** The token ranges of a sentence's acts of judgment ("commended", "spoke highly of"): an evaluative word inside one is the judgment's own manner, reported as the act. */
export function judgmentActs(ctx: PairContext, side: Side): Hit[] {
  return actsIn(ctx.tokens[side], 0).filter((h) => CLASS_OF.get(h.key)!.name === 'judgment');
}

/** The classes (data/commitment.json) of the acts a text reports, wherever they stand ("commended": judgment): rows.ts asks whether another sentence reports the same act. */
export function actClasses(text: string): Set<string> {
  return new Set(actsIn(tokenize(text), 0).map((h) => CLASS_OF.get(h.key)!.name));
}

const FUNCTION_WORDS = new Set(grammar.functionWords);
const LEADER_TITLES = new Set(agentsData.titles);
/** Most words of a third party's noun phrase before its verb, its determiner included ("the European Fisheries Council"). */
const THIRD_PARTY_REACH = 4;

/**
 * A sentence without a leader (one of the two, or both) as subject whose act verb follows a noun phrase opened by a
 * determiner ("the Harbour Council considers", "the international community regards"): the verb is that third
 * party's act, not a leader's (its subject stands right before it, Quirk et al. 1985, 10.16), so it is compared
 * with nothing. A leader's title in that phrase ("the President of Norland") makes it a leader's.
 */
const thirdPartyAct = (tokens: readonly Tok[], h: Hit, leaderSubject: boolean): boolean => {
  if (leaderSubject) return false;
  // The noun phrase right before the verb, opened by a determiner ("the Harbour Council", "the international community").
  for (let k = h.from - 1; k >= 0 && k >= h.from - THIRD_PARTY_REACH; k--) {
    const t = tokens[k]!;
    if (LEADER_TITLES.has(t.norm)) return false;
    if (DETERMINERS.has(t.norm)) return k < h.from - 1;
    if (FUNCTION_WORDS.has(t.norm)) return false;
  }
  return false;
};

/** The verb of an act written, in the same form, in the other sentence too, whatever its role there ("reaffirmed" on both sides): no difference of act ("the discussion" is no "discussed"). */
const verbThere = (ctx: PairContext, h: Hit, other: Side): boolean => {
  const words = new Set(ctx.tokens[other].map((t) => t.norm));
  return ctx.tokens[otherSide(other)].slice(h.from, h.to).every((t) => FUNCTION_WORDS.has(t.norm) || words.has(t.norm));
};

/** The verbs of a position both leaders state, and a view they share (`class:sharedView`). */
const JOINT_POSITION = new Set([...data.jointPosition.map((w) => `w:${stemOf(w)}`), 'class:sharedView']);

/** An agreement against a verb stating a position ("agreed" / "stressed"), both leaders acting on both sides: one position both take (commitment.json, jointPositionAbout). */
const jointPosition = (ha: Hit, hb: Hit, ca: ActClass, cb: ActClass): boolean =>
  (ca.name === 'agreement' && JOINT_POSITION.has(hb.key)) || (cb.name === 'agreement' && JOINT_POSITION.has(ha.key)) || (JOINT_POSITION.has(ha.key) && JOINT_POSITION.has(hb.key));

/**
 * Of a sentence's several acts ("exchanged views on the quotas and shared the view that the pass must reopen"), the
 * ones whose words (up to the next act) hold words the other sentence has, the act holding the most first: the act
 * that reports the point the two sentences share, not the one before it on another point. All of them, in order,
 * when none holds a shared word.
 */
function onThePoint(ctx: PairContext, side: Side, acts: readonly Hit[]): Hit[] {
  if (acts.length < 2) return [...acts];
  const tokens = ctx.tokens[side];
  const held = acts.map((h, n) => {
    let count = 0;
    for (let k = h.to; k < (acts[n + 1]?.from ?? tokens.length); k++) if (ctx.shared[side][k] && !FUNCTION_WORDS.has(tokens[k]!.norm)) count++;
    return count;
  });
  const on = acts.map((h, n) => ({ h, n })).filter((x) => held[x.n]! > 0);
  return on.length === 0 ? [...acts] : on.sort((x, y) => held[y.n]! - held[x.n]! || x.n - y.n).map((x) => x.h);
}

const UNDERTAKING: ActClass = { name: 'agreement', label: 'an undertaking', strength: CLASS_BY_NAME.get('agreement')!.strength };
CLASS_OF.set('class:undertaking', UNDERTAKING);
const FUTURE = new Set(data.undertaking.modals);
const FUTURE_ADVERBS = new Set(data.undertaking.adverbs);
const CONTINUE = new Set(data.undertaking.continue);

/**
 * A leader's plain future act right after the subject ("will cooperate", "will continue to work together"): an
 * undertaking (commitment.json, undertakingAbout), from the modal to its verb; none when the verb is itself an act
 * verb ("will discuss": that act) or a function word ("will be", the verb of a state).
 */
function undertakingAt(tokens: readonly Tok[], k: number): Hit | null {
  const skip = (j: number) => { while (j < tokens.length && FUTURE_ADVERBS.has(tokens[j]!.norm)) j++; return j; };
  const from = skip(k);
  if (!FUTURE.has(tokens[from]?.norm ?? '')) return null;
  let j = skip(from + 1);
  if (CONTINUE.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'to') j = skip(j + 2);
  const verb = tokens[j];
  if (!verb || FUNCTION_WORDS.has(verb.norm) || STEMS.has(stemOf(verb.norm)) || [...PHRASES.values()].some((p) => p[0] === verb.norm)) return null;
  return { from, to: j + 1, key: 'class:undertaking' };
}

/** Index of the first token at or after a character offset. */
const tokenAt = (ctx: PairContext, side: Side, offset: number): number => {
  const k = ctx.tokens[side].findIndex((t) => t.start >= offset);
  return k < 0 ? ctx.tokens[side].length : k;
};

/** The coordinator of predicates (Quirk et al. 1985, 13.46-13.50: "agreed to X and noted Y"). */
const AND = 'and';

/** The act is a coordinated predicate's verb: "and" right before it, or before an adverb before it ("and also noted", "and will cooperate"). */
const coordinated = (tokens: readonly Tok[], h: Hit): boolean =>
  tokens[h.from - 1]?.norm === AND || (FUTURE_ADVERBS.has(tokens[h.from - 1]?.norm ?? '') && tokens[h.from - 2]?.norm === AND);

/** A leader's plain future act opening a coordinated predicate ("…, and will cooperate in …"): an undertaking, as after the subject. */
function coordinatedUndertakings(tokens: readonly Tok[], after: number): Hit[] {
  const out: Hit[] = [];
  tokens.forEach((t, j) => {
    if (j < after || t.norm !== AND) return;
    const h = undertakingAt(tokens, j + 1);
    if (h) out.push(h);
  });
  return out;
}

/**
 * A sentence's acts as its predicates: the first predicate's acts (the act after the subject with those of its
 * non-finite and subordinate clauses: "said …, agreeing that"), then each coordinated predicate's ("and noted …",
 * "and will cooperate …"), each predicate's acts in order. A predicate's other acts say it is the same act as the
 * other side's ("among"); a coordinated predicate is another act, read on its own (Quirk et al. 13.46-13.50).
 */
function predicates(tokens: readonly Tok[], acts: readonly Hit[]): Hit[][] {
  const out: Hit[][] = [];
  for (const h of acts) {
    if (out.length === 0 || coordinated(tokens, h)) out.push([h]);
    else out[out.length - 1]!.push(h);
  }
  return out;
}

/** A sentence's acts for the comparison: those on the point (`ranked`), those of the first one's predicate (`own`), the predicate coordinated after it, whether it has several. */
interface Predicates { own: Hit[]; ranked: Hit[]; next: Hit[] | null; several: boolean }

/** What the comparison of two acts needs to know of the sentences' subjects. */
interface Speakers { twoSpeakers: boolean; leaderSubject: Record<Side, boolean>; bothJoint: boolean }

/** Why two acts give no commitment difference, or the difference. "same": one act reported alike (the same verb or class). */
function compareActs(ctx: PairContext, pa: readonly Hit[], pb: readonly Hit[], speakers: Speakers): TypedDifference | 'same' | null {
  const ha = pa[0]!;
  const hb = pb[0]!;
  if (thirdPartyAct(ctx.tokens.a, ha, speakers.leaderSubject.a) || thirdPartyAct(ctx.tokens.b, hb, speakers.leaderSubject.b)) return null;
  if (verbThere(ctx, ha, 'b') || verbThere(ctx, hb, 'a')) return 'same';
  const ca = CLASS_OF.get(ha.key)!;
  const cb = CLASS_OF.get(hb.key)!;
  // The other side's act is among this predicate's acts ("said …, agreeing that" / "agreed"): the same act, reported with another beside it.
  const among = (acts: readonly Hit[], c: ActClass) => acts.some((h) => CLASS_OF.get(h.key)!.name === c.name);
  if (among(pa, cb) || among(pb, ca)) return 'same';
  if (speakers.twoSpeakers && ca.name !== 'discussion' && cb.name !== 'discussion') return null;
  if (speakers.bothJoint && jointPosition(ha, hb, ca, cb)) return null;
  // The aligner matched the two verbs as one concept: paraphrase.
  const shared = (side: Side, h: Hit) => ctx.shared[side].slice(h.from, h.to).every(Boolean);
  if (shared('a', ha) && shared('b', hb)) return 'same';
  const a = spanOf(ctx, 'a', ha.from, ha.to);
  const b = spanOf(ctx, 'b', hb.from, hb.to);
  const stronger = ca.strength === cb.strength ? '' : ca.strength > cb.strength ? ` (${ctx.labels.a}'s is the stronger commitment)` : ` (${ctx.labels.b}'s is the stronger commitment)`;
  return difference('commitment', a, b, `${ctx.labels.a} reports ${ca.label} (${q(a.text)}); ${ctx.labels.b}, ${cb.label} (${q(b.text)})${stronger}.`);
}

/**
 * `twoSpeakers`: each sentence's subject is a different one of the two leaders. Then
 * each reports its own leader's act, the two halves of one exchange, not one act
 * reported two ways: no commitment difference, unless one act is a discussion, which
 * both hold whoever is named first ("X spoke with Y to discuss" / "Y informed X").
 * When the two acts compared are one act reported alike and each sentence goes on with a
 * coordinated predicate ("reaffirmed X and will cooperate on Y" / "reaffirmed X and looked
 * forward to Y"), the second predicates' acts are compared too.
 */
export function commitment(ctx: PairContext, subjectEnds: Record<Side, number | undefined>, twoSpeakers = false, leaderSubject: Record<Side, boolean> = { a: true, b: true }, bothJoint = false): TypedDifference[] {
  // A closing formula ("agreed to stay in close contact") closes the call: its verb is part of the formula, no act.
  if (findCues(ctx.tokens.a, CLOSING).length > 0 || findCues(ctx.tokens.b, CLOSING).length > 0) return [];
  const predicatesOf = (side: Side): Predicates | null => {
    const tokens = ctx.tokens[side];
    const k = tokenAt(ctx, side, subjectEnds[side] ?? 0);
    const future = subjectEnds[side] !== undefined && leaderSubject[side] ? undertakingAt(tokens, k) : null;
    const later = future || leaderSubject[side] ? coordinatedUndertakings(tokens, k) : [];
    const acts = [...(future ? [future] : []), ...actsIn(tokens, k), ...later].sort((x, y) => x.from - y.from);
    // The acts on the point (onThePoint), the surest first; the predicate of the first, and the one coordinated after it.
    const ranked = onThePoint(ctx, side, acts);
    if (ranked.length === 0) return null;
    const ps = predicates(tokens, acts);
    const at = ps.findIndex((p) => p.includes(ranked[0]!));
    // The next predicate counts only when its act is on the point too (holds words the other sentence has), not another sub-point.
    const next = ps[at + 1]?.filter((h) => ranked.includes(h)) ?? [];
    return { own: ranked.filter((h) => ps[at]!.includes(h)), ranked, next: next.length > 0 ? next : null, several: ps.length > 1 };
  };
  const pa = predicatesOf('a');
  const pb = predicatesOf('b');
  if (!pa || !pb) return [];
  const speakers = { twoSpeakers, leaderSubject, bothJoint };
  // Against a sentence of one act, only this act's predicate says it is the same act; when both report several, any of them may.
  const first = compareActs(ctx, pb.several ? pa.ranked : pa.own, pa.several ? pb.ranked : pb.own, speakers);
  if (first !== 'same') return first ? [first] : [];
  const second = pa.next && pb.next ? compareActs(ctx, pa.next, pb.next, speakers) : null;
  return second && second !== 'same' ? [second] : [];
}
