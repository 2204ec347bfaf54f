/** The status line (read out by screen readers) and the toast of the last change, with Undo. */
import type { Dispatch } from 'react';
import type { ViewAction, ViewState } from '../state/view';

export function StatusBar({ status, toast, dispatch }: Pick<ViewState, 'status' | 'toast'> & { dispatch: Dispatch<ViewAction> }) {
  return (
    <footer className="status-bar">
      <div className="status" role="status" aria-live="polite">{status}</div>
      {toast && (
        <div className="toast">
          <span>{toast.message}</span>
          {toast.undo && <button type="button" onClick={() => dispatch({ type: 'undo' })} title="Ctrl/Cmd+Z">Undo</button>}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dispatch({ type: 'dismiss-toast' })}>×</button>
        </div>
      )}
    </footer>
  );
}
