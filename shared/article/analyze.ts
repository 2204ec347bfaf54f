/**
 * The analysis of an article against the two readouts of a comparison (see
 * docs/article.md):
 *
 * 1. quotations (quotes.ts) and who each is attributed to (attribution.ts);
 * 2. claims: the sentences that say what a readout says (claims.ts), each judged
 *    against the readouts it is about: the readout sentences it describes, the
 *    share of its content they carry, and a word-for-word check of its quotations
 *    (quote-check.ts) give supported / partial / not-found;
 * 3. commentary: the quotations of people, with the speaker's full name and role
 *    (names.ts), whether they took part in the call, and when they spoke relative
 *    to it; each linked by content to readout sentences and claims (relate.ts).
 *
 * Deterministic; no rule names a person, an outlet or a phrase of any article.
 */
import type { FeatureMemo } from '../align/features';
import type { AlignResources } from '../align/resources';
import type { Comparison } from '../compare/compare';
import {
  claimId, commentaryId,
  type ArticleAnalysis, type Claim, type ClaimId, type Commentary, type PolarityContrast, type QuoteCheck, type Timing, type Verdict,
} from '../model/article';
import { otherSide, type Sentence, type SentenceId, type Side, type SourceDoc } from '../model/types';
import { attributeQuotations, collectiveSpeaker, containsWords, pronounAmbiguous, pronounPerson, type ArticleSentence, type AttributionContext, type Attribution, type SourceNames } from './attribution';
import governments from './data/governments.json';
import { findClaims, type FoundClaim } from './claims';
import reporting from './data/reporting.json';
import { leaderTitles } from './party-office';
import { isNamed, nameMentions, peopleIndex, surnameOf, titleCore, TITLE_NOUNS, type NameMention } from './names';
import { locateQuote } from './quote-check';
import { markInferred, quoteChecks } from './readout-source';
import { findQuotations, quotationWordCount, type Quotation } from './quotes';
import { COMMENTARY_RELATE, contentCoverage, DEFAULT_RELATE, pickLinks, scoreProbes, type Related } from './relate';
import { blankMarkdown, isMarkdownFile } from './markdown';
import { articleSentences } from './sentences';
import { CONTENT_JUDGE, claimedSides, contentCandidates, ownRemarks, type CandidateJudgement, type ContentJudge } from './content-claims';
import { derivedNames, withApostropheVariants } from './source-names';
import { occasionTimings } from './timing';
import { nonPersonTest } from './entities';
import { isStopword } from '../align/stopwords';
import { onlyReadoutWith, onlyReadoutWithContentWord, otherOccasion, sentenceNamesParty } from './short-quotes';
import { ADVERB_BEFORE_SPEECH_VERB } from './patterns';
import { restsOn } from './verdict';
import { polarityContrast } from './polarity';
import { outOfContextFrame } from './quote-context';

/** The two readouts of a comparison as loaded (their texts are needed to locate quotations). */
export interface ComparedDocs {
  a: SourceDoc;
  b: SourceDoc;
  comparison: Comparison;
}

/** Fewer words than this between quotation marks is a term held at arm's length (“illegitimate”) unless its own sentence names who said it. */
export const MIN_QUOTATION_WORDS = 3;

/** Coverage of a claim's content by the sentences it links to, for "supported" and for "partial". */
const SUPPORTED_COVERAGE = 0.55;
const PARTIAL_COVERAGE = 0.2;
/** Share of a quotation's words found in order in the readout, for "supported" and for "partial". */
const SUPPORTED_QUOTE = 0.8;
const PARTIAL_QUOTE = 0.5;

/** A readout and its sentences, by side, with the feature bags of the analysis (one memo for both sides). */
export type ReadoutOf = (side: Side) => { doc: SourceDoc; sentences: Sentence[]; features: FeatureMemo };

/** Access to the readouts of a comparison by side, for one analysis: every claim is scored against them, their features are found once. */
export function readoutsOf(docs: ComparedDocs): ReadoutOf {
  const features: FeatureMemo = new Map();
  return (side) => ({ doc: docs[side], sentences: docs.comparison[side].sentences, features });
}

/** Analyses `article` against the readouts. Deterministic. */
/** `judge`: the content judge's quantities (content-claims.ts); other values only for the cross-validation of scripts/eval-articles.ts. */
export function analyzeArticle(article: SourceDoc, docs: ComparedDocs, resources: AlignResources, judge: ContentJudge = CONTENT_JUDGE): ArticleAnalysis {
  // Markdown is read as its prose, with the markup blanked (offsets stay those of the file).
  const raw = article.text;
  const text = isMarkdownFile(article.file) ? blankMarkdown(raw) : raw;
  const language = article.meta.language;
  const sentences = articleSentences(text, language);
  const quotations = findQuotations(text);
  const mentions = nameMentions(text);
  const people = peopleIndex(text, mentions);
  const sources = withPeople(sourceNames(docs), mentions, docs);
  const readout = readoutsOf(docs);
  const nonPerson = nonPersonTest();
  const participants = participantSurnames(docs);
  const attributionContext: AttributionContext = {
    text, sentences, quotations, sources, mentions, people: people.known, titledInReadouts: titledInOpenings(docs), nonPerson, apposed: apposedPositions(text, mentions),
  };
  const attributions = readoutWords(
    attributeQuotations(attributionContext),
    quotations, readout, participants, (offset) => sentenceNamesParty(offset, sentences, mentions, participants), eventDate(docs),
  ).map((at) => markInferred(at, sources));

  // Claims.
  const found = findClaims(text, sentences, quotations, attributions, sources);
  const namedInReadouts = new Set([
    ...[docs.a, docs.b].flatMap((d) => nameMentions(d.text).filter((m) => m.tokens.length > 0).map((m) => surnameOf(m.name))),
    ...participants, ...partiesByTitle(docs, mentions),
  ]);
  // Someone else's words, or a person's own remarks (content-claims.ts, ownRemarks): no report of a readout by content.
  const othersWords = (s: ArticleSentence): boolean => nonPartySpeaks(s, attributionContext, namedInReadouts) || ownRemarks(s.text, nonPerson);
  const partiesBlanked = blankParties(text, mentions, participants, docs);
  const claims: Claim[] = withContentClaims(found, sentences, quotations, attributions, readout, resources, text, othersWords, judge, partiesBlanked)
    .map((c) => ({ ...c, text: raw.slice(c.start, c.end), quotes: c.quotes.map((q) => ({ ...q, text: raw.slice(q.start, q.end) })) }));

  // Commentary: the quotations of people.
  const roles = rolesByName(text, mentions);
  const commentary: Commentary[] = [];
  quotations.forEach((q, k) => {
    const at = attributions[k];
    // One or two words are the speaker's only when their own sentence attributes them ("X called it a “hasty” plan").
    if (!at || at.kind !== 'person' || (quotationWordCount(q.text) < MIN_QUOTATION_WORDS && at.inherited)) return;
    // "critics said", "analysts called it …": the article's characterisation of a group, no one who spoke.
    if (at.vague) return;
    // A date, a place or an organisation is no commentator ("Monday", "Canberra", "the Foreign Ministry").
    // "Freedonia’s envoy", "Ottawa’s ambassador": a possessive and a position, an unnamed person like a collective one
    // (never the possessor, a country or a capital, as the speaker).
    const collective = collectiveSpeaker(at.phrase) !== null || POSSESSIVE_DESCRIPTION.test(at.phrase);
    if (!collective && nonPerson(at.phrase) && !people.known.some((m) => m.name === at.phrase && m.title !== '')) return;
    // invented "the Rowing and Sailing authorities": one collective speaker, never split at its "and".
    const speakers = collective
      ? [{ name: unnamedFirstMention(text, at.phrase, q.outerStart), title: '' }]
      : at.phrase.split(/\s+and\s+/u).map((p) => people.resolve(unnamedFirstMention(text, p, q.outerStart)));
    const speaker = speakers.map((s) => s.name).join(' and ');
    if (!collective && speakers.some((s) => !s.title && nonPerson(s.name))) return;
    // The role given here, else the one given with an earlier quotation of the same person, else a title anywhere.
    const earlier = commentary.find((c) => c.speaker === speaker && c.role)?.role;
    // An unnamed or collective speaker is described by the article's own words ("a senior official", "the French
    // president", "a witness"): that description is the role too (PARC's unnamed sources keep their description).
    const description = collective || (speakers.length === 1 && !isNamed(speaker)) ? speakers[0]!.name.replace(/^(?:the|a|an)\s+/iu, '') : null;
    const role = speakers.length > 1 ? null : at.appositive ?? earlier ?? description ?? speakers[0]!.title ?? roles.get(surnameOf(speakers[0]!.name)) ?? null;
    commentary.push({
      id: commentaryId(commentary.length), speaker, named: !collective && isNamed(speaker), role: role && role.length > 0 ? role : null,
      // "Donald Trump and J.D. Vance": a party to the call only when every speaker is one.
      party: speakers.every((s) => participants.has(surnameOf(s.name))),
      quote: raw.slice(q.start, q.end), start: q.start, end: q.end,
      timing: timingOf(at.frame, eventDate(docs)), links: [],
    });
  });
  // The same words of the same speaker are one occasion, with one timing (tester 9, V13).
  const timed = occasionTimings(commentary, text, surnameOf, participants);
  commentary.splice(0, commentary.length, ...timed);
  linkCommentary(commentary, claims, readout, language, resources);

  const automaticLinks: Record<string, Array<SentenceId | ClaimId>> = {};
  for (const c of claims) automaticLinks[c.id] = [...c.links];
  for (const q of commentary) automaticLinks[q.id] = [...q.links];
  return {
    doc: article, origin: 'extracted', claims, commentary, automaticLinks, manualLinks: [],
    warnings: quotationWarnings(article.file, text, quotations),
  };
}

/**
 * A closest passage worth showing: it shares two terms or more with the claim and
 * scores at least half what a link needs. A sentence sharing one common word is not
 * "closest" in any useful sense, and showing it invites a wrong reading.
 */
function relevant(r: { score: number; shared: number }): boolean {
  return r.shared >= 2 && r.score >= DEFAULT_RELATE.threshold / 2;
}

/** Share of a quotation's words found in order in a readout for it to be the readout's words. */
const READOUT_WORDS = 0.8;
/** Who may be quoting the readout in their own name: a spokesperson, an office, a government. */
const SPEAKS_FOR_A_SIDE = /spokes|press secretary|office|government|ministry|statement|readout|read-out|chancellery|presidency/iu;

/**
 * A quotation given to a party to the call (not on another occasion: "told
 * reporters", "in a speech"), to a spokesperson or to no one, whose
 * words are (nearly) those of a readout, is a quotation of that readout ("government
 * spokesman X said in a statement “…”", "Putin, the Kremlin said, told Scholz that
 * “…”"): it is checked against it like any other.
 */
function readoutWords(attributions: Array<Attribution | null>, quotations: readonly Quotation[], readout: ReadoutOf, participants: Set<string>, aboutParties: (offset: number) => boolean, date: string | null): Array<Attribution | null> {
  return attributions.map((at, k) => {
    if (at?.kind === 'source') return at;
    const q = quotations[k]!;
    const words = quotationWordCount(q.text);
    const unnamed = at !== null && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(at.phrase) && /^(?:the|a|an)\s/iu.test(at.phrase);
    const party = at !== null && at.phrase.split(/\s+and\s+/u).some((p) => participants.has(surnameOf(p)));
    // A party's words reported as said in the call ("In the call, X stressed that …", "X told Y that …") are known
    // only from an account of the call: the readout they stand closest to, however freely translated.
    const inCall = party && at !== null && saidInTheCall(at.frame, at.phrase, participants, date);
    if (inCall && words > 0) {
      const side = closestReadout(q.text, readout, 0) ?? (words < 3 ? onlyReadoutWithContentWord(q.text, { a: readout('a').doc.text, b: readout('b').doc.text }) : null);
      if (side) return { kind: 'source', sides: [side], frame: at.frame };
    }
    if (words < 3) {
      // One or two words of one readout, in a sentence about the parties (invented "Lind informed Tamm about the “border raids”").
      if (words === 0 || !(party || (at === null && aboutParties(q.outerStart))) || (at && otherOccasion(at.frame))) return at;
      const side = onlyReadoutWith(q.text, { a: readout('a').doc.text, b: readout('b').doc.text });
      return side ? { kind: 'source', sides: [side], frame: at?.frame ?? '' } : at;
    }
    const speaksForSide = at !== null && SPEAKS_FOR_A_SIDE.test(`${at.phrase} ${at.appositive ?? ''}`);
    // A readout's own narrative words, verbatim, that the article gives a person ("X has suggested the races “can take
    // place safely”" where the readout "noted efforts to ensure the races can take place safely"): the readout's words.
    const narrative = at && !otherOccasion(at.frame) && words >= NARRATIVE_WORDS ? narrativeReadout(q.text, readout) : null;
    if (narrative) return { kind: 'source', sides: [narrative], frame: at!.frame };
    if (at && !unnamed && !speaksForSide && !party) return at;
    // A party's words on another occasion ("told reporters", "in a speech") are theirs, even when their readout says the same.
    if (at && party && !speaksForSide && otherOccasion(at.frame)) return at;
    // Three words only when they stand in the readout as they are ("honest and sincere").
    const side = closestReadout(q.text, readout, words >= 4 ? READOUT_WORDS : 1);
    return side ? { kind: 'source', sides: [side], frame: at?.frame ?? '' } : at;
  });
}

/** Fewest words of a quotation given to a person that is taken for a readout's narrative when it stands there verbatim. */
const NARRATIVE_WORDS = 4;

/**
 * The one readout that has the quotation verbatim in its own narrative, outside any quotation marks of its own (words
 * the readout quotes are the person's); null when none has, or both have.
 */
function narrativeReadout(quote: string, readout: ReadoutOf): Side | null {
  const sides = (['a', 'b'] as const).filter((side) => {
    const r = readout(side);
    const loc = locateQuote(quote, r.doc.text, r.sentences, r.doc.meta.language);
    return loc.verbatim && loc.match !== null && !insideQuotationMarks(r.doc.text, loc.match.start);
  });
  return sides.length === 1 ? sides[0]! : null;
}

/** Whether an offset of a text lies inside quotation marks (an odd number of straight or opening curly marks before it in its paragraph). */
function insideQuotationMarks(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const opened = (paragraph.match(/[“]/gu) ?? []).length - (paragraph.match(/[”]/gu) ?? []).length;
  return opened > 0 || (paragraph.match(/"/gu) ?? []).length % 2 === 1;
}

/**
 * The readout whose passage carries the most of the quotation's words in order, when that share reaches `enough`;
 * null when neither has a passage, or when both carry them alike (no side is closer: which readout the words are is not known).
 */
function closestReadout(quote: string, readout: ReadoutOf, enough: number): Side | null {
  const found = (['a', 'b'] as const).flatMap((side) => {
    const r = readout(side);
    const loc = locateQuote(quote, r.doc.text, r.sentences, r.doc.meta.language);
    return loc.match ? [{ side, similarity: loc.similarity }] : [];
  });
  if (found.length === 2 && found[0]!.similarity === found[1]!.similarity) return null;
  const best = found.sort((x, y) => y.similarity - x.similarity)[0];
  return best && best.similarity >= enough ? best.side : null;
}

const CALL_NOUN = new RegExp(`(?<![\\p{L}])(?:${[...reporting.callItself].sort((x, y) => y.length - x.length).map((w) => w.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const SPEECH_TO = new RegExp(`(?<![\\p{L}])(?:${reporting.speechVerbs.join('|')}|${reporting.callVerbs.map((v) => v.replace(/ /gu, '\\s+')).join('|')}|${reporting.addressingVerbs.join('|')})\\s+((?:[\\p{L}.’'-]+\\s+){0,4}[\\p{L}’'-]+)`, 'giu');

/**
 * Whether a party's quotation is framed as said in the call: its sentence names the call ("in
 * the call", "during their phone conversation") or the other party as the one spoken to ("told
 * Putin that", "urged President Obama to"), and sets it on no other occasion ("told reporters")
 * nor before or after the call.
 */
export function saidInTheCall(frame: string, speaker: string, participants: ReadonlySet<string>, date: string | null): boolean {
  if (otherOccasion(frame) || timingOf(frame, date) !== null) return false;
  if (CALL_NOUN.test(frame)) return true;
  const own = surnameOf(speaker);
  const others = [...participants].filter((p) => p !== own);
  SPEECH_TO.lastIndex = 0;
  for (let m; (m = SPEECH_TO.exec(frame));) {
    // The person spoken to follows the verb directly ("told Putin", "spoke with President Obama"), not after a preposition ("asked about Putin").
    const object = m[1]!.toLowerCase();
    // The party themself, not someone of theirs ("spoke to Putin's critics").
    const addressed = (o: string) => containsWords(object, o) && !object.includes(`${o}'s`) && !object.includes(`${o}’s`);
    if (!/^(?:about|on|of|over|for|after|before|by|in)\s/u.test(object) && others.some(addressed) && !namesRatherThanCalls(m[0], frame.slice(m.index + m[0].length - m[1]!.length))) return true;
  }
  return false;
}

const NAMING_VERB = new RegExp(`^(?:${reporting.namingVerbs.join('|')})\\s`, 'iu');
/**
 * A capitalised object (one to four words) and then an object complement: a quotation ("Hale “a reliable partner”";
 * the frame may end where the quotation starts),
 * an article or a possessive and a quotation ("Hale a “reliable partner”", "Hale his “friend”"), or "a"/"an" and up
 * to four words ending the clause ("Hale a reliable partner."). An article that opens a longer phrase or a time ("Hale
 * the first among … and told him", "Hale the next day,") is no complement.
 */
const OBJECT_COMPLEMENT = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:[“"‘]|$|(?:a|an|the|his|her|their|its)\s+(?:(?:[\p{L}’'-]+\s+){0,3}[“"‘]|$)|(?:a|an)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*(?:[.;:!?]|$))/u;

/**
 * Whether "called Y …" names Y rather than reports a call ("Ruiz called Hale a “reliable partner”"): a naming verb
 * (data/reporting.json namingVerbs) whose object is followed by a complement. `verb` is the matched verb and object,
 * `object` the text from the object on.
 */
function namesRatherThanCalls(verb: string, object: string): boolean {
  return NAMING_VERB.test(verb) && OBJECT_COMPLEMENT.test(object);
}

/** How the article may name each readout: by its label and its publisher (a label that is a file name is no name). */
function sourceNames(docs: ComparedDocs): SourceNames[] {
  const sources = (['a', 'b'] as const).map((side) => {
    const meta = docs[side].meta;
    const names = [meta.label, meta.publisher].filter((n): n is string => !!n && !/\.\w{1,5}$/u.test(n) && n.trim().length > 1);
    // The country the label or publisher belongs to (not the title: it often names the other side; nor a remark in
    // brackets, "President of Russia (as reposted by the Embassy of the Russian Federation to the USA)").
    const own = `${meta.label} ${(meta.publisher ?? '').replace(/\([^)]*\)/gu, ' ')}`.toLowerCase();
    const aliases = governments.groups.filter((g) => g.some((n) => containsWords(own, n))).flat();
    const derived = derivedNames(meta.label, meta.publisher, aliases);
    return { side, names: [...new Set(names)], derived, aliases };
  });
  // A country (or a short name) both sides share tells them apart no better than nothing.
  const [a, b] = sources;
  const shared = new Set([...a!.aliases.filter((x) => b!.aliases.includes(x)), ...a!.derived.filter((x) => b!.derived.includes(x))]);
  return sources.map(({ derived, ...src }) => ({
    ...src, names: withApostropheVariants([...src.names, ...derived.filter((x) => !shared.has(x))]), aliases: src.aliases.filter((x) => !shared.has(x)),
  }));
}

/**
 * "the official" after "a senior administration official": the unnamed person as the
 * article first describes them (the last such description before the quotation).
 */
function unnamedFirstMention(text: string, phrase: string, before: number): string {
  const m = /^the\s+(\p{Ll}+)$/u.exec(phrase.trim());
  if (!m) return phrase;
  const re = new RegExp(`(?<![\\p{L}])(?:[Aa]n?)\\s+((?:[\\p{L}-]+\\s+){1,3})${m[1]}(?![\\p{L}])`, 'gu');
  let found: string | null = null;
  for (const x of text.slice(0, before).matchAll(re)) found = x[0];
  return found ? found[0]!.toLowerCase() + found.slice(1) : phrase;
}

/** Each side's people: those whose title in the article carries the side's country ("German Chancellor Olaf Scholz"). */
function withPeople(sources: SourceNames[], mentions: readonly NameMention[], docs?: ComparedDocs): SourceNames[] {
  return sources.map((src) => {
    const people = new Set<string>(docs ? counterpartsNamed(docs, src.side) : []);
    for (const m of mentions) {
      if (!m.title || m.tokens.length === 0) continue;
      const title = m.title.toLowerCase();
      if ((src.aliases ?? []).some((a) => containsWords(title, a))) people.add(surnameOf(m.name));
    }
    return { ...src, people: [...people] };
  }).map((src, _, all) => ({ ...src, titles: docs ? [...(partyTitles(all, docs, mentions).get(src.side) ?? [])] : [] }));
}

/** The titles of each side's leader (party-office.ts leaderTitles), from the readouts' openings and headlines and the article. */
function partyTitles(sources: readonly SourceNames[], docs: ComparedDocs, mentions: readonly NameMention[]): Map<Side, Set<string>> {
  const openings = (['a', 'b'] as const).map((side) => ({ side, opening: /^[^\n]*/u.exec(docs[side].text.trim())![0], title: docs[side].meta.title }));
  return leaderTitles(sources, openings, mentions);
}

/**
 * The leader of `side` as the other readout's title names its counterpart ("PM call with Chancellor Anna Weber" on the British
 * readout names the German side's leader): the surnames in the other title that this side's own title does not name. A readout's
 * headline names the leader it spoke to; "Weber's office said" is then this side.
 */
function counterpartsNamed(docs: ComparedDocs, side: Side): string[] {
  const surnames = (title: string | null): string[] => nameMentions(title ?? '').filter((m) => m.tokens.length >= 2).map((m) => surnameOf(m.name));
  const own = new Set(surnames(docs[side].meta.title));
  return surnames(docs[otherSide(side)].meta.title).filter((n) => !own.has(n));
}

/**
 * The text with the call's parties blanked where the article names them ("Prime Minister Tom Hale and Chancellor Anna Weber discussed …",
 * "the Prime Minister told …"), offsets kept: who spoke is the frame of a report of the call, as a readout's "They discussed …" says it,
 * not its content; content words of the names would count against a sentence that reports a readout's content (content-claims.ts).
 */
function blankParties(text: string, mentions: readonly NameMention[], participants: ReadonlySet<string>, docs: ComparedDocs): string {
  const partyTitles = new Set([docs.a, docs.b].flatMap((d) => nameMentions(d.text).filter((m) => m.tokens.length === 0 && m.title).map((m) => titleCore(m.title))));
  const surnames = new Set([...participants, ...partiesByTitle(docs, mentions)]);
  const party = (m: NameMention): boolean => (m.tokens.length > 0 ? surnames.has(surnameOf(m.name)) : partyTitles.has(titleCore(m.title)));
  // One pass over the mentions in text order (they do not overlap).
  const pieces: string[] = [];
  let at = 0;
  for (const m of mentions.filter(party).sort((x, y) => x.start - y.start)) {
    if (m.start < at) continue;
    pieces.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  return pieces.join('') + text.slice(at);
}

/**
 * The surnames of the article's people whose title is one a readout gives a party with no name ("The Prime
 * Minister spoke to …": the article's "Prime Minister Tom Hale" is that party).
 */
function partiesByTitle(docs: ComparedDocs, mentions: readonly NameMention[]): string[] {
  const titleOnly = (m: NameMention): boolean => m.tokens.length === 0 && TITLE_NOUNS.has(m.title.split(/\s+/u).pop()!.toLowerCase());
  const titles = new Set([docs.a, docs.b].flatMap((d) => nameMentions(d.text).filter(titleOnly).map((m) => titleCore(m.title))));
  return mentions.filter((m) => m.tokens.length > 0 && m.title && titles.has(titleCore(m.title))).map((m) => surnameOf(m.name));
}

/** The surnames of the people who took part in the call: named in the readouts' titles, or in both readouts. */
function participantSurnames(docs: ComparedDocs): Set<string> {
  const out = new Set<string>();
  const titles = [docs.a.meta.title, docs.b.meta.title].filter((t): t is string => !!t);
  for (const t of titles) for (const m of nameMentions(t)) if (m.tokens.length >= 2) out.add(surnameOf(m.name));
  // Names in both readouts, several times: those the readouts report about are the participants.
  const counts = (doc: SourceDoc): Map<string, number> => {
    const c = new Map<string, number>();
    for (const m of nameMentions(doc.text)) if (m.tokens.length > 0) c.set(surnameOf(m.name), (c.get(surnameOf(m.name)) ?? 0) + 1);
    return c;
  };
  const ca = counts(docs.a);
  const cb = counts(docs.b);
  for (const [name, n] of ca) if (n + (cb.get(name) ?? 0) >= 3 && (cb.get(name) ?? 0) > 0) out.add(name);
  return out;
}

/**
 * The roles the article gives people anywhere, by surname: a title before the name
 * ("Ukrainian President Volodymyr Zelensky") or an affiliation after it ("Scott
 * Kennedy of the Center for Strategic and International Studies").
 */
/** The people given a title in each readout's first paragraph ("Chancellor Anna Weber"). */
function titledInOpenings(docs: ComparedDocs): NameMention[] {
  return (['a', 'b'] as const).flatMap((side) => {
    // The readout's title names the other party with a title too ("Telephone conversation with British Prime Minister Boris Johnson").
    const opening = [/^[^\n]*/u.exec(docs[side].text.trim())![0], docs[side].meta.title ?? ''];
    return opening.flatMap((line) => nameMentions(line).filter((m) => m.title !== '' && m.tokens.length >= 2));
  });
}

function rolesByName(text: string, mentions: readonly NameMention[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of mentions) {
    if (m.tokens.length === 0) continue;
    const surname = surnameOf(m.name);
    if (roles.has(surname)) continue;
    // A lowercase descriptor ending in a title noun right before the name ("deputy spokesman Tomas Berg").
    const descriptor = /(?:^|[\s(])((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+))\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const opening = sentenceOpeningDescriptor(text, m.start);
    const apposed = appositiveTitle(text, m.end);
    if (m.title) roles.set(surname, m.title);
    else if (opening && m.tokens.length >= 2) roles.set(surname, opening);
    else if (apposed && m.tokens.length >= 2) roles.set(surname, apposed);
    else if (descriptor && TITLE_NOUNS.has(descriptor[2]!) && m.tokens.length >= 2) roles.set(surname, descriptor[1]!.replace(/^(?:the|a|an)\s+/u, ''));
    else if (apposedBefore(text, m.start, m.end) && m.tokens.length >= 2) roles.set(surname, apposedBefore(text, m.start, m.end)!);
    else if (m.tokens.length >= 2) {
      // The institution's name: capitalised words, joined by "of", "for", "and", "on", "the".
      const of = /^\s+(?:of|at|from)\s+((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|for|and|on|the|de|in|&)\s+)*\p{Lu}[\p{L}’'.&-]*)*)/u.exec(text.slice(m.end, m.end + 120));
      // (A full stop after a word of two lower-case letters or more ends the sentence: "… Institute.", not "U.S.")
      if (of) roles.set(surname, of[1]!.trim().replace(/^the\s+/u, '').replace(/(?<=\p{Ll}{2})\.$/u, ''));
    }
  }
  return roles;
}

/** People named in full with their position in apposition after or before the name, that position as their title. */
function apposedPositions(text: string, mentions: readonly NameMention[]): NameMention[] {
  return mentions.flatMap((m) => {
    if (m.title || m.tokens.length < 2) return [];
    const position = appositiveTitle(text, m.end) ?? apposedBefore(text, m.start, m.end);
    return position ? [{ ...m, title: position.replace(/^(?:the|a|an)\s+/iu, '') }] : [];
  });
}

/** A capitalised possessor (up to three words), a lower-case noun phrase ending in a title noun, maybe a place: "Freedonia’s envoy (to Tarvo)". */
const POSSESSIVE_DESCRIPTION = new RegExp(`^(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${[...TITLE_NOUNS].join('|')})(?:\\s+(?:to|for|of|in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})?$`, 'u');

/**
 * A descriptor that opens its sentence, its first word capitalised only for that
 * ("Opposition leader Jan Brouwer spoke …"): the words from the sentence's start to
 * the name, ending in a title noun; null otherwise.
 */
function sentenceOpeningDescriptor(text: string, nameStart: number): string | null {
  const from = Math.max(0, nameStart - 60);
  const m = new RegExp(`(?:${from === 0 ? '^|' : ''}\\n|[.!?]["”’]?\\s+)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\s+$`, 'u').exec(text.slice(from, nameStart));
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  return words.length > 1 && TITLE_NOUNS.has(words[words.length - 1]!) && !isStopword(words[0]!.toLowerCase(), 'en') ? m[1]! : null;
}

/**
 * "The minister, Ola Berg, …", "a senior adviser, Tom Hale, …": the position given between commas before the name
 * (an article and lower-case words, a comma, the name, a comma), or null. Without the closing comma the words are no
 * apposition ("After a meeting with the minister, Ola Berg said").
 */
function apposedBefore(text: string, nameStart: number, nameEnd: number): string | null {
  if (!/^,/u.test(text.slice(nameEnd))) return null;
  const m = /(?:^|[\s(])((?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}+)),\s+$/u.exec(text.slice(Math.max(0, nameStart - 60), nameStart));
  if (!m || m[1]!.split(/\s+/u).slice(1).some((w) => isStopword(w, 'en'))) return null;
  return POSITION_HEADS.has(m[2]!) ? m[1]!.replace(/^(?:the|a|an)\s+/iu, '') : null;
}

/** Head nouns of an appositive that gives a person's position, besides the title nouns ("the customs chief"). */
const POSITION_HEADS = new Set([...TITLE_NOUNS, 'chief', 'head', 'director', 'founder', 'executive', 'editor', 'correspondent', 'economist', 'analyst', 'expert', 'professor', 'lecturer', 'researcher', 'fellow', 'member', 'deputy']);

/**
 * An appositive that gives the person's position right after the name, wherever the
 * name stands ("Jaan Tamm, the customs chief, was asked …"; "X, a senior fellow at
 * …,"): an article and a noun phrase ending in a position noun, or with "of", "at",
 * "for" after one; null otherwise.
 */
function appositiveTitle(text: string, nameEnd: number): string | null {
  // "X, the customs chief,", "X, Freedonia’s envoy to Tarvo,", "X, Lars Holm’s spokesman,": an article or a possessive
  // (of a name of up to three words) opens the position.
  const m = /^,\s+((?:the|a|an|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?)\s+[^,;:.!?“”"]{1,90}?)\s*[,;.]/u.exec(text.slice(nameEnd, nameEnd + 120));
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  if (words.length > 12) return null;
  const at = words.findIndex((w, k) => k > 0 && /^(?:of|at|for|to|in)$/u.test(w));
  const head = (at > 1 ? words[at - 1] : words[words.length - 1])!.toLowerCase();
  return POSITION_HEADS.has(head) ? m[1]! : null;
}

/** The call's date (YYYY-MM-DD) from the readouts' metadata. */
function eventDate(docs: ComparedDocs): string | null {
  return docs.a.meta.date ?? docs.b.meta.date ?? null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: string[]): string => [...xs].sort((x, y) => y.length - x.length).map(esc).join('|');
const CALL = `(?:${alt(reporting.callNouns)})`;
const DETERMINERS = `(?:(?:the|his|her|their|its|this|that|today['’]s|[\\p{L}\\p{N}-]+['’]s?)\\s+)`;
const BEFORE_CALL = new RegExp(`(?<![\\p{L}])(?:${alt(reporting.before)})\\s+${DETERMINERS}{0,3}(?:[\\p{L}\\p{N}-]+\\s+){0,2}${CALL}(?![\\p{L}])`, 'iu');
const AFTER_CALL = new RegExp(`(?<![\\p{L}])(?:(?:${alt(reporting.after)})\\s+(?:${DETERMINERS}{0,3}(?:[\\p{L}\\p{N}-]+\\s+){0,2}${CALL}(?![\\p{L}])|(?:it|that)\\s+(?:${alt(reporting.endedVerbs)})(?![\\p{L}]))|afterwards|afterward)(?![\\p{L}])`, 'iu');
/** Times that lie before any call an article reports on ("last month", "years ago"). */
const BEFORE_ALONE = new RegExp(`(?<![\\p{L}])(?:${alt(reporting.beforeAlone)})(?![\\p{L}])`, 'iu');
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:on\\s+)?(${reporting.weekdays.join('|')})(?![\\p{L}])`, 'iu');

/**
 * When a quotation was said relative to the call, from its attribution's words:
 * "ahead of the call", "after it ended", or a weekday before or after the call's
 * own (when the call's date is known); null when the article does not say.
 */
export function timingOf(frame: string, date: string | null): Timing {
  if (BEFORE_CALL.test(frame) || BEFORE_ALONE.test(frame)) return 'before';
  if (AFTER_CALL.test(frame)) return 'after';
  const day = WEEKDAY.exec(frame);
  if (day && date) {
    const callDay = new Date(`${date}T12:00:00Z`).getUTCDay();
    const said = reporting.weekdays.indexOf(day[1]!.toLowerCase());
    if (said >= 0 && !Number.isNaN(callDay)) {
      // A weekday in an article about the call is within a few days of it.
      const back = (callDay - said + 7) % 7;
      if (back >= 1 && back <= 3) return 'before';
      const ahead = (said - callDay + 7) % 7;
      if (ahead >= 1 && ahead <= 3) return 'after';
    }
  }
  return null;
}

/** "He added that …", "She said …": a pronoun subject of a speech verb opening the sentence. */
const PRONOUN_SPEAKS = new RegExp(`^(?:He|She)\\s+${ADVERB_BEFORE_SPEECH_VERB}(?:${alt(reporting.speechVerbs)})(?![\\p{L}-])`, 'u');

/**
 * Whether a sentence reports what a person the readouts never name said ("He added that he hoped …" after
 * "Foreign Secretary Ola Berg welcomed the truce"): that person's statement, not a report of a readout, even
 * when a readout says something alike. A person the readouts name ("He reiterated his conviction that …",
 * a party to the call) may still be reported from one.
 */
function nonPartySpeaks(s: ArticleSentence, ctx: AttributionContext, inReadouts: ReadonlySet<string>): boolean {
  // Two people named since the sentence before: whom the pronoun stands for is unsure (gender is not known).
  if (!PRONOUN_SPEAKS.test(s.text) || pronounAmbiguous(ctx, s.start)) return false;
  const who = pronounPerson(ctx, s.start);
  return who !== null && !inReadouts.has(surnameOf(who));
}

/** Reporting verbs, readout nouns and "according to": how an article reports, not what a readout says. */
const FRAMING = new RegExp(`(?<![\\p{L}-])(?:${alt([...reporting.speechVerbs, ...reporting.readoutNouns, ...reporting.speechNouns])})(?![\\p{L}-])`, 'giu');

/**
 * The found claims judged, with the sentences that are claims by their content
 * alone (content-claims.ts) added in text order, each about the readouts that bear it out.
 */
function withContentClaims(
  found: FoundClaim[], sentences: readonly ArticleSentence[], quotations: readonly Quotation[], attributions: ReadonlyArray<Attribution | null>,
  readout: ReadoutOf, resources: AlignResources, text: string, othersWords: (s: ArticleSentence) => boolean = () => false, judge: ContentJudge = CONTENT_JUDGE,
  partiesBlanked = text,
): Claim[] {
  const openings = { a: readout('a').sentences[0]?.text, b: readout('b').sentences[0]?.text };
  const candidates = contentCandidates(sentences.filter((s) => !othersWords(s)), found, quotations, attributions, (t) => BEFORE_CALL.test(t), judge.minWords);
  const extra = candidates.flatMap((f) => {
    const sides = claimedSides(candidateJudgement(f, text, readout, resources, partiesBlanked), openings, judge);
    return sides.length > 0 ? [{ ...f, sides }] : [];
  });
  return [...found, ...extra].sort((x, y) => x.start - y.start).map((f, i) => judgeClaim(f, i, text, quotations, attributions, readout, resources));
}

/**
 * A candidate without quotations judged against both readouts: the share of its content each carries, the share of its words each has in order, its
 * links. Its content is read from `partiesBlanked` (the text with the parties' names blanked: `blankParties`).
 */
function candidateJudgement(f: FoundClaim, text: string, readout: ReadoutOf, resources: AlignResources, partiesBlanked = text): CandidateJudgement {
  const content = claimContent(f, partiesBlanked);
  const judged: CandidateJudgement = { coverage: {}, inOrder: {}, links: [] };
  for (const side of ['a', 'b'] as const) {
    const r = readout(side);
    const linked = pickLinks(scoreProbes([{ text: content }], r.sentences, r.doc.meta.language, resources, r.features)[0]!);
    const covering = r.sentences.filter((s) => linked.some((l) => l.sentence === s.id));
    judged.coverage[side] = linked.length === 0 ? 0 : contentCoverage(content, covering, r.sentences, r.doc.meta.language, resources, r.features);
    judged.inOrder![side] = locateQuote(text.slice(f.start, f.end).replace(DATELINE, ''), r.doc.text, r.sentences, r.doc.meta.language).similarity;
    judged.links.push(...linked.map((l) => l.sentence));
  }
  return judged;
}

/** A claim's content: its text without the words that only attribute it, a dateline or the article's reporting words. */
function claimContent(f: FoundClaim, text: string): string {
  let content = text.slice(f.start, f.end);
  for (const [s, e] of f.attributionSpans) content = content.slice(0, s - f.start) + ' '.repeat(e - s) + content.slice(e - f.start);
  // Reporting words left elsewhere in it ("but emphasized that", "in its version") are the article's framing too.
  return content.replace(DATELINE, '').replace(FRAMING, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * A dateline opening a sentence ("CITY, Date (Agency) -", "CITY:"): where and when
 * the story was filed, not what it says. A city in capitals, or a city with a date.
 */
const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu} .'-]*|\p{Lu}[\p{L} .'-]{1,30}(?=,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d))(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[-\u2013\u2014:]+\s*/u;

/** Judges a found claim against the readouts it is about (quotations without a readout attribution count for the claim's readouts). */
export function judgeClaim(
  f: FoundClaim, index: number, text: string, quotations: readonly Quotation[], attributions: ReadonlyArray<Attribution | null>,
  readout: ReadoutOf, resources: AlignResources,
): Claim {
  const concerned: Side[] = f.sides.length > 0 ? f.sides : ['a', 'b'];
  const content = claimContent(f, text);

  const quotes: QuoteCheck[] = [];
  const similarity = new Map<Side, number[]>();
  for (const k of f.quotes) {
    // Against the readout named at the quotation, else the claim's (readout-source.ts), and where else it is found.
    for (const c of quoteChecks(quotations[k]!, attributions[k] ?? null, concerned, readout)) {
      quotes.push(c.check);
      similarity.set(c.side, [...(similarity.get(c.side) ?? []), c.loc.similarity]);
    }
  }
  for (const [k, q] of quotes.entries()) quotes[k] = withReadoutFrame(q, text.slice(f.start, q.start), readout);
  // A readout a quotation was found in is judged too, though the article gave the claim to the other.
  const judged = (['a', 'b'] as const).filter((side) => concerned.includes(side) || similarity.has(side));

  const verdicts: Partial<Record<Side, Verdict>> = {};
  const contrasts: Partial<Record<Side, PolarityContrast>> = {};
  const links = new Set<SentenceId>();
  const closest: SentenceId[] = [];
  for (const side of judged) {
    const r = readout(side);
    const scored = scoreProbes([{ text: content }], r.sentences, r.doc.meta.language, resources, r.features)[0]!;
    const linked = pickLinks(scored);
    const linkedIds = new Set(linked.map((l) => l.sentence));
    for (const q of quotes) if (q.readout === side && q.match && (similarity.get(side) ?? []).some((x) => x >= PARTIAL_QUOTE)) linkedIds.add(q.match.sentence);
    const covering = r.sentences.filter((s) => linkedIds.has(s.id));
    const coverage = contentCoverage(content, covering, r.sentences, r.doc.meta.language, resources, r.features);
    const sims = similarity.get(side) ?? [];
    const carried = restsOn({ text: content }, { text: quotes.filter((q) => q.readout === side).map((q) => q.text).join(' ') });
    verdicts[side] = verdictOf(coverage, sims, linked, carried);
    // A readout that does not bear the claim out gets no links, only its closest sentence for the reader to check.
    if (verdicts[side] === 'not-found') {
      if (scored[0] && relevant(scored[0])) closest.push(scored[0].sentence);
    } else {
      for (const id of linkedIds) links.add(id);
      // The same content with opposite polarity (polarity.ts): the verdict says so, never "supported".
      const contrast = polarityContrast(f.text, covering, r.sentences, r.doc.meta.language);
      if (contrast) contrasts[side] = contrast;
    }
  }
  const order = (id: string): number => (id[0] === 'a' ? 0 : 1e6) + Number(id.slice(1));
  return {
    id: claimId(index), text: f.text, start: f.start, end: f.end, readouts: f.sides, verdicts,
    links: [...links].sort((x, y) => order(x) - order(y)), closestSentences: closest, quotes,
    ...(Object.keys(contrasts).length > 0 ? { contrasts } : {}),
  };
}

/** The quotation check with the readout's frame when the quotation may be out of context (quote-context.ts). */
function withReadoutFrame(q: QuoteCheck, articleBefore: string, readout: ReadoutOf): QuoteCheck {
  if (!q.match) return q;
  const r = readout(q.readout);
  const sentence = r.sentences.find((s) => s.id === q.match!.sentence);
  if (!sentence || q.match.start < sentence.start) return q;
  const frame = outOfContextFrame(r.doc.text.slice(sentence.start, q.match.start), articleBefore);
  return frame ? { ...q, readoutFrame: frame } : q;
}

/**
 * The verdict from the coverage of the claim's content and the similarity of its quotations. Quotations all found
 * make the claim supported only when they carry it (`carried`: their words are at least half the claim's content,
 * verdict.ts `restsOn`) or its content is supported anyway: one quoted word found is not the rest of a paraphrase
 * (tester 10, T2); otherwise they make it at least partly supported.
 */
function verdictOf(coverage: number, quoteSimilarities: number[], linked: Related[], carried: boolean): Verdict {
  if (quoteSimilarities.length > 0) {
    if (quoteSimilarities.every((s) => s >= SUPPORTED_QUOTE) && (carried || coverage >= SUPPORTED_COVERAGE)) return 'supported';
    if (quoteSimilarities.some((s) => s >= PARTIAL_QUOTE) || coverage >= PARTIAL_COVERAGE) return 'partial';
    return 'not-found';
  }
  if (linked.length === 0) return 'not-found';
  if (coverage >= SUPPORTED_COVERAGE) return 'supported';
  if (coverage >= PARTIAL_COVERAGE) return 'partial';
  return 'not-found';
}

/** Fewest content words (not function words) a commentary quotation needs to be linked to readout sentences or claims. */
export const MIN_LINKED_CONTENT_WORDS = 3;

const contentWordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).filter((w) => !isStopword(w.toLowerCase(), 'en')).length;

/** Links each commentary item to the readout sentences and the claims its quotation bears on. */
export function linkCommentary(
  commentary: Commentary[], claims: readonly Claim[], readout: ReadoutOf,
  language: string, resources: AlignResources,
): void {
  if (commentary.length === 0) return;
  // A quotation of one or two content words ("was not ready for peace") ties any sentence sharing them: no links.
  const probes = commentary.map((q) => ({ text: contentWordCount(q.quote) >= MIN_LINKED_CONTENT_WORDS ? q.quote : '' }));
  const links: Array<Array<SentenceId | ClaimId>> = commentary.map(() => []);
  for (const side of ['a', 'b'] as const) {
    const r = readout(side);
    scoreProbes(probes, r.sentences, r.doc.meta.language, resources, r.features).forEach((scored, i) => {
      for (const l of pickLinks(scored, COMMENTARY_RELATE)) links[i]!.push(l.sentence);
    });
  }
  if (claims.length > 0) {
    const claimSentences: Sentence[] = claims.map((c, i) => ({ id: c.id as unknown as SentenceId, start: c.start, end: c.end, text: c.text, paragraph: i }));
    scoreProbes(probes, claimSentences, language, resources, readout('a').features).forEach((scored, i) => {
      for (const l of pickLinks(scored, COMMENTARY_RELATE)) links[i]!.push(claims[l.index]!.id);
    });
  }
  commentary.forEach((q, i) => (q.links = links[i]!));
}

/** One line per quotation mark left open: the article's marks are unbalanced. */
export function quotationWarnings(file: string, text: string, quotations: readonly Quotation[]): string[] {
  return quotations.filter((q) => q.unterminated).map((q) => {
    const line = text.slice(0, q.outerStart).split('\n').length;
    return `${file}: line ${line}: a quotation mark opened here is never closed; the quotation is read to the end of its paragraph`;
  });
}
