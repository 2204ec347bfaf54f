import { describe, expect, it } from 'vitest';
import { candidateRows, DEFAULT_ALIGN_OPTIONS, linkMaker, vectorTwins } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { side } from './invented-side';

// Invented readouts that repeat formulas: the opening one also later in A (where it does not open), a closing formula twice on each side.
const OPENING = 'President Alvarez held a telephone call with Prime Minister Okoro.';
const CLOSING = 'The leaders agreed to stay in close contact on the grain corridor.';
const a = side('a', [OPENING, 'They discussed the grain corridor and fertiliser shipments.', CLOSING, OPENING, 'Alvarez thanked Okoro for the shipments.', CLOSING]);
const b = side('b', [
  'Prime Minister Okoro had a telephone call with President Alvarez.', 'Fertiliser shipments through the grain corridor were discussed.', CLOSING,
  'Okoro thanked Alvarez for the support.', CLOSING,
]);

describe('reasons found once per distinct question (linkMaker)', () => {
  const { v, candidates } = candidateRows(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
  const rated = candidates.map((c) => ({ ...c, confidence: 0.5 }));

  it('takes a repeated sentence for its earlier twin only when their vectors read the same', () => {
    const twins = vectorTwins(v.a);
    expect(twins[5]).toBe(2); // the closing formula, twice
    expect(twins[3]).toBe(3); // the opening formula again, but not opening the readout: its own vector
    expect(twins[0]).toBe(0);
  });

  it('gives every candidate the reasons a fresh maker gives it, the repeated and the first alike', () => {
    const make = linkMaker(v);
    for (const pass of [1, 2]) {
      for (const c of rated) expect(make(c), `pass ${pass}, ${c.a}–${c.b}`).toEqual(linkMaker(v)(c));
    }
  });

  it('does not hand the opening sentence’s reasons to the same words later in the readout', () => {
    const make = linkMaker(v);
    const at = (i: number) => rated.find((c) => c.a === i && c.b === 0)!;
    expect(make(at(0)).reasons.map((r) => r.label)).toContain('both open with the call');
    expect(make(at(3)).reasons.map((r) => r.label)).not.toContain('both open with the call');
  });

  it('hands out copies: changing one link’s reasons leaves the next one’s alone', () => {
    const make = linkMaker(v);
    const first = make(rated.find((c) => c.a === 2 && c.b === 2)!);
    first.reasons[0]!.contribution = -1;
    expect(make(rated.find((c) => c.a === 5 && c.b === 2)!).reasons[0]!.contribution).toBeGreaterThan(0);
  });
});
