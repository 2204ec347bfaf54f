/**
 * Forms found on branch art9's development errors (its fresh batch and the development articles), restated in
 * invented wording about the invented call of invented-call.ts (names, places and events made up).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './invented-call';

describe('“according to the information given by X”: X is the source, the noun between is its release', () => {
  it('“According to the information given by the Chancellery, …” is a claim about the Chancellery’s readout', () => {
    const r = analyse('According to the information given by the Chancellery, the chancellor agreed to strengthen cooperation on energy security.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['b']]);
  });
  it('“according to a statement issued by Downing Street” likewise', () => {
    const r = analyse('The two leaders discussed the harbour, according to a statement issued by Downing Street.');
    expect(r.claims.map((c) => c.readouts)).toEqual([['a']]);
  });
  it('“according to figures given by the port authority” names no readout: no claim', () => {
    expect(analyse('Trade rose by a tenth, according to figures given by the port authority.').claims).toEqual([]);
  });
});

describe('a speaker with a lower-case title before the name, then a speech verb and a comma', () => {
  it('“At the cabinet meeting, the foreign secretary Lars Holm conveyed, “…”” is Lars Holm’s', () => {
    const r = analyse('At the cabinet meeting, the foreign secretary Lars Holm conveyed, “Chancellor Weber clearly stated that our priority is the safety of our sailors.”');
    expect(r.commentary.map((q) => [q.speaker, q.named])).toEqual([['Lars Holm', true]]);
  });
});
