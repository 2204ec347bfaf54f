/**
 * The overview map's output pinned on a large generated comparison: the paths, the
 * band and the cursor are hashed and compared with the hashes of the implementation
 * before its fast path (commit e1f54b1, the straightforward per-bar and per-link
 * version). A change to the drawing changes a hash on purpose: re-pin it then, after
 * looking at the map. Re-pinned in session 15 (ui15, tester 9 V11): bars carry their row's
 * status and links too weak to join rows have their own dotted path (the same geometry). Re-pinned in
 * session 16 (review R7): a bar whose row is a weak match is hatched (its status 'weak'), as the row's mark.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Comparison, Pair } from '../../../shared/compare/compare';
import fc from 'fast-check';
import { barsPath, layoutOverview, overviewPaths, pathNumber } from '../../../shared/view/overview';
import { sentenceId } from '../../../shared/model/types';
import { mulberry32, randomInt } from '../../../bench/prng';
import { makeComparison, type Link } from './make';

const sha = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** 1,200 sentences a side of varied length, 1,500 links (crossing), a few merged pairs, analyst links and scores without confidence. */
function bigComparison(): Comparison {
  const random = mulberry32(19);
  const text = (i: number) => `S${i} ${'w'.repeat(randomInt(random, 300))}`;
  const a = Array.from({ length: 1200 }, (_, i) => text(i));
  const b = Array.from({ length: 1200 }, (_, i) => text(i));
  const seen = new Set<string>();
  const links: Link[] = [];
  while (links.length < 1500) {
    const i = randomInt(random, 1200);
    const j = Math.min(1199, Math.max(0, i + randomInt(random, 81) - 40));
    if (seen.has(`${i}:${j}`)) continue;
    seen.add(`${i}:${j}`);
    links.push([i, j, randomInt(random, 1001) / 1000]);
  }
  const c = makeComparison(a, b, links);
  // A corrected comparison's pairs: confidence null or absent, made by the analyst (shared/corrections).
  const pairs = c.pairs.map((p, k): Omit<Pair, 'confidence'> & { confidence?: number | null; by?: 'analyst' | 'machine' } => {
    if (k % 97 === 0) return { ...p, a: [p.a[0]!, sentenceId('a', Number(p.a[0]!.slice(1)))] };
    if (k % 31 === 0) return { ...p, by: 'analyst', confidence: null };
    if (k % 7 === 0) return { ...p, confidence: undefined };
    return { ...p, confidence: (k % 100) / 90 - 0.05 };
  });
  return { ...c, pairs: pairs as Pair[] };
}

describe('overview map output (pinned)', () => {
  const c = bigComparison();
  const cited = new Set(['a3', 'a400', 'b7', 'b1199', 'a1']);

  it('draws the same paths as before, at the app\'s and the report\'s sizes', () => {
    const app = layoutOverview(c, { width: 108, height: 700 }, cited);
    const report = layoutOverview(c, { width: 110, height: 300 }, cited);
    expect(sha(overviewPaths(app))).toBe('5bcc63e65c29f508');
    expect(sha(overviewPaths(report))).toBe('b196c5c7b0f236e2');
    expect(sha(app)).toBe('a498db839fabdd46');
  });

  it('draws the same band and cursor as before', () => {
    const layout = layoutOverview(c, { width: 108, height: 700 }, cited);
    const band = new Set(['a500', 'a501', 'a502', 'b498', 'b499', 'b505', 'a1199', 'b1']);
    expect(sha([barsPath(layout, band, 3), barsPath(layout, new Set(['b600']), 2), barsPath(layout, new Set())])).toBe('5a2b02fb2aa71e6a');
  });
});

describe('pathNumber', () => {
  const plain = (v: number): string => String(Math.round(v * 100) / 100);

  it('prints every number of hundredths from -5,000.00 to 5,000.00 as String(Math.round(v * 100) / 100) does', () => {
    for (let r = -500_000; r <= 500_000; r++) {
      if (pathNumber(r / 100) !== plain(r / 100)) expect(pathNumber(r / 100)).toBe(plain(r / 100));
    }
  });

  it('prints any double, halves, signed zeros, huge and non-finite values as the plain way does', () => {
    for (const v of [0, -0, 0.005, -0.005, 0.015, 1.005, -1.005, 2.675, 1e-9, -1e-9, 1e9 + 0.125, 9.99e9, 1e10 + 0.5, 1e15, -1e20, 1e21, 5e300, NaN, Infinity, -Infinity]) {
      expect(pathNumber(v)).toBe(plain(v));
    }
    fc.assert(fc.property(fc.double(), (v) => pathNumber(v) === plain(v)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.double({ min: -5000, max: 5000 }), (v) => pathNumber(v) === plain(v)), { numRuns: 20_000 });
  });
});
