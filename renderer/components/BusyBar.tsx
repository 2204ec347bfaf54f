/**
 * Progress of a comparison that takes more than a second: how long it has run, and
 * Cancel (Escape does the same). Nothing shows for a quick one.
 */
import { useEffect, useState } from 'react';

/** After how long a comparison running shows its progress, in ms. */
export const PROGRESS_AFTER_MS = 1_000;

/** Whole seconds since `busy` became true, or null while not busy or before the first second. */
function useElapsed(busy: boolean): number | null {
  const [elapsed, setElapsed] = useState<number | null>(null);
  useEffect(() => {
    if (!busy) return setElapsed(null);
    const since = Date.now();
    const tick = () => {
      const ms = Date.now() - since;
      setElapsed(ms >= PROGRESS_AFTER_MS ? Math.floor(ms / 1000) : null);
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [busy]);
  return elapsed;
}

export function BusyBar({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const elapsed = useElapsed(busy);
  if (elapsed === null) return null;
  return (
    <div className="busy-bar" role="status" aria-live="polite">
      <progress aria-label="Comparing" />
      <span>Comparing… {elapsed} s</span>
      <button type="button" onClick={onCancel} aria-keyshortcuts="Escape" title="Cancel (Escape)">Cancel</button>
    </div>
  );
}
