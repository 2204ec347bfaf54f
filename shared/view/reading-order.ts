/**
 * The order in which a comparison is read top to bottom, for any grouping of its
 * sentences: A's text order, and each block that holds no A sentence (a statement
 * only B made) placed where it falls in B's text, right after the block holding
 * the nearest earlier B sentence that is paired with A (at the top when there is
 * none). The CLI and the app both read rows in this order (see rows.ts).
 */

/** What the order needs to know about a block: which sentences it holds, by index. */
export interface Placeable {
  /** 0-based indices of the block's A sentences, ascending. */
  readonly a: readonly number[];
  /** 0-based indices of the block's B sentences, ascending. */
  readonly b: readonly number[];
}

/**
 * The blocks in reading order. Every block appears once. Expects each sentence in
 * at most one block (throws otherwise, naming the sentence); `sizeB` is the number
 * of B sentences. Blocks with A sentences are ordered by their first A sentence;
 * blocks without are ordered by B and placed as described above. Deterministic.
 */
export function readingOrder<T extends Placeable>(blocks: readonly T[], sizeB: number): T[] {
  const ownerOfB: (number | undefined)[] = new Array<number | undefined>(sizeB);
  blocks.forEach((block, i) => {
    for (const j of block.b) {
      if (j < 0 || j >= sizeB) throw new RangeError(`reading order: block ${i} holds B sentence ${j}, outside 0..${sizeB - 1}`);
      if (ownerOfB[j] !== undefined) throw new Error(`reading order: B sentence ${j} is in blocks ${ownerOfB[j]} and ${i}`);
      ownerOfB[j] = i;
    }
  });

  // Blocks without A sentences (and with no B either, which would be empty: put them first) follow their B anchor.
  const after = new Map<number, T[]>();
  const attach = (anchor: number, block: T) => {
    const list = after.get(anchor);
    if (list) list.push(block);
    else after.set(anchor, [block]);
  };
  for (const block of blocks) if (block.a.length === 0 && block.b.length === 0) attach(-1, block);
  let anchor = -1;
  const placed = new Set<number>();
  for (let j = 0; j < sizeB; j++) {
    const owner = ownerOfB[j];
    if (owner === undefined) continue;
    if (blocks[owner]!.a.length > 0) anchor = owner;
    else if (!placed.has(owner)) {
      placed.add(owner);
      attach(anchor, blocks[owner]!);
    }
  }

  const withA = blocks.map((block, i) => ({ block, i })).filter(({ block }) => block.a.length > 0);
  const seenA = new Map<number, number>();
  for (const { block, i } of withA) {
    for (const k of block.a) {
      if (seenA.has(k)) throw new Error(`reading order: A sentence ${k} is in blocks ${seenA.get(k)} and ${i}`);
      seenA.set(k, i);
    }
  }
  withA.sort((x, y) => x.block.a[0]! - y.block.a[0]!);

  const out: T[] = [...(after.get(-1) ?? [])];
  for (const { block, i } of withA) out.push(block, ...(after.get(i) ?? []));
  return out;
}
