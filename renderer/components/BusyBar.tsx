/**
 * Progress of what main does past a second (a comparison, the PDF export): what it is,
 * how long it has run, and Cancel (Escape does the same). Nothing shows for a quick one.
 * Cancel pressed keeps focus while main stops (aria-disabled: a disabled button would drop
 * it to the page), and when the bar goes with focus in it, `onFocusLost` puts it somewhere.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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

export function BusyBar({ busy, onCancel, onFocusLost }: {
  busy: Busy | null;
  onCancel: () => void;
  /** The bar went while focus was in it (on Cancel): where focus goes next is the window's to say. */
  onFocusLost?: () => void;
}) {
  const elapsed = useElapsed(waitKey(busy));
  if (elapsed === null || busy === null) return null;
  return <BusyStrip busy={busy} elapsed={elapsed} onCancel={onCancel} onFocusLost={onFocusLost} />;
}

/** Calls the latest `onFocusLost` when the element of `ref` leaves the page with focus in it. */
function useFocusHandedOn(ref: { current: HTMLElement | null }, onFocusLost: (() => void) | undefined): void {
  const latest = useRef(onFocusLost);
  latest.current = onFocusLost;
  // A layout effect's cleanup runs before React takes the element out: focus is still in it then.
  useLayoutEffect(() => {
    const el = ref.current;
    return () => {
      if (el?.contains(document.activeElement)) latest.current?.();
    };
  }, [ref]);
}

function BusyStrip({ busy, elapsed, onCancel, onFocusLost }: { busy: Busy; elapsed: number; onCancel: () => void; onFocusLost?: () => void }) {
  const bar = useRef<HTMLDivElement>(null);
  useFocusHandedOn(bar, onFocusLost);
  const label = busyLabel(busy);
  return (
    <div ref={bar} className="busy-bar" role="status" aria-live="polite">
      <progress aria-label={label.replace(/…$/, '')} />
      <span>{label} {elapsed} s</span>
      <button type="button" onClick={() => { if (!busy.cancelling) onCancel(); }} aria-disabled={busy.cancelling} aria-keyshortcuts="Escape" title="Cancel (Escape)">Cancel</button>
    </div>
  );
}
