import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../node/resources';
import { FIXTURES, goldSource, matchLink, precision, recall, scoreSource, split, tally } from '../../scripts/differences/gold';
import type { TypedDifference } from '../../shared/differences/types';
import { sentenceId, type Sentence, type Side } from '../../shared/model/types';

const sentence = (side: Side, text: string): Sentence => ({ id: sentenceId(side, 0), start: 0, end: text.length, text, paragraph: 0 });
const predicted = (type: TypedDifference['type'], a: [number, number] | null, b: [number, number] | null): TypedDifference => ({
  type, explanation: '',
  a: a && { id: sentenceId('a', 0), start: a[0], end: a[1], text: '' },
  b: b && { id: sentenceId('b', 0), start: b[0], end: b[1], text: '' },
});

describe('matching predicted differences to the gold', () => {
  const sa = sentence('a', 'The ministers agreed on a six-week pause.');
  const sb = sentence('b', 'The Chancellor proposed a pause.');
  const gold = [{ type: 'number', a_text: 'six-week', b_text: null }, { type: 'commitment', a_text: 'agreed', b_text: 'proposed' }];

  it('needs the same type and words that overlap on one side, one prediction for one gold difference', () => {
    const got = [predicted('commitment', null, [15, 23]), predicted('number', [26, 34], null), predicted('number', [26, 30], null)];
    expect(matchLink(sa, sb, gold, got)).toEqual({ found: [true, true], matched: [true, true, false] });
    expect(matchLink(sa, sb, gold, [predicted('scope', [26, 34], null)])).toEqual({ found: [false, false], matched: [false] });
  });

  it('refuses a gold span that is not in its sentence', () => {
    expect(() => matchLink(sa, sb, [{ type: 'number', a_text: 'six weeks', b_text: null }], [])).toThrow(/not in a1/u);
  });
});

// The development pairs' figures when the rules were last changed (docs/differences.md;
// eleven pairs in session 10: P 0.75, R 0.55; thirteen pairs since session 11, which moved two
// held-out pairs here: P 0.70, R 0.50; after the review fixes of session 11 (branch fixd:
// purposes, "provided", directives, particularizers), which bring back four predictions the
// development gold does not hold, P 0.67, R 0.50; session 12's detached purposes, condition
// spans and list items, P 0.68, R 0.53; session 13's own stance, designations, purpose against
// purpose and answers to the other performer, P 0.73, R 0.53; session 12's sub-points and echoes, with the row
// step, P 0.78, R 0.56; session 13 (diff9), the best-aligned sub-pair of a row and hearsay, P 0.80, R 0.56;
// session 14 (diff14) re-read the development gold under the adjudicated readings (129 -> 114 differences:
// P 0.66, R 0.52 with the session-13 rules), then the rules of session 14, measured P 0.77, R 0.52).
// At the merge of session 14 four held-out pairs moved here (split.json `moved14`: a tester read
// them): seventeen pairs with their annotator-1 gold, P 0.73, R 0.47.
// Session 15: P 0.73, R 0.52; session 16 (classifiers in a coordination, a second act, the act's own
// predicate, a shared name closing a list): P 0.75, R 0.55.
// The floors sit below, so that a change that loses much fails here.
// The held-out pairs are not scored by any test: a test run on every change would steer
// the rules by them. They are scored on purpose, and said so in docs/differences.md, with
// `npx tsx scripts/score-differences.ts --held-out`.
const FLOOR = { precision: 0.7, recall: 0.5 };

describe('the typed differences against the hand-made gold (tests/fixtures/differences)', () => {
  it('stay above the floors on the development pairs', () => {
    const outcomes = split().development.flatMap((name) => scoreSource(goldSource(join(FIXTURES, `${name}.json`)), loadResources()));
    const { total } = tally(outcomes);
    expect(total.gold).toBeGreaterThan(100);
    expect(precision(total)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(total)).toBeGreaterThanOrEqual(FLOOR.recall);
  }, 60_000);
});
