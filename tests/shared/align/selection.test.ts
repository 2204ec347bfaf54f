import { describe, expect, it } from 'vitest';
import { align } from '../../../shared/align/align';
import { side } from './invented-side';
import { loadResources } from '../../../node/resources';

const resources = loadResources();

// Named regression fixtures with invented sentences, one behaviour each (issue 14).
describe('the learned selection', () => {
  it('links a sentence reporting two points to both sentences that report them apart (cause 1)', () => {
    const a = side('a', [
      'Prime Minister Varga spoke with Chancellor Holm today.',
      'The Prime Minister thanked the Chancellor for the hospitality at the Baltic summit and stressed the need to expand the fisheries agreement.',
      'They discussed energy prices.',
    ]);
    const b = side('b', [
      'Chancellor Holm held a telephone conversation with Prime Minister Varga.',
      'The Chancellor was thanked for the hospitality shown at the Baltic summit.',
      'The leaders agreed that the fisheries agreement should be expanded.',
      'Rail links were also on the agenda.',
    ]);
    const links = align(a, b, resources).map((l) => `${l.a}-${l.b}`);
    expect(links).toEqual(expect.arrayContaining(['0-0', '1-1', '1-2']));
    for (const l of align(a, b, resources)) {
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
    }
  });
});
