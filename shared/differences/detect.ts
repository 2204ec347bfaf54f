/**
 * The typed differences of a comparison's pairs (docs/differences.md): for each
 * link, what a careful analyst would mention about how the two sentences report
 * the same point. English only: other languages keep the plain word diff.
 */
import type { Reason } from '../align/align';
import { agentResolvers, type Agent, type AgentResolvers, type Subject } from '../align/agents';
import { readsFirst, swapAgents } from '../align/orientation';
import type { Sentence, SentenceId, Side } from '../model/types';
import { primaryLanguage } from '../text/language';
import { actor } from './actor';
import { commitment } from './commitment';
import type { PairContext } from './context';
import { condition, evaluation, modality, polarity, scope } from './cues';
import { numbers } from './number';
import { withoutSubPoints } from './subpoint';
import { sharedTokens, tokenize, type Tok } from './tokens';
import { DIFFERENCE_TYPES, type DifferenceSpan, type TypedDifference } from './types';

/** The reason label of the two openings of a call (shared/align/align.ts). */
const OPENING_REASON = 'both open with the call';

/** A subject that is one of the two leaders (not both, not unknown). */
const isParty = (agent: Agent): boolean => agent === 1 || agent === 2;

/** What the rules need beyond the two sentences. */
export interface PairDifferenceInput {
  a: Sentence;
  b: Sentence;
  /** Indices of the sentences in their readouts (for the subjects). */
  indexA: number;
  indexB: number;
  reasons: readonly Reason[];
}

/** The typed differences of one pair, ordered by type (DIFFERENCE_TYPES), then by position in A. */
export function pairDifferences(input: PairDifferenceInput, labels: Record<Side, string>, agents: AgentResolvers | null, tokensOf: (s: Sentence) => readonly Tok[] = (s) => tokenize(s.text)): TypedDifference[] {
  const tokens = { a: tokensOf(input.a), b: tokensOf(input.b) };
  const shared = sharedTokens(tokens.a, input.a.text, tokens.b, input.b.text, input.reasons);
  const concepts = input.reasons.flatMap((r) => (!r.via && r.a && r.b ? [{ a: r.a.toLowerCase(), b: r.b.toLowerCase() }] : []));
  const ctx: PairContext = { sentences: { a: input.a, b: input.b }, tokens, shared, labels, concepts };
  const subjects = { a: agents?.subject.a(input.indexA), b: agents?.subject.b(input.indexB) };
  const opening = input.reasons.some((r) => r.label === OPENING_REASON);
  const twoSpeakers = isParty(subjects.a?.agent) && isParty(subjects.b?.agent) && subjects.a?.agent !== subjects.b?.agent;
  const found = withoutSubPoints(ctx, [
    ...actor(ctx, { subjects, names: agents?.names ?? { 1: null, 2: null }, opening }),
    ...commitment(ctx, { a: subjects.a?.end, b: subjects.b?.end }, twoSpeakers, { a: subjects.a?.agent !== undefined, b: subjects.b?.agent !== undefined }, subjects.a?.agent === 'joint' && subjects.b?.agent === 'joint'),
    ...numbers(ctx), ...condition(ctx), ...scope(ctx), ...polarity(ctx), ...modality(ctx, twoSpeakers), ...evaluation(ctx),
  ]);
  // Most pairs have none: nothing to order (no comparator made).
  return found.length === 0 ? found : withoutOverlaps(found.sort(byTypeThenPlace));
}

const rank = (d: TypedDifference): number => DIFFERENCE_TYPES.indexOf(d.type);
const at = (d: TypedDifference): number => d.a?.start ?? d.b?.start ?? 0;
const byTypeThenPlace = (x: TypedDifference, y: TypedDifference): number => rank(x) - rank(y) || at(x) - at(y);
const overlaps = (x: DifferenceSpan | null, y: DifferenceSpan | null): boolean => !!x && !!y && x.id === y.id && x.start < y.end && y.start < x.end;

/** Words carry one difference: a later one (in type order) whose span overlaps an earlier one's on either side is dropped ("responded positively" is a commitment, not also an evaluation). */
function withoutOverlaps(sorted: readonly TypedDifference[]): TypedDifference[] {
  const kept: TypedDifference[] = [];
  for (const d of sorted) if (!kept.some((k) => overlaps(k.a, d.a) || overlaps(k.b, d.b))) kept.push(d);
  return kept;
}

/** The two readouts of a comparison, as the difference rules read them. */
export interface DifferenceSides {
  a: { sentences: readonly Sentence[]; language: string; label: string };
  b: { sentences: readonly Sentence[]; language: string; label: string };
}

/**
 * A function giving the typed differences of a link (0-based sentence indices),
 * for two readouts; empty for every link unless both are in English. `shared`:
 * the readouts' agent resolvers when the caller has them (compare() makes them
 * once for the aligner and the differences: each sentence's subject is found once).
 */
export function differencesFor(sides: DifferenceSides, shared?: AgentResolvers): (a: number, b: number, reasons: readonly Reason[]) => TypedDifference[] {
  if (primaryLanguage(sides.a.language) !== 'en' || primaryLanguage(sides.b.language) !== 'en') return () => [];
  const agents = shared ?? agentResolvers(sides.a, sides.b);
  const labels = { a: sides.a.label, b: sides.b.label };
  // A sentence linked to several others, or a formula repeated, is tokenized once (and its cues
  // found once: tokens.ts); tokens hold offsets into their own sentence, so the text is the key.
  const cache = new Map<string, readonly Tok[]>();
  const tokensOf = (s: Sentence): readonly Tok[] => {
    let t = cache.get(s.text);
    if (!t) cache.set(s.text, (t = tokenize(s.text)));
    return t;
  };
  // Readouts link the same two texts again and again (formulas; the bench's generated readouts):
  // a pair's differences depend on its texts, reasons and subjects, not on where the sentences stand.
  // Texts by number (a readout's formulas are one text): the key of a pair holds two numbers, not two texts.
  const textIds = new Map<string, number>();
  const textId = (text: string): number => {
    let id = textIds.get(text);
    if (id === undefined) textIds.set(text, (id = textIds.size));
    return id;
  };
  const idsA = sides.a.sentences.map((s) => textId(s.text));
  const idsB = sides.b.sentences.map((s) => textId(s.text));
  // By the texts and subjects (a key of numbers), then by the reasons, compared word for word with the few
  // sets of reasons that pair was asked with (a key holding the reasons' words was hashed whole per link).
  const known = new Map<string, Array<{ reasons: readonly Reason[]; found: readonly TypedDifference[] }>>();
  return (i, j, reasons) => {
    const a = sides.a.sentences[i]!;
    const b = sides.b.sentences[j]!;
    const key = pairKey(idsA[i]!, idsB[j]!, agents.subject.a(i), agents.subject.b(j));
    let asked = known.get(key);
    if (!asked) known.set(key, (asked = []));
    const hit = asked.find((q) => sameReasons(q.reasons, reasons));
    if (hit) return hit.found.map((d) => ({ ...d, a: d.a && { ...d.a, id: a.id }, b: d.b && { ...d.b, id: b.id } }));
    const found = pairDifferences({ a, b, indexA: i, indexB: j, reasons }, labels, agents, tokensOf);
    asked.push({ reasons, found });
    return found;
  };
}

/** What the difference rules read of a pair besides the readouts' labels and names and the reasons: both texts (by number), the subjects. */
function pairKey(textA: number, textB: number, subjectA: Subject | undefined, subjectB: Subject | undefined): string {
  return `${textA} ${textB} ${subjectKey(subjectA)} ${subjectKey(subjectB)}`;
}

/** Whether the rules read two links' reasons the same: the same labels and surfaces, referring back or not, in order. */
function sameReasons(x: readonly Reason[], y: readonly Reason[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k]!;
    const q = y[k]!;
    if (!p.via !== !q.via || p.label !== q.label || p.a !== q.a || p.b !== q.b) return false;
  }
  return true;
}

const subjectKey = (s: Subject | undefined): string => (s ? `${s.agent}:${s.start}:${s.end}` : '-');

/** The typed differences of a link given by its sentences' ids (with its reasons); empty when either id is unknown. */
export type LinkDifferences = (a: SentenceId, b: SentenceId, reasons: readonly Reason[]) => TypedDifference[];

/**
 * The typed differences of any link between two readouts, by sentence id: the rules and subjects a machine
 * link gets in compare() (the agents read in the orientation the aligner reads the pair in), for a link the
 * analyst made (shared/corrections/apply.ts: tester 10, T6, an analyst's link had none).
 */
export function linkDifferences(sides: DifferenceSides): LinkDifferences {
  const agents = readsFirst(sides.a, sides.b) ? agentResolvers(sides.a, sides.b) : swapAgents(agentResolvers(sides.b, sides.a));
  const of = differencesFor(sides, agents);
  const indexA = new Map(sides.a.sentences.map((s, i) => [s.id, i]));
  const indexB = new Map(sides.b.sentences.map((s, i) => [s.id, i]));
  return (a, b, reasons) => {
    const [i, j] = [indexA.get(a), indexB.get(b)];
    return i === undefined || j === undefined ? [] : of(i, j, reasons);
  };
}
