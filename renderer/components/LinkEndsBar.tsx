/**
 * While a statement is marked as an end of a link: a strip above the rows naming the
 * statement marked on each side (and the side still to mark), with "Link statements"
 * and "Clear marks" (Escape). The status line says the same for screen readers.
 */
import type { Dispatch } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import { sentenceOf } from '../../shared/view/sentence-of';
import { newAnnotationId } from '../ids';
import type { LinkEnds } from '../state/link-ends';
import type { ViewAction } from '../state/view';

/** One side's end: its number and the start of its text, or what is still to do. */
function End({ comparison, side, id }: { comparison: Comparison; side: 'a' | 'b'; id: LinkEnds['a'] }) {
  const label = comparison[side].label;
  if (!id) return <span className="link-end-missing">{label}: click a statement’s number to mark it</span>;
  const text = sentenceOf(comparison[side], id)?.text ?? '';
  return (
    <span className="link-end-chosen" title={text}>
      <strong>{id}</strong> ({label}) “{text.length > 60 ? `${text.slice(0, 60)}…` : text}”
    </span>
  );
}

export function LinkEndsBar({ comparison, ends, dispatch }: { comparison: Comparison; ends: LinkEnds; dispatch: Dispatch<ViewAction> }) {
  if (!ends.a && !ends.b) return null;
  // The strip goes with the marks: the focus goes to the row in focus rather than to nowhere.
  const clear = () => {
    dispatch({ type: 'clear-link-ends' });
    dispatch({ type: 'focus-pane', pane: 'rows' });
  };
  return (
    <section className="link-ends-bar" aria-label="Statements marked for linking">
      <span className="link-ends-title">Marked for linking:</span>
      <End comparison={comparison} side="a" id={ends.a} />
      <span aria-hidden="true">↔</span>
      <End comparison={comparison} side="b" id={ends.b} />
      <button type="button" className="correct" aria-keyshortcuts="Control+Shift+L"
        onClick={() => dispatch({ type: 'link-statements', id: newAnnotationId(), now: new Date().toISOString() })}>
        {ends.a && ends.b ? 'Link statements' : 'Link with…'}
      </button>
      <button type="button" className="correct" aria-keyshortcuts="Escape" onClick={clear}>Clear marks</button>
    </section>
  );
}
