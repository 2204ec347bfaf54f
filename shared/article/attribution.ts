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
import reporting from './data/reporting.json';
import { looksLikePerson, nameMentions, type NameMention } from './names';
import type { Quotation } from './quotes';

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
  }
  | {
    kind: 'source';
    /** The readouts the quotation is attributed to. */
    sides: Side[];
    frame: string;
  };

/** A readout as the article may name it. */
export interface SourceNames {
  side: Side;
  /** Names that refer to this readout's publisher: its label, its publisher ("Kremlin", "The White House"). */
  names: string[];
}

/** A sentence of the article (offsets into the article). */
export interface ArticleSentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const SPEECH_VERBS = [...new Set(reporting.speechVerbs)].sort((x, y) => y.length - x.length);
const VERB_ALT = SPEECH_VERBS.map(escape).join('|');
/** A speech verb as a word, possibly after an adverb ("further said", "also noted"). */
const SPEECH_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT})(?![\\p{L}-])`, 'giu');
const SPEECH_NOUN = new RegExp(`(?<![\\p{L}])(?:${reporting.speechNouns.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const READOUT_NOUN = new RegExp(`(?<![\\p{L}-])(?:${[...reporting.readoutNouns].sort((x, y) => y.length - x.length).map(escape).join('|')})(?![\\p{L}-])`, 'iu');
const PLURAL_READOUTS = /(?<![\p{L}-])(?:read-outs|readouts|statements|summaries|accounts|versions|communiqu[eé]s|both|neither|either)(?![\p{L}-])/iu;
/** How a speaker phrase starts: a capital, an article or possessive, or a few lowercase words before a name ("opposition leader Jan Brouwer"). */
const STARTS_SUBJECT = /^(?:\p{Lu}|(?:the|a|an|its|his|her|their)\s|(?:\p{Ll}[\p{L}-]*\s+){1,4}\p{Lu})/u;
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

/** Context the attribution needs. */
export interface AttributionContext {
  text: string;
  sentences: readonly ArticleSentence[];
  quotations: readonly Quotation[];
  sources: readonly SourceNames[];
  mentions: readonly NameMention[];
  /** The mentions that are people (named in full somewhere, or with a title): what a pronoun or the sentence before can name. */
  people: readonly NameMention[];
}

/** The attribution of every quotation (null when the article does not say), in the order of `quotations`. */
export function attributeQuotations(ctx: AttributionContext): Array<Attribution | null> {
  const { text, sentences, quotations } = ctx;
  const sentenceAt = (offset: number): ArticleSentence | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
  // Which readout a bare "the read-out" means: the one the article named last before it.
  const lastNamed = (offset: number): Side[] => {
    let best: { at: number; side: Side } | null = null;
    const lower = text.slice(0, offset).toLowerCase();
    for (const s of ctx.sources) {
      for (const n of s.names) {
        const at = lower.lastIndexOf(n.toLowerCase().replace(/^the\s+/u, ''));
        if (at >= 0 && (!best || at > best.at)) best = { at, side: s.side };
      }
    }
    return best ? [best.side] : [];
  };

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
    const s = sentenceAt(q.outerStart);
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
      result[k] = result[k - 1]!;
      continue;
    }
    // `X said:` ending the paragraph before.
    const colon = colonIntroduction(q, ctx, lastNamed);
    if (colon) {
      result[k] = colon;
      continue;
    }
    // The speaker named in the sentence before ("Zelensky addressed the nation on Monday. “We will not give up.”").
    if (s && standsAlone(q, s, text)) {
      const before = sentences[sentences.indexOf(s) - 1];
      const named = before && before.paragraph >= s.paragraph - 1 ? ctx.people.find((m) => m.start >= before.start && m.end <= before.end) : undefined;
      if (named && !quotations.some((o) => o.outerStart >= before!.start && o.outerStart < before!.end)) {
        result[k] = { kind: 'person', phrase: named.name, appositive: null, frame: before!.text };
      }
    }
  }
  return result;
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

/** `, Trump wrote …` / `, said Boris Pistorius, …` / `, according to the White House read-out.` right after a quotation. */
function attributionAfter(after: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  const lead = /^[\s,.;:!?\u2014\u2013-]*/u.exec(after)![0];
  const rest = after.slice(lead.length);
  if (!rest) return null;
  const noun = SPEECH_NOUN.exec(rest);
  if (noun && noun.index === 0) {
    const phrase = rest.slice(noun[0].length).replace(/[.,;:!?]+\s*$/u, '').trim();
    return fromPhrase(phrase, null, rest, at, ctx, lastNamed);
  }
  SPEECH_VERB.lastIndex = 0;
  const verb = SPEECH_VERB.exec(rest);
  if (!verb) return null;
  const subject = rest.slice(0, verb.index).replace(/\s+$/u, '');
  if (!subject) {
    // Inverted: `said German Defense Minister Boris Pistorius, just moments before …`.
    const written = /^[^,;.!?]*/u.exec(rest.slice(verb[0].length))![0];
    const object = written.trim();
    if (!object) return null;
    return fromPhrase(object, appositiveAfter(rest.slice(verb[0].length + written.length + 1)), rest, at, ctx, lastNamed);
  }
  // The subject must be short and come straight after the quotation: a name, or a name with a role between commas.
  if (subject.split(/\s+/u).length > 40) return null;
  const adverb = /^(?<subj>.*?)(?:,)?\s+(?:\p{Ll}+ly|also|further|then|later|once|again)$/u.exec(subject);
  const subj = (adverb?.groups?.subj ?? subject).replace(/,\s*$/u, '');
  const comma = subj.indexOf(', ');
  const phrase = comma >= 0 ? subj.slice(0, comma) : subj;
  const appositive = comma >= 0 ? subj.slice(comma + 2).trim() : null;
  if (!STARTS_SUBJECT.test(phrase) && !PRONOUN.test(phrase)) return null;
  if (/[“”"]/u.test(phrase)) return null;
  return fromPhrase(phrase, appositive, rest, at, ctx, lastNamed);
}

/** `Trump further said that his goal was “…` / `X told reporters: “…` / `…, saying he “…` before a quotation. */
function attributionBefore(before: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  let last: RegExpExecArray | null = null;
  SPEECH_VERB.lastIndex = 0;
  for (let m; (m = SPEECH_VERB.exec(before));) last = m;
  const noun = SPEECH_NOUN.exec(before);
  if (noun && (!last || noun.index > last.index)) {
    // `According to the Kremlin, “…”`.
    const phrase = /^[^,;:]*/u.exec(before.slice(noun.index + noun[0].length))![0].trim();
    if (phrase) return fromPhrase(phrase, null, before, at, ctx, lastNamed);
  }
  if (!last) return null;
  const head = before.slice(0, last.index);
  const verb = last[0].toLowerCase();
  if (PARTICIPLES.has(verb) && /,\s*$/u.test(head)) {
    // `…, saying he “…”`: the subject of the clause the participle hangs on.
    const subject = clauseSubject(head, at, ctx);
    return subject ? { kind: 'person', phrase: subject, appositive: null, frame: before } : null;
  }
  // The subject right before the verb, an adverb or two allowed between.
  const m = /(?:^|[,;:(\u2014\u2013]\s*|\b(?:that|which|who|as|and|but|while|when)\s+)([^,;:()\u2014\u2013]*?)\s*(?:(?:\p{Ll}+ly|also|further|then|later|once|again|has|have|had|will|would)\s+)*$/u.exec(head);
  const subj = m?.[1]?.trim() ?? '';
  if (!subj) return null;
  if (!STARTS_SUBJECT.test(subj)) return null;
  return fromPhrase(subj, null, before, at, ctx, lastNamed);
}

/** The last name (or coordinated names, "Trump and Vice President J.D. Vance") before a verb in `head`. */
function clauseSubject(head: string, at: number, ctx: AttributionContext): string | null {
  // Names in the clause, each followed by a verb (a word in -ed, or an adverb in -ly and then one).
  const candidates = ctx.mentions.filter((m) => m.start >= at && m.end <= at + head.length && m.tokens.length > 0);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i]!;
    const following = head.slice(m.end - at);
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

/** A role right after a name: `, the head of …` (a phrase opening with an article or a title word). */
function appositiveAfter(text: string): string | null {
  const m = /^\s*((?:a|an|the)\s[^;.!?]*?)(?=,|[.;!?]|$)/u.exec(text);
  return m ? m[1]!.trim() : null;
}

const PRONOUN = new RegExp(`^(?:${Object.keys(reporting.pronouns).join('|')})$`, 'iu');

/** The name of the person the article mentions last before `offset`. */
function lastPerson(ctx: AttributionContext, offset: number): string | null {
  // The last person who spoke ("Trump said …"), within the two sentences before; else the last person named.
  const recent = ctx.sentences.filter((x) => x.start < offset).slice(-2)[0]?.start ?? 0;
  let speaker: NameMention | null = null;
  let named: NameMention | null = null;
  const known = new Set(ctx.people.map((m) => m.start));
  for (const m of ctx.mentions) {
    if (m.end > offset || m.tokens.length === 0 || !looksLikePerson(m)) continue;
    if (known.has(m.start) && (!named || m.start > named.start)) named = m;
    SPEECH_VERB.lastIndex = 0;
    const after = ctx.text.slice(m.end, m.end + 40);
    const verb = SPEECH_VERB.exec(after);
    if (m.start >= recent && verb && /^\s+(?:(?:\p{Ll}+ly|also|further|then|later|again)\s+)?$/u.test(after.slice(0, verb.index)) && (!speaker || m.start > speaker.start)) speaker = m;
  }
  return (speaker ?? named)?.name ?? null;
}

/** Whether a phrase names a person ("Kremlin spokesman Dmitry Peskov"): then it is the person speaking, not the readout. */
export function namesPerson(phrase: string): boolean {
  return nameMentions(phrase).some((m) => m.tokens.length >= 2 && looksLikePerson(m));
}

/** Reads an attribution phrase: a readout ("the White House read-out") or a person. */
function fromPhrase(phrase: string, appositive: string | null, frame: string, at: number, ctx: AttributionContext, lastNamed: (offset: number) => Side[]): Attribution | null {
  const sides = namesPerson(phrase) ? [] : sidesNamed(phrase, ctx.sources, lastNamed(at));
  if (sides.length > 0 && (READOUT_NOUN.test(phrase) || ctx.sources.some((s) => s.names.some((n) => containsWords(phrase.toLowerCase(), n.toLowerCase()))))) {
    return { kind: 'source', sides, frame };
  }
  const descriptor = DESCRIPTOR.exec(phrase);
  if (descriptor && !/^(?:the|a|an)\s+$/u.test(descriptor[1]!)) {
    phrase = phrase.slice(descriptor[0].length);
    appositive ??= descriptor[1]!.trim().replace(/^(?:the|a|an)\s+/u, '');
  }
  // "he said", "she wrote": the person the article named last before.
  if (PRONOUN.test(phrase.trim())) {
    const named = lastPerson(ctx, at);
    return named ? { kind: 'person', phrase: named, appositive: null, frame } : null;
  }
  // "Kremlin spokesman Dmitry Peskov": what comes before the name describes the speaker.
  const person = nameMentions(phrase).find((m) => m.tokens.length >= 2 && looksLikePerson(m));
  if (person && person.start > 0 && !appositive) {
    const before = phrase.slice(0, person.start).trim().replace(/^(?:the|a|an)\s+/iu, '');
    if (before && before.split(/\s+/u).length <= 6) appositive = before;
  }
  const cleaned = phrase.replace(/^(?:the|a|an)\s+/u, (w) => (/^\p{Lu}/u.test(phrase.slice(w.length)) ? '' : w)).trim();
  if (!cleaned || cleaned.split(/\s+/u).length > 12) return null;
  return { kind: 'person', phrase: cleaned, appositive: appositive && appositive.length > 0 ? appositive : null, frame };
}
