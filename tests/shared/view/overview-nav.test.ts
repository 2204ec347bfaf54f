import { describe, expect, it } from 'vitest';
import { layoutOverview } from '../../../shared/view/overview';
import { barAtCursor, barWording, cursorAt, isMapKey, lineWording, moveCursor, sentencesInView } from '../../../shared/view/overview-nav';
import { buildRows } from '../../../shared/view/rows';
import { makeComparison } from './make';

/** A: four sentences of one length; B: three, b1 twice as long as the others. a1–b3 and a3–b1 linked, a4–b1 linked by the analyst; a2 and b2 one-sided. */
const base = makeComparison(['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10), 'd'.repeat(10)], ['p'.repeat(20), 'q'.repeat(10), 'r'.repeat(10)], [[0, 2], [2, 0], [3, 0]]);
const c = { ...base, pairs: base.pairs.map((p) => (p.a[0] === 'a4' ? { ...p, by: 'analyst' as const, confidence: null } : p)) };
const layout = layoutOverview(c, { width: 100, height: 400 }, new Set(['a3']));
const id = (cursor: Parameters<typeof barAtCursor>[1]) => barAtCursor(layout, cursor)?.id;

describe('moveCursor', () => {
  it('goes up and down a column, stopping at its ends, and Home and End go to its first and last bar', () => {
    const start = cursorAt(layout, 'a1' as never)!;
    expect(id(moveCursor(layout, start, 'ArrowUp'))).toBe('a1');
    expect(id(moveCursor(layout, start, 'ArrowDown'))).toBe('a2');
    expect(id(moveCursor(layout, start, 'End'))).toBe('a4');
    expect(id(moveCursor(layout, moveCursor(layout, start, 'End'), 'ArrowDown'))).toBe('a4');
    expect(id(moveCursor(layout, cursorAt(layout, 'b3' as never)!, 'Home'))).toBe('b1');
  });

  it('goes across to the statement a bar is linked to, the nearest in height when there are several', () => {
    expect(id(moveCursor(layout, cursorAt(layout, 'a1' as never)!, 'ArrowRight'))).toBe('b3');
    expect(id(moveCursor(layout, cursorAt(layout, 'a3' as never)!, 'ArrowRight'))).toBe('b1');
    // b1 is linked to a3 and a4: a3's bar is nearer b1's in height.
    expect(id(moveCursor(layout, cursorAt(layout, 'b1' as never)!, 'ArrowLeft'))).toBe('a3');
  });

  it('goes across from a one-sided bar to the bar nearest in height, and stays put toward its own side', () => {
    // b2 spans the map's third quarter in height, as a3 does.
    expect(id(moveCursor(layout, cursorAt(layout, 'b2' as never)!, 'ArrowLeft'))).toBe('a3');
    expect(id(moveCursor(layout, cursorAt(layout, 'a2' as never)!, 'ArrowLeft'))).toBe('a2');
    expect(id(moveCursor(layout, cursorAt(layout, 'b2' as never)!, 'ArrowRight'))).toBe('b2');
  });

  it('knows its keys', () => {
    expect(['ArrowUp', 'Home', 'ArrowRight'].every(isMapKey)).toBe(true);
    expect(isMapKey('Enter')).toBe(false);
  });
});

describe('barWording', () => {
  const say = (sentence: string) => barWording(c, layout, layout.bars.find((b) => b.id === sentence)!);

  it('says where a bar is and what it is linked to, by whom, and whether the article cites it', () => {
    expect(say('a1')).toBe('a1, White House, 1 of 4: linked with b3');
    expect(say('a3')).toBe('a3, White House, 3 of 4: linked with b1; cited by the article');
    expect(say('a4')).toBe('a4, White House, 4 of 4: linked by you with b1');
    expect(say('b1')).toBe('b1, Kremlin, 1 of 3: linked with a3 and a4');
  });

  it('gives a one-sided bar the comparison\'s wording', () => {
    expect(say('a2')).toBe('a2, White House, 2 of 4: only in White House');
    expect(say('b2')).toBe('b2, Kremlin, 2 of 3: only in Kremlin');
  });
});

describe('lineWording', () => {
  it('names a line\'s two statements and its strength, or that the analyst made it', () => {
    expect(layout.lines.map(lineWording)).toEqual(['a1 and b3 linked, strength 0.90', 'a3 and b1 linked, strength 0.90', 'a4 and b1 linked by you']);
  });
});

// Tester 9, V11: the map said "linked" of a link its rows show as "matched only weakly".
describe('a link too weak to join rows, in words', () => {
  const weakC = { ...c, pairs: c.pairs.map((p) => (p.a[0] === 'a1' ? { ...p, confidence: 0.48 } : p)) };
  const weakLayout = layoutOverview(weakC, { width: 100, height: 400 });
  const bar = (sentence: string) => weakLayout.bars.find((b) => b.id === sentence)!;

  it('says a bar whose links are all weak is matched only weakly, with the strength, never "linked"', () => {
    expect(barWording(weakC, weakLayout, bar('a1'))).toBe('a1, White House, 1 of 4: matched only weakly with b3 (strength 0.48)');
    expect(barWording(weakC, weakLayout, bar('b3'))).toBe('b3, Kremlin, 3 of 3: matched only weakly with a1 (strength 0.48)');
  });

  it('says the line is a weak match', () => {
    expect(weakLayout.lines.map(lineWording)[0]).toBe('a1 and b3 matched only weakly, strength 0.48');
  });
});

describe('sentencesInView', () => {
  it('collects the sentences of the rows from first to last, both sides', () => {
    const rows = buildRows(c);
    const ids = sentencesInView(rows, 0, 1);
    expect([...ids].sort()).toEqual([...rows[0]!.a, ...rows[0]!.b, ...rows[1]!.a, ...rows[1]!.b].sort());
    expect(sentencesInView(rows, 0, -1).size).toBe(0);
    expect(sentencesInView(rows, rows.length - 1, rows.length + 5).size).toBe(rows[rows.length - 1]!.a.length + rows[rows.length - 1]!.b.length);
  });
});
