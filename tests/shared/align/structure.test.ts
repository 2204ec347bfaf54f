import { describe, expect, it } from 'vitest';
import { isStructural } from '../../../shared/align/structure';

// Invented lines, worded unlike any sample readout.
describe('structural lines (data/structure.json)', () => {
  it('takes a short line announcing what follows as structure', () => {
    expect(isStructural('A summary of the meeting follows.', 'en')).toBe(true);
    expect(isStructural('The main points of the exchange were the following:', 'en')).toBe(true);
    expect(isStructural('Their exchange went as follows.', 'en')).toBe(true);
  });

  it('takes a label or heading line and a bare list number as structure', () => {
    expect(isStructural('Note: Harbour Accord of Valmora.', 'en')).toBe(true);
    expect(isStructural('See also: the Quillon Fisheries Charter', 'en')).toBe(true);
    expect(isStructural('2.', 'en')).toBe(true);
  });

  it('keeps a point of substance that uses an announcing word or a label as a statement', () => {
    // An announcing cue with several content words besides it reports a point.
    expect(isStructural('The ministers will present an outline of the new grain corridor to Parliament.', 'en')).toBe(false);
    // A label word not followed by a colon.
    expect(isStructural('Background checks on visiting sailors will be simplified.', 'en')).toBe(false);
    // A long line opening with a label is a sentence, not a heading.
    expect(isStructural('Note: the premier stressed that the ferry link between the two harbours must open before the winter storms begin.', 'en')).toBe(false);
    expect(isStructural('The leaders discussed wine exports.', 'en')).toBe(false);
    // A short statement whose verb could announce, or whose pointer does not end the line.
    expect(isStructural('The premier will outline the plan.', 'en')).toBe(false);
    expect(isStructural('She highlights the risks.', 'en')).toBe(false);
    expect(isStructural('The following week the envoys will meet.', 'en')).toBe(false);
    // A run-in head before a clause, and 'below' as an adverb of the point (cold review).
    expect(isStructural('Note: the premier will visit Tarvo next week.', 'en')).toBe(false);
    expect(isStructural('Background: the leaders agreed to extend the ceasefire by a month.', 'en')).toBe(false);
    expect(isStructural('The leaders agreed to keep tariffs below.', 'en')).toBe(false);
  });

  it('tags nothing in a language without cue lists', () => {
    expect(isStructural('Note: Accord de Valmora.', 'fr')).toBe(false);
  });
});
