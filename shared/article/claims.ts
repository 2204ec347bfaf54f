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
 * this readout; a past-time phrase elsewhere in the sentence does not count (readouts
 * themselves speak of "last month").
 * Vocabularies: data/reporting.json (docs/article.md).
 */
import type { Side } from '../model/types';
import { containsWords, hasReadoutOrInstitutionNoun, lastNamedSide, namesPerson, sidesNamed, sidesOfIt, type ArticleSentence, type Attribution, type SourceNames } from './attribution';
import reporting from './data/reporting.json';
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

const byLength = (xs: string[]): string[] => [...new Set(xs)].sort((x, y) => y.length - x.length);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const VERB = new RegExp(`(?<![\\p{L}-])(?:${byLength(reporting.speechVerbs).map(esc).join('|')})(?![\\p{L}-])`, 'giu');
const NOUN = new RegExp(`(?<![\\p{L}-])(?:${byLength(reporting.readoutNouns).map(esc).join('|')})(?![\\p{L}-])`, 'giu');
const NOUN_ONCE = new RegExp(NOUN.source, 'iu');
const PAST = new RegExp(`(?<![\\p{L}-])(?:${byLength([...reporting.pastMarkers, ...reporting.priorActMarkers]).map(esc).join('|')})(?![\\p{L}-])`, 'iu');
/** "it" as the subject of a reporting verb, an adverb at most between ("It said", "it also noted"). */
const IT_REPORTS = new RegExp(`(?<![\\p{L}-])it\\s+(?:(?:also|further|then|later|\\p{Ll}+ly)\\s+)?(?:${byLength(reporting.speechVerbs).map(esc).join('|')})(?![\\p{L}-])`, 'giu');
/** A weekday between a subject and its verb ("on Friday", "late on Wednesday night"): data/reporting.json weekdays. */
const WEEKDAY_BETWEEN = new RegExp(`^\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${reporting.weekdays.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?(?=\\s)`, 'iu');
const ACCORDING = /(?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+$/iu;
/** How far (in characters) a reporting verb may follow its subject: a short noun phrase ("the Kremlin and the White House"). */
const SUBJECT_REACH = 48;
const CLAUSE_BREAK = /[,;:()\u2014\u2013]/u;
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

/** Finds the claims of an article, in text order. */
export function findClaims(
  text: string, sentences: readonly ArticleSentence[], quotations: readonly Quotation[], attributions: ReadonlyArray<Attribution | null>,
  sources: readonly SourceNames[],
): FoundClaim[] {
  const out: FoundClaim[] = [];
  const lastNamedBefore = (offset: number): Side[] => lastNamedSide(text, sources, offset);
  for (const s of sentences) {
    // The sentence with its quotations blanked out: a reporting verb inside a quotation is the speaker's, not the article's.
    const inside = quotations.map((q, i) => ({ q, i })).filter(({ q }) => q.outerStart < s.end && q.outerEnd > s.start);
    let masked = s.text;
    for (const { q } of inside) {
      const a = Math.max(0, q.outerStart - s.start);
      const b = Math.min(s.text.length, q.outerEnd - s.start);
      masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
    }
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
    // "It said both leaders agreed …", "…, it added": the readout named just before speaks.
    IT_REPORTS.lastIndex = 0;
    for (let m; (m = IT_REPORTS.exec(masked));) {
      const itSides = sidesOfIt(text, sources, s.start + m.index);
      if (itSides.length === 0) continue;
      for (const side of itSides) sides.add(side);
      spans.push([s.start + m.index, s.start + m.index + m[0].length]);
      aboutReadout = true;
    }
    for (const found of reportedBy(masked, s.start, sources, lastNamedBefore)) {
      for (const side of found.sides) sides.add(side);
      spans.push(...found.spans);
      aboutReadout = true;
    }
    if (!aboutReadout) continue;
    out.push({ start: s.start, end: s.end, text: s.text, sides: (['a', 'b'] as const).filter((x) => sides.has(x)), quotes: quoteIdx, attributionSpans: spans });
  }
  return out;
}

/** The readouts a sentence (quotations blanked) reports as saying something, with the spans that say so. */
function reportedBy(masked: string, at: number, sources: readonly SourceNames[], lastNamedBefore: (o: number) => Side[]): Array<{ sides: Side[]; spans: Array<[number, number]> }> {
  const lower = masked.toLowerCase();
  const mentions: Array<{ start: number; end: number; extent?: number; sides?: Side[]; alias?: boolean }> = [];
  for (const src of sources) for (const name of src.names) {
    const n = name.toLowerCase().replace(/^the\s+/u, '');
    for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
      if (containsWords(lower.slice(Math.max(0, i - 1), i + n.length + 1), n)) mentions.push({ start: i, end: i + n.length });
    }
  }
  NOUN.lastIndex = 0;
  for (let m; (m = NOUN.exec(masked));) {
    // The noun with what names its publisher after it: "a statement from the White House".
    const of = /^\s+(?:from|of|by|issued by|released by)\s+(?:the\s+)?[^,;:.!?]{1,60}/u.exec(masked.slice(m.index + m[0].length));
    mentions.push({ start: m.index, end: m.index + m[0].length, extent: of ? m.index + m[0].length + of[0].length : undefined });
  }
  // "Scholz's office said": a possessive of a side's leader before an institution noun.
  for (const src of sources) for (const surname of src.people ?? []) {
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:office|government|spokes(?:man|woman|person)|account|statement|readout|read-out|team)(?![\\p{L}])`, 'giu');
    for (let m; (m = re.exec(masked));) mentions.push({ start: m.index, end: m.index + m[0].length, sides: [src.side] });
  }
  // "In its own statement, China said": the country as the subject, where the sentence speaks of a statement.
  const firstNoun = NOUN_ONCE.exec(masked)?.index ?? -1;
  if (firstNoun >= 0 && hasReadoutOrInstitutionNoun(masked)) {
    for (const src of sources) for (const alias of src.aliases ?? []) {
      // The statement is named first ("In its own statement, China said"), the country after.
      for (let i = lower.indexOf(alias, firstNoun); i >= 0; i = lower.indexOf(alias, i + 1)) {
        if (/^\p{Lu}/u.test(masked[i] ?? '') && containsWords(lower.slice(Math.max(0, i - 1), i + alias.length + 1), alias)) mentions.push({ start: i, end: i + alias.length, sides: [src.side] });
      }
    }
  }
  // "Russia said", "the Japanese government said", "Ottawa's account": a country, capital or seat of
  // government speaking is its readout's source (never a commentator); the subject test below applies.
  for (const src of sources) for (const alias of src.aliases ?? []) {
    for (let i = lower.indexOf(alias); i >= 0; i = lower.indexOf(alias, i + 1)) {
      if (/^\p{Lu}/u.test(masked[i] ?? '') && containsWords(lower.slice(Math.max(0, i - 1), i + alias.length + 1), alias)) mentions.push({ start: i, end: i + alias.length, sides: [src.side], alias: true });
    }
  }
  mentions.sort((x, y) => x.start - y.start);

  const results: Array<{ sides: Side[]; spans: Array<[number, number]> }> = [];
  for (const mention of mentions) {
    const spans: Array<[number, number]> = [[at + mention.start, at + mention.end]];
    let verbAt = -1;
    // "according to the Kremlin", "in the words of the read-out".
    const before = masked.slice(Math.max(0, mention.start - 60), mention.start).replace(/(?:[Tt]he|[Aa]n?|[Ii]ts|[Bb]oth|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u, '');
    const according = ACCORDING.exec(before);
    // "described in the read-outs", "as stated in the Kremlin's summary".
    const inThe = new RegExp(`(?:${VERB.source})\\s+(?:in|by)\\s+(?:the\\s+|its\\s+|both\\s+|their\\s+)?$`, 'iu').exec(masked.slice(Math.max(0, mention.start - 60), mention.start));
    if (according || inThe) {
      verbAt = mention.start;
    } else {
      // The subject of a reporting verb: "the Kremlin noted", "statements from both X and Y indicate".
      const verb = verbAfter(masked, mention.end);
      if (!verb || verb.index - mention.end > SUBJECT_REACH) continue;
      const between = masked.slice(mention.end, verb.index);
      // A clause break, another verb-like word ("is", "was") or a relative pronoun between: not its subject.
      // A parenthesis between commas is allowed ("The Kremlin readout, by contrast, does not mention").
      const bare = between.replace(/['’]s\b/gu, '').replace(/^\s*(?:read-?outs?|statements?|summary|account|version)?\s*,\s*[^,]{1,30},\s*/iu, ' ');
      if (CLAUSE_BREAK.test(bare)) continue;
      // "the Russian President announced": a country's adjective before a title is a person, not the government.
      // "Moscow's claims": the possessive makes the reporting word a noun, not the country's act.
      // "Russia on Friday said", "Moscow late on Wednesday said": a weekday between is when, not who.
      // "Moscow and Washington say": another side's country or capital coordinated with it speaks too.
      const coordinated = mention.alias && sources.some((src) => src.side !== mention.sides?.[0] && (src.aliases ?? []).some((x) => new RegExp(`^\\s+and\\s+(?:the\\s+)?${esc(x)}\\s*$`, 'iu').test(between)));
      if (mention.alias && !coordinated && (/\p{Lu}/u.test(between.replace(WEEKDAY_BETWEEN, ' ')) || /^['’]s?\s*$/u.test(between))) continue;
      if (/(?<![\p{L}])(?:is|was|were|are|be|been|that|which|who|whose|to|with|for|about)(?![\p{L}])/iu.test(bare.replace(/^\s*(?:read-?outs?|statements?|summary|account|version)\b/iu, ''))) {
        // "statements from both X and Y indicate" has "from"/"and" only; "X’s view that Z is" is no subject.
        continue;
      }
      // "Kremlin spokesman Dmitry Peskov told": a person speaks, not the readout.
      if (namesPerson(between)) continue;
      // "has previously said", "said last week": the statement is an earlier one, not this readout.
      // Only the words around the reporting verb count: a readout may itself speak of "last month".
      if (PAST.test(masked.slice(Math.max(mention.end, verb.index - PAST_REACH), verb.index + verb[0].length + PAST_REACH))) continue;
      verbAt = verb.index;
      spans.push([at + verb.index, at + verb.index + verb[0].length]);
    }
    // The readouts named in the clause of the mention (up to the verb): "both the Kremlin and the White House".
    let clauseStart = mention.start;
    while (clauseStart > 0 && !CLAUSE_BREAK.test(masked[clauseStart - 1]!)) clauseStart--;
    const clause = masked.slice(clauseStart, Math.max(verbAt, mention.extent ?? mention.end));
    const sides = mention.sides ?? sidesNamed(clause, sources, lastNamedBefore(at + mention.start));
    results.push({ sides, spans });
  }
  return results;
}
