/**
 * Claims: the article's statements about what a readout says. A sentence is a
 * claim about readout X when
 *
 * - it holds a quotation the article attributes to X ("“…,” the White House
 *   read-out said"), or
 * - X (its publisher or label: "the Kremlin", or a readout noun: "the read-out",
 *   "statements from both …") is the subject of a reporting verb in it ("the
 *   Kremlin noted", "… indicate"), or the object of "according to", or the place
 *   something is "described in".
 *
 * A reporting verb with a past-time phrase beside it ("the Kremlin has previously
 * said", "has long maintained", "said last week") reports an earlier statement, not
 * this readout, as does the past perfect ("the organisers had consistently said"); a
 * past-time phrase elsewhere in the sentence does not count (readouts themselves speak
 * of "last month").
 * Vocabularies: data/reporting.json (docs/article.md).
 */
import type { Side } from '../model/types';
import { containsWords, hasReadoutOrInstitutionNoun, namesPerson, sidesNamed, sidesOfIt, type ArticleSentence, type Attribution, type SourceNames } from './attribution';
import { statementAntecedent } from './statement-antecedent';
import { partyOfficePattern } from './party-office';
import reporting from './data/reporting.json';
import { ADVERB_BEFORE_SPEECH_VERB, alternation, escapePhrase, PART_OF_DAY, TIME_OF_DAY_MODIFIER } from './patterns';
import type { Quotation } from './quotes';

/** A claim as found, before it is judged. */
export interface FoundClaim {
  start: number;
  end: number;
  text: string;
  /** The readouts it is about; empty when the article does not say which. */
  sides: Side[];
  /** Indices (into the quotations) of the quotations of a readout it holds. */
  quotes: number[];
  /** Spans of the sentence that only attribute (the source's name, the reporting verb): left out when judging. */
  attributionSpans: Array<[number, number]>;
}

const VERB = new RegExp(`(?<![\\p{L}-])(?:${alternation(reporting.speechVerbs)})(?![\\p{L}-])`, 'giu');
const NOUN = new RegExp(`(?<![\\p{L}-])(?:${alternation(reporting.readoutNouns)})(?![\\p{L}-])`, 'giu');
const NOUN_ONCE = new RegExp(NOUN.source, 'iu');
const PAST = new RegExp(`(?<![\\p{L}-])(?:${alternation([...reporting.pastMarkers, ...reporting.priorActMarkers])})(?![\\p{L}-])`, 'iu');
/** "it" as the subject of a reporting verb, an adverb at most between ("It said", "it also noted"). */
const IT_REPORTS = new RegExp(`(?<![\\p{L}-])it\\s+${ADVERB_BEFORE_SPEECH_VERB}(?:${alternation(reporting.speechVerbs)})(?![\\p{L}-])`, 'giu');
/** A weekday between a subject and its verb ("on Friday", "late on Wednesday night"): data/reporting.json weekdays, dayPhrases. */
const WEEKDAY_BETWEEN = new RegExp(`^\\s+(?:${TIME_OF_DAY_MODIFIER}\\s+)?(?:on\\s+)?(?:${reporting.weekdays.join('|')})(?:\\s+${PART_OF_DAY})?(?=\\s)`, 'iu');
const ACCORDING = /(?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+$/iu;
/** "according to the information given by", "according to details released by": the source comes after the participle. */
const ACCORDING_ISSUED_BY = new RegExp(
  `(?<![\\p{L}])[Aa]ccording\\s+to\\s+(?:the\\s+|an?\\s+)?(?:[\\p{Ll}’'-]+\\s+){1,3}(?:${alternation(reporting.issuingParticiples)})\\s+by\\s+$`, 'u');
/** "described in the read-outs", "as stated in the Kremlin's summary": a reporting verb, then "in"/"by", right before a mention. */
const IN_THE = new RegExp(`(?:${VERB.source})\\s+(?:in|by)\\s+(?:the\\s+|its\\s+|both\\s+|their\\s+)?$`, 'iu');
/** Institution nouns after a side's leader's possessive ("Scholz's office"). */
const LEADER_INSTITUTION = `(?:${alternation(reporting.leaderInstitutionNouns)})`;
/** How far (in characters) a reporting verb may follow its subject: a short noun phrase ("the Kremlin and the White House"). */
const SUBJECT_REACH = 48;
const CLAUSE_BREAK = /[,;:()\u2014\u2013]/u;
/** "had" (an adverb in -ly at most after it) right before the reporting verb: the past perfect. */
const PAST_PERFECT_BEFORE = /(?<![\p{L}])had\s+(?:\p{Ll}+ly\s+)?$/u;
/** How far (in characters) from the reporting verb a past-time phrase makes the statement an earlier one. */
const PAST_REACH = 24;

/**
 * The first reporting verb from `from` on. A capitalised one inside the sentence is a
 * word of a name ("the first State Visit", "the Joint Statement"), not a verb:
 * English capitalises a verb only at a sentence's start.
 */
function verbAfter(masked: string, from: number): RegExpExecArray | null {
  VERB.lastIndex = from;
  for (let m; (m = VERB.exec(masked));) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0]) || /^\s*$/u.test(masked.slice(0, m.index))) return m;
  }
  return null;
}

/** What the claims of one article are read against, built once per article (the patterns depend on its readouts' sources). */
interface ClaimContext {
  text: string;
  sources: readonly SourceNames[];
  lastNamedBefore: (offset: number) => Side[];
  /** "Scholz's office": a side's leader's possessive before an institution noun, per side. */
  possessives: Array<{ side: Side; re: RegExp }>;
  /** "Moscow and Washington say": per side, its country or capital coordinated after another side's (the text between them). */
  coordinations: Array<{ side: Side; re: RegExp }>;
}

function claimContext(text: string, sources: readonly SourceNames[]): ClaimContext {
  return {
    text,
    sources,
    lastNamedBefore: (offset) => statementAntecedent(text, sources, offset),
    possessives: [...sources.flatMap((src) => (src.people ?? []).map((surname) => ({
      side: src.side,
      re: new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s?\\s+(?:\\p{Ll}+\\s+)?${LEADER_INSTITUTION}(?![\\p{L}])`, 'giu'),
    }))),
    // "the chancellor’s office", "a spokeswoman for the prime minister": the office of the side's leader (party-office.ts).
    ...sources.flatMap((src) => {
      const office = partyOfficePattern(src);
      return office ? [{ side: src.side, re: new RegExp(`(?<![\\p{L}])${office}(?![\\p{L}])`, 'giu') }] : [];
    })],
    coordinations: sources.flatMap((src) => (src.aliases ?? []).map((x) => ({ side: src.side, re: new RegExp(`^\\s+and\\s+(?:the\\s+)?${escapePhrase(x)}\\s*$`, 'iu') }))),
  };
}

/** The sentence with its quotations blanked out: a reporting verb inside a quotation is the speaker's, not the article's. */
function masked(s: ArticleSentence, inside: ReadonlyArray<{ q: Quotation }>): string {
  let out = s.text;
  for (const { q } of inside) {
    const a = Math.max(0, q.outerStart - s.start);
    const b = Math.min(s.text.length, q.outerEnd - s.start);
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** Finds the claims of an article, in text order. */
export function findClaims(
  text: string, sentences: readonly ArticleSentence[], quotations: readonly Quotation[], attributions: ReadonlyArray<Attribution | null>,
  sources: readonly SourceNames[],
): FoundClaim[] {
  const ctx = claimContext(text, sources);
  const out: FoundClaim[] = [];
  for (const s of sentences) {
    const claim = claimOf(s, quotations, attributions, ctx);
    if (claim) out.push(claim);
  }
  return out;
}

/** The sentence as a claim: about the readouts whose quotations it holds, that "it" stands for, or that it reports; else null. */
function claimOf(s: ArticleSentence, quotations: readonly Quotation[], attributions: ReadonlyArray<Attribution | null>, ctx: ClaimContext): FoundClaim | null {
  const inside = quotations.map((q, i) => ({ q, i })).filter(({ q }) => q.outerStart < s.end && q.outerEnd > s.start);
  const text = masked(s, inside);
  const sides = new Set<Side>();
  // About a readout, though perhaps one the article does not name ("the statement said").
  let aboutReadout = false;
  const quoteIdx: number[] = [];
  const spans: Array<[number, number]> = [];
  for (const { q, i } of inside) {
    const at = attributions[i];
    if (at?.kind === 'source' && q.outerStart >= s.start) {
      for (const side of at.sides) sides.add(side);
      quoteIdx.push(i);
      aboutReadout = true;
    }
  }
  for (const found of [...itReports(text, s.start, ctx), ...reportedBy(text, s.start, ctx)]) {
    for (const side of found.sides) sides.add(side);
    spans.push(...found.spans);
    aboutReadout = true;
  }
  if (!aboutReadout) return null;
  return { start: s.start, end: s.end, text: s.text, sides: (['a', 'b'] as const).filter((x) => sides.has(x)), quotes: quoteIdx, attributionSpans: spans };
}

type Reported = { sides: Side[]; spans: Array<[number, number]> };

/** "It said both leaders agreed …", "…, it added": the readout named just before speaks. */
function itReports(masked: string, at: number, ctx: ClaimContext): Reported[] {
  const out: Reported[] = [];
  for (const m of masked.matchAll(IT_REPORTS)) {
    const itSides = sidesOfIt(ctx.text, ctx.sources, at + m.index, ctx.lastNamedBefore);
    if (itSides.length > 0) out.push({ sides: itSides, spans: [[at + m.index, at + m.index + m[0].length]] });
  }
  return out;
}

/** Where a readout is mentioned in a sentence: its name, a readout noun, a leader's office, or its country speaking. */
interface Mention { start: number; end: number; extent?: number; sides?: Side[]; alias?: boolean }

/** Occurrences of `word` (lower case) in `lower` as whole words. */
function wordsAt(lower: string, word: string): number[] {
  const out: number[] = [];
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (containsWords(lower.slice(Math.max(0, i - 1), i + word.length + 1), word)) out.push(i);
  }
  return out;
}

/** The readouts' names and readout nouns in the sentence ("the Kremlin", "a statement from the White House"). */
function nameAndNounMentions(masked: string, lower: string, ctx: ClaimContext): Mention[] {
  const out: Mention[] = [];
  for (const src of ctx.sources) for (const name of src.names) {
    const n = name.toLowerCase().replace(/^the\s+/u, '');
    for (const i of wordsAt(lower, n)) out.push({ start: i, end: i + n.length });
  }
  for (const m of masked.matchAll(NOUN)) {
    // The noun with what names its publisher after it: "a statement from the White House".
    const of = /^\s+(?:from|of|by|issued by|released by)\s+(?:the\s+)?[^,;:.!?]{1,60}/u.exec(masked.slice(m.index + m[0].length));
    out.push({ start: m.index, end: m.index + m[0].length, extent: of ? m.index + m[0].length + of[0].length : undefined });
  }
  // "Scholz's office said": a possessive of a side's leader before an institution noun.
  for (const { side, re } of ctx.possessives) for (const m of masked.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, sides: [side] });
  return out;
}

/** A side's country or capital, capitalised, in the sentence from `from` on. */
function aliasMentions(masked: string, lower: string, ctx: ClaimContext, from: number, alias: boolean): Mention[] {
  const out: Mention[] = [];
  for (const src of ctx.sources) for (const name of src.aliases ?? []) {
    for (const i of wordsAt(lower, name)) {
      if (i >= from && /^\p{Lu}/u.test(masked[i] ?? '')) out.push({ start: i, end: i + name.length, sides: [src.side], ...(alias ? { alias: true } : {}) });
    }
  }
  return out;
}

/** Every mention of a readout in the sentence, in text order. */
function mentionsIn(masked: string, ctx: ClaimContext): Mention[] {
  const lower = masked.toLowerCase();
  const mentions = nameAndNounMentions(masked, lower, ctx);
  // "In its own statement, China said": the country as the subject, where the sentence speaks of a statement first.
  const firstNoun = NOUN_ONCE.exec(masked)?.index ?? -1;
  if (firstNoun >= 0 && hasReadoutOrInstitutionNoun(masked)) mentions.push(...aliasMentions(masked, lower, ctx, firstNoun, false));
  // "Russia said", "the Japanese government said", "Ottawa's account": a country, capital or seat of
  // government speaking is its readout's source (never a commentator); the subject test applies.
  mentions.push(...aliasMentions(masked, lower, ctx, 0, true));
  return mentions.sort((x, y) => x.start - y.start);
}

/** The readouts a sentence (quotations blanked) reports as saying something, with the spans that say so. */
function reportedBy(masked: string, at: number, ctx: ClaimContext): Reported[] {
  const results: Reported[] = [];
  for (const mention of mentionsIn(masked, ctx)) {
    const spans: Array<[number, number]> = [[at + mention.start, at + mention.end]];
    let verbAt: number;
    if (namedAsSource(masked, mention)) {
      verbAt = mention.start;
    } else {
      const verb = verbOfSubject(masked, mention, ctx);
      if (!verb) continue;
      verbAt = verb.index;
      spans.push([at + verb.index, at + verb.index + verb[0].length]);
    }
    // The readouts named in the clause of the mention (up to the verb): "both the Kremlin and the White House".
    let clauseStart = mention.start;
    while (clauseStart > 0 && !CLAUSE_BREAK.test(masked[clauseStart - 1]!)) clauseStart--;
    const clause = masked.slice(clauseStart, Math.max(verbAt, mention.extent ?? mention.end));
    results.push({ sides: mention.sides ?? sidesNamed(clause, ctx.sources, ctx.lastNamedBefore(at + mention.start)), spans });
  }
  return results;
}

/** "according to the Kremlin", "in the words of the read-out", "described in the read-outs": the mention is named as the source. */
function namedAsSource(masked: string, mention: Mention): boolean {
  const before = masked.slice(Math.max(0, mention.start - 60), mention.start);
  const trimmed = before.replace(/(?:[Tt]he|[Aa]n?|[Ii]ts|[Bb]oth|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u, '');
  return ACCORDING.test(trimmed) || ACCORDING_ISSUED_BY.test(trimmed) || IN_THE.test(before);
}

/**
 * The reporting verb the mention is the subject of ("the Kremlin noted", "statements from both X and Y indicate"),
 * or null: none near, a clause break, another verb or a relative pronoun between, a person named between, or a
 * past-time phrase beside the verb (an earlier statement).
 */
function verbOfSubject(masked: string, mention: Mention, ctx: ClaimContext): RegExpExecArray | null {
  const verb = verbAfter(masked, mention.end);
  if (!verb || verb.index - mention.end > SUBJECT_REACH) return null;
  const between = masked.slice(mention.end, verb.index);
  // A parenthesis between commas is allowed ("The Kremlin readout, by contrast, does not mention").
  const bare = between.replace(/['’]s\b/gu, '').replace(/^\s*(?:read-?outs?|statements?|summary|account|version)?\s*,\s*[^,]{1,30},\s*/iu, ' ');
  if (CLAUSE_BREAK.test(bare)) return null;
  if (mention.alias && !countrySpeaks(between, mention, ctx)) return null;
  // "statements from both X and Y indicate" has "from"/"and" only; "X’s view that Z is" is no subject.
  if (/(?<![\p{L}])(?:is|was|were|are|be|been|that|which|who|whose|to|with|for|about)(?![\p{L}])/iu.test(bare.replace(/^\s*(?:read-?outs?|statements?|summary|account|version)\b/iu, ''))) return null;
  // "Kremlin spokesman Dmitry Peskov told": a person speaks, not the readout.
  if (namesPerson(between)) return null;
  // "has previously said", "said last week": the statement is an earlier one, not this readout.
  // Only the words around the reporting verb count: a readout may itself speak of "last month".
  if (PAST.test(masked.slice(Math.max(mention.end, verb.index - PAST_REACH), verb.index + verb[0].length + PAST_REACH))) return null;
  // "had said", "had consistently said": the past perfect sets the statement before the time reported (CGEL ch. 3, 3.5.2).
  if (PAST_PERFECT_BEFORE.test(masked.slice(mention.end, verb.index))) return null;
  return verb;
}

/**
 * Whether a country or capital is the subject itself: not "the Russian President announced" (a capitalised
 * word between: a person), nor "Moscow's claims" (a possessive: the reporting word is a noun); "Russia on
 * Friday said" (a weekday between is when, not who) and "Moscow and Washington say" (another side's country
 * coordinated with it) are.
 */
function countrySpeaks(between: string, mention: Mention, ctx: ClaimContext): boolean {
  const coordinated = ctx.coordinations.some(({ side, re }) => side !== mention.sides?.[0] && re.test(between));
  return coordinated || !(/\p{Lu}/u.test(between.replace(WEEKDAY_BETWEEN, ' ')) || /^['’]s?\s*$/u.test(between));
}
