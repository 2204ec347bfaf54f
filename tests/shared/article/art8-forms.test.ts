/**
 * Forms found on branch art8's development articles, restated in invented wording about the invented call of
 * invented-call.ts (names, places and events made up).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

describe('an office of a readout’s publisher named before speaks for that readout', () => {
  const text = 'The Chancellery press service said on Monday that the two leaders had spoken by telephone. '
    + 'According to the press service, the sides agreed to “strengthen cooperation on energy security and on the new ports”.';
  it('“according to the press service” after “the Chancellery press service”: the Chancellery’s readout, no commentator', () => {
    const r = analyse(text);
    expect(r.commentary).toEqual([]);
    const claim = r.claims.find((c) => c.text.startsWith('According to the press service'));
    expect(claim?.readouts).toEqual(['b']);
    expect(claim?.quotes.map((q) => q.readout)).toEqual(['b']);
  });
  it('“the press service” with no publisher named before is no person either', () => {
    expect(analyse('“The ports will reopen in the spring,” the press service said.').commentary).toEqual([]);
  });
});
