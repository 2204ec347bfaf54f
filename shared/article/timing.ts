/**
 * One timing per occasion (tester 9, V13). An article may quote a party's words twice, once
 * with a time ("X on Monday praised …, saying “everyone should follow”") and once without
 * (“And everyone should follow,” X said): the same words of the same speaker are one occasion,
 * so they get one timing. When the quotations of one occasion disagree (one before the call,
 * one after), or the article's own sequence says the speaker talked with the other party
 * earlier (the call came before the remarks) while a quotation's time says before the call
 * (the call's date in the meta and the article's day can differ by a time zone), the timing is
 * "unclear" rather than either. Pure; linear in the quotations (quadratic in one speaker's).
 */
import reporting from './data/reporting.json';
import { containsWords } from './attribution';
import { alternation } from './patterns';
import type { Commentary, Timing } from '../model/article';

/** A quotation's words for comparing occasions: lower case, letters and digits, a leading conjunction dropped. */
function words(quote: string): string {
  const plain = quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return plain.replace(/^(?:and|but|so)\s+/u, '');
}

/**
 * Whether two quotations of one speaker are the same words: one holding the other whole, on word boundaries
 * ("war" is not in "award"). A one-word quotation (a scare quote) is no occasion of its own: it is the same
 * words as nothing else (session 16, review).
 */
const sameWords = (x: string, y: string): boolean => x.includes(' ') && y.includes(' ') && (containsWords(x, y) || containsWords(y, x));

const TALKED = new RegExp(`(?<![\\p{L}])(?:${alternation(reporting.callOpeningWords)})(?![\\p{L}])`, 'iu');
const EARLIER = new RegExp(`(?<![\\p{L}])(?:${alternation(reporting.earlierAdverbs)})(?![\\p{L}])`, 'iu');

/**
 * Whether the article says the speaker (by surname) talked with the other party earlier: a sentence naming
 * them and another of the call's parties (`parties`, surnames), each as a whole word, with a talk verb and an
 * adverb of earlier time ("X noted that he spoke to Y earlier"; not "X held a news conference earlier").
 */
export function talkedEarlier(text: string, surname: string, parties: ReadonlySet<string>): boolean {
  return talkedEarlierIn(sentencesOf(text), surname, parties);
}

/** The text's sentences in lower case, split once for every speaker looked up. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/u).map((s) => s.toLowerCase());

function talkedEarlierIn(sentences: readonly string[], surname: string, parties: ReadonlySet<string>): boolean {
  const name = surname.toLowerCase();
  const others = [...parties].map((p) => p.toLowerCase()).filter((p) => p !== '' && p !== name);
  if (name === '' || others.length === 0) return false;
  return sentences.some((s) => containsWords(s, name) && others.some((o) => containsWords(s, o)) && TALKED.test(s) && EARLIER.test(s));
}

/** The timing of one occasion's quotations: theirs when they agree, "unclear" when they or the article's sequence disagree. */
function occasionTiming(timings: readonly Timing[], afterByArticle: boolean): Timing {
  const said = new Set(timings.filter((t) => t !== null));
  if (said.size > 1 || said.has('unclear') || (afterByArticle && said.has('before'))) return 'unclear';
  return said.size === 1 ? [...said][0]! : null;
}

/**
 * The commentary with one timing per occasion: quotations of one speaker with the same words share it.
 * `surnameOf` gives the surname the article's sequence is looked up by; `parties`, the call's parties' surnames.
 */
export function occasionTimings(commentary: readonly Commentary[], text: string, surnameOf: (name: string) => string, parties: ReadonlySet<string>): Commentary[] {
  const groups = new Map<number, number[]>();
  const root = commentary.map((_, i) => i);
  commentary.forEach((q, i) => {
    for (let j = 0; j < i; j++) {
      const other = commentary[j]!;
      if (root[j] === j && other.speaker === q.speaker && sameWords(words(other.quote), words(q.quote))) {
        root[i] = j;
        break;
      }
    }
    groups.set(root[i]!, [...(groups.get(root[i]!) ?? []), i]);
  });
  const timing = new Map<number, Timing>();
  let sentences: string[] | null = null;
  for (const members of groups.values()) {
    const first = commentary[members[0]!]!;
    const afterByArticle = first.party && talkedEarlierIn((sentences ??= sentencesOf(text)), surnameOf(first.speaker), parties);
    const t = members.length > 1 || afterByArticle ? occasionTiming(members.map((i) => commentary[i]!.timing), afterByArticle) : first.timing;
    for (const i of members) timing.set(i, t);
  }
  return commentary.map((q, i) => (timing.get(i) === q.timing ? q : { ...q, timing: timing.get(i)! }));
}
