/**
 * A modal dialog on the platform's `<dialog>`: `showModal()` makes the rest of the
 * page inert, Tab and Shift+Tab go round its controls (`keepFocusInside`, renderer/focus-trap.ts), Escape closes it, and focus goes back to where it
 * was. The title labels it; a Close button ends it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { keepFocusInside } from '../focus-trap';

export function Dialog({ id, title, onClose, children, className = '' }: {
  /** Prefix of the ids inside (the title's is `${id}-title`). */
  id: string;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // back to the control that opened it, if it is still there
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={`${id}-title`}
      onKeyDown={keepFocusInside}
      // Escape: the dialog's own cancel; React state closes it (so it closes once)
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="dialog-close" onClick={onClose}>Close</button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
