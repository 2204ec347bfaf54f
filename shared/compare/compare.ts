/**
 * The comparison of two readouts: sentences, links, word diffs, omissions and
 * coverage. This is the document every consumer reads (CLI, main process,
 * renderer, report); see docs/ARCHITECTURE.md.
 */
import { readsFirst, swapAgents } from '../align/orientation';
import { agentResolvers } from '../align/agents';
import { alignExplained, DEFAULT_ALIGN_OPTIONS, type AlignOptions, type Link, type Reason } from '../align/align';
import type { AlignResources } from '../align/resources';
import type { By } from '../corrections/model';
import { differencesFor } from '../differences/detect';
import { withoutRowEchoes } from '../differences/rows';
import type { TypedDifference } from '../differences/types';
import { tokenMemo } from '../diff/myers';
import { wordDiff, type DiffPart } from '../diff/words';
import type { MissingPart, Sentence, SentenceId, Side, SourceDoc } from '../model/types';
import { segmentSentences } from '../text/segment';
import { countWords } from '../text/words';
import { mayBeInMissingPart } from './missing';
import { isStructural } from '../align/structure';
import { omissionWording, structureWording } from './wording';

export { omissionWording };

/** A pair of statements, one sentence per side, that report the same point. */
export interface Pair {
  /** Sentences of A in the pair (one per pair here; a list so groups fit the same shape). */
  a: SentenceId[];
  /** Sentences of B in the pair. */
  b: SentenceId[];
  /** Similarity in [0, 1], rounded to 3 decimals. */
  score: number;
  /**
   * The probability in [0, 1] (rounded to 3 decimals) that each of the pair's links is right,
   * from the selection model (docs/alignment.md); null for a link an analyst made.
   */
  confidence: number | null;
  /** The shared terms or concepts behind the score, largest first. */
  reasons: Reason[];
  /** Word diff from the A sentence to the B sentence. */
  diff: DiffPart[];
  /** Who linked them: the aligner, or the analyst (shared/corrections/); absent in a comparison no correction was applied to. */
  by?: By;
  /** Set when the analyst confirmed the link. */
  checked?: boolean;
  /**
   * How the two sentences differ in what they say (docs/differences.md): always set by
   * `compare`, empty when the readouts are not in English; absent in a comparison made
   * before typed differences existed (read it as empty).
   */
  differences?: TypedDifference[];
}

/** One readout in the comparison. */
export interface ComparedSide {
  file: string;
  label: string;
  complete: boolean;
  /** Which parts an incomplete copy lacks (shared/compare/missing.ts); absent: not said. */
  missing?: MissingPart[];
  language: string;
  sentences: Sentence[];
  /** Share of the readout's words that lie in sentences paired with the other side, in [0, 1]. */
  coverage: number;
  /** Number of words in the readout. */
  words: number;
}

/** A statement only one side made, with the wording the UI shows for it. */
export interface Omission {
  id: SentenceId;
  /**
   * "only in White House", or "not in Kremlin's (incomplete) copy" when the other copy is incomplete;
   * led by "probably" or "possibly" when the confidence is below the one threshold of shared/align/strength.ts.
   */
  wording: string;
  /** The probability in [0, 1] (rounded to 3 decimals) that the statement really is reported by one side only; null when an analyst decided. */
  confidence: number | null;
  /**
   * Set when the line organises the text rather than reports a point of the call (a line
   * announcing what follows, a heading or label line: shared/align/structure.ts). Its
   * wording says so; the findings and the counts of one-sided statements leave it out.
   */
  structure?: true;
  /**
   * The other side's statement that came closest, its score and what they share: for
   * an analyst to check the omission (absent when nothing there shared enough to score).
   */
  nearest?: { id: SentenceId; score: number; confidence: number; reasons: Reason[] };
  /** Who left it one-sided: the aligner, or the analyst who took its link away; absent when no correction was applied. */
  by?: By;
  /** Set when the analyst confirmed that it is one-sided. */
  checked?: boolean;
  /**
   * Set when the analyst took its link away and did not check it (shared/corrections/apply.ts):
   * the analyst said only that it is not the same point as its partner, so whether it is
   * one-sided was not estimated. Its wording says so ("not the same point as Kremlin b11"); it is
   * counted apart (shared/compare/one-sided.ts). Read this flag, never the wording.
   */
  unlinked?: true;
  /**
   * For a statement the analyst unlinked: the aligner's link the analyst took away, its other
   * end and its link confidence, so the analyst's decision is shown against the machine's view
   * ("the analysis had linked it to b4 with link confidence 0.83": `machineLinkWording`); absent
   * otherwise, and for a link that was the analyst's own.
   */
  machineLink?: { id: SentenceId; confidence: number };
}

/** The full comparison. */
export interface Comparison {
  a: ComparedSide;
  b: ComparedSide;
  /** Sorted by first A id, then first B id (in text order). */
  pairs: Pair[];
  /** Ids of A sentences in no pair, in text order. */
  onlyA: SentenceId[];
  onlyB: SentenceId[];
  /** The wording for each one-sided statement, in the order of onlyA then onlyB. */
  omissions: Omission[];
  /**
   * Only on a comparison the analyst corrected (shared/corrections/apply.ts): the aligner's row
   * keys in reading order, which the rows are numbered against (`rowLabels`, shared/view/rows.ts),
   * so a correction renumbers no row it leaves alone. Absent: rows are numbered 1, 2, 3 …
   */
  rowBase?: string[];
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Compares two readouts. Deterministic: the same input gives the same output. */
export function compare(docA: SourceDoc, docB: SourceDoc, resources: AlignResources, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Comparison {
  const sentencesA = segmentSentences(docA.text, 'a', { language: docA.meta.language });
  const sentencesB = segmentSentences(docB.text, 'b', { language: docB.meta.language });
  const inputA = { sentences: sentencesA, language: docA.meta.language };
  const inputB = { sentences: sentencesB, language: docB.meta.language };
  // One set of agent resolvers: the aligner and the typed differences both read the sentences' subjects.
  // Made in the orientation the aligner reads the pair in (orientation.ts), so that a party's name
  // in a reason ("by Zelenskyy in both") is spelled the same whichever file came first.
  const agents = readsFirst(inputA, inputB) ? agentResolvers(inputA, inputB) : swapAgents(agentResolvers(inputB, inputA));
  const { links, nearest, oneSided } = alignExplained(inputA, inputB, resources, options, agents);

  // Readouts repeat formulas ("They agreed to stay in close contact."): diff each distinct pair of texts once.
  const textsB = new Map<string, number>();
  for (const s of sentencesB) if (!textsB.has(s.text)) textsB.set(s.text, textsB.size);
  const idsB = sentencesB.map((s) => textsB.get(s.text)!);
  const diffs = new Map<string, DiffPart[][]>();
  const tokens = tokenMemo();
  const diffOf = (x: string, j: number): DiffPart[] => {
    // By A's text, then by the number of B's text.
    let row = diffs.get(x);
    if (!row) diffs.set(x, (row = []));
    return (row[idsB[j]!] ??= wordDiff(x, sentencesB[j]!.text, docA.meta.language, tokens));
  };
  const differences = differencesFor({
    a: { sentences: sentencesA, language: docA.meta.language, label: docA.meta.label },
    b: { sentences: sentencesB, language: docB.meta.language, label: docB.meta.label },
  }, agents);
  const linked: Pair[] = links.map((l) => {
    const sa = sentencesA[l.a]!;
    const sb = sentencesB[l.b]!;
    return {
      a: [sa.id], b: [sb.id], score: round(l.score), confidence: round(l.confidence), reasons: l.reasons, diff: diffOf(sa.text, l.b),
      differences: differences(l.a, l.b, l.reasons),
    };
  });
  const textOf = new Map([...sentencesA, ...sentencesB].map((s) => [s.id, s.text]));
  const pairs = withoutRowEchoes(linked, (id) => textOf.get(id));
  const pairedA = new Set(links.map((l) => l.a));
  const pairedB = new Set(links.map((l) => l.b));
  const onlyA = sentencesA.filter((_, i) => !pairedA.has(i)).map((s) => s.id);
  const onlyB = sentencesB.filter((_, i) => !pairedB.has(i)).map((s) => s.id);

  const side = (doc: SourceDoc, sentences: Sentence[], paired: Set<number>): ComparedSide => {
    // A formula the readout repeats is counted once.
    const words = new Map<string, number>();
    const counts = sentences.map((s) => {
      let n = words.get(s.text);
      if (n === undefined) words.set(s.text, (n = countWords(s.text, doc.meta.language)));
      return n;
    });
    const total = counts.reduce((x, y) => x + y, 0);
    const covered = counts.reduce((sum, n, i) => sum + (paired.has(i) ? n : 0), 0);
    return {
      file: doc.file, label: doc.meta.label, complete: doc.meta.complete, ...(doc.meta.missing?.length ? { missing: doc.meta.missing } : {}), language: doc.meta.language,
      sentences, coverage: total === 0 ? 0 : covered / total, words: total,
    };
  };
  const a = side(docA, sentencesA, pairedA);
  const b = side(docB, sentencesB, pairedB);
  const closest = (l: Link | null, other: Sentence[], side: Side): Pick<Omission, 'nearest'> =>
    (l ? { nearest: { id: other[side === 'a' ? l.b : l.a]!.id, score: round(l.score), confidence: round(l.confidence), reasons: l.reasons } } : {});
  // Which sentences of each side are paired, as mayBeInMissingPart reads it: made once per side, not per omission.
  const pairedFlags = { a: sentencesA.map((_, i) => pairedA.has(i)), b: sentencesB.map((_, j) => pairedB.has(j)) };
  // `s` is sentence `index` of `side`.
  const omission = (s: Sentence, index: number, p: number, maker: ComparedSide, other: ComparedSide, near: Link | null, otherSentences: Sentence[], side: Side): Omission => {
    const { id, text } = s;
    const confidence = round(p);
    if (isStructural(text, maker.language)) return { id, wording: structureWording(maker), confidence, structure: true, ...closest(near, otherSentences, side) };
    return { id, wording: omissionWording(maker, other, confidence, mayBeInMissingPart(other, index, pairedFlags[side])), confidence, ...closest(near, otherSentences, side) };
  };
  const omissions: Omission[] = [
    ...sentencesA.flatMap((s, i) => (pairedA.has(i) ? [] : [omission(s, i, oneSided.a[i]!, a, b, nearest.a[i]!, sentencesB, 'a')])),
    ...sentencesB.flatMap((s, j) => (pairedB.has(j) ? [] : [omission(s, j, oneSided.b[j]!, b, a, nearest.b[j]!, sentencesA, 'b')])),
  ];
  return { a, b, pairs, onlyA, onlyB, omissions };
}
