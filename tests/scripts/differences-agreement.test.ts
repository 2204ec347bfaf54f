import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementOutcomes, asPredicted, disagreements, f1 } from '../../scripts/differences/agreement';
import { FIXTURES, goldLinks, goldSource, precision, readoutSentences, recall, split, tally, type AlignmentGold } from '../../scripts/differences/gold';

// An invented pair (Valdoria and Ostmark) with two invented annotations of its links.
const DIR = join(__dirname, '../fixtures/differences-agreement');
const FIRST = join(DIR, 'first.json');
const SECOND = join(DIR, 'second.json');

describe('agreement between two golds of typed differences', () => {
  it('matches by the scorer\'s rule: same type, overlapping words on one side, one for one', () => {
    const { byType, total } = tally(agreementOutcomes(DIR, FIRST, SECOND).outcomes);
    // Matched: the call's length (spans overlap), the actor (on side a only), the commitment, the scope (on side b).
    // Not matched: "by 2030" typed number by one, modality by the other; an extra scope on a3–b3; a link only the second names.
    expect(total).toEqual({ gold: 5, predicted: 7, matched: 4 });
    expect(byType.get('number')).toEqual({ gold: 2, predicted: 1, matched: 1 });
    expect(byType.get('modality')).toEqual({ gold: 0, predicted: 1, matched: 0 });
    expect(byType.get('commitment')).toEqual({ gold: 1, predicted: 2, matched: 1 });
    expect(precision(total)).toBeCloseTo(4 / 7);
    expect(recall(total)).toBeCloseTo(4 / 5);
    expect(f1(total)).toBeCloseTo((2 * (4 / 7) * (4 / 5)) / (4 / 7 + 4 / 5));
  });

  it('is symmetric: swapping the annotators swaps precision and recall', () => {
    const one = tally(agreementOutcomes(DIR, FIRST, SECOND).outcomes).total;
    const two = tally(agreementOutcomes(DIR, SECOND, FIRST).outcomes).total;
    expect(two).toEqual({ gold: one.predicted, predicted: one.gold, matched: one.matched });
  });

  it('names the links of one file only, and lists what one annotator alone wrote', () => {
    const { outcomes, unshared } = agreementOutcomes(DIR, FIRST, SECOND);
    expect(unshared).toEqual(['a3–b2']);
    expect(disagreements('invented', outcomes)).toEqual([
      'invented a2–b2  only 1  number: by 2030 | null',
      'invented a2–b2  only 2  modality: by 2030 | null',
      'invented a3–b3  only 2  scope: fishing quotas | fishing rights',
      'invented a3–b2  only 2  commitment: discussed | proposed',
    ]);
  });

  it('refuses a span that is not in its sentence, naming the file', () => {
    expect(() => agreementOutcomes(DIR, FIRST, join(DIR, 'bad-span.json'))).toThrow(/bad-span\.json: span not in a1: "half an hour"/u);
  });

  it('refuses a file that is no differences gold, naming it', () => {
    expect(() => goldLinks(join(DIR, 'a.txt'))).toThrow(/a\.txt: not a differences gold \(/u);
    expect(() => goldLinks(join(DIR, 'gold.json'))).toThrow(/gold\.json: not a differences gold \(no "links" list\)/u);
  });

  it('gives F1 0, not NaN, when nothing is matched or written', () => {
    expect(f1({ gold: 0, predicted: 0, matched: 0 })).toBe(0);
    expect(f1({ gold: 3, predicted: 2, matched: 0 })).toBe(0);
  });
});

// The three golds of the held-out pairs (annotator 1, annotator 2, adjudicated) are read by the
// scorer's --gold-dir and by the agreement script: each must hold every strong link of the pair's
// alignment gold, known types and spans that are in their sentences. Only the files are checked;
// the rules are not run on these pairs here (they are scored on purpose, once, by the lead).
describe('the held-out golds of typed differences', () => {
  const PAIRS = join(__dirname, '../fixtures/pairs');
  const folders = { 'annotator 1': FIXTURES, 'annotator 2': join(FIXTURES, 'second'), adjudicated: join(FIXTURES, 'adjudicated') };
  const strongLinks = (gold: AlignmentGold & { strong?: string[][] }) => (gold.strong ?? []).map(([a, b]) => `${a}–${b}`).sort();

  for (const [who, folder] of Object.entries(folders)) {
    it(`${who}: one file per held-out pair, every strong link, each span in its sentence`, () => {
      for (const name of split().heldOut) {
        const file = join(folder, `${name}.json`);
        const { gold, sa, sb } = readoutSentences(join(PAIRS, name));
        // What `score-differences.ts --held-out --gold-dir <folder>` reads: this file, with the pair's readouts.
        expect(goldSource(file)).toEqual({ name, pairDir: join(PAIRS, name), goldFile: file });
        const links = goldLinks(file);
        expect(links.map((l) => `${l.a}–${l.b}`).sort(), file).toEqual(strongLinks(gold));
        for (const link of links) {
          const i = gold.a_units.findIndex((u) => u.id === link.a);
          const j = gold.b_units.findIndex((u) => u.id === link.b);
          expect(() => asPredicted(sa[i]!, sb[j]!, link.differences, file)).not.toThrow();
        }
      }
    });
  }
});
