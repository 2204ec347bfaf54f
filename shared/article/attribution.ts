/**
 * Who a quotation is attributed to: a person (commentary) or a readout (a claim
 * about it). The forms real articles use:
 *
 * - after the quotation: `“…,” Trump wrote`, `“…,” said Boris Pistorius`,
 *   `“…,” Daniel Szegelowski, the head of …, wrote after it ended`, `“…,” X told CNN`,
 *   `“…,” according to the White House read-out`;
 * - before it: `Trump said that his goal was “…”`, `X said: “…”`,
 *   `… attacked the Ukrainian leader, saying he “…”`;
 * - in neither: a quotation that is a sentence of its own continues the speaker of
 *   the quotation before it in the paragraph, or of a paragraph that ends in a colon
 *   (`X said:`), or of the quotation it continues over a paragraph break.
 *
 * Quotations in one sentence without their own attribution share the sentence's.
 * The vocabularies (speech verbs, readout nouns) are data: data/reporting.json.
 */
import type { Side } from '../model/types';
import governments from './data/governments.json';
import reporting from './data/reporting.json';
import { entityKind, namesNonPerson, type NonPersonTest } from './entities';
import { isStopword } from '../align/stopwords';
import { looksLikePerson, nameMentions, titleCore, TITLE_NOUNS, type NameMention } from './names';
import { partyOfficeSides } from './party-office';
import { personGender, pronounGender, type Gender } from './gender';
import { alternation, DAY_OPENER, PART_OF_DAY, RELATIVE_WORD } from './patterns';
import type { Quotation } from './quotes';
import { statementAntecedent } from './statement-antecedent';
import { colonCueSubject, followingAttribution, invertedOpening, possessiveWords } from './cue-forms';

/** What a quotation is attributed to. */
export type Attribution =
  | {
    kind: 'person';
    /** The speaker as named at the quotation ("Trump", "Boris Pistorius", "Trump and Vice President J.D. Vance"). */
    phrase: string;
    /** The role given beside the name there ("the head of …"), or null. */
    appositive: string | null;
    /** The attribution's words outside the quotation (for the timing: "wrote after it ended"). */
    frame: string;
    /** Taken from another sentence (a quotation standing alone, `X said:` before it): not the quotation's own sentence. */
    inherited?: boolean;
    /** A group the article sums an opinion up by ("critics said"): no one who spoke, so no commentary. */
    vague?: boolean;
  }
  | {
    kind: 'source';
    /** The readouts the quotation is attributed to. */
    sides: Side[];
    frame: string;
    /** True when the words at the quotation name no readout ("the statement said", "it said"): `sides` is a guess (readout-source.ts). */
    inferred?: boolean;
  };

/** A readout as the article may name it. */
export interface SourceNames {
  side: Side;
  /** Names that refer to this readout's publisher: its label, its publisher ("Kremlin", "The White House"). */
  names: string[];
  /**
   * Names of the publisher's country ("Russian", "Moscow"), from data/governments.json: they name the
   * readout only beside a readout or institution noun ("the Russian readout", "Moscow's account").
   */
  aliases?: string[];
  /** Surnames of the people the article gives this side's country in their title ("German Chancellor Olaf Scholz"): "Scholz's office" is this side. */
  people?: string[];
  /** Titles of this side's leader that the other's does not hold ("chancellor"): "the chancellor's office" is this side (party-office.ts). */
  titles?: string[];
}

/** The side whose country a phrase names beside a readout or institution noun ("Beijing's account", "the Ukrainian readout"). */
export function sidesByAlias(phrase: string, sources: readonly SourceNames[]): Side[] {
  if (!READOUT_NOUN.test(phrase) && !INSTITUTION_NOUN.test(phrase)) return [];
  const lower = phrase.toLowerCase();
  const byCountry = sources.filter((s) => (s.aliases ?? []).some((a) => containsWords(lower, a))).map((s) => s.side);
  if (byCountry.length > 0) return byCountry;
  // "Scholz's office", "Zelenskyy's account": the side of the leader's country.
  const possessor = /(\p{Lu}[\p{L}-]+)['’]s?\s/u.exec(phrase)?.[1]?.toLowerCase();
  return possessor ? sources.filter((s) => (s.people ?? []).includes(possessor)).map((s) => s.side) : [];
}

/** A readout or institution noun ("office", "statement"), for callers that look for one. */
export function hasReadoutOrInstitutionNoun(text: string): boolean {
  return READOUT_NOUN.test(text) || INSTITUTION_NOUN.test(text);
}

/** A sentence of the article (offsets into the article). */
export interface ArticleSentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** Speech verbs, and verbs of judging whose object holds the judge's words ('X denounced the “reckless” accord': judgementVerbs). */
const SPEECH_VERBS = [...new Set([...reporting.speechVerbs, ...reporting.judgementVerbs])].sort((x, y) => y.length - x.length);
const VERB_ALT = SPEECH_VERBS.map(escape).join('|');
const VERB_CAPITALISED = SPEECH_VERBS.map((v) => escape(v[0]!.toUpperCase() + v.slice(1))).join('|');
/**
 * A speech verb as a word, possibly after an adverb ("further said", "also noted"). In lower case, or
 * capitalised only where a sentence or quotation starts: a capitalised word inside a sentence is part
 * of a name ("Islamic State", "Secretary of State"), not the verb.
 */
const SPEECH_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT}|(?<=(?:^|[.!?:“"‘]\\s*))(?:${VERB_CAPITALISED}))(?![\\p{L}-])`, 'gu');
const SPEECH_NOUN = new RegExp(`(?<![\\p{L}])(?:${reporting.speechNouns.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const READOUT_NOUN = new RegExp(`(?<![\\p{L}-])(?:${[...reporting.readoutNouns].sort((x, y) => y.length - x.length).map(escape).join('|')})(?![\\p{L}-])`, 'iu');
const INSTITUTION_NOUN = new RegExp(`(?<![\\p{L}-])(?:${[...governments.institutionNouns].sort((x, y) => y.length - x.length).map(escape).join('|')})(?![\\p{L}-])`, 'iu');
const PLURAL_READOUTS = /(?<![\p{L}-])(?:read-outs|readouts|statements|summaries|accounts|versions|communiqu[eé]s|both|neither|either)(?![\p{L}-])/iu;
/** Lowercase words that describe the speaker before the name ("opposition leader Jan Brouwer"). */
const DESCRIPTOR = /^((?:\p{Ll}[\p{L}-]*\s+){1,4})(?=\p{Lu})/u;
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming', 'calling', 'describing', 'telling', 'writing']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The readouts a phrase names (by publisher or label), or, for a bare "the read-out(s)", `fallback`. */
export function sidesNamed(phrase: string, sources: readonly SourceNames[], fallback: Side[]): Side[] {
  const lower = phrase.toLowerCase();
  const named = sources.filter((s) => s.names.some((n) => containsWords(lower, n.toLowerCase()))).map((s) => s.side);
  if (named.length > 0) return named;
  const byAlias = sidesByAlias(phrase, sources);
  if (byAlias.length > 0) return byAlias;
  if (READOUT_NOUN.test(phrase)) return PLURAL_READOUTS.test(phrase) ? sources.map((s) => s.side) : fallback;
  return [];
}

/** Whether `haystack` contains `needle` as whole words. */
export function containsWords(haystack: string, needle: string): boolean {
  const n = needle.replace(/^the\s+/u, '').trim();
  if (!n) return false;
  let i = haystack.indexOf(n);
  while (i >= 0) {
    const before = haystack[i - 1];
    const after = haystack[i + n.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
    i = haystack.indexOf(n, i + 1);
  }
  return false;
}

/** Which readout a bare "the read-out" means: the one the article named last before `offset` (none when it named none). */
export function lastNamedSide(text: string, sources: readonly SourceNames[], offset: number): Side[] {
  let best: { at: number; side: Side } | null = null;
  const lower = text.slice(0, offset).toLowerCase();
  for (const s of sources) {
    for (const n of s.names) {
      const at = lower.lastIndexOf(n.toLowerCase().replace(/^the\s+/u, ''));
      if (at >= 0 && (!best || at > best.at)) best = { at, side: s.side };
    }
  }
  return best ? [best.side] : [];
}

/**
 * Which readout "it" speaking at `at` stands for ("It said both leaders agreed …", "…, it said"): the one the
 * article named last, when one was named in the 400 characters before; none otherwise.
 */
export function sidesOfIt(text: string, sources: readonly SourceNames[], at: number, lastNamed = (o: number): Side[] => lastNamedSide(text, sources, o)): Side[] {
  const near = text.slice(Math.max(0, at - 400), at).toLowerCase();
  if (!sources.some((s) => s.names.some((n) => containsWords(near, n.toLowerCase())))) return [];
  return organisationSince(text, sources, at) ? [] : lastNamed(at);
}

/**
 * Whether an organisation other than the readouts' sources is named between the last source name and `at`
 * ("The Chancellery said … The Green League opposed the plan. It said …": "it" is the league, the closest
 * organisation). An organisation here is a capitalised name after "the", or one the entity library calls so,
 * that is no person with a title, date or place.
 */
function organisationSince(text: string, sources: readonly SourceNames[], at: number): boolean {
  const lower = text.slice(0, at).toLowerCase();
  const from = Math.max(-1, ...sources.flatMap((s) => s.names.map((n) => {
    const name = n.toLowerCase().replace(/^the\s+/u, '');
    const k = lower.lastIndexOf(name);
    return k < 0 ? -1 : k + name.length;
  })));
  if (from < 0) return false;
  // Names inside quotation marks are the speaker's words, no antecedent of the article's "it".
  const span = text.slice(from, at).replace(/“[^”]*”|"[^"]*"/gu, (q) => ' '.repeat(q.length));
  return nameMentions(span).some((m) => {
    if (m.title || m.tokens.length === 0 || sources.some((s) => s.names.some((n) => containsWords(m.name.toLowerCase(), n.toLowerCase())))) return false;
    const kind = entityKind(m.name);
    return kind === 'organization' || (kind === 'other' && /(?:^|\s)the\s+$/iu.test(span.slice(Math.max(0, m.start - 5), m.start)));
  });
}

/** Context the attribution needs. */
export interface AttributionContext {
  text: string;
  sentences: readonly ArticleSentence[];
  quotations: readonly Quotation[];
  sources: readonly SourceNames[];
  mentions: readonly NameMention[];
  /** The mentions that are people (named in full somewhere, or with a title): what a pronoun or the sentence before can name. */
  people: readonly NameMention[];
  /** People with a title named in the readouts' openings ("Chancellor Anna Weber"): who a bare title means when the article names no one with it. */
  titledInReadouts?: readonly NameMention[];
  /** Whether a name is a date, place or organisation (entities.ts); the analysis shares one memoised test. */
  nonPerson?: NonPersonTest;
  /**
   * People given their position in apposition ("Paul Marot, the French president, …", "Lars Holm, a shipping analyst,"),
   * with that position as `title`: whom a later bare title or position ("the French president", "the analyst") means.
   */
  apposed?: readonly NameMention[];
}

/** The attribution of every quotation (null when the article does not say), in the order of `quotations`. */
export function attributeQuotations(ctx: AttributionContext): Array<Attribution | null> {
  const { text, sentences, quotations } = ctx;
  /** The place of the sentence holding `offset` (-1 when none does). */
  const placeAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const sentenceAt = (offset: number): ArticleSentence | undefined => sentences[placeAt(offset)];
  const lastNamed = (offset: number): Side[] => statementAntecedent(text, ctx.sources, offset);

  const own: Array<Attribution | null> = quotations.map((q, k) => {
    const first = sentenceAt(q.outerStart);
    const last = sentenceAt(Math.max(q.outerStart, q.outerEnd - 1));
    // The words around the quotation, up to the neighbouring quotations of the same sentence(s).
    const prev = quotations[k - 1];
    const next = quotations[k + 1];
    const beforeStart = Math.max(first?.start ?? q.outerStart, prev && prev.outerEnd <= q.outerStart ? prev.outerEnd : 0);
    const afterEnd = Math.min(last?.end ?? q.outerEnd, next && next.outerStart >= q.outerEnd ? next.outerStart : Infinity);
    const before = text.slice(beforeStart, q.outerStart);
    const after = text.slice(q.outerEnd, Math.max(q.outerEnd, afterEnd));
    return attributionAfter(after, q.outerEnd, ctx, lastNamed) ?? attributionBefore(before, beforeStart, ctx, lastNamed);
  });

  // Quotations without their own attribution.
  const result = [...own];
  for (let k = 0; k < quotations.length; k++) {
    if (result[k]) continue;
    const q = quotations[k]!;
    const place = placeAt(q.outerStart);
    const s = sentences[place];
    // Another quotation of the same sentence that has one ("“A,” “B,” and “C,” according to …").
    const sameSentence = quotations.findIndex((o, j) => j !== k && own[j] && s && o.outerStart >= s.start && o.outerStart < s.end);
    if (sameSentence >= 0) {
      result[k] = own[sameSentence]!;
      continue;
    }
    // A quotation standing alone: the speaker of the quotation just before in the paragraph, or of the paragraph it continues.
    const previous = quotations[k - 1];
    // (In the paragraph before, it must have ended that paragraph: consecutive paragraphs of one speaker's words.)
    const endsParagraphBefore = previous !== undefined && previous.paragraph === q.paragraph - 1 && endsItsParagraph(previous, text);
    if (previous && result[k - 1] && (q.continuation || ((previous.paragraph === q.paragraph || endsParagraphBefore) && standsAlone(q, s, text)))) {
      result[k] = inherit(result[k - 1]!);
      continue;
    }
    // `X said:` ending the paragraph before.
    const colon = colonIntroduction(q, ctx, lastNamed);
    if (colon) {
      result[k] = inherit(colon);
      continue;
    }
    // The speaker named in the sentence before ("Zelensky addressed the nation on Monday. “We will not give up.”").
    if (s && standsAlone(q, s, text)) {
      const before = sentences[place - 1];
      // (Only a sentence that has them speak introduces a speaker: "X addressed parliament", not "X was then the opposition leader".)
      const introduces = before && before.paragraph >= s.paragraph - 1 && SPEAKING.test(before.text);
      const named = introduces ? ctx.people.find((m) => m.start >= before.start && m.end <= before.end) : undefined;
      if (named && !quotations.some((o) => o.outerStart >= before!.start && o.outerStart < before!.end)) {
        result[k] = { kind: 'person', phrase: named.name, appositive: null, frame: before!.text, inherited: true };
        continue;
      }
      // The speaker in the sentence after ("“…” So said Mara Lind.").
      const after = sentences[place + 1];
      const cue = after && after.paragraph === s.paragraph ? followingAttribution(after.text) : null;
      if (cue) result[k] = attributionAfter(cue, after!.start, ctx, lastNamed);
    }
  }
  return result;
}

/** A verb of speaking, telling, calling or addressing an audience (data/reporting.json speechVerbs, callVerbs, speakingActs). */
const SPEAKING = new RegExp(`(?<![\\p{L}-])(?:${[...reporting.speechVerbs, ...reporting.callVerbs, ...reporting.speakingActs].map((v) => escape(v).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}-])`, 'iu');

/** An attribution carried from another sentence. */
function inherit(at: Attribution): Attribution {
  return at.kind === 'person' ? { ...at, inherited: true } : at;
}

/** Whether nothing but punctuation follows the quotation in its paragraph. */
function endsItsParagraph(q: Quotation, text: string): boolean {
  const rest = /^[^\r\n]*/u.exec(text.slice(q.outerEnd))![0];
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Whether the quotation is its sentence, bar punctuation (so it may continue the speaker before it). */
function standsAlone(q: Quotation, s: ArticleSentence | undefined, text: string): boolean {
  if (!s) return false;
  const outside = text.slice(s.start, q.outerStart) + text.slice(q.outerEnd, Math.max(q.outerEnd, s.end));
  return !/[\p{L}\p{N}]/u.test(outside);
}

/** `X said:` at the end of the paragraph before a quotation that opens its paragraph. */
function colonIntroduction(q: Quotation, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  const before = ctx.text.slice(Math.max(0, q.outerStart - 400), q.outerStart);
  const m = /([^.!?\n]*):\s*$/u.exec(before);
  if (!m) return null;
  return attributionBefore(m[1]! + ':', q.outerStart - m[0].length, ctx, lastNamed);
}

/** Words that show a phrase is a clause, not a speaker ("a date Downing Street did not confirm"). */
const CLAUSE_WORDS = /(?<![\p{L}])(?:did|does|do|not|was|were|is|are|has|have|had|will|would|could|should|can|may|might|be|been|if|that|which|when|while|because|although|though|unless|whether|than)(?![\p{L}])/iu;
/** Adverbs and auxiliaries between a speaker and the speech verb ("further said", "has also told", "X today told"): data/reporting.json betweenSubjectAndVerb. */
const BETWEEN_SUBJECT_AND_VERB = new RegExp(`(?:\\s+(?:\\p{Ll}+ly|${reporting.betweenSubjectAndVerb.map(escape).join('|')}))*\\s*$`, 'u');

/** `, Trump wrote …` / `, said Boris Pistorius, …` / `, according to the White House read-out.` right after a quotation. */
function attributionAfter(after: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  // A dash or a bracket after the quotation opens a remark of the article's, not an attribution.
  if (/^\s*[,.;:!?]?\s*[\u2014\u2013(]/u.test(after) || /^\s+-\s/u.test(after)) return null;
  const lead = /^[\s,.;:!?]*/u.exec(after)![0];
  // "a source who asked not to be named said": the request for anonymity holds no speech verb of the speaker's.
  const rest = blankAnonymity(after.slice(lead.length));
  if (!rest) return null;
  const noun = SPEECH_NOUN.exec(rest);
  if (noun && noun.index === 0) {
    const phrase = /^[^,;:.!?]*/u.exec(rest.slice(noun[0].length))![0];
    return readSpeaker(phrase, null, rest, at, ctx, lastNamed);
  }
  SPEECH_VERB.lastIndex = 0;
  const verb = SPEECH_VERB.exec(rest);
  if (!verb) return null;
  const subject = rest.slice(0, verb.index).replace(/\s*\([^)]*\)/gu, '').replace(BETWEEN_SUBJECT_AND_VERB, '');
  if (!subject.trim()) {
    // Inverted: `said German Defense Minister Boris Pistorius, just moments before …`,
    // `said the chancellor’s spokesman, Max Roth.`
    const tail = rest.slice(verb[0].length).replace(/\s*\([^)]*\)/gu, '');
    const segments = tail.split(/,\s*/u);
    // Up to the end of the sentence; a full stop before a capital belongs to an abbreviation ("Rep. Lea Park", "J.D.").
    const object = /^(?:[^;.!?]|\.(?=\s*\p{Lu}|\p{Lu}))*/u.exec(segments[0] ?? '')![0].trim();
    if (!object || !(/^\p{Lu}/u.test(object) || QUANTIFIED.test(object))) return null;
    const next = /^[^;.!?,]*/u.exec(segments[1] ?? '')![0].trim();
    if (!namesPerson(object) && next && namesPerson(next) && nameMentions(next)[0]?.start === 0) {
      return readSpeaker(next, object, rest, at, ctx, lastNamed);
    }
    return readSpeaker(object, roleLike(next), rest, at, ctx, lastNamed);
  }
  // `Trump wrote`, `Daniel Szegelowski, the head of …, wrote`: a name, then perhaps a role between commas.
  const segments = subject.replace(/,\s*$/u, '').split(/,\s+/u);
  const phrase = segments[0]!;
  // `the chancellor’s spokesman, Max Roth, told`: a description, then the name alone between commas.
  const named = segments.length === 2 ? describedThenNamed(phrase, segments[1]!) : null;
  if (named) return notAMedium(verb[0], readSpeaker(named, phrase, rest, at, ctx, lastNamed));
  // `a “complete” plan, but conceded …`: the verb is the sentence subject's, in a coordinated clause.
  if (segments.slice(1).some((x) => /^(?:and|but|or|yet)(?:\s|$)/iu.test(x))) return null;
  // `X “briefed” Y about …, the ministry said`: the quotation sits inside a clause; the speaker is
  // the subject of the verb that ends the sentence, not a name in the clause.
  if (segments.length > 1 && !speakerShaped(phrase)) return readSpeaker(segments[segments.length - 1]!, null, rest, at, ctx, lastNamed);
  const appositive = segments.length > 1 ? roleLike(segments.slice(1).join(', ')) : null;
  return notAMedium(verb[0], readSpeaker(phrase, appositive, rest, at, ctx, lastNamed));
}

/**
 * The name in `description, Name`: a description ending in a lower-case head noun ("the chancellor’s spokesman",
 * "Weber’s spokesman") followed by a person's name and nothing else; null otherwise.
 */
function describedThenNamed(description: string, next: string): string | null {
  const name = next.trim();
  if (!/\s\p{Ll}[\p{Ll}-]*$/u.test(description.trim()) || CLAUSE_OPENER.test(description.trim())) return null;
  const mention = nameMentions(name)[0];
  return mention && mention.start === 0 && name.slice(mention.end).trim() === '' && namesPerson(name) ? name : null;
}

/** Words that open a clause or a prepositional phrase, never a speaker ("and reviewed …", "about the plan"). */
const CLAUSE_OPENER = /^(?:and|but|or|nor|then|so|yet|with|without|about|in|on|at|for|to|from|into|over|against|after|before|during|while|as|by|of)\s/iu;

/**
 * Whether the words right after a quotation can be its speaker: not a clause ("and reviewed the
 * plan"), nor a name followed by more of the clause ("Mr. Lind about the decision to …"); a name
 * with its affiliation ("X of the Lisbon Institute") or coordinated names stay speakers.
 */
function speakerShaped(phrase: string): boolean {
  const p = phrase.trim();
  if (CLAUSE_OPENER.test(p)) return false;
  // Lowercase words first: an article ("the minister") or a descriptor right before a name ("opposition leader Jan Brouwer").
  if (/^\p{Ll}/u.test(p) && !/^(?:the|a|an)\s/iu.test(p)) {
    const d = DESCRIPTOR.exec(p);
    if (!d || d[1]!.trim().split(/\s+/u).some((w) => isStopword(w, 'en'))) return false;
  }
  const person = nameMentions(p).find((m) => m.tokens.length >= 1 && looksLikePerson(m));
  // Without a name: a short noun phrase ("the chancellor's spokesman"), not one running on ("the plan for a summit in May").
  if (!person) return p.split(/\s+/u).length <= 6 && !/\s(?:for|in|on|to|with|about|into|after|before|during)\s/iu.test(p);
  const tail = p.slice(person.end).trim();
  return tail === '' || /^(?:of|at|from|and)\s/iu.test(tail);
}

/** `Trump further said that his goal was “…` / `X told reporters: “…` / `…, saying he “…` before a quotation. */
function attributionBefore(before: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  // "According to the Kremlin, Putin told Scholz that “…”": the article says whose account this is.
  const according = new RegExp(SPEECH_NOUN.source, 'giu');
  for (let m; (m = according.exec(before));) {
    const phrase = /^[^,;:]*/u.exec(before.slice(m.index + m[0].length))![0];
    const read = readSpeaker(phrase, null, before, at + m.index, ctx, lastNamed);
    if (read?.kind === 'source') return read;
  }
  // Parenthetical remarks between dashes ("X -- whose family … -- called it …") are no part of the clause.
  before = blankAnonymity(before.replace(DASH_ASIDE, (m) => ' '.repeat(m.length)));
  let last: RegExpExecArray | null = null;
  const verbs: RegExpExecArray[] = [];
  SPEECH_VERB.lastIndex = 0;
  for (let m; (m = SPEECH_VERB.exec(before));) verbs.push((last = m));
  // "The ministry said … that X urged Y to back the “moderate” bloc": the outer account is the readout's.
  for (const v of verbs.slice(0, -1)) {
    const outer = subjectOf(before.slice(0, v.index));
    const read = outer ? readSpeaker(outer, null, before, at, ctx, lastNamed) : null;
    if (read?.kind === 'source') return read;
  }
  if (!last) {
    const noun = SPEECH_NOUN.exec(before);
    if (noun) return readSpeaker(/^[^,;:]*/u.exec(before.slice(noun.index + noun[0].length))![0], null, before, at, ctx, lastNamed);
    return withoutSpeechVerb(before, at, ctx, lastNamed);
  }
  const head = before.slice(0, last.index);
  // "Said Mara Lind: “…”": the verb opens the sentence, the speaker follows it.
  const inverted = head.trim() ? null : invertedOpening(before.slice(last.index + last[0].length));
  if (inverted) return readSpeaker(inverted.phrase, roleLike(inverted.next ?? undefined), before, at, ctx, lastNamed);
  const verb = last[0].toLowerCase();
  // "…, who said …", "… the Chancellery, which stressed that …": a relative pronoun stands for the noun phrase before it.
  const antecedent = relativeAntecedent(head);
  if (antecedent) return readSpeaker(antecedent.phrase, antecedent.role, before, at, ctx, lastNamed);
  if (PARTICIPLES.has(verb) && /,\s*$/u.test(head)) {
    // `X wrote that “…,” adding: “…”` / `…, saying he “…”`: the speaker of the clause the participle hangs on.
    const main = attributionBefore(head.replace(/,\s*$/u, ''), at, ctx, lastNamed);
    if (main) return main;
    const subject = clauseSubject(head, at, ctx);
    return subject ? { kind: 'person', phrase: subject, appositive: null, frame: before } : null;
  }
  // "X congratulated Y on his victory and said “…”": the speech verb is the second of two coordinated
  // verbs, whose subject is the first one's (not Y, the name nearest the verb).
  if (COORDINATED_PREDICATE.test(head.replace(/\s*\([^)]*\)/gu, '').replace(BETWEEN_SUBJECT_AND_VERB, ''))) {
    const subject = clauseSubject(head, at, ctx) ?? leadingSubject(head);
    return subject ? readSpeaker(subject, null, before, at, ctx, lastNamed) : null;
  }
  // The subject: after the last clause boundary, skipping one parenthesis between commas
  // ("Pavel Novak, speaking in Prague on Thursday, said").
  let subject = head.replace(/\s*\([^)]*\)/gu, '').replace(BETWEEN_SUBJECT_AND_VERB, '');
  let appositive: string | null = null;
  if (/,\s*$/u.test(subject)) {
    const parts = subject.replace(/,\s*$/u, '').split(/,\s+/u);
    if (parts.length >= 2) {
      const inner = parts[parts.length - 1]!;
      // invented "The Chancellery's policy adviser, Ola Berg, told": the name between commas speaks.
      if (namesPerson(inner) && nameMentions(inner)[0]?.start === 0) {
        return readSpeaker(inner, roleLike(parts[parts.length - 2]) ?? parts[parts.length - 2]!.replace(/^(?:the|a|an)\s+/iu, (w) => w.toLowerCase()), before, at, ctx, lastNamed);
      }
      appositive = roleLike(inner);
      subject = parts.slice(0, -1).join(', ');
    }
  }
  const subj = subjectOf(subject);
  if (!subj) return null;
  return notAMedium(last[0], readSpeaker(subj, appositive, before, at, ctx, lastNamed));
}

/** Before a quotation, no speech verb: "In Mara Lind’s words, …" or "Mara Lind was blunt: “…”" (cue-forms.ts). */
function withoutSpeechVerb(before: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  const owner = possessiveWords(before);
  if (owner) return readSpeaker(owner, null, before, at, ctx, lastNamed);
  const subject = colonCueSubject(before, at, ctx.text, ctx.people);
  return subject ? readSpeaker(ctx.text.slice(subject.start, subject.end), null, before, at, ctx, lastNamed) : null;
}

/** A name ending in a word that ends news organisations' names ("Radio", "News Service": data/reporting.json mediumNameWords). */
const MEDIUM_NAME = new RegExp(`(?:^|\\s)\\p{Lu}[\\p{L}.’'-]*\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*(?:${reporting.mediumNameWords.join('|')})$`, 'u');
/** A name with a title or a lower-case descriptor before it ("Senator Tom Daily", "the economist Ola Post"): a person's. */
function describedPerson(phrase: string): boolean {
  return /^\p{Ll}/u.test(phrase.replace(/^(?:the|a|an)\s+/iu, '')) || nameMentions(phrase).some((m) => m.title !== '' && m.tokens.length >= 2);
}
const MEDIUM_VERB = new RegExp(`^(?:${reporting.mediumVerbs.join('|')})$`, 'iu');

/**
 * "Riga Radio reported", "the agency reports": a news medium passing on what it learnt is the channel, no
 * commentator; a named person reporting ("correspondent Jane Doe reported") and an unnamed or collective
 * source stay speakers (data/reporting.json mediumVerbs).
 */
function notAMedium(verb: string, read: Attribution | null): Attribution | null {
  if (!read || read.kind !== 'person' || !MEDIUM_VERB.test(verb)) return read;
  if (namesPerson(read.phrase) || collectiveSpeaker(read.phrase) || PRONOUN.test(read.phrase)) return read;
  return null;
}

/** "X quoted Y as (saying)": Y (data/reporting.json quotingVerbs). */
const QUOTED_AS = new RegExp(`^.*?\\s(?:${reporting.quotingVerbs.join('|')})\\s+(.+?)\\s+as$`, 'u');

/** A relative "who"/"which" (perhaps "who also") right before the speech verb, after a comma. */
const RELATIVE_SUBJECT = /,\s*(?:who|which)\s*$/iu;
/** The noun phrase ending a clause: a name, with the lower-case words between a determiner and it ("the harbour chief Ola Berg"), or "the"/"a" and a few words. */
const ENDING_NOUN_PHRASE = /(?:(?:(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}))?((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*)|(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)$/u;

/**
 * The antecedent of a relative pronoun that is the speech verb's subject ("…, who said", "the Chancellery,
 * which stressed"): the noun phrase right before the comma, with the lower-case words before a name as its role.
 */
/**
 * "a spokesman for Chancellor Anna Weber", "an adviser to Ola Berg", "a spokesman for the Ministry of Defence", "the
 * minister of Foreign Affairs": a lower-case head noun, then for/to/of and a name (capitalised words, joined by
 * of/and/for/the inside an organisation's or portfolio's name).
 */
const HEAD_BEFORE_NAME = /(?:^|\s)((?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+((?:for|to|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}.’'-]*)$/u;

/**
 * The unnamed head of "a spokesman for Chancellor Anna Weber" ("a spokesman", never the name after for/to/of), with
 * the whole phrase but its article as its role, and where the head starts in `phrase`; null without that shape.
 */
function headBeforeName(phrase: string): { phrase: string; role: string; start: number } | null {
  const m = HEAD_BEFORE_NAME.exec(phrase);
  if (!m || titleOfPlaceThenName(m[1]!, m[2]!)) return null;
  return { phrase: m[1]!, role: `${m[1]!.replace(/^(?:the|a|an)\s+/iu, '')} ${m[2]!}`, start: m.index + m[0].indexOf(m[1]!) };
}

/**
 * "The president of France Emmanuel Macron": a title noun, "of", a country and a full name is that person, the
 * words before the name their role; not "a spokesman for …", nor "the minister of Foreign Affairs" (no name).
 */
function titleOfPlaceThenName(head: string, tail: string): boolean {
  if (!TITLE_NOUNS.has(head.split(/\s+/u).pop()!.toLowerCase()) || !/^of\s/u.test(tail)) return false;
  // The name opens what follows "of" (a time or place may come after it: "… Jon Lind on Tuesday").
  const first = nameMentions(tail.replace(/^of\s+/u, ''))[0];
  return !!first && first.start === 0 && first.title !== '' && first.tokens.length >= 2 && looksLikePerson(first);
}

function relativeAntecedent(head: string): { phrase: string; role: string | null } | null {
  const h = head.replace(BETWEEN_SUBJECT_AND_VERB, '');
  const rel = RELATIVE_SUBJECT.exec(h);
  if (!rel) return null;
  const clause = h.slice(0, rel.index).replace(/\s*\([^)]*\)\s*$/u, '');
  // "a spokesman for Chancellor Anna Weber, who said": the spokesman speaks, unnamed, described by the whole
  // phrase; never the name after "for".
  const described = headBeforeName(clause);
  if (described) return { phrase: described.phrase, role: described.role };
  const np = ENDING_NOUN_PHRASE.exec(clause);
  if (!np) return null;
  if (np[2]) {
    const role = (np[1] ?? '').trim();
    return { phrase: np[2], role: role && !role.split(/\s+/u).some((w) => isStopword(w, 'en')) ? role : null };
  }
  return { phrase: np[0].trim(), role: null };
}

/** The text with requests for anonymity ("who asked not to be named") blanked, offsets kept. */
function blankAnonymity(text: string): string {
  return text.replace(ANONYMITY, (m) => ' '.repeat(m.length));
}

/** A remark between two dashes ("-- where she lives --", "— a former envoy —"). */
const DASH_ASIDE = /\s(?:--|[\u2014\u2013])\s[^\u2014\u2013]*?\s(?:--|[\u2014\u2013])(?=\s)/gu;

/**
 * The subject right before a verb: the words after the last clause boundary, without a
 * place or time after a name ("Pavel Novak at his briefing in Prague" → "Pavel Novak").
 */
function subjectOf(head: string): string {
  const subject = head.replace(/\s*\([^)]*\)/gu, '').replace(BETWEEN_SUBJECT_AND_VERB, '');
  const boundary = /(?:[,;:(\u2014\u2013]|(?<![\p{L}])(?:that|which|who|as|and|but|while|when|because|if|after|before|where)\s)/giu;
  let cut = 0;
  for (let m; (m = boundary.exec(subject));) {
    // "Trump and Vice President J.D. Vance": an "and" between names joins them.
    if (/^and\s$/iu.test(m[0]) && /\p{Lu}[\p{L}.’']*\s*$/u.test(subject.slice(0, m.index)) && /^\p{Lu}/u.test(subject.slice(m.index + m[0].length))) continue;
    // "A diplomat who attended the meeting said": a relative clause without a comma restricts an unnamed source.
    if (/^who\s$/iu.test(m[0]) && UNNAMED_HEAD_BEFORE.test(subject.slice(0, m.index))) continue;
    cut = m.index + m[0].length;
  }
  return subject.slice(cut).trim().replace(NAME_THEN_PLACE, '$1');
}

/** A time phrase between a name and its verb ("X on Monday praised", "X late Friday night said"): data/reporting.json dayPhrases. */
const DAY_PHRASE_AFTER_NAME = new RegExp(`^\\s+${DAY_OPENER}\\s+\\p{Lu}\\p{Ll}+(?:\\s+${PART_OF_DAY})?(?=\\s)`, 'u');
/** What may stand between a name and its speech verb: one adverb ("also", "later", "again", any in -ly), data/reporting.json. */
const ADVERB_THEN_VERB = new RegExp(`^\\s+(?:(?:\\p{Ll}+ly|${alternation([...reporting.adverbsBeforeSpeechVerb, ...reporting.repeatAdverbs])})\\s+)?$`, 'u');

/** A clause that ends with a coordinator right before the speech verb ("… on his victory and said"). */
const COORDINATED_PREDICATE = /(?<![\p{L}])(?:and|but)$/iu;
/** A verb in the past (regular, or a common irregular ending) after a subject: "shared", "met", "spoke". */
const PAST_VERB = /\s(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ew|ent|ook|oke|ave|ade|id|et|old)(?![\p{L}])/gu;

/**
 * The noun phrase before the first verb of a clause ("the prime minister's office shared …" → "the prime minister's office"),
 * when it can be a speaker. A word the ending only makes look like a verb ("the president", "the agent") leaves
 * function words alone before it: the verb is a later word.
 */
function leadingSubject(head: string): string | null {
  for (const verb of head.matchAll(PAST_VERB)) {
    const subject = subjectOf(head.slice(0, verb.index));
    if (!subject) return null;
    if (subject.split(/\s+/u).every((w) => isStopword(w.toLowerCase(), 'en'))) continue;
    return speakerShaped(subject) ? subject : null;
  }
  return null;
}

/** A name, then where or when it spoke ("at his briefing", "in Prague"): the name is the subject. */
const NAME_THEN_PLACE = /^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)\s+(?:at|in|on|from|during|speaking|while)\s.*$/u;

/** The last name (or coordinated names, "Trump and Vice President J.D. Vance") before a verb in `head`. */
function clauseSubject(head: string, at: number, ctx: AttributionContext): string | null {
  // Names in the clause, each followed by a verb (a word in -ed, or an adverb in -ly and then one).
  const candidates = ctx.mentions.filter((m) => m.start >= at && m.end <= at + head.length && m.tokens.length > 0);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i]!;
    // "X on Monday praised …": a time phrase between the subject and its verb is skipped.
    const following = head.slice(m.end - at).replace(DAY_PHRASE_AFTER_NAME, '');
    if ((ctx.nonPerson ?? namesNonPerson)(m.name)) continue;
    if (!/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ew|ent|ook|oke|ave|ade|id)\b/u.test(following)) continue;
    // Coordinated subject: "X and Y attacked".
    const prior = candidates[i - 1];
    if (prior && /^\s+and\s+$/u.test(head.slice(prior.end - at, m.start - at))) {
      return head.slice(prior.start - at, m.end - at);
    }
    return head.slice(m.start - at, m.end - at);
  }
  return null;
}

/**
 * A role beside a name: `the head of …`, `director of the Lisbon Institute`,
 * `the chancellor’s adviser`, `who advises the chancellor`; not an age ("54"),
 * nor a participle clause ("speaking in Prague on Thursday").
 */
function roleLike(text: string | undefined): string | null {
  const t = (text ?? '').trim().replace(/[.;!?]+$/u, '');
  if (!t || /^\p{N}/u.test(t) || t.split(/\s+/u).length > 30 || !t.replace(ANONYMITY, '').trim()) return null;
  const first = t.split(/\s+/u)[0]!.toLowerCase();
  if (/ing$/u.test(first) && !/^(?:managing|leading|visiting|acting|ruling|governing)$/u.test(first)) return null;
  if (/^(?:a|an|the)$/u.test(first)) return t[0]!.toLowerCase() + t.slice(1);
  // "Freedonia’s envoy to Tarvo", "the ministry’s spokesman": a possessive, then a lower-case noun phrase, is the position.
  if (/^\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u.test(t) && t.split(/\s+/u).length <= 12) return t;
  // "who met Tom Hale on Monday", "whose brother was arrested": a relative clause says something of the person, no role;
  // "who heads the Baltic Freight Institute", "who is a senior fellow at …" give the position (relativeRole).
  if (RELATIVE_WORD.test(first)) return relativeRole(t);
  if (/^(?:one|former|chief|head|senior|deputy|director|professor|president|chair|leader|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|advisor|ambassador|analyst|author|editor|fellow|expert|lecturer|researcher|managing|acting)$/u.test(first)) return t;
  // A lowercase noun phrase with a preposition ("director of …", "professor at …").
  if (/^\p{Ll}+(?:\s\p{Ll}+)?\s(?:of|at|for|with|to|on|in)\s/u.test(t)) return t;
  return null;
}

/** "who (now) heads …", "who served as …" (data/reporting.json positionVerbs); "who is a …" (copulasBeforeRole, then an article). */
const POSITION_RELATIVE = new RegExp(
  `^who\\s+(?:(?:now|currently|previously|formerly|once|also)\\s+)?(?:(?:${alternation(reporting.positionVerbs)})\\s+\\S|(?:${alternation(reporting.copulasBeforeRole)})\\s+((?:the|a|an)\\s+\\S.*)$)`, 'u');
/**
 * A relative clause that gives the person's position, as the role: the clause as the article words it ("who heads the
 * Baltic Freight Institute"), or the noun phrase after "is"/"was" ("a senior fellow at the Tarvo Institute"); at most 12
 * words; null for any other relative clause.
 */
function relativeRole(clause: string): string | null {
  const m = POSITION_RELATIVE.exec(clause);
  const role = m ? m[1] ?? clause : null;
  return role && role.split(/\s+/u).length <= 12 ? role : null;
}

/** "he", "she", and the age epithet that stands for the person just named ("the 57-year-old said"). */
const PRONOUN = new RegExp(`^(?:${Object.keys(reporting.pronouns).join('|')}|the\\s+\\d{1,3}-year-old)$`, 'iu');
/** A named person's affiliation after the name ("Jan Brouwer of the Baltic Policy Institute", "… from Tartu University"). */
const AFFILIATION_TAIL = /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,;]*$/u;

/** The person's part of "X of the Institute": the affiliation is the role (rolesByName), not the speaker. */
function withoutAffiliation(phrase: string): string {
  const m = AFFILIATION_TAIL.exec(phrase);
  return m && nameMentions(m[1]!).some((x) => x.tokens.length >= 2 && looksLikePerson(x)) ? m[1]! : phrase;
}
/** Pronouns that stand for an institution: its statement ("it said"). */
const INSTITUTION_PRONOUN = /^(?:it|they)$/iu;
/** Capitalised function words that open a sentence before the speaker ("As Park put it", "But Lea Park said"). */
const LEADING_FUNCTION_WORD = /^(?:As|But|And|So|Yet|Still|Then|Now|Also|However|Meanwhile|Indeed|Instead|Later|Earlier|Separately|Similarly|Likewise|Moreover|Thus|Here|There)\s+/u;

/** Whether `offset` lies inside a quotation (names there are the speaker's words, not the article's). */
function insideQuotation(ctx: AttributionContext, offset: number): boolean {
  return ctx.quotations.some((q) => offset >= q.outerStart && offset < q.outerEnd);
}

/** The person "he" or "she" at `offset` stands for (the last who spoke, else the last named), or null. */
export function pronounPerson(ctx: AttributionContext, offset: number): string | null {
  return lastPerson(ctx, offset);
}

/** Whether a name mention, outside quotations, can be a person "he" or "she" stands for. */
function personMention(ctx: AttributionContext, m: NameMention): boolean {
  if (m.tokens.length === 0 || !looksLikePerson(m) || insideQuotation(ctx, m.start)) return false;
  // "he" and "she" are people: a capital or country named since (invented "urged Tarvo to step in") is none.
  return !!m.title || !(namesGovernment(m.name) || (ctx.nonPerson ?? namesNonPerson)(m.name));
}

/**
 * Whether "he" or "she" at `offset` could stand for more than one person: two people (by surname) named
 * since the start of the sentence before. Gender is not known (no sourced list of given names), so
 * then the pronoun's person is unsure.
 */
export function pronounAmbiguous(ctx: AttributionContext, offset: number): boolean {
  const from = ctx.sentences.filter((x) => x.start < offset).slice(-1)[0]?.start ?? 0;
  const surnames = new Set(ctx.mentions.filter((m) => m.start >= from && m.end <= offset && personMention(ctx, m)).map((m) => m.name.split(/\s+/u).pop()));
  return surnames.size >= 2;
}

/**
 * The person "he" or "she" at `offset` stands for, as the news-attribution sieves resolve it (Muzny et al. 2017;
 * salience after Lappin and Leass 1994): the last person who spoke ("Trump said …") within the two sentences before the pronoun's;
 * else the subject of the last sentence naming a person (its first person named: "X met Y. … he said" is X). Gender
 * agreement where the article gives it (gender.ts): within the two sentences before the pronoun's, one of the pronoun's
 * gender comes first; a person of the other gender is never taken.
 */
function lastPerson(ctx: AttributionContext, offset: number, pronoun = ''): string | null {
  // (The pronoun's sentence and the two before it.)
  const recent = ctx.sentences.filter((x) => x.start < offset).slice(-3)[0]?.start ?? 0;
  const gender = pronounGender(pronoun);
  // One look per surname (personGender reads every mention).
  const bySurname = new Map<string, Gender | null>();
  const genderOf = (m: NameMention): Gender | null => {
    if (!gender) return null;
    const surname = m.name.split(/\s+/u).at(-1)!;
    if (!bySurname.has(surname)) bySurname.set(surname, personGender(ctx.text, surname, ctx.mentions, ctx.apposed));
    return bySurname.get(surname)!;
  };
  const agreeing = gender ? salientPerson(ctx, offset, recent, (m) => m.start >= recent && genderOf(m) === gender) : null;
  return agreeing ?? salientPerson(ctx, offset, recent, (m) => { const g = genderOf(m); return !g || g === gender; });
}

/** The last person who spoke within the sentences from `recent`, else the subject of the last sentence naming a person; among `fits`. */
function salientPerson(ctx: AttributionContext, offset: number, recent: number, fits: (m: NameMention) => boolean): string | null {
  const sentenceOf = (at: number): number => ctx.sentences.findIndex((x) => at >= x.start && at < x.end);
  let speaker: NameMention | null = null;
  let named: NameMention | null = null;
  const known = new Set(ctx.people.map((m) => m.start));
  for (const m of ctx.mentions) {
    if (m.end > offset || !personMention(ctx, m) || !fits(m)) continue;
    // The subject of its sentence: the first person named there, passing over a possessor and a fronted adverbial.
    if (known.has(m.start) && (!named || sentenceOf(m.start) > sentenceOf(named.start)
      || (sentenceOf(m.start) === sentenceOf(named.start) && !subjectLike(ctx, named) && subjectLike(ctx, m)))) named = m;
    SPEECH_VERB.lastIndex = 0;
    // An aside between commas after the name is skipped ("X, who met Y on Monday, said"; "X, a shipping analyst, said").
    const after = withoutAside(ctx.text.slice(m.end, m.end + 160)).slice(0, 40);
    const verb = SPEECH_VERB.exec(after);
    if (m.start >= recent && verb && ADVERB_THEN_VERB.test(after.slice(0, verb.index)) && (!speaker || m.start > speaker.start)) speaker = m;
  }
  return (speaker ?? named)?.name ?? null;
}

/**
 * Whether a person's mention may be its sentence's subject: not a possessor ("Modi’s phone call") and not inside a
 * fronted adverbial, the words before the first comma of a sentence that opens with no name ("Before Modi’s call
 * with Putin, the foreign secretary …"; Quirk et al. 1985, 8.17: an adjunct in initial position).
 */
function subjectLike(ctx: AttributionContext, m: NameMention): boolean {
  if (/^['’]s?(?![\p{L}])/u.test(ctx.text.slice(m.end, m.end + 2))) return false;
  const s = ctx.sentences.find((x) => m.start >= x.start && m.start < x.end);
  if (!s) return true;
  if (ctx.mentions.some((x) => x.start >= s.start && /^[\s“"‘]*$/u.test(ctx.text.slice(s.start, x.start)))) return true;
  const comma = s.text.indexOf(',');
  return comma < 0 || m.start > s.start + comma;
}

/** A relative clause or an appositive between commas opening `after` ("…, who met Y on Monday, said"), blanked out. */
const LEADING_ASIDE = /^,\s+(?:who|whose|a|an|the|\p{Lu}[\p{L}.'’-]*['’]s?)\s[^,;:.!?“”"]{1,100},/u;
function withoutAside(after: string): string {
  const aside = LEADING_ASIDE.exec(after);
  return aside ? after.slice(aside[0].length) : after;
}

/**
 * The sentence just before `offset` that names `name`, when there is one ("Before the call, X met
 * journalists. He said …"): its time words are the pronoun's too.
 */
function introduction(ctx: AttributionContext, name: string, offset: number): string {
  const k = ctx.sentences.findIndex((x) => offset >= x.start && offset < x.end);
  const before = k > 0 ? ctx.sentences[k - 1]! : undefined;
  const surname = name.split(/\s+/u).pop() ?? name;
  return before && containsWords(before.text, surname) ? `${before.text} ` : '';
}

/**
 * The person the article last gave a title containing `word` ("the chancellor" → "Chancellor Anna
 * Weber"); with `qualifier` ("French" in "the French president"), one whose title has it too when
 * there is one.
 */
/**
 * Whether a title ("Foreign Minister") holds the portfolio named by `portfolioWords` ("foreign affairs"): it
 * shares a word with it and names nothing else (its words other than title nouns and countries are all the
 * portfolio's: "Foreign Trade Minister" is no minister of Foreign Affairs). No portfolio: any title.
 */
function holdsPortfolio(title: string, portfolioWords: readonly string[]): boolean {
  if (portfolioWords.length === 0) return true;
  const own = titleCore(title).split(/\s+/u).filter((w) => w && !TITLE_NOUNS.has(w) && !isStopword(w, 'en'));
  return own.some((w) => portfolioWords.includes(w)) && own.every((w) => portfolioWords.includes(w));
}

function personTitled(ctx: AttributionContext, word: string, offset: number, qualifier = '', portfolio = ''): string | null {
  let best: NameMention | null = null;
  let qualified: NameMention | null = null;
  const q = qualifier.toLowerCase();
  const portfolioWords = portfolio.toLowerCase().split(/\s+/u).filter((w) => w && !isStopword(w, 'en'));
  for (const m of [...ctx.mentions, ...(ctx.apposed ?? [])]) {
    if (m.end > offset || !m.title || m.tokens.length === 0 || insideQuotation(ctx, m.start)) continue;
    const title = m.title.toLowerCase();
    if (!title.split(/\s+/u).includes(word)) continue;
    if (!holdsPortfolio(title, portfolioWords)) continue;
    if (!best || m.start > best.start) best = m;
    if (q && containsWords(title, q) && (!qualified || m.start > qualified.start)) qualified = m;
  }
  const found = qualified ?? best;
  if (found) return found.name;
  // Named only in the readouts' openings ("the chancellor" of a call the article does not name her in).
  const elsewhere = (ctx.titledInReadouts ?? []).filter((m) => m.title.toLowerCase().split(/\s+/u).includes(word) && (!q || containsWords(m.title.toLowerCase(), q))
    && holdsPortfolio(m.title, portfolioWords));
  return elsewhere[0]?.name ?? null;
}

const GOVERNMENT_NAMES = governments.groups.flat();

/** Words before a final capitalised word: "Freedonian secretary of roads Lind" → title "Freedonian secretary of roads", surname "Lind". */
const TITLE_THEN_WORD = /^((?:[\p{L}.'’-]+\s+){1,6})(\p{Lu}[\p{Ll}'’-]+)$/u;

/** A title (one of its words a title noun, data/reporting.json titleNouns) and a surname alone, or null. */
function titleThenSurname(phrase: string): { title: string; surname: string } | null {
  const m = TITLE_THEN_WORD.exec(phrase.replace(/^(?:the|a|an)\s+/iu, ''));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/u);
  if (!words.some((w) => TITLE_NOUNS.has(w.toLowerCase()))) return null;
  const surname = m[2]!;
  // The last word must be no place, institution or title itself ("the foreign minister of Canada").
  if (namesGovernment(surname) || TITLE_NOUNS.has(surname.toLowerCase()) || isStopword(surname.toLowerCase(), 'en')) return null;
  if (/^(?:of|for|in|at|to)$/iu.test(words[words.length - 1]!)) return null;
  if (namesOrganisationAfterTitle(words)) return null;
  return { title: m[1]!.trim(), surname };
}

/**
 * "president of the European Commission", "minister of Foreign Affairs": after the title a preposition and an
 * organisation's name ("the" and capitalised words, or only capitalised words after a lower-case title), so the last
 * word is the organisation's, no surname ("Secretary of Roads Lind", "secretary of roads Lind" stay people).
 */
function namesOrganisationAfterTitle(words: readonly string[]): boolean {
  const at = words.findIndex((w) => /^(?:of|for|in|at|to)$/u.test(w));
  if (at < 1) return false;
  const rest = words.slice(at + 1);
  if (rest[0] === 'the') return true;
  return /^\p{Ll}/u.test(words[at - 1]!) && rest.every((w) => /^\p{Lu}/u.test(w));
}

const ORGANISATION_NOUNS = new Set(reporting.organisationNouns);
/** A company's or firm's designator ending a name ("… & Company Inc", "Berg Partners"), after a capitalised word or an ampersand. */
const COMPANY_DESIGNATOR = new RegExp(`(?:(?<=\\p{Lu}[\\p{L}.'’-]*)\\s+|&\\s*)(?:${alternation(reporting.companyDesignators)})\\.?$`, 'u');
/** Two capitalised words joined by an ampersand: a firm's name ("Lund & Berg"). */
const AMPERSAND_NAME = /\p{Lu}[\p{L}.'’-]*\s+&\s+\p{Lu}/u;

/**
 * A phrase naming an organisation that is not a government and no person: its head noun is one
 * (data/reporting.json organisationNouns: "the law firm", "the Green Party"), or it is a company's name
 * ("Lund & Berg", "Ola Lund & Company Inc": companyDesignators). An institution, never a commentator.
 */
export function namesOrganisation(phrase: string): boolean {
  const p = phrase.trim().replace(/[.,;:!?]+$/u, '');
  if (AMPERSAND_NAME.test(p) || COMPANY_DESIGNATOR.test(p)) return true;
  const head = /([\p{L}-]+?)(?:['’]s?)?$/u.exec(p)?.[1]?.toLowerCase();
  return head !== undefined && ORGANISATION_NOUNS.has(head);
}

/** A phrase that names a country, capital, seat of government or institution and no person or person's title. */
function namesGovernment(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  if (/spokes|aide|official|source/u.test(lower)) return false;
  // "the Japanese defence minister": a country's adjective before a title noun is a person's description.
  if (TITLE_NOUNS.has(/(\p{L}+)$/u.exec(lower)?.[1] ?? '')) return false;
  return INSTITUTION_NOUN.test(phrase) || GOVERNMENT_NAMES.some((g) => containsWords(lower, g));
}

const byLength = (xs: readonly string[]): string => [...xs].sort((x, y) => y.length - x.length).map(escape).join('|');
/** An unnamed source's head noun right before a relative "who" (data/reporting.json collectiveSpeakers). */
const UNNAMED_HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${byLength(reporting.collectiveSpeakers)})\\s*$`, 'iu');
/** A quantifier or number before a group ("some officials", "two analysts"). */
const NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|dozens of|\\d+';
const QUANTIFIER = `the|a|an|some|several|many|most|a few|few|${NUMBER}`;
/**
 * What may describe a group after its head: an affiliation or a place ("analysts at …", "residents of …", "officials in
 * Ottawa"), or whom the source serves ("an aide to the chancellor", "an adviser to the prime minister").
 */
const POSTMODIFIER = `\\s+(?:at|of|for|from|in|with|inside|within|to|${byLength(reporting.collectivePostmodifiers)})\\s+[^,;:“”"]{1,80}`;
const COLLECTIVE_HEAD = new RegExp(`^((?:(?:${QUANTIFIER})\\s+)?(?:[\\p{L}'’-]+\\s+){0,7}?)(${byLength([...reporting.collectiveSpeakers, ...reporting.opinionGroups])})(${POSTMODIFIER})?$`, 'iu');
const OPINION_GROUP = new Set(reporting.opinionGroups);
const COUNTED = new RegExp(`^(?:${NUMBER})\\s`, 'iu');
/** A noun phrase opening with an article, a quantifier or a number ("the minister", "one diplomat", "several officials"). */
const QUANTIFIED = new RegExp(`^(?:${QUANTIFIER})\\s`, 'iu');
/** A request for anonymity with the reason that may follow it, to the end of its clause (data/reporting.json anonymityClauses, anonymityReasons). */
const ANONYMITY = new RegExp(
  `,?\\s*(?:${byLength(reporting.anonymityClauses)})(?:\\s+(?:${alternation(reporting.anonymityReasons)})\\s+[^,;:.!?“”"]*)?,?`,
  'giu',
);
/** Words a group's description may open with that are not proper names (lower-cased in the description). */
const COMMON_OPENING = new RegExp(`^(?:(?:${QUANTIFIER})\\s|(?:${byLength([...reporting.collectiveSpeakers, ...reporting.opinionGroups])})(?![\\p{L}]))`, 'iu');

/**
 * An unnamed or collective speaker ("officials", "the Olympic authorities", "a palace aide",
 * "officials in Ottawa", "Weber's spokesman": someone speaking for a person is not that person), as
 * the article describes it (a leading common word in lower case), or null.
 */
export function collectiveSpeaker(phrase: string): string | null {
  const p = phrase.trim();
  const m = COLLECTIVE_HEAD.exec(p);
  if (!m) return null;
  return COMMON_OPENING.test(p) ? p[0]!.toLowerCase() + p.slice(1) : p;
}

/**
 * A group an article sums an opinion up by, described by nothing but a quantifier or an adjective
 * ("critics", "some analysts", "many observers"): the article's characterisation, no speaker
 * (data/reporting.json, opinionGroups). A number or an affiliation makes it a speaker ("two
 * analysts at …", "residents of Valka"); so does the singular ("an analyst said": one person).
 */
export function vagueGroup(phrase: string): boolean {
  const m = COLLECTIVE_HEAD.exec(phrase.trim());
  if (!m || m[3] || COUNTED.test(m[1]!)) return false;
  const head = m[2]!.toLowerCase();
  // (A plural: in -s, or the irregular "people".)
  return OPINION_GROUP.has(head) && /(?:s|^people)$/u.test(head);
}

/** Whether a phrase names a person ("Chancellery spokesman Ola Berg"): then it is the person speaking, not the readout. */
export function namesPerson(phrase: string): boolean {
  return nameMentions(phrase).some((m) => m.tokens.length >= 2 && looksLikePerson(m));
}

/**
 * A lower-case speech verb right after a name or a title noun ("the Prime Minister tweeted", "Ola Berg wrote"), and
 * what follows it: the speaker ends before it (data/reporting.json speechVerbs, titleNouns). Not a word of a title
 * ("secretary of state Berg").
 */
const SECOND_SPEECH_VERB = new RegExp(`(?<=(?:^|\\s)(?:\\p{Lu}[\\p{L}.'’-]*|${alternation(reporting.titleNouns)}))\\s+(?:${alternation(reporting.speechVerbs)})(?![\\p{L}-]).*$`, 'u');

/** A speaker phrase's reading: an attribution, null (no speaker: stop), or undefined (not this kind: read on). */
type Reading = Attribution | null | undefined;

/** The first reading that is not undefined, trying each in turn. */
function firstReading(...readers: ReadonlyArray<() => Reading>): Reading {
  for (const read of readers) {
    const r = read();
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The phrase as written, cleaned: brackets ("(D-N.Y.)"), the medium that quotes ("Interfax quoted X as saying"),
 * opening function words ("But") and a request for anonymity dropped; null when it is a news medium, a clause,
 * or too long to be a speaker (12 words).
 */
function speakerPhrase(written: string): string | null {
  // "Rep. Gregory Meeks (D-N.Y.)": a bracket adds nothing to who speaks.
  let phrase = written.replace(/\s*\([^)]*\)/gu, '').trim().replace(/[.,;:!?]+$/u, '').trim();
  // "Interfax quoted Tom Hale as saying": the one quoted speaks; the medium that quotes is no part of who or what they are.
  const quotedAs = QUOTED_AS.exec(phrase);
  if (quotedAs) phrase = quotedAs[1]!;
  // "Riga Radio", "the Baltic News Service": a news medium, the channel of what it passes on, never a commentator;
  // not a person whose name ends in such a word ("The economist Ola Post", "Senator Tom Daily").
  if (MEDIUM_NAME.test(phrase) && !describedPerson(phrase)) return null;
  while (LEADING_FUNCTION_WORD.test(phrase)) phrase = phrase.replace(LEADING_FUNCTION_WORD, '');
  // "a government source who asked not to be named": the description, without the request for anonymity.
  phrase = phrase.replace(ANONYMITY, '').trim();
  // "said the Prime Minister tweeted", "said Ola Berg wrote on Friday": a second speech verb ends the speaker.
  phrase = phrase.replace(SECOND_SPEECH_VERB, '');
  if (!phrase || phrase.split(/\s+/u).length > 12 || /[“”"‘]/u.test(phrase) || CLAUSE_WORDS.test(phrase)) return null;
  return phrase;
}

/**
 * "A spokesman for Chancellor Anna Weber said", "The minister of Foreign Affairs told": the unnamed head speaks,
 * described by the whole phrase; never the name, nor a word of the organisation's name, after for/to/of. The
 * portfolio ("Foreign Affairs") says which minister named before is meant.
 */
function describedHead(phrase: string, appositive: string | null): { phrase: string; appositive: string | null; portfolio: string } {
  const described = headBeforeName(phrase);
  if (described?.start !== 0) return { phrase, appositive, portfolio: '' };
  const portfolio = described.role.slice(described.phrase.replace(/^(?:the|a|an)\s+/iu, '').length).replace(/^\s*(?:for|to|of)\s+(?:the\s+)?/u, '');
  return { phrase: described.phrase, appositive: appositive ?? described.role, portfolio };
}

/** "officials", "the Olympic authorities", "a palace aide": an unnamed or collective speaker (not a readout's office). */
function collectiveReading(phrase: string, appositive: string | null, frame: string, ctx: AttributionContext): Reading {
  const collective = collectiveSpeaker(phrase);
  if (!collective || ctx.sources.some((src) => src.names.some((n) => containsWords(phrase.toLowerCase(), n.toLowerCase())))) return undefined;
  return { kind: 'person', phrase: collective, appositive, frame, ...(vagueGroup(phrase) ? { vague: true } : {}) };
}

/** "he"/"she" (the person last named or speaking), "it" (the readout named just before). */
function pronounReading(phrase: string, frame: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Reading {
  if (PRONOUN.test(phrase)) {
    const named = lastPerson(ctx, at, phrase);
    return named ? { kind: 'person', phrase: named, appositive: null, frame: introduction(ctx, named, at) + frame } : null;
  }
  if (!INSTITUTION_PRONOUN.test(phrase)) return undefined;
  const sides = sidesOfIt(ctx.text, ctx.sources, at, lastNamed);
  return sides.length > 0 ? { kind: 'source', sides, frame } : null;
}

/** A named person speaks for themselves ("Chancellery spokesman Ola Berg"); what comes before the name describes them. */
function namedPersonReading(phrase: string, appositive: string | null, frame: string): Reading {
  const person = nameMentions(phrase).find((m) => m.tokens.length >= 2 && looksLikePerson(m));
  if (!person) return undefined;
  const before = phrase.slice(0, person.nameStart).trim().replace(/^(?:the|a|an)\s+/iu, '');
  const role = appositive ?? (before && before.split(/\s+/u).length <= 6 && !/\p{Lu}\p{Ll}+\s+and$/u.test(before) ? before : null);
  const coordinated = /\s+and\s+/u.test(phrase.slice(person.start)) ? phrase.slice(person.start) : null;
  // "Trump and Vice President J.D. Vance": both.
  if (before && /\s+and$/u.test(before)) return { kind: 'person', phrase, appositive: null, frame };
  // The name ends the speaker: words after it ("on Tuesday", "in Valka") say when or where, not who.
  return { kind: 'person', phrase: coordinated ?? phrase.slice(person.start, person.end), appositive: role || null, frame };
}

/** An institution noun as a whole phrase ("press service", "office"). */
const INSTITUTION_NOUN_ALONE = new RegExp(`^(?:${alternation(governments.institutionNouns)})$`, 'iu');

/**
 * "the press service", "the office": an office of a readout's publisher, when the article named it with that publisher
 * before ("the Chancellery press service said … According to the press service, …"): that readout (the last so named).
 */
function officeNamedBefore(phrase: string, at: number, ctx: Pick<AttributionContext, 'text' | 'sources'>): Side[] {
  const noun = /^the\s+(.+)$/iu.exec(phrase.trim())?.[1];
  if (!noun || !INSTITUTION_NOUN_ALONE.test(noun)) return [];
  const before = ctx.text.slice(0, at).toLowerCase();
  let best: { at: number; side: Side } | null = null;
  for (const src of ctx.sources) {
    for (const name of src.names) {
      const re = new RegExp(`(?<![\\p{L}])${escape(name.toLowerCase().replace(/^the\s+/u, ''))}(?:['’]s)?\\s+${escape(noun.toLowerCase())}(?![\\p{L}])`, 'gu');
      for (const m of before.matchAll(re)) if (!best || m.index > best.at) best = { at: m.index, side: src.side };
    }
  }
  return best ? [best.side] : [];
}

/** A readout: named by its label or publisher, or a readout noun ("the statement", "a Chancellery readout"), or its office named with it before. */
function sourceReading(phrase: string, frame: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Reading {
  const namesSource = ctx.sources.some((src) => src.names.some((n) => containsWords(phrase.toLowerCase(), n.toLowerCase()))) || sidesByAlias(phrase, ctx.sources).length > 0;
  if (namesSource || READOUT_NOUN.test(phrase)) return { kind: 'source', sides: sidesNamed(phrase, ctx.sources, lastNamed(at)), frame };
  const office = officeNamedBefore(phrase, at, ctx);
  return office.length > 0 ? { kind: 'source', sides: office, frame } : undefined;
}

/**
 * "the chancellor", "the French president": the person the article gave that title; "Freedonian president Tamm":
 * a title, then a surname alone, is that person, even when the title names a country.
 */
function titleReading(phrase: string, appositive: string | null, frame: string, at: number, ctx: AttributionContext, portfolio: string): Reading {
  const titled = /^(?:[Tt]he\s+)?((?:[\p{L}.'’-]+\s+){0,2})(\p{L}+)$/u.exec(phrase);
  if (titled && (TITLE_NOUNS.has(titled[2]!.toLowerCase()) || apposedHead(ctx, titled[2]!.toLowerCase()))) {
    const name = personTitled(ctx, titled[2]!.toLowerCase(), at, titled[1]!.trim(), portfolio);
    if (name) return { kind: 'person', phrase: name, appositive, frame };
  }
  const titledSurname = titleThenSurname(phrase);
  return titledSurname ? { kind: 'person', phrase: titledSurname.surname, appositive: appositive ?? titledSurname.title, frame } : undefined;
}

/** Whether someone was given a position in apposition whose last word is `word` ("Lars Holm, a shipping analyst," for "the analyst"). */
function apposedHead(ctx: AttributionContext, word: string): boolean {
  return (ctx.apposed ?? []).some((m) => m.title.toLowerCase().split(/\s+/u).at(-1) === word);
}

/** "the Japanese defence minister": an article, one capitalised adjective, lower-case words ending in a title noun. */
const COUNTRY_ADJECTIVE_TITLE = new RegExp(`^(?:the|a|an)\\s+\\p{Lu}[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation([...TITLE_NOUNS])})$`, 'iu');

/**
 * What is left: a country, capital, seat of government or institution is no person ("the Kremlin said"); an
 * unnamed person ("a senior official"); a descriptor and a name ("opposition leader Jan Brouwer"); a name.
 */
function remainingReading(phrase: string, appositive: string | null, frame: string): Attribution | null {
  if (namesGovernment(phrase)) return null;
  if (/^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+$/iu.test(phrase) || COUNTRY_ADJECTIVE_TITLE.test(phrase)) {
    return { kind: 'person', phrase: phrase[0]!.toLowerCase() + phrase.slice(1), appositive, frame };
  }
  const descriptor = DESCRIPTOR.exec(phrase);
  if (descriptor) {
    const words = descriptor[1]!.trim().split(/\s+/u);
    if (words.some((w) => isStopword(w, 'en'))) return null;
    return { kind: 'person', phrase: phrase.slice(descriptor[0].length), appositive: appositive ?? descriptor[1]!.trim(), frame };
  }
  return /^\p{Lu}/u.test(phrase) ? { kind: 'person', phrase, appositive, frame } : null;
}

/**
 * Reads a speaker phrase: a readout ("the White House read-out", "the statement",
 * "it"), a named person (with what precedes the name as their role), a pronoun, a
 * title standing for a person named before ("the chancellor"), or an unnamed
 * person ("a senior official"). Null when the phrase is no speaker (a clause).
 */
function readSpeaker(written: string, appositive: string | null, frame: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  const cleaned = speakerPhrase(written);
  if (cleaned === null) return null;
  // "the chancellor’s office", "a spokeswoman for Chancellor Anna Weber": a party's office speaks for its side.
  const office = partyOfficeSides(cleaned, ctx.sources);
  if (office.length > 0) return { kind: 'source', sides: office, frame };
  const head = describedHead(cleaned, appositive);
  // "the analyst" after "Lars Holm, a shipping analyst,": the person given that position, before any unnamed reading.
  const definite = /^the\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+)$/iu.exec(head.phrase);
  const apposedPerson = definite && apposedHead(ctx, definite[1]!) ? titleReading(head.phrase, head.appositive, frame, at, ctx, head.portfolio) : undefined;
  if (apposedPerson) return apposedPerson;
  const collective = collectiveReading(head.phrase, head.appositive, frame, ctx);
  if (collective !== undefined) return collective;
  const phrase = withoutAffiliation(head.phrase);
  // "the law firm said", "Ola Lund & Company Inc wrote": an organisation, no person (nor a readout unless it names one).
  if (namesOrganisation(phrase) && sourceReading(phrase, frame, at, ctx, lastNamed) === undefined) return null;
  const reading = firstReading(
    () => pronounReading(phrase, frame, at, ctx, lastNamed),
    () => namedPersonReading(phrase, head.appositive, frame),
    () => sourceReading(phrase, frame, at, ctx, lastNamed),
    () => titleReading(phrase, head.appositive, frame, at, ctx, head.portfolio),
  );
  return reading !== undefined ? reading : remainingReading(phrase, head.appositive, frame);
}
