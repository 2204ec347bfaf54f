/**
 * A menu button (WAI-ARIA Authoring Practices, "Menu Button"): a button that opens a
 * list of commands. Opened by click, Enter, Space or Down (first item) and Up (last
 * item); in the menu Up and Down move, Home and End jump, Escape closes and gives the
 * focus back to the button, Tab closes; a choice closes it and runs the command.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One entry of the menu: a command, a choice among several (checked), or a separator. */
export type MenuEntry =
  | { kind: 'item'; label: string; onSelect: () => void; disabled?: boolean; shortcut?: string; checked?: boolean }
  | { kind: 'separator' }
  | { kind: 'heading'; label: string };

export function MenuButton({ label, title, entries }: { label: string; title: string; entries: readonly MenuEntry[] }) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
  useEffect(() => {
    if (!open) return;
    const list = items();
    (open === 'first' ? list[0] : list[list.length - 1])?.focus();
  }, [open]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      list[(move[e.key]! + list.length) % list.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };
  return (
    <div className="menu-button" onBlur={(e) => { if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) close(false); }}>
      <button
        ref={button} type="button" title={title} aria-haspopup="menu" aria-expanded={open !== false} aria-controls={open ? id : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {entries.map((entry, i) => <Entry key={i} entry={entry} onDone={() => close(true)} />)}
        </div>
      )}
    </div>
  );
}

function Entry({ entry, onDone }: { entry: MenuEntry; onDone: () => void }) {
  if (entry.kind === 'separator') return <div role="separator" className="menu-separator" />;
  if (entry.kind === 'heading') return <div role="presentation" className="menu-heading">{entry.label}</div>;
  const radio = entry.checked !== undefined;
  return (
    <button
      type="button" role={radio ? 'menuitemradio' : 'menuitem'} aria-checked={radio ? entry.checked : undefined} tabIndex={-1} disabled={entry.disabled}
      onClick={() => { onDone(); entry.onSelect(); }}
    >
      <span className="menu-check" aria-hidden="true">{entry.checked ? '●' : ''}</span>
      <span className="menu-label">{entry.label}</span>
      {entry.shortcut && <span className="menu-shortcut" aria-hidden="true">{entry.shortcut}</span>}
    </button>
  );
}
