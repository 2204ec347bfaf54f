/**
 * The first-run introduction: four short items (rows, omissions, claims,
 * annotations), each with a button that outlines the part of the window it explains.
 * It sits above the rows, covering nothing; "Got it" (or Escape inside it) dismisses
 * it for good, Help > Show Introduction brings it back.
 */
import type { KeyboardEvent } from 'react';
import { formatKeys, type KeyPlatform } from '../../shared/help/shortcuts';

/** The parts of the window the introduction points at (the app's root carries the one outlined as `data-intro-target`). */
export type IntroTarget = 'rows' | 'omissions' | 'claims' | 'annotations';

export function Intro({ platform, target, onTarget, onDismiss, onAbout, onShortcuts }: {
  platform: KeyPlatform;
  target: IntroTarget | null;
  onTarget: (target: IntroTarget | null) => void;
  onDismiss: () => void;
  onAbout: () => void;
  onShortcuts: () => void;
}) {
  const items: Array<{ id: IntroTarget; title: string; text: string }> = [
    { id: 'rows', title: 'Rows', text: 'Each row sets the two readouts side by side on one point; words only one side used are underlined (dashed left, solid right).' },
    { id: 'omissions', title: 'Omissions', text: 'Red-bordered rows are statements only one side made: the empty side says “only in …”, or “not in …’s (incomplete) copy” when the other side’s text is known to be incomplete. “Omissions only” shows just these.' },
    { id: 'claims', title: 'Claims', text: 'The article panel checks what a news article says each readout said: supported, partly supported or not found.' },
    { id: 'annotations', title: 'Annotations', text: `Select text or a row and press ${formatKeys('CmdOrCtrl+Shift+A', platform)} (“Annotate…”) to note a disagreement or omission; Save keeps it.` },
  ];
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDismiss();
    }
  };
  return (
    <section className="intro" aria-labelledby="intro-title" onKeyDown={onKeyDown} data-testid="intro">
      <div className="intro-head">
        <h2 id="intro-title">How to read this comparison</h2>
        <span className="intro-actions">
          <button type="button" onClick={onShortcuts}>Keyboard shortcuts</button>
          <button type="button" onClick={onAbout}>About</button>
          <button type="button" className="intro-dismiss" onClick={onDismiss} title="Help › Show Introduction brings it back">Got it</button>
        </span>
      </div>
      <ol className="intro-items">
        {items.map((item, i) => (
          <li key={item.id} className={target === item.id ? 'intro-item intro-item-active' : 'intro-item'}>
            <h3><span className="intro-number" aria-hidden="true">{i + 1}</span>{item.title}</h3>
            <p>
              {item.text}{' '}
              <button type="button" aria-label={`Show where: ${item.title.toLowerCase()}`} aria-pressed={target === item.id} onClick={() => onTarget(target === item.id ? null : item.id)}>
                Show where
              </button>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
