/**
 * Agreement between two hand-made golds of typed differences (the format of
 * tests/fixtures/differences): the second annotator's differences are scored against the
 * first's with the scorer's own matching rule (gold.ts `matchLink`: same type, spans that
 * overlap on a side where both give words, one-to-one, greedily in the first's order), so
 * the figures bound what the rules can score under the same rule.
 */
import { DIFFERENCE_TYPES, type DifferenceType, type TypedDifference } from '../../shared/differences/types';
import type { Sentence } from '../../shared/model/types';
import { goldLinks, matchLink, precision, readoutSentences, recall, type GoldDifference, type GoldLink, type LinkOutcome, type Tally } from './gold';

const isType = (t: string): t is DifferenceType => (DIFFERENCE_TYPES as readonly string[]).includes(t);

/** One annotator's differences on a link as if they were predicted: each span located in its sentence. */
export function asPredicted(sa: Sentence, sb: Sentence, diffs: readonly GoldDifference[], file: string): TypedDifference[] {
  const span = (s: Sentence, text: string | null) => {
    if (text === null) return null;
    const at = s.text.indexOf(text);
    if (at < 0) throw new Error(`${file}: span not in ${s.id}: "${text}"`);
    return { id: s.id, start: at, end: at + text.length, text };
  };
  return diffs.map((d) => {
    if (!isType(d.type)) throw new Error(`${file}: unknown difference type "${d.type}"`);
    return { type: d.type, a: span(sa, d.a_text), b: span(sb, d.b_text), explanation: d.note ?? '' };
  });
}

const linkKey = (l: { a: string; b: string }) => `${l.a}–${l.b}`;

/** The second gold's differences matched to the first's, link by link (a link of one file only counts against it); `unshared`: such links. */
export function agreementOutcomes(pairDir: string, firstFile: string, secondFile: string): { outcomes: LinkOutcome[]; unshared: string[] } {
  const { gold, sa, sb } = readoutSentences(pairDir);
  const first = goldLinks(firstFile);
  const second = goldLinks(secondFile);
  const find = (links: readonly GoldLink[], key: string) => links.find((l) => linkKey(l) === key);
  const keys = [...new Set([...first, ...second].map(linkKey))];
  const outcomes = keys.map((key) => {
    const one = find(first, key);
    const two = find(second, key);
    const { a, b } = (one ?? two)!;
    const i = gold.a_units.findIndex((u) => u.id === a);
    const j = gold.b_units.findIndex((u) => u.id === b);
    if (i < 0 || j < 0) throw new Error(`${one ? firstFile : secondFile}: link ${key} names no unit of ${pairDir}/gold.json`);
    const reference = one?.differences ?? [];
    const other = asPredicted(sa[i]!, sb[j]!, two?.differences ?? [], secondFile);
    return { a, b, gold: reference, predicted: other, ...matchLink(sa[i]!, sb[j]!, reference, other) };
  });
  return { outcomes, unshared: keys.filter((k) => !find(first, k) || !find(second, k)) };
}

/** The harmonic mean of precision and recall (0 when both are 0). */
export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const shown = (d: { type: string; a_text?: string | null; b_text?: string | null; a?: { text: string } | null; b?: { text: string } | null }) =>
  `${d.type}: ${'a_text' in d ? d.a_text : (d.a?.text ?? null)} | ${'b_text' in d ? d.b_text : (d.b?.text ?? null)}`;

/** One line per difference that only one annotator wrote (for adjudication): "pair a1–b2  only 1  type: a | b". */
export function disagreements(name: string, outcomes: readonly LinkOutcome[]): string[] {
  return outcomes.flatMap((o) => [
    ...o.gold.filter((_, n) => !o.found[n]).map((g) => `${name} ${o.a}–${o.b}  only 1  ${shown(g)}`),
    ...o.predicted.filter((_, n) => !o.matched[n]).map((d) => `${name} ${o.a}–${o.b}  only 2  ${shown(d)}`),
  ]);
}
