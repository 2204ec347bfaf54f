import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../shared/view/reading-order';

const block = (name: string, a: number[], b: number[]) => ({ name, a, b });
const names = (blocks: { name: string }[]) => blocks.map((x) => x.name);

describe('readingOrder', () => {
  it('orders blocks with A sentences by their first A sentence, whatever order they come in', () => {
    expect(names(readingOrder([block('x', [2], []), block('y', [0, 3], [1]), block('z', [1], [0])], 2))).toEqual(['y', 'z', 'x']);
  });

  it('places a block without A sentences after the block of the nearest earlier B sentence that has A sentences', () => {
    const blocks = [block('b0', [], [0]), block('p', [0], [1, 3]), block('b2', [], [2]), block('q', [1], [4]), block('b5', [], [5]), block('a2', [2], [])];
    expect(names(readingOrder(blocks, 6))).toEqual(['b0', 'p', 'b2', 'q', 'b5', 'a2']);
  });

  it('anchors by B order, not by A order, when blocks cross', () => {
    // p holds B 2, q holds B 0: the B-only block at 3 follows p, the one at 1 follows q.
    const blocks = [block('p', [0], [2]), block('q', [1], [0]), block('b1', [], [1]), block('b3', [], [3])];
    expect(names(readingOrder(blocks, 4))).toEqual(['p', 'b3', 'q', 'b1']);
  });

  it('returns nothing for no blocks', () => {
    expect(readingOrder([], 0)).toEqual([]);
  });

  it('throws, naming the sentence, when a sentence is in two blocks or outside its readout', () => {
    expect(() => readingOrder([block('p', [0], [1]), block('q', [1], [1])], 2)).toThrow('reading order: B sentence 1 is in blocks 0 and 1');
    expect(() => readingOrder([block('p', [0], []), block('q', [0], [])], 0)).toThrow('reading order: A sentence 0 is in blocks 0 and 1');
    expect(() => readingOrder([block('p', [0], [2])], 2)).toThrow('reading order: block 0 holds B sentence 2, outside 0..1');
  });
});
