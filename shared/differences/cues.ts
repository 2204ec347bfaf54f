/**
 * The differences found by cue words: modality, polarity, scope, condition and
 * evaluation. A cue that the other sentence has too (the same cue, the same stem,
 * or a word the aligner matched to it) is not a difference; a cue on one side only
 * is, and two different cues of the same type on both sides make one difference
 * with both spans where the type compares them (modality, evaluation).
 * Word lists: data/*.json, each with its source.
 */
import { otherSide, type Side } from '../model/types';
import conditionData from './data/condition.json';
import evaluationData from './data/evaluation.json';
import modalityData from './data/modality.json';
import polarityData from './data/polarity.json';
import scopeData from './data/scope.json';
import grammar from './data/grammar.json';
import commitmentData from './data/commitment.json';
import { difference, MAX_SPAN_WORDS, q, spanOf, type PairContext } from './context';
import { classifiers } from './classifier';
import { callsOf, judgmentActs } from './commitment';
import { findCues, hitShared, perSentence, phraseMap, stemBigrams, stemOf, stemsOf, tokenize, type Hit, type Shared, type Tok } from './tokens';
import type { DifferenceType, TypedDifference } from './types';

const MODALITY = phraseMap(modalityData.cues.map((c) => c.phrase));
const MODAL_KIND = new Map(modalityData.cues.map((c) => [c.phrase, c.kind]));
const POLARITY = phraseMap(polarityData.cues);
const SCOPE = phraseMap(scopeData.cues);
const PARTICULARIZERS = new Set(scopeData.particularizers);
const PREPOSITIONS = new Set(scopeData.prepositions);
const CONDITION = phraseMap(conditionData.cues.map((c) => c.phrase));
const COURTESY = new Set(evaluationData.courtesy);
const OF_RELATIONS = new Set(evaluationData.ofRelations);
const RELATION_NOUNS = new Set(evaluationData.relationNouns);
const COPULAS = new Set(grammar.copulas);
const AMPLIFIERS = new Set(evaluationData.amplifiers);
const AMPLIFIERS_OF_NEED = new Set(evaluationData.amplifiersOfNeed);
const NEED_NOUNS = new Set(evaluationData.needNouns);

/** "vital need", "critical importance": a word of valuation grading a noun of need or importance, an intensifier (evaluation.json, amplifiersOfNeedAbout). */
const gradesNeed = (tokens: readonly Tok[], h: Hit): boolean => AMPLIFIERS_OF_NEED.has(h.key) && NEED_NOUNS.has(tokens[h.to]?.norm ?? '');
const EVALUATION = phraseMap([...evaluationData.words, ...evaluationData.ofRelations].filter((w) => !COURTESY.has(w) && !AMPLIFIERS.has(w)));
/** Modal auxiliaries and "to" forms: the verb after them is part of what they modify ("will begin"). */
const TAKES_VERB = /^(?:will|shall|would|could|can|may|might|must|should)$| to$/u;

/** How a modality cue reads in an explanation. */
const MODAL_WORDS: Record<string, string> = {
  prediction: 'as certain or future', hypothetical: 'as hypothetical', possibility: 'as possible', obligation: 'as needed or obliged',
  probability: 'as likely', certainty: 'as certain', volition: 'as intended or offered',
  hearsay: 'as reported or alleged, without vouching for it',
};

const FUNCTION_WORDS = new Set(grammar.functionWords);

/**
 * The cue bears on a word the other side has too (by stem or as a matched concept):
 * the first word after it that is not a function word ("not be covered" → "covered",
 * "full implementation" → "implementation"). A negation or a qualifier on one side only
 * is a difference of the same point only then; on a word the other side lacks, it is
 * part of what that side alone says (an omission), not a difference.
 */
function bearsOnShared(ctx: PairContext, side: Side, h: Hit): boolean {
  const k = bearingWord(ctx.tokens[side], h);
  return k >= 0 && !!ctx.shared[side][k];
}

/** The word a cue bears on: the first after it that is not a function word (-1 at the sentence's end). */
function bearingWord(tokens: readonly Tok[], h: Hit): number {
  let k = h.to;
  while (k < tokens.length && FUNCTION_WORDS.has(tokens[k]!.norm)) k++;
  return k < tokens.length ? k : -1;
}

/**
 * Two cues bear on the same word: the words each bears on have one stem, or are the two sides' words of one
 * concept the aligner matched ("a frank exchange" / "a cordial conversation" when it matched them; not "frank
 * talks" / "cordial relations": two things judged, each its own judgement).
 */
function sameBearing(ctx: PairContext, x: Hit, y: Hit): boolean {
  const ka = bearingWord(ctx.tokens.a, x);
  const kb = bearingWord(ctx.tokens.b, y);
  if (ka < 0 || kb < 0) return false;
  const ta = ctx.tokens.a[ka]!;
  const tb = ctx.tokens.b[kb]!;
  const inWords = (surface: string, t: Tok) => surface.split(/[^\p{L}\p{N}]+/u).includes(t.norm);
  return ta.stem === tb.stem || (ctx.concepts ?? []).some((c) => inWords(c.a, ta) && inWords(c.b, tb));
}

/** A side's cues that the other side does not share. */
function unshared(ctx: PairContext, side: Side, phrases: ReadonlyMap<string, string[]>, otherKeys: ReadonlySet<string>): Hit[] {
  return findCues(ctx.tokens[side], phrases).filter((h) => !otherKeys.has(h.key) && !hitShared(ctx.shared[side], h));
}

const keys = (hits: readonly Hit[]): Set<string> => new Set(hits.map((h) => h.key));

/** The cues of both sides for one list, each side's without those the other has. */
function cuesOfBoth(ctx: PairContext, phrases: ReadonlyMap<string, string[]>): Record<Side, Hit[]> & { all: Record<Side, Hit[]> } {
  const all = { a: findCues(ctx.tokens.a, phrases), b: findCues(ctx.tokens.b, phrases) };
  if (all.a.length === 0 && all.b.length === 0) return { a: [], b: [], all };
  return { a: unshared(ctx, 'a', phrases, keys(all.b)), b: unshared(ctx, 'b', phrases, keys(all.a)), all };
}

/** Extends a hit to the next word when the cue modifies it ("will begin", "not agree"). */
function withNext(tokens: readonly Tok[], h: Hit): Hit {
  return h.to < tokens.length ? { ...h, to: h.to + 1 } : h;
}

/** Joins hits separated only by "and", "or" or nothing ("detailed and frank"). */
function mergeCoordinated(tokens: readonly Tok[], hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    const gap = last ? tokens.slice(last.to, h.from) : [];
    if (last && gap.length <= 1 && gap.every((t) => COORDINATORS.has(t.norm))) out[out.length - 1] = { ...last, to: h.to, key: `${last.key} ${h.key}` };
    else out.push(h);
  }
  return out;
}

/** The words of a label's readout: "Only Kremlin …". */
const only = (ctx: PairContext, side: Side): string => ctx.labels[side];

const DIRECTIVES = phraseMap(commitmentData.classes.find((c) => c.name === 'demand')!.phrases);
const DIRECTIVE_STEMS = new Map(commitmentData.classes.find((c) => c.name === 'demand')!.words.map((w) => [stemOf(w), w]));

/** Most words between a directive and the "to" of its complement ("urged Chancellor Jon Berg to"). */
const DIRECTIVE_REACH = 6;

/**
 * The side reports a directive whose to-infinitive is the verb `verb` ("urged X to reopen",
 * "called on X to reopen"): the obligation a modal of the other side puts on that verb is
 * said by the verb of the act (Palmer 2001, deontic modality and directives), so a one-sided
 * "need to reopen" against it is no modality difference. A directive about something else
 * ("asked about the mills") says no obligation.
 */
function directs(ctx: PairContext, side: Side, verb: Tok | undefined): boolean {
  const tokens = ctx.tokens[side];
  if (!verb) return false;
  return findCues(tokens, DIRECTIVES, DIRECTIVE_STEMS).some((d) => {
    const k = tokens.slice(d.to, d.to + DIRECTIVE_REACH).findIndex((t) => t.norm === 'to');
    return k >= 0 && tokens[d.to + k + 1]?.stem === verb.stem;
  });
}

const BACKSHIFT_MODALS = new Set(modalityData.backshift.modals);
const IRREGULAR_PASTS = new Set(modalityData.backshift.irregularPasts);
/** Most words between the "that" of reported speech and its modal ("agreed that their officials would"). */
const REPORTED_REACH = 8;

/**
 * A modal of reported speech after a past reporting verb ("agreed that the ferry would resume"): the past
 * form of "will" backshifted, the future-in-the-past (Quirk et al. 14.31), not a hypothetical.
 */
function backshifted(tokens: readonly Tok[], h: Hit): boolean {
  if (!BACKSHIFT_MODALS.has(h.key)) return false;
  for (let k = h.from - 1; k > 0 && k >= h.from - REPORTED_REACH; k--) {
    if (tokens[k]!.norm !== 'that') continue;
    const verb = tokens[k - 1]!.norm;
    return verb.endsWith('ed') || IRREGULAR_PASTS.has(verb);
  }
  return false;
}

const FUTURE_MODALS = new Set(modalityData.futureAfterTo.modals);

/**
 * A one-sided modal of the future ("will meet", "would continue") whose verb the other side gives after "to", as
 * an infinitive or a noun ("agreed to continue", "looked forward to the meeting"): both put the act in the future,
 * the other side through "to" (modality.json, futureAfterTo), so no modality difference.
 */
function futureThere(ctx: PairContext, other: Side, h: Hit, verb: Tok | undefined): boolean {
  if (!verb || !FUTURE_MODALS.has(h.key)) return false;
  const tokens = ctx.tokens[other];
  return tokens.some((t, j) => ctx.shared[other][j] && t.stem === verb.stem
    && (tokens[j - 1]?.norm === 'to' || (tokens[j - 2]?.norm === 'to' && DETERMINERS.has(tokens[j - 1]!.norm))));
}

/**
 * `twoSpeakers`: the two sentences' subjects are different leaders ("X must provide
 * aid" / "Y is ready to provide aid"): an obligation on one and an offer by the other
 * are two acts, not one act hedged two ways, so no modality difference (the actor
 * difference says who).
 */
/**
 * A one-sided cue of hearsay ("cyberattacks allegedly made from the valley") qualifies the truth of its phrase, up to
 * a comma or the end: a difference when that phrase has a word the other side gives, the same premise that the other
 * side states as fact (data/modality.json, hearsayAbout).
 */
function hearsayOnShared(ctx: PairContext, side: Side, h: Hit): boolean {
  if (MODAL_KIND.get(h.key) !== 'hearsay') return false;
  const end = phraseEnd(ctx.sentences[side].text, ctx.tokens[side], h);
  return ctx.shared[side].slice(h.to, end).some(Boolean);
}

/**
 * With two speakers, only a premise distanced by hearsay: it qualifies what both report as the matter of the
 * exchange, not either speaker's act (one side only, on a phrase the other side gives).
 */
function hearsayOnly(ctx: PairContext): TypedDifference[] {
  const c = cuesOfBoth(ctx, MODALITY);
  const hearsay = (h: Hit) => MODAL_KIND.get(h.key) === 'hearsay';
  for (const [side, other] of [['a', 'b'], ['b', 'a']] as const) {
    const h = c[side].find((x) => hearsayOnShared(ctx, side, x));
    if (!h || c.all[other].some(hearsay)) continue;
    const s = spanOf(ctx, side, h.from, h.to);
    const says = `${ctx.labels[side]} puts it ${MODAL_WORDS.hearsay} (${q(s.text)}); ${ctx.labels[other]} states it plainly.`;
    return [difference('modality', side === 'a' ? s : null, side === 'b' ? s : null, says)];
  }
  return [];
}

export function modality(ctx: PairContext, twoSpeakers = false): TypedDifference[] {
  if (twoSpeakers) return hearsayOnly(ctx);
  const c = cuesOfBoth(ctx, MODALITY);
  // No modal cue left on either side (most pairs): nothing found below either.
  if (c.a.length === 0 && c.b.length === 0) return [];
  const kindOf = (h: Hit) => MODAL_KIND.get(h.key) ?? 'possibility';
  // Two cues of the same kind are one modality said two ways ("must" / "have to").
  const kindsA = new Set(c.all.a.map(kindOf));
  const kindsB = new Set(c.all.b.map(kindOf));
  let ha = c.a.find((h) => !kindsB.has(kindOf(h)));
  let hb = c.b.find((h) => !kindsA.has(kindOf(h)));
  // On one side only, a hedge is a difference when it bears on an act both report: the verb it governs is shared ("will begin" / "began").
  const governsShared = (side: Side, h: Hit | undefined) => !!h && ((TAKES_VERB.test(h.key) && !!ctx.shared[side][h.to]) || hearsayOnShared(ctx, side, h));
  // A modal verb or "X to" bears on the verb it governs; a modal adjective or noun on the word it qualifies ("a possible truce").
  const sameAct = (side: Side, h: Hit) => (TAKES_VERB.test(h.key) ? governsShared(side, h) : bearsOnShared(ctx, side, h));
  if (!ha || !hb) {
    if (ha && (!governsShared('a', ha) || (kindOf(ha) === 'obligation' && directs(ctx, 'b', ctx.tokens.a[ha.to])) || futureThere(ctx, 'b', ha, ctx.tokens.a[ha.to]))) ha = undefined;
    if (hb && (!governsShared('b', hb) || (kindOf(hb) === 'obligation' && directs(ctx, 'a', ctx.tokens.b[hb.to])) || futureThere(ctx, 'a', hb, ctx.tokens.b[hb.to]))) hb = undefined;
  } else if (!sameAct('a', ha) && !sameAct('b', hb)) {
    // Two modal words neither of which bears on what both report ("will be important" / "the need to reinforce";
    // "the necessity of progress" / "ready to expand"): two acts, not one hedged two ways.
    return [];
  }
  if (!ha && !hb) return [];
  const span = (side: Side, h: Hit | undefined) => {
    if (!h) return null;
    const tokens = ctx.tokens[side];
    const ext = TAKES_VERB.test(h.key) ? withNext(tokens, h) : h;
    return spanOf(ctx, side, ext.from, ext.to);
  };
  const a = span('a', ha);
  const b = span('b', hb);
  const says = (side: Side, h: Hit | undefined, s: { text: string } | null) => {
    if (!h || !s) return `${ctx.labels[side]} states it plainly`;
    if (backshifted(ctx.tokens[side], h)) return `${ctx.labels[side]} reports it as future-in-the-past, after a past reporting verb (${q(s.text)})`;
    return `${ctx.labels[side]} puts it ${MODAL_WORDS[kindOf(h)]} (${q(s.text)})`;
  };
  // At most one per pair: the same act is hedged once.
  return [difference('modality', a, b, `${says('a', ha, a)}; ${says('b', hb, b)}.`)];
}

/** Each verb stem with its WordNet antonyms' stems (polarity.json, antonymsAbout). */
const ANTONYMS = new Map<string, Set<string>>();
for (const [x, y] of polarityData.antonyms as Array<[string, string]>) {
  for (const [p, o] of [[x, y], [y, x]] as const) ANTONYMS.set(stemOf(p), (ANTONYMS.get(stemOf(p)) ?? new Set()).add(stemOf(o)));
}

/** A sentence has a word of the antonym list. */
const hasAntonym = (tokens: readonly Tok[]): boolean => tokens.some((t) => ANTONYMS.has(t.stem));

/**
 * A verb on one side whose WordNet antonym the other side writes, each bearing on a word both have and on the same
 * one (sameBearing; session 16, review: not "accepted the ferry plan … discussed the tariff review" / "rejected the
 * tariff review … discussed the ferry plan") ("accepted the ferry plan" / "rejected the ferry plan"), neither
 * written by both sides: opposite acts on one point.
 */
function antonymous(ctx: PairContext): TypedDifference[] {
  // Most sentences hold no word of the list: nothing to look for (found once per sentence).
  if (!perSentence(ctx.tokens.a, hasAntonym)) return [];
  const sa = stemsOf(ctx.tokens.a);
  const sb = stemsOf(ctx.tokens.b);
  for (let i = 0; i < ctx.tokens.a.length; i++) {
    const t = ctx.tokens.a[i]!;
    const opposites = ANTONYMS.get(t.stem);
    if (!opposites || sb.has(t.stem)) continue;
    const x: Hit = { from: i, to: i + 1, key: t.stem };
    if (!bearsOnShared(ctx, 'a', x)) continue;
    const j = ctx.tokens.b.findIndex((u, k) => {
      const y: Hit = { from: k, to: k + 1, key: u.stem };
      return opposites.has(u.stem) && !sa.has(u.stem) && bearsOnShared(ctx, 'b', y) && sameBearing(ctx, x, y);
    });
    if (j < 0) continue;
    const a = spanOf(ctx, 'a', i, i + 1);
    const b = spanOf(ctx, 'b', j, j + 1);
    return [difference('polarity', a, b, `${ctx.labels.a} says ${q(a.text)}; ${ctx.labels.b}, its opposite, ${q(b.text)}.`)];
  }
  return [];
}

export function polarity(ctx: PairContext): TypedDifference[] {
  const negated = negation(ctx);
  return negated.length > 0 ? negated : antonymous(ctx);
}

function negation(ctx: PairContext): TypedDifference[] {
  const neg = (side: Side): Hit[] => {
    const tokens = ctx.tokens[side];
    const hits = [...findCues(tokens, POLARITY)];
    tokens.forEach((t, i) => { if (t.norm.endsWith("n't")) hits.push({ from: i, to: i + 1, key: "n't" }); });
    return hits;
  };
  const na = neg('a');
  const nb = neg('b');
  // Both sides negate: the same polarity, whatever the words.
  if ((na.length > 0) === (nb.length > 0)) return [];
  const side: Side = na.length > 0 ? 'a' : 'b';
  // A negation of a word the other side lacks says something else ("not covered by"): no polarity difference.
  const hit = (side === 'a' ? na : nb).find((h) => bearsOnShared(ctx, side, h));
  if (!hit) return [];
  const h = withNext(ctx.tokens[side], hit);
  const s = spanOf(ctx, side, h.from, h.to);
  const other: Side = otherSide(side);
  return [difference('polarity', side === 'a' ? s : null, side === 'b' ? s : null, `${only(ctx, side)} puts it in the negative (${q(s.text)}); ${ctx.labels[other]} does not.`)];
}

/** One-sided cues of a list, as differences of `type`, at most `max`. */
function oneSided(ctx: PairContext, type: DifferenceType, phrases: ReadonlyMap<string, string[]>, explain: (side: Side, text: string) => string, max: number, extend?: (tokens: readonly Tok[], h: Hit) => Hit, keep: (side: Side, h: Hit) => boolean = () => true, counts: (h: Hit) => boolean = () => true): TypedDifference[] {
  const found = cuesOfBoth(ctx, phrases);
  // `counts`: the other side's cues that qualify the point as well (a scope particularizer does not: it singles out a part).
  const all = { a: found.all.a.filter(counts), b: found.all.b.filter(counts) };
  const c = { all, a: found.a.filter((h) => keep('a', h)), b: found.b.filter((h) => keep('b', h)) };
  const out: TypedDifference[] = [];
  for (const side of ['a', 'b'] as const) {
    // A side that has cues of this type too qualifies the point as well: no one-sided difference.
    if (c.all[otherSide(side)].length > 0 && type !== 'condition') continue;
    for (const h of mergeCoordinated(ctx.tokens[side], c[side]).slice(0, max)) {
      const e = extend ? extend(ctx.tokens[side], h) : h;
      const s = spanOf(ctx, side, e.from, e.to);
      out.push(difference(type, side === 'a' ? s : null, side === 'b' ? s : null, explain(side, s.text)));
    }
  }
  return out;
}

export function scope(ctx: PairContext): TypedDifference[] {
  return [
    // A qualifier of a word the other side lacks ("full implementation" against no implementation) qualifies a point only one side makes.
    ...oneSided(ctx, 'scope', SCOPE, (side, t) => `Only ${only(ctx, side)} qualifies how far it goes: ${q(t)}.`, 2, undefined, (side, h) => !PARTICULARIZERS.has(h.key) && bearsOnShared(ctx, side, h), (h) => !PARTICULARIZERS.has(h.key)),
    ...particularized(ctx),
    ...coordination(ctx),
    ...addedItem(ctx),
    ...classifiers(ctx),
  ];
}

/** A particularizer before a preposition focuses an adverbial of the act ("including through the river ports"). */
const onAdverbial = (tokens: readonly Tok[], h: Hit): boolean => PARTICULARIZERS.has(h.key) && PREPOSITIONS.has(tokens[h.to]?.norm ?? '');

/** A particularizer that opens the sentence or is followed by a comma ("Notably, on Monday …") comments on the whole sentence, as a disjunct does (Quirk et al. 1985, ch. 8): it singles out no part. */
const comment = (text: string, tokens: readonly Tok[], h: Hit): boolean => h.from === 0 || (h.to < tokens.length && /^\s*,/u.test(text.slice(tokens[h.to - 1]!.end, tokens[h.to]!.start)));

/** The end (exclusive) of the phrase a cue introduces: up to a comma, a semicolon, a colon or the sentence's end. */
function phraseEnd(text: string, tokens: readonly Tok[], h: Hit): number {
  let k = h.to;
  while (k < tokens.length && !/[,;:]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
  return k;
}

/**
 * A particularizer on one side only ("including", "in particular"), unless the other side has
 * one too: before words the other side gives, it marks them as part of the point (named alone,
 * "including"); before a preposition, it focuses an adverbial of the act, named with its phrase
 * ("including through the river ports"). One per side.
 */
function particularized(ctx: PairContext): TypedDifference[] {
  const found = cuesOfBoth(ctx, SCOPE);
  const out: TypedDifference[] = [];
  for (const [side, other] of [['a', 'b'], ['b', 'a']] as const) {
    if (found.all[other].some((h) => PARTICULARIZERS.has(h.key))) continue;
    const tokens = ctx.tokens[side];
    const h = found[side].find((x) => PARTICULARIZERS.has(x.key) && !comment(ctx.sentences[side].text, tokens, x) && (bearsOnShared(ctx, side, x) || onAdverbial(tokens, x)));
    if (!h) continue;
    const to = bearsOnShared(ctx, side, h) ? h.to : phraseEnd(ctx.sentences[side].text, tokens, h);
    const s = spanOf(ctx, side, h.from, to);
    out.push(difference('scope', side === 'a' ? s : null, side === 'b' ? s : null, `Only ${only(ctx, side)} singles out part of it: ${q(s.text)}.`));
  }
  return out;
}

/** Prepositions and adverb particles: "in and around the port" coordinates relations, not list items. */
const NOT_LIST_ITEMS = new Set([...scopeData.notListItems, ...scopeData.prepositions]);

/** Words after an -ing form that make it a verb with its object ("expanding the ports"), not a verbal noun ("farming and fishing"). */
const OBJECT_OPENERS = new Set([...grammar.determiners, ...conditionData.clauseSubjects, 'them', 'him', 'us', 'me']);

/**
 * A word of a list (scope.json, listWordsAbout): lower case, not a function word, a preposition or a
 * particle, not a verb's -ed form nor an -ing form that takes an object (which coordinate acts, not items).
 */
const listWord = (t: Tok | undefined, next?: Tok): boolean => !!t && /^\p{Ll}/u.test(t.raw) && !FUNCTION_WORDS.has(t.norm) && !NOT_LIST_ITEMS.has(t.norm)
  && !/(?<!e)ed$/u.test(t.norm) && !(/ing$/u.test(t.norm) && OBJECT_OPENERS.has(next?.norm ?? ''));

/** Token k ends its noun phrase: the sentence ends, punctuation follows, or a function word or a preposition opening a postmodifier ("medicines to", "relationship between"; not "new waves", not "long-term"). */
const endsPhrase = (text: string, tokens: readonly Tok[], k: number): boolean => {
  const next = tokens[k + 1];
  return !next || !/^\s*$/u.test(text.slice(tokens[k]!.end, next.start)) && !/^-$/u.test(text.slice(tokens[k]!.end, next.start)) || FUNCTION_WORDS.has(next.norm) || NOT_LIST_ITEMS.has(next.norm);
};

/** Words a list may follow: a function word, a determiner, or one of scope.json's beforeList ("such as", "between", "including"). */
const BEFORE_LIST = new Set([...FUNCTION_WORDS, ...grammar.determiners, ...scopeData.beforeList]);
/** The coordinators that close a list ("salt and grain", "salt or grain"). */
const COORDINATORS = new Set(scopeData.listCoordinators);

/** The separator between two tokens: "," (a comma, spaces only besides), "and"/"or" (with or without a comma before), or null. */
function separator(text: string, tokens: readonly Tok[], j: number, first: boolean): { next: number; last: boolean } | null {
  const gap = text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? text.length);
  // "trade, and security was raised": a comma before the coordinator of two items parts clauses, not items (scope.json, listWordsAbout).
  if (tokens[j + 1] && COORDINATORS.has(tokens[j + 1]!.norm) && (first ? /^\s+$/u : /^,?\s+$/u).test(gap)) return { next: j + 2, last: true };
  if (/^,\s+$/u.test(gap)) return { next: j + 1, last: false };
  return null;
}

/**
 * Token k may be a list item: a list word, and not an -ing form coordinated with an -ing verb
 * earlier in the sentence ("preventing the floods and working towards …": like constituents
 * are coordinated, Quirk et al. 1985, 13.5).
 */
const listItem = (tokens: readonly Tok[], k: number): boolean => k >= 0 && k < tokens.length && perSentence(tokens, listItems)[k]!;

/** listItem of each token of a sentence, read once per sentence (lists are read for every pair it is in). */
const listItems = (tokens: readonly Tok[]): boolean[] => tokens.map((t, k) => listWord(t, tokens[k + 1])
  && !(/ing$/u.test(t.norm) && firstIngVerbBefore(tokens, k)));

/** The index of a sentence's first -ing form that takes an object ("expanding the ports"), -1 if none. */
const firstIngVerb = (tokens: readonly Tok[]): number => tokens.findIndex((t, m) => /ing$/u.test(t.norm) && OBJECT_OPENERS.has(tokens[m + 1]?.norm ?? ''));

/** Whether an -ing form that takes an object comes before token k (found once per sentence: lists are read for every pair). */
const firstIngVerbBefore = (tokens: readonly Tok[], k: number): boolean => {
  const first = perSentence(tokens, firstIngVerb);
  return first >= 0 && first < k;
};

/** Items before a list's first shared item, parted from it by commas ("farming, mining and tourism" starting at "mining"). */
function leadingItems(text: string, tokens: readonly Tok[], i: number): Array<[number, number]> {
  const lead: Array<[number, number]> = [];
  for (let k = i; k > 1 && listItem(tokens, k - 1) && /^,\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k--) lead.unshift([k - 1, k]);
  return lead;
}

/**
 * The lists of a sentence ("salt and grain", "timber, wool and olive oil"): items of one
 * plain word (`listWord`) parted by commas and closed by "and" or "or", after a function
 * word (or any word, when the first item is one the other side gives: "economic growth and
 * equality", with the items before it in the series: "farming, mining and tourism"); the last
 * item may be two words when both are plain and it ends the phrase.
 * Each list: its items' token ranges.
 */
/**
 * A capitalised word the other side gives too, as a list's last item ("security, trade and AI" / "AI"): a name or an
 * acronym anchors the list as a shared item does (scope.json, listWordsAbout); the items it adds stay plain words.
 */
const sharedName = (tokens: readonly Tok[], shared: Shared, k: number): boolean => !!shared[k] && /^\p{Lu}/u.test(tokens[k]?.raw ?? '') && !FUNCTION_WORDS.has(tokens[k]!.norm);

function listsOf(text: string, tokens: readonly Tok[], shared: Shared): Array<Array<[number, number]>> {
  const lists: Array<Array<[number, number]>> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!listItem(tokens, i) || !(shared[i] || BEFORE_LIST.has(tokens[i - 1]!.norm))) continue;
    const items: Array<[number, number]> = [...leadingItems(text, tokens, i), [i, i + 1]];
    let j = i;
    for (;;) {
      const sep = separator(text, tokens, j, items.length === 1);
      if (!sep || !(listItem(tokens, sep.next) || sharedName(tokens, shared, sep.next))) break;
      j = sep.next;
      if (sep.last) {
        const two = listItem(tokens, j + 1) && !endsPhrase(text, tokens, j) && endsPhrase(text, tokens, j + 1);
        if (two) j++;
        if (endsPhrase(text, tokens, j)) lists.push([...items, [sep.next, j + 1]]);
        break;
      }
      items.push([j, j + 1]);
    }
    if (j > i) i = j;
  }
  return lists;
}

/** The runs of adjacent items that pass `test` ("salt, wool and grain" with "wool" shared: "salt", "grain"). */
function runsOf<T>(items: readonly T[], test: (x: T) => boolean): T[][] {
  const runs: T[][] = [];
  items.forEach((x, i) => {
    if (!test(x)) return;
    if (i > 0 && test(items[i - 1]!)) runs[runs.length - 1]!.push(x);
    else runs.push([x]);
  });
  return runs;
}

/**
 * "vaccines and medicines" against "vaccines", "timber, wool and olive oil" against "olive
 * oil": one side adds items to a list of which the other gives one, which widens the point.
 * An added item is one word the other side lacks (by stem or as a matched concept); a
 * shared item is one whose words the other has. One list per side, one difference per run
 * of adjacent added items.
 */
function addedItem(ctx: PairContext): TypedDifference[] {
  const out: TypedDifference[] = [];
  for (const side of ['a', 'b'] as const) {
    const shared = ctx.shared[side];
    const tokens = ctx.tokens[side];
    for (const items of listsOf(ctx.sentences[side].text, tokens, shared)) {
      // A two-word last item is a modifier and the head the items share ("trade and investment relationship"): judged by its modifier.
      const isShared = ([f, t]: [number, number]) => t - f === 2 ? !!shared[f] : shared.slice(f, t).every(Boolean);
      const isAdded = ([f, t]: [number, number]) => !shared[f] && (t - f === 1 || !!shared[f + 1]);
      if (!items.some(isShared) || !items.some(isAdded) || items.some((it) => !isAdded(it) && !isShared(it))) continue;
      // Each run of adjacent added items, with the "and" that joins it to the list when it comes before it ("and timber", "salt", "timber, wool"): never across a shared item.
      for (const run of runsOf(items, isAdded)) {
        const first = run[0]![0];
        const from = COORDINATORS.has(tokens[first - 1]?.norm ?? '') ? first - 1 : first;
        const s = spanOf(ctx, side, from, run[run.length - 1]![0] + 1);
        out.push(difference('scope', side === 'a' ? s : null, side === 'b' ? s : null, `Only ${only(ctx, side)} adds to the list: ${q(s.text)}.`));
      }
      break;
    }
  }
  return out;
}

/**
 * "energy and infrastructure ceasefire" against "energy infrastructure": one side
 * coordinates two words that the other joins as one phrase, which widens the point.
 */
function coordination(ctx: PairContext): TypedDifference[] {
  const out: TypedDifference[] = [];
  for (const [side, other] of [['a', 'b'], ['b', 'a']] as const) {
    const mine = ctx.tokens[side];
    const theirs = ctx.tokens[other];
    const bigrams = stemBigrams(theirs);
    for (let i = 1; i + 1 < mine.length && out.length < 2; i++) {
      if (mine[i]!.norm !== 'and') continue;
      const k = bigrams.get(`${mine[i - 1]!.stem} ${mine[i + 1]!.stem}`);
      // The other's two words must make one phrase: not two that a comma or a stop parts ("… South Africa, the Prime Minister").
      if (k === undefined || !adjacent(ctx.sentences[other].text, theirs[k]!, theirs[k + 1]!)) continue;
      const s = spanOf(ctx, side, i - 1, i + 2);
      const o = spanOf(ctx, other, k, k + 2);
      out.push(difference('scope', side === 'a' ? s : o, side === 'a' ? o : s, `${ctx.labels[side]} names two things (${q(s.text)}) where ${ctx.labels[other]} names one (${q(o.text)}).`));
    }
  }
  return out;
}

/** Two tokens with only spaces or a hyphen between them in their text. */
const adjacent = (text: string, x: Tok, y: Tok): boolean => /^[\s-]*$/u.test(text.slice(x.end, y.start));

const CONDITION_KIND = new Map(conditionData.cues.map((c) => [c.phrase, c.kind]));
const PURPOSE_HOSTS = new Set(conditionData.purposeHosts);
const VERB_BEFORE = new Set(conditionData.verbReadingBefore);
const VERB_AFTER = new Set(conditionData.verbReadingAfter);
const DETERMINERS = new Set(grammar.determiners);
const RELATIVE_WORDS = new Set(grammar.relativeWords);

const CLAUSE_SUBJECTS = new Set(conditionData.clauseSubjects);
/** How far after the determiner or pronoun that follows "provided" a preposition of its recipient may close the phrase ("provided the spare grain to"). */
const RECIPIENT_REACH = 3;

/**
 * "Lisbon provided grain", "has provided", "provided by", "provided the grain to the mills": the verb,
 * not the subordinator of "provided (that) the mills reopen" (data/condition.json, verbReadingAbout).
 */
function providedAsVerb(text: string, tokens: readonly Tok[], h: Hit): boolean {
  if (h.key !== 'provided' && h.key !== 'providing') return false;
  const next = tokens[h.to];
  const prev = tokens[h.from - 1];
  if (next?.norm === 'that') return false;
  if (VERB_BEFORE.has(prev?.norm ?? '') || VERB_AFTER.has(next?.norm ?? '')) return true;
  if (prev && /,/u.test(text.slice(prev.end, tokens[h.from]!.start))) return false;
  if (!next || !(DETERMINERS.has(next.norm) || CLAUSE_SUBJECTS.has(next.norm))) return true;
  // A clause follows unless the phrase is the verb's object, closed by its recipient ("the grain to the mills").
  const closer = tokens.slice(h.to + 1, h.to + 1 + RECIPIENT_REACH).find((t) => FUNCTION_WORDS.has(t.norm) || VERB_AFTER.has(t.norm));
  return !!closer && VERB_AFTER.has(closer.norm);
}

const PURPOSE_IDIOMS = new Set<string>(conditionData.purposeIdioms);

/** An inflected form, not a base form: "-ing", "-ed" (not "-eed": "proceed"), a plural "-s" (not "-ss", "-us", "-is": "discuss", "focus"). */
const inflected = (w: string): boolean => /(?:ing|(?<!e)ed)$/u.test(w) || (/s$/u.test(w) && !/(?:ss|us|is)$/u.test(w));

/** A word that may be a verb's base form: lower case, no function word or determiner, not inflected. */
const baseForm = (t: Tok): boolean => /^\p{Ll}/u.test(t.raw) && !FUNCTION_WORDS.has(t.norm) && !DETERMINERS.has(t.norm) && !RELATIVE_WORDS.has(t.norm) && !inflected(t.norm);

const SERIES_MARKERS = conditionData.seriesMarkers;
const SENTENCE_COMMENTS = conditionData.sentenceComments;
const CALL_NOUNS = new Set(conditionData.callNouns);
const CALL_NOUN_BEFORE = new Set([...grammar.determiners, ...conditionData.callNounModifiers]);

/** The normalised words from token i on, joined by spaces (for phrase lists). */
const wordsFrom = (tokens: readonly Tok[], i: number, n: number): string => tokens.slice(i, i + n).map((t) => t.norm).join(' ');

/**
 * "to" at token i after a comma, not one of a series of infinitives ("…, to build a bridge and to
 * open a ferry") nor a comment clause ("to be sure"): an adjunct, so a purpose (condition.json,
 * detachedPurposeAbout).
 */
function detached(text: string, tokens: readonly Tok[], i: number): boolean {
  if (!/,/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  // After the call itself ("spoke with Berg on Monday, to discuss …") it names the call's topic (commitment.json, aboutCallItself).
  if (callsOf(tokens).some((c) => c.to <= i) || tokens.slice(1, i).some((t, k) => CALL_NOUNS.has(t.norm) && CALL_NOUN_BEFORE.has(tokens[k]!.norm))) return false;
  const rest = wordsFrom(tokens, i, tokens.length);
  if (SENTENCE_COMMENTS.some((c) => `${rest} `.startsWith(`${c} `))) return false;
  return !SERIES_MARKERS.some((m) => ` ${wordsFrom(tokens, i + 1, tokens.length)} `.includes(` ${m} `));
}

/**
 * A to-infinitive after a noun of effort or joint work ("efforts to reopen", "working
 * together to rebuild") or detached by a comma ("cooperation with the mills, to secure
 * the harvest"): a purpose without a marker, keyed by its verb.
 */
function purposeInfinitives(text: string, tokens: readonly Tok[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const verb = tokens[i + 1]!;
    if (tokens[i]!.norm !== 'to' || !(PURPOSE_HOSTS.has(tokens[i - 1]!.norm) || detached(text, tokens, i))) continue;
    if (!baseForm(verb) || PURPOSE_IDIOMS.has(`to ${verb.norm}`) || PURPOSE_IDIOMS.has(`${tokens[i - 1]!.norm} to ${verb.norm}`)) continue;
    hits.push({ from: i, to: i + 2, key: `to ${verb.norm}` });
  }
  return hits;
}

const AIM_NOUNS = new Set(conditionData.aimNouns);

/** A to-infinitive complementing a noun of effort or joint work ("efforts to reopen"): the aim of the work, no purpose of its own (condition.json, aimNounsAbout). */
const aimInfinitives = (tokens: readonly Tok[]): boolean =>
  tokens.some((t, i) => t.norm === 'to' && i > 0 && AIM_NOUNS.has(tokens[i - 1]!.norm) && !!tokens[i + 1] && baseForm(tokens[i + 1]!));

/** The words of the condition and purpose markers ("so", "that", "order"). */
const CONDITION_WORDS = new Set([...CONDITION.values()].flat());

const conditionKind = (h: Hit): string => CONDITION_KIND.get(h.key) ?? 'purpose';

/** A side's conditions and purposes: the cue words (not "provided" as a verb) and the unmarked purpose clauses. */
const conditionHits = (text: string, tokens: readonly Tok[]): Hit[] => [...findCues(tokens, CONDITION).filter((h) => !providedAsVerb(text, tokens, h)), ...purposeInfinitives(text, tokens)];

/** The token indexes of the words a purpose clause says, up to its phrase's end ("to rebuild the ferry port": rebuild, ferry, port). */
function purposeWords(ctx: PairContext, side: Side, h: Hit): number[] {
  const tokens = ctx.tokens[side];
  const ks: number[] = [];
  for (let k = h.from; k < phraseEnd(ctx.sentences[side].text, tokens, h); k++) if (!FUNCTION_WORDS.has(tokens[k]!.norm) && !CONDITION_WORDS.has(tokens[k]!.norm)) ks.push(k);
  return ks;
}

const REQUIREMENT_NOUNS = new Set(conditionData.requirementNouns);

/**
 * The first token shown for a condition (condition.json, spanAbout): its marker, or the determiner
 * and modifier before a noun of requirement ("the key condition"); conditionEnd gives its end.
 */
function conditionStart(tokens: readonly Tok[], text: string, h: Hit): number {
  let from = h.from;
  if (h.to - h.from === 1 && REQUIREMENT_NOUNS.has(tokens[h.from]!.norm)) {
    const before = (k: number) => tokens[k] && adjacent(text, tokens[k]!, tokens[k + 1]!);
    if (before(from - 1) && DETERMINERS.has(tokens[from - 1]!.norm)) from -= 1;
    else if (before(from - 2) && before(from - 1) && DETERMINERS.has(tokens[from - 2]!.norm) && /^\p{Ll}/u.test(tokens[from - 1]!.raw)) from -= 2;
  }
  return from;
}

/**
 * The end (exclusive) of the words a condition cue introduces, shown with it: up to the head of the
 * first noun phrase after it ("provided the unconditional implementation", "condition for preventing
 * the escalation", "in order to reopen the border"), not a cut inside that phrase; a purpose's verb or
 * an -ing form before a determiner takes its object ("provided the mills reopen" stops at the clause's
 * verb: what follows may be the main clause). spanOf bounds the span's length.
 */
function conditionEnd(text: string, tokens: readonly Tok[], h: Hit): number {
  for (let k = h.to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (FUNCTION_WORDS.has(t.norm) || DETERMINERS.has(t.norm) || CONDITION_WORDS.has(t.norm)) continue;
    const takesObject = (conditionKind(h) === 'purpose' || /ing$/u.test(t.norm)) && DETERMINERS.has(tokens[k + 1]?.norm ?? '');
    if (endsPhrase(text, tokens, k) && !takesObject && !insideQuotation(text, tokens[k]!.end)) return k + 1;
  }
  return tokens.length;
}

/**
 * The end of a condition's content: conditionEnd's, or, when a marker opens a clause with its own subject ("so that
 * the ferries reach the islands", "provided the inspectors agree"), the end of the phrase after that subject, so
 * that the span carries what the clause requires, not its subject alone (adjudicated reading C2).
 */
function clauseEnd(text: string, tokens: readonly Tok[], h: Hit, start: number): number {
  const end = conditionEnd(text, tokens, h);
  const opener = tokens[start]?.norm ?? '';
  const verb = tokens[end];
  if (!CONDITION_KIND.has(h.key) || start !== h.to || !(DETERMINERS.has(opener) || CLAUSE_SUBJECTS.has(opener))) return end;
  // The clause's verb right after its subject ("the mills reopen"); a purpose's verb takes its object ("reach the islands").
  if (!verb || !/^\s+$/u.test(text.slice(tokens[end - 1]!.end, verb.start)) || FUNCTION_WORDS.has(verb.norm) || DETERMINERS.has(verb.norm) || !/^\p{Ll}/u.test(verb.raw)) return end;
  if (conditionKind(h) !== 'purpose') return end + 1;
  for (let k = end + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (FUNCTION_WORDS.has(t.norm) || DETERMINERS.has(t.norm)) continue;
    if (endsPhrase(text, tokens, k) && !insideQuotation(text, t.end)) return k + 1;
  }
  return end + 1;
}

/** An offset inside a quotation opened before it and not yet closed (“Safe and Clean Harbour”): a quoted name is one phrase. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/gu) ?? []).length - (before.match(/”/gu) ?? []).length;
  return curly > 0 || (before.match(/"/gu) ?? []).length % 2 === 1;
}

/**
 * The first token of a condition's content, shown as its span (adjudicated reading C2: the end it names, not its
 * marker): after a marker ("in order to", "so that", "provided that"), the words it introduces; after the "to" of an
 * unmarked purpose, its verb; a noun of requirement ("the key condition") is content itself.
 */
function contentStart(tokens: readonly Tok[], text: string, h: Hit, end: number): number {
  if (h.to - h.from === 1 && REQUIREMENT_NOUNS.has(tokens[h.from]!.norm)) return conditionStart(tokens, text, h);
  const from = CONDITION_KIND.has(h.key) ? h.to : h.from + 1;
  return from < end ? from : h.from;
}

/**
 * A condition or a purpose one side states and the other does not (the same cue, or
 * words the other shares, are no difference; nor is a purpose against a purpose said
 * in other words, when the purpose's words are ones the other sentence has: "to reopen the pass" against
 * "the pass, so that trade grows"; nor an unmarked purpose against an unmarked purpose, in
 * whatever words: "working together to rebuild the dykes" against "efforts to protect the
 * geese"). One per side.
 */
export function condition(ctx: PairContext): TypedDifference[] {
  const hits = { a: conditionHits(ctx.sentences.a.text, ctx.tokens.a), b: conditionHits(ctx.sentences.b.text, ctx.tokens.b) };
  if (hits.a.length === 0 && hits.b.length === 0) return [];
  const out: TypedDifference[] = [];
  for (const [side, other] of [['a', 'b'], ['b', 'a']] as const) {
    const theirs = keys(hits[other]);
    const purposeThere = hits[other].some((h) => conditionKind(h) === 'purpose') || aimInfinitives(ctx.tokens[other]);
    const samePurpose = (x: Hit) => purposeThere && conditionKind(x) === 'purpose' && purposeWords(ctx, side, x).some((k) => ctx.shared[side][k]);
    // An unmarked purpose against an unmarked purpose is no purpose only one side states (their words differ: scope or an omission).
    // Only unmarked purposes ("efforts to", "working together to": the aim of a joint work); a marked one ("so that", "in order to") is a purpose the readout chose to state (review A3).
    const unmarked = (x: Hit) => !CONDITION_KIND.has(x.key) && conditionKind(x) === 'purpose';
    const bothPurposes = (x: Hit) => unmarked(x) && (hits[other].some(unmarked) || aimInfinitives(ctx.tokens[other]));
    const h = hits[side].find((x) => !theirs.has(x.key) && !hitShared(ctx.shared[side], x) && !samePurpose(x) && !bothPurposes(x));
    if (!h) continue;
    const start = contentStart(ctx.tokens[side], ctx.sentences[side].text, h, conditionEnd(ctx.sentences[side].text, ctx.tokens[side], h));
    const end = clauseEnd(ctx.sentences[side].text, ctx.tokens[side], h, start);
    // The determiner and modifier of a requirement noun are shown only when the whole phrase still fits the six words.
    // Too long for six words: the end of the content is kept (what the clause requires), its first words dropped.
    const text = ctx.sentences[side].text;
    const quoted = /[“"]/u.test(text.slice(ctx.tokens[side][start]!.start, ctx.tokens[side][end - 1]!.end));
    const requirement = h.to - h.from === 1 && REQUIREMENT_NOUNS.has(ctx.tokens[side][h.from]!.norm);
    const from = end - start <= MAX_SPAN_WORDS || quoted ? start : requirement ? h.from : Math.max(start, end - MAX_SPAN_WORDS);
    // A quoted name is never cut: like a leader's name with title, it may take the span past six words.
    let to = Math.min(end, from + MAX_SPAN_WORDS);
    while (to < end && insideQuotation(text, ctx.tokens[side][to - 1]!.end)) to++;
    const s = spanOf(ctx, side, from, to, to - from);
    out.push(difference('condition', side === 'a' ? s : null, side === 'b' ? s : null, `Only ${only(ctx, side)} states a condition or purpose: ${q(s.text)}.`));
  }
  return out;
}

/** How far after an adjective of relations the noun it judges may stand ("detailed and constructive cooperation"). */
const RELATION_REACH = 3;

/** Most words between a copula and the adjective it leads to ("were detailed and productive"), and between the subject's noun and the copula ("the talks on the grain accord were"). */
const COPULA_REACH = 3;
const SUBJECT_REACH = 6;

/**
 * An adjective of relations judges only the relationship or the talks: one of the next words names them ("close
 * ties", "a good telephone conversation"), or they are the subject of a copula before it in the same clause ("the
 * talks were productive", "the exchange proved detailed and frank").
 */
function judges(text: string, tokens: readonly Tok[], h: Hit): boolean {
  if (!OF_RELATIONS.has(h.key)) return true;
  // Coordinators do not count against the reach: "strong trade and investment ties" (coordinated premodifiers, Quirk et al. 13.71).
  const next = tokens.slice(h.to, h.to + 2 * RELATION_REACH).filter((t) => !COORDINATORS.has(t.norm)).slice(0, RELATION_REACH);
  if (next.some((t) => RELATION_NOUNS.has(t.norm))) return true;
  // Walk back within the clause (no comma, semicolon or colon between): a copula, then the talks before it.
  const sameClause = (k: number) => !/[,;:]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  let copula = -1;
  for (let k = h.from - 1; k >= 0 && k >= h.from - COPULA_REACH && sameClause(k); k--) {
    if (COPULAS.has(tokens[k]!.norm)) {
      copula = k;
      break;
    }
  }
  for (let k = copula - 1; copula > 0 && k >= 0 && k >= copula - SUBJECT_REACH && sameClause(k); k--) {
    if (RELATION_NOUNS.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/**
 * Both sides report an act of judgment ("commended" / "spoke highly of"): an evaluative word inside
 * one side's judgment is the manner of that act, which the other side's verb of praise also says (Levin
 * 1993, judgment verbs 33), no one-sided evaluation.
 */
function inSharedJudgment(ctx: PairContext, side: Side, h: Hit): boolean {
  const other: Side = otherSide(side);
  if (judgmentActs(ctx, other).length === 0) return false;
  return judgmentActs(ctx, side).some((j) => j.from <= h.from && h.to <= j.to);
}

const STANCE_NOUNS = new Set(evaluationData.stanceNouns);
const POSSESSIVES = new Set(grammar.determiners.filter((d) => ['his', 'her', 'its', 'their', 'our', 'my', 'your'].includes(d)));
/** Most words between an evaluative word and the noun of stance it modifies ("her firm and unwavering support"). */
const STANCE_REACH = 3;

/**
 * The readout's own stance ("her unwavering support", "his principled position"): a possessive determiner
 * before the word, a noun of stance within the next words, adjectives only between (evaluation.json, stanceAbout).
 */
function ownStance(tokens: readonly Tok[], h: Hit): boolean {
  if (!POSSESSIVES.has(tokens[h.from - 1]?.norm ?? '') && !(tokens[h.from - 1]?.norm === 'and' && POSSESSIVES.has(tokens[h.from - 3]?.norm ?? ''))) return false;
  for (let k = h.to; k < tokens.length && k < h.to + STANCE_REACH; k++) {
    if (STANCE_NOUNS.has(tokens[k]!.norm)) return true;
    if (FUNCTION_WORDS.has(tokens[k]!.norm) && tokens[k]!.norm !== 'and') return false;
  }
  return false;
}

/** A word of a designation in close apposition to a name: a determiner, the word, a lower-case noun, then a capitalised name ("the terrorist cell Red Dawn"; evaluation.json, designationAbout). */
function designates(tokens: readonly Tok[], h: Hit): boolean {
  const noun = tokens[h.to];
  const name = tokens[h.to + 1];
  return DETERMINERS.has(tokens[h.from - 1]?.norm ?? '') && !!noun && /^\p{Ll}/u.test(noun.raw) && !FUNCTION_WORDS.has(noun.norm) && !!name && /^\p{Lu}/u.test(name.raw);
}

/**
 * The character ranges of a sentence where an evaluative word judges (the tests `evaluation` applies to one
 * side's cues, without the other side): rows.ts asks whether another sentence of a row says the same judgement
 * ("strong ties" echoes "strong", "a strong mandate" does not).
 */
export function judgingRanges(text: string): Array<[number, number]> {
  const tokens = tokenize(text);
  return findCues(tokens, EVALUATION).filter((h) => judges(text, tokens, h) && !ownStance(tokens, h) && !designates(tokens, h) && !gradesNeed(tokens, h)).map((h) => [tokens[h.from]!.start, tokens[h.to - 1]!.end]);
}

/**
 * Each side's evaluative words that judge and that the other side does not say as a judgement too. A word the other
 * side writes without judging ("strong ties" / "a strong mandate") is no echo: it stays one-sided.
 */
function judgingCues(ctx: PairContext): Record<Side, Hit[]> {
  const all = { a: findCues(ctx.tokens.a, EVALUATION), b: findCues(ctx.tokens.b, EVALUATION) };
  if (all.a.length === 0 && all.b.length === 0) return { a: [], b: [] };
  const judging = (side: Side) => (h: Hit) => judges(ctx.sentences[side].text, ctx.tokens[side], h) && !ownStance(ctx.tokens[side], h) && !designates(ctx.tokens[side], h) && !gradesNeed(ctx.tokens[side], h);
  const kept = { a: all.a.filter(judging('a')), b: all.b.filter(judging('b')) };
  const oneSided = (side: Side, other: Side) => (h: Hit) => {
    if (keys(kept[other]).has(h.key)) return false;
    // Shared only through the same word used without judgement on the other side: still one-sided.
    const plainThere = all[other].some((o) => o.key === h.key);
    return plainThere || !hitShared(ctx.shared[side], h);
  };
  return { a: kept.a.filter(oneSided('a', 'b')).filter((h) => !inSharedJudgment(ctx, 'a', h)), b: kept.b.filter(oneSided('b', 'a')).filter((h) => !inSharedJudgment(ctx, 'b', h)) };
}

/**
 * Two sides' evaluative words judge the same thing only when each bears on a word both sentences have (the
 * first word after it that is not a function word: "a frank exchange" / "a cordial exchange"), and on the same
 * one (sameBearing; session 15, review): then they are one difference, "calls it X; Y". Words judging different things ("illegal ballots" / "a steadfast stance")
 * are each a one-sided judgement.
 */
function pairedJudgements(ctx: PairContext, a: readonly Hit[], b: readonly Hit[]): Array<[Hit | null, Hit | null]> {
  const pairs: Array<[Hit | null, Hit | null]> = [];
  const usedB = new Set<number>();
  for (const x of a) {
    const j = b.findIndex((y, k) => !usedB.has(k) && bearsOnShared(ctx, 'a', x) && bearsOnShared(ctx, 'b', y) && sameBearing(ctx, x, y));
    if (j >= 0) usedB.add(j);
    pairs.push([x, j >= 0 ? b[j]! : null]);
  }
  b.forEach((y, k) => { if (!usedB.has(k)) pairs.push([null, y]); });
  return pairs;
}

export function evaluation(ctx: PairContext): TypedDifference[] {
  const c = judgingCues(ctx);
  const a = mergeCoordinated(ctx.tokens.a, c.a).slice(0, 2);
  const b = mergeCoordinated(ctx.tokens.b, c.b).slice(0, 2);
  return pairedJudgements(ctx, a, b).map(([x, y]) => {
    const sa = x ? spanOf(ctx, 'a', x.from, x.to) : null;
    const sb = y ? spanOf(ctx, 'b', y.from, y.to) : null;
    const explanation = sa && sb
      ? `${ctx.labels.a} calls it ${q(sa.text)}; ${ctx.labels.b}, ${q(sb.text)}.`
      : `Only ${only(ctx, sa ? 'a' : 'b')} judges it: ${q((sa ?? sb)!.text)}.`;
    return difference('evaluation', sa, sb, explanation);
  });
}
