/**
 * Progress of what main does past a second (a comparison, the PDF export): what it is,
 * how long it has run, and Cancel (Escape does the same). Nothing shows for a quick one.
 */
import { useEffect, useState } from 'react';
import { busyLabel, type Busy } from '../state/busy';

/** After how long a comparison or an export running shows its progress, in ms. */
export const PROGRESS_AFTER_MS = 1_000;

/** Tells one wait from the next: a newer export restarts the count. */
const waitKey = (busy: Busy | null): string | null => (busy === null ? null : busy.task === 'compare' ? 'compare' : `export-pdf ${busy.export}`);

/** Whole seconds since the wait `key` began, or null while none runs or before the first second. */
function useElapsed(key: string | null): number | null {
  const [elapsed, setElapsed] = useState<number | null>(null);
  useEffect(() => {
    setElapsed(null);
    if (key === null) return;
    const since = Date.now();
    const tick = () => {
      const ms = Date.now() - since;
      setElapsed(ms >= PROGRESS_AFTER_MS ? Math.floor(ms / 1000) : null);
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [key]);
  return elapsed;
}

export function BusyBar({ busy, onCancel }: { busy: Busy | null; onCancel: () => void }) {
  const elapsed = useElapsed(waitKey(busy));
  if (elapsed === null || busy === null) return null;
  const label = busyLabel(busy);
  return (
    <div className="busy-bar" role="status" aria-live="polite">
      <progress aria-label={label.replace(/…$/, '')} />
      <span>{label} {elapsed} s</span>
      <button type="button" onClick={onCancel} disabled={busy.cancelling} aria-keyshortcuts="Escape" title="Cancel (Escape)">Cancel</button>
    </div>
  );
}
