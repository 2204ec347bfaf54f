import { describe, expect, it } from 'vitest';
import type { SentenceId } from '../../../shared/model/types';
import { markedFirst, type LinkCandidate } from '../../../shared/view/link-candidates';

const candidate = (id: string): LinkCandidate => ({ id: id as SentenceId, text: `text of ${id}`, shared: [], closest: false, linked: false });
const LIST = [candidate('b1'), candidate('b2'), candidate('b3')];

describe('the statement the analyst marked, first in the picker', () => {
  it('moves the marked statement to the front, said to be marked, the others in their order', () => {
    const out = markedFirst(LIST, 'b3' as SentenceId);
    expect(out.map((c) => c.id)).toEqual(['b3', 'b1', 'b2']);
    expect(out[0]!.marked).toBe(true);
    expect(out.slice(1).some((c) => c.marked)).toBe(false);
  });

  it('leaves the list as it was without a mark, or with one it does not hold', () => {
    expect(markedFirst(LIST, undefined)).toEqual(LIST);
    expect(markedFirst(LIST, 'a1' as SentenceId)).toEqual(LIST);
  });
});
