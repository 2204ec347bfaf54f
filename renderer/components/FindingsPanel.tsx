/**
 * The findings panel, beside the rows (a tab of the side panel, the first shown): the
 * comparison's findings, most salient first (shared/findings), as shown — corrections
 * applied, with the article and the annotated disagreements. An item goes to its row;
 * arrow keys, Home and End move between items; F6 moves between the rows and the
 * panel. "Copy as text" and "Copy as Markdown" put the list on the clipboard.
 */
import { useRef, type Dispatch, type KeyboardEvent } from 'react';
import type { Finding } from '../../shared/findings/types';
import { listKeyTarget } from '../../shared/view/navigate';
import type { ViewAction, ViewState } from '../state/view';
import type { CopyFormat } from '../hooks/useCopyFindings';
import { useFindings } from '../hooks/useFindingsEngine';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { FindingItem } from './FindingItem';

/** What an empty list says: why there is nothing to list. */
export const NO_FINDINGS = 'No one-sided statements, typed differences, misquotations or annotated disagreements.';

export function FindingsPanel({ state, dispatch, onCopy }: { state: ViewState; dispatch: Dispatch<ViewAction>; onCopy: (format: CopyFormat) => void }) {
  const rootRef = useRef<HTMLElement>(null);
  const { loaded, work } = state;
  // Drawn again when the comparison (corrections, article, details) or the annotations change, not on every move.
  const { findings: found, error } = useFindings(loaded, work.annotations);
  const findings = found ?? [];
  const selected = findings.some((f) => f.rank === state.selectedFinding) ? state.selectedFinding : null;
  const tabStop = selected ?? findings[0]?.rank;

  // A request to move focus here (F6): to the selected finding (or the heading when there is none).
  const seq = state.focusRequest?.pane === 'findings' ? state.focusRequest.seq : 0;
  useFocusRequest(rootRef, seq, () => (selected !== null ? `#finding-${selected}` : '#findings-panel-title'));

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || findings.length === 0) return;
    const at = selected === null ? -1 : findings.findIndex((f) => f.rank === selected);
    const to = listKeyTarget(e, at, findings.length);
    if (to === null) return;
    e.preventDefault();
    dispatch({ type: 'select-finding', rank: findings[to]!.rank, focus: true });
  };
  const go = (f: Finding) => dispatch({ type: 'show-finding', rank: f.rank, row: f.rows[0] ?? null });
  const none = findings.length === 0;
  const waiting = !found ? <p className="empty">{error ? `The findings could not be worked out: ${error}` : 'Working out the findings…'}</p> : null;

  return (
    <section ref={rootRef} id="findings-panel" className="findings-panel" aria-labelledby="findings-panel-title" data-testid="findings-panel">
      <div className="article-bar">
        <h2 id="findings-panel-title" tabIndex={-1}>{found ? `Findings (${findings.length})` : 'Findings'}</h2>
        <button type="button" className="panel-hide" aria-label="Hide the findings panel"
          onClick={() => { dispatch({ type: 'toggle-findings', open: false }); dispatch({ type: 'focus-pane', pane: 'rows' }); }}>
          Hide
        </button>
      </div>
      <div className="article-scroll">
        <CopyButtons disabled={none} onCopy={onCopy} />
        {loaded?.articlePending && !loaded.article && <p className="empty">Reading the article: its misquotations join the list once it is read.</p>}
        {waiting ?? (none ? <p className="empty">{NO_FINDINGS}</p> : (
          <ol className="items findings" aria-label="Findings, most salient first" onKeyDown={onKeyDown}>
            {findings.map((f) => (
              <FindingItem key={f.rank} finding={f} selected={selected === f.rank} tabStop={tabStop === f.rank} onSelect={(rank) => dispatch({ type: 'select-finding', rank })} onGo={go} />
            ))}
          </ol>
        ))}
      </div>
    </section>
  );
}

/** "Most salient first · Copy as: Text, Markdown": the findings to the clipboard, each line with its rank, row and the readouts' labels. */
function CopyButtons({ disabled, onCopy }: { disabled: boolean; onCopy: (format: CopyFormat) => void }) {
  return (
    <p className="findings-actions">
      <span className="findings-order">Most salient first</span>
      <span className="findings-copy" role="group" aria-label="Copy the findings">
        <span aria-hidden="true">Copy as</span>
        <button type="button" disabled={disabled} aria-label="Copy the findings as plain text" title="Copy the findings as plain text, each with its rank, row and the readouts’ labels" onClick={() => onCopy('text')}>Text</button>
        <button type="button" disabled={disabled} aria-label="Copy the findings as Markdown" title="Copy the findings as a Markdown list" onClick={() => onCopy('markdown')}>Markdown</button>
      </span>
    </p>
  );
}
