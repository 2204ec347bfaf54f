/**
 * A row side's statement numbers ("a3"), each a toggle that marks its statement as
 * that side's end of the next link: "Link Statements" then links the two marked
 * (state/link-ends.ts). In the Tab order of the row in focus, like its markers; the
 * marked one reads "a3 · link end" (not by colour alone) and is pressed for screen readers.
 * Its name is its text (a screen reader reads "b2" before the statement, as before it
 * was a button); what it does is its description (the title).
 */
import { Fragment } from 'react';
import type { SentenceId, Side } from '../../shared/model/types';

export function LinkEndIds({ side, ids, marked, label, tabbable, onMark }: {
  side: Side; ids: readonly SentenceId[];
  /** The statement marked on this side, or null. */
  marked: SentenceId | null;
  /** The readout's label ("White House"). */
  label: string;
  tabbable: boolean;
  /** Marks (or unmarks) a statement (stable across renders). */
  onMark: (side: Side, sentence: SentenceId) => void;
}) {
  return (
    <span className="ids">
      {ids.map((id, i) => {
        const on = id === marked;
        return (
          <Fragment key={id}>
            {i > 0 && ', '}
            <button
              type="button" className={`link-end-id${on ? ' link-end-marked' : ''}`} tabIndex={tabbable ? 0 : -1} aria-pressed={on}
              title={on ? `${id} is ${label}'s end of the next link: click to unmark` : `Mark ${id} as ${label}'s end of a link, then Link Statements`}
              onClick={(e) => { e.stopPropagation(); onMark(side, id); }}
            >
              {id}{on && <span className="link-end-badge"> · link end</span>}
            </button>
          </Fragment>
        );
      })}
    </span>
  );
}
