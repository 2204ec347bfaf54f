/**
 * "Link Statements" from marks (renderer/state/link-ends.ts), through the view's reducer,
 * on the 2018 May–Trump development pair: Downing Street (a) reports "the ongoing
 * investigation into the Salisbury incident" in a1, which the aligner matched with b1;
 * the White House's investigation sentence (b2) is left "only in White House".
 */
import { describe, expect, it } from 'vitest';
import { summaryWording } from '../../../shared/compare/wording';
import type { SentenceId } from '../../../shared/model/types';
import { MAY_TRUMP, runMayTrump } from '../may-trump';
import { viewReducer, type ViewAction, type ViewState } from '../../../renderer/state/view';
import { hasLinkEnds, linkEndsAfterLink, linkEndsWording, NO_LINK_ENDS } from '../../../renderer/state/link-ends';

const LOADED = MAY_TRUMP;
const id = (s: string) => s as SentenceId;
const T0 = '2026-12-06T10:00:00.000Z';
const run = runMayTrump;
const rowOf = (s: ViewState, sentence: string) => s.rows.find((r) => r.a.includes(id(sentence)) || r.b.includes(id(sentence)))!;
const focusOn = (sentence: string): ViewAction => {
  const s = run();
  return { type: 'focus-row', index: s.visible.indexOf(rowOf(s, sentence)) };
};
const mark = (side: 'a' | 'b', sentence: string): ViewAction => ({ type: 'mark-link-end', side, sentence: id(sentence) });
const LINK: ViewAction = { type: 'link-statements', id: 'c1', now: T0 };

describe('marking a statement on each side and "Link Statements"', () => {
  it('the fixture is the issue’s: a1 matched with b1, b2 only in White House', () => {
    expect(rowOf(run(), 'a1')).toMatchObject({ kind: 'matched', a: ['a1'], b: ['b1'] });
    expect(rowOf(run(), 'b2').kind).toBe('only-b');
  });

  it('links exactly the two statements marked, in two different rows: the rows merge, the counts change, the marks go', () => {
    const before = run(focusOn('a1'), mark('a', 'a1'), mark('b', 'b2'));
    expect(before.linkEnds).toEqual({ a: 'a1', b: 'b2' });
    expect(before.status).toBe('a1 and b2 marked: Link Statements links them, Escape clears the marks');
    const s = viewReducer(before, LINK);
    expect(rowOf(s, 'b2')).toMatchObject({ kind: 'matched', a: ['a1'], b: ['b1', 'b2'] });
    expect(s.rows.length).toBe(before.rows.length - 1);
    expect(summaryWording(s.loaded!.comparison)).toContain('0 statements only in White House');
    expect(s.work.corrections.map((c) => [c.op, c.a?.sentence, c.b?.sentence])).toEqual([['link', 'a1', 'b2']]);
    expect(s.loaded!.comparison.pairs.find((p) => p.b.includes(id('b2')))?.by).toBe('analyst');
    expect(s.linkEnds).toEqual(NO_LINK_ENDS);
    expect(s.linking).toBeNull();
    // The merged row in focus, said: the link, then where it is now.
    expect(s.visible[s.current]).toBe(rowOf(s, 'b2'));
    expect(s.status).toMatch(/^a1 and b2 linked by you; Row \d+ of \d+: /);
    expect(s.focusRequest?.pane).toBe('rows');
    expect(s.toast).toEqual({ message: 'a1 and b2 linked by you', undo: true });
  });

  it('undo takes the link away and redo puts it back', () => {
    const linked = run(mark('a', 'a1'), mark('b', 'b2'), LINK);
    const undone = viewReducer(linked, { type: 'undo' });
    expect(rowOf(undone, 'b2').kind).toBe('only-b');
    expect(undone.rows.length).toBe(run().rows.length);
    expect(undone.status).toBe('Undone: a1 and b2 linked by you');
    expect(rowOf(viewReducer(undone, { type: 'redo' }), 'b2').kind).toBe('matched');
  });

  it('marking the statement marked unmarks it; marking another on the same side replaces the mark', () => {
    let s = run(mark('b', 'b1'));
    expect(s.status).toBe('b1 of White House marked as one end of a link: mark a statement of Downing Street, then Link Statements');
    s = viewReducer(s, mark('b', 'b2'));
    expect(s.linkEnds).toEqual({ a: null, b: 'b2' });
    s = viewReducer(viewReducer(s, mark('a', 'a2')), mark('a', 'a2'));
    expect(s.linkEnds).toEqual({ a: null, b: 'b2' });
    expect(s.status).toBe('a2 unmarked; b2 of White House marked as one end of a link: mark a statement of Downing Street, then Link Statements');
    expect(viewReducer(s, mark('b', 'b2')).status).toBe('b2 unmarked');
  });

  it('refuses a statement the comparison does not have', () => {
    const s = run(mark('a', 'a99'));
    expect(s.linkEnds).toEqual(NO_LINK_ENDS);
    expect(s.status).toBe('There is no statement a99 in this comparison');
  });

  it('M / Shift+M mark the left / right statement of the row in focus; a one-sided row’s statement whichever the key', () => {
    expect(run(focusOn('a1'), { type: 'mark-row-end', side: 'a' }).linkEnds).toEqual({ a: 'a1', b: null });
    expect(run(focusOn('a1'), { type: 'mark-row-end', side: 'b' }).linkEnds).toEqual({ a: null, b: 'b1' });
    expect(run(focusOn('b2'), { type: 'mark-row-end', side: 'a' }).linkEnds).toEqual({ a: null, b: 'b2' });
    expect(run({ type: 'mark-row-end', side: 'a' }).status).toBe('Put a row in focus first: its statement is the one marked');
  });

  it('Escape clears the marks; with none it changes nothing', () => {
    const s = run(mark('a', 'a1'), mark('b', 'b2'), { type: 'clear-link-ends' });
    expect(s.linkEnds).toEqual(NO_LINK_ENDS);
    expect(s.status).toBe('Link marks cleared');
    expect(viewReducer(s, { type: 'clear-link-ends' })).toBe(s);
  });

  it('with one end marked, opens the picker for the row in focus with the marked statement first, and says what is missing', () => {
    const s = run(mark('b', 'b2'), focusOn('a1'), LINK);
    expect(s.linking).toEqual({ side: 'a', sentence: 'a1', preselect: 'b2' });
    expect(s.work.corrections).toEqual([]);
    expect(s.status).toBe('Only b2 is marked. Link a1 with a statement of White House (b2 first), or mark a statement of Downing Street and Link Statements again');
    // Linking from the picker uses the mark up.
    const linked = viewReducer(s, { type: 'correct', op: 'link', a: id('a1'), b: id('b2'), id: 'c1', now: T0 });
    expect(linked.linkEnds).toEqual(NO_LINK_ENDS);
    expect(rowOf(linked, 'b2').kind).toBe('matched');
  });

  it('with one end marked in the row in focus (or no other side there), the picker is the marked statement’s', () => {
    expect(run(focusOn('b2'), mark('b', 'b2'), LINK).linking).toEqual({ side: 'b', sentence: 'b2' });
    expect(run(focusOn('a1'), mark('a', 'a1'), LINK).linking).toEqual({ side: 'a', sentence: 'a1' });
    expect(run(mark('a', 'a1'), LINK).linking).toEqual({ side: 'a', sentence: 'a1' });
  });

  it('with none marked, opens today’s picker for the row in focus and says how to mark; without a row in focus, says how', () => {
    const s = run(focusOn('b2'), LINK);
    expect(s.linking).toEqual({ side: 'b', sentence: 'b2' });
    expect(s.status).toBe('Link b2 with a statement of Downing Street; or mark a statement on each side (click its number, or M / Shift+M on a row), then Link Statements');
    const none = run(LINK);
    expect(none.linking).toBeNull();
    expect(none.status).toBe('To link two statements, mark a statement on each side (click its number, or M / Shift+M on a row), then Link Statements');
  });

  it('two statements linked already: nothing added, the marks go', () => {
    const s = run(mark('a', 'a1'), mark('b', 'b1'), LINK);
    expect(s.work.corrections).toEqual([]);
    expect(s.linkEnds).toEqual(NO_LINK_ENDS);
    expect(s.status).toBe('a1 and b1 are linked already: marks cleared');
  });

  it('a comparison loaded afresh drops the marks (its statements are others)', () => {
    const s = viewReducer(run(mark('a', 'a1')), { type: 'loaded', loaded: { ...LOADED, document: 8 } });
    expect(s.linkEnds).toEqual(NO_LINK_ENDS);
  });
});

describe('link ends, the pure helpers', () => {
  it('a link uses up the marks of the statements it links, and only those', () => {
    expect(linkEndsAfterLink({ a: id('a1'), b: id('b2') }, id('a1'), id('b5'))).toEqual({ a: null, b: 'b2' });
    const ends = { a: id('a1'), b: null };
    expect(linkEndsAfterLink(ends, id('a3'), id('b1'))).toBe(ends);
    expect(hasLinkEnds(NO_LINK_ENDS)).toBe(false);
    expect(hasLinkEnds({ a: null, b: id('b1') })).toBe(true);
    expect(linkEndsWording(NO_LINK_ENDS, { a: 'A', b: 'B' })).toBe('No statement marked');
  });
});
