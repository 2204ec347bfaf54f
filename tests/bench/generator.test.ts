import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../../bench/fixtures';
import { generatePair, generatePlan, preparePool, wordCount, type GeneratedSide } from '../../bench/generator';
import { mulberry32 } from '../../bench/prng';
import { segmentSentences } from '../../shared/text/segment';

const POOL = fixtureSentences();

function texts(side: GeneratedSide): Set<string> {
  return new Set(side.sentences.map((s) => s.text));
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(7)) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('the sentence pool', () => {
  it('holds the segmented sentences of all fixture readouts', () => {
    // The twenty fixture pairs' English readouts hold 317 sentences (141 when there were nine pairs).
    expect(POOL.length).toBe(317);
    expect(POOL).toContain('Donald Trump supported Vladimir Putin\'s idea to organize hockey matches in the USA and Russia between Russian and American players playing in the NHL and KHL.');
  });

  it('keeps only sentences that end with a terminator, once each', () => {
    const pool = preparePool([...POOL, POOL[0]!, 'no capital here.', 'A heading without a stop']);
    // A repeated sentence and the two that do not start with a capital or end with a stop add nothing.
    expect(pool).toEqual(preparePool(POOL));
    expect(pool).not.toContain('no capital here.');
    expect(pool).not.toContain('A heading without a stop');
    expect(new Set(pool).size).toBe(pool.length);
    expect(pool).not.toContain('Prime Minister spoke on phone today with H.E. Justin Trudeau, Prime Minister of Canada');
  });
});

describe('generatePair', () => {
  it('gives the same pair for the same seed', () => {
    expect(generatePair(POOL, 2_000, 42)).toEqual(generatePair(POOL, 2_000, 42));
  });

  it('gives different pairs for different seeds', () => {
    const one = generatePair(POOL, 2_000, 1);
    const two = generatePair(POOL, 2_000, 2);
    expect(one.a).not.toBe(two.a);
    expect(one.b).not.toBe(two.b);
  });

  it('gives two different documents from one seed', () => {
    const { a, b } = generatePair(POOL, 2_000, 3);
    expect(a).not.toBe(b);
  });

  it('returns the texts of generatePlan', () => {
    const plan = generatePlan(POOL, 1_000, 9);
    expect(generatePair(POOL, 1_000, 9)).toEqual({ a: plan.a.text, b: plan.b.text });
  });

  for (const [target, seed] of [[500, 11], [5_000, 1], [20_000, 1], [50_000, 1]] as const) {
    it(`writes ${target} words ± 10% per side (seed ${seed})`, () => {
      const { a, b } = generatePair(POOL, target, seed);
      for (const text of [a, b]) {
        expect(wordCount(text)).toBeGreaterThanOrEqual(0.9 * target);
        expect(wordCount(text)).toBeLessThanOrEqual(1.1 * target);
      }
    });
  }

  it('rejects a pool with fewer than 10 usable sentences', () => {
    expect(() => generatePair(POOL.slice(0, 3), 1_000, 1)).toThrow(/at least 10 usable sentences/);
  });
});

describe('generatePlan: the recipe', () => {
  const plan = generatePlan(POOL, 5_000, 1);
  const sides = [['a', plan.a, plan.b], ['b', plan.b, plan.a]] as const;

  for (const [name, side, other] of sides) {
    it(`makes about 10% of side ${name}'s sentences unique, and none of them occur on the other side`, () => {
      const unique = side.sentences.filter((s) => s.origin === 'unique');
      expect(unique.length / side.sentences.length).toBeGreaterThan(0.09);
      expect(unique.length / side.sentences.length).toBeLessThan(0.11);
      const otherTexts = texts(other);
      for (const s of unique) expect(otherTexts.has(s.text)).toBe(false);
    });

    it(`perturbs about 20% of side ${name}'s sentences, each differing from its source`, () => {
      const perturbed = side.sentences.filter((s) => s.edits > 0);
      expect(perturbed.length / side.sentences.length).toBeGreaterThan(0.19);
      expect(perturbed.length / side.sentences.length).toBeLessThan(0.21);
      for (const s of perturbed) {
        expect(s.origin).toBe('core');
        expect(s.text).not.toBe(s.source);
        expect(s.edits).toBeGreaterThanOrEqual(1);
      }
      for (const s of side.sentences.filter((x) => x.edits === 0)) expect(s.text).toBe(s.source);
    });

    it(`keeps a perturbed sentence's first and last word on side ${name}`, () => {
      for (const s of side.sentences.filter((x) => x.edits > 0)) {
        const [words, source] = [s.text.split(' '), s.source.split(' ')];
        expect(words[0]).toBe(source[0]);
        expect(words[words.length - 1]).toBe(source[source.length - 1]);
      }
    });

    it(`puts 3 to 6 sentences in each paragraph of side ${name}, separated by blank lines`, () => {
      const blocks = side.text.trimEnd().split('\n\n');
      expect(blocks).toHaveLength(side.paragraphs.length);
      expect(side.paragraphs.reduce((x, y) => x + y, 0)).toBe(side.sentences.length);
      for (const size of side.paragraphs) {
        expect(size).toBeGreaterThanOrEqual(3);
        expect(size).toBeLessThanOrEqual(6);
      }
      for (const block of blocks) expect(block).not.toContain('\n');
    });

    it(`writes side ${name} so that segmentSentences gives back its sentences and paragraphs`, () => {
      const segmented = segmentSentences(side.text, 'a');
      expect(segmented.map((s) => s.text)).toEqual(side.sentences.map((s) => s.text));
      const sizes: number[] = [];
      for (const s of segmented) sizes[s.paragraph] = (sizes[s.paragraph] ?? 0) + 1;
      expect(sizes).toEqual(side.paragraphs);
    });
  }

  it('shares the core between the sides in independently shuffled orders', () => {
    const coreOrder = (side: GeneratedSide): number[] => side.sentences.filter((s) => s.origin === 'core').map((s) => s.core);
    const orderA = coreOrder(plan.a);
    const orderB = coreOrder(plan.b);
    expect([...orderA].sort((x, y) => x - y)).toEqual([...orderB].sort((x, y) => x - y));
    expect(orderA).not.toEqual(orderB);
  });
});
