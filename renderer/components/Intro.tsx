/**
 * The first-run introduction: five short items (rows, omissions, findings, claims,
 * annotations), each with a button that outlines the part of the window it explains.
 * It is a strip above the rows, two lines high, covering nothing; "Got it" (or Escape inside it) dismisses
 * it for good, Help > Show Introduction brings it back.
 */
import type { KeyboardEvent } from 'react';
import { formatKeys, type KeyPlatform } from '../../shared/help/shortcuts';

/** The parts of the window the introduction points at (the app's root carries the one outlined as `data-intro-target`). */
export type IntroTarget = 'rows' | 'omissions' | 'findings' | 'claims' | 'annotations';

export function Intro({ platform, target, onTarget, onDismiss, onAbout, onShortcuts }: {
  platform: KeyPlatform;
  target: IntroTarget | null;
  onTarget: (target: IntroTarget | null) => void;
  onDismiss: () => void;
  onAbout: () => void;
  onShortcuts: () => void;
}) {
  const items: Array<{ id: IntroTarget; title: string; text: string }> = [
    { id: 'rows', title: 'Rows', text: 'Each row puts the two readouts side by side; a badge on boxed words (number, actor…) says how they differ.' },
    { id: 'omissions', title: 'Omissions', text: 'Red-bordered rows hold what one side alone said. “Show: One-sided” keeps just these; F7 goes to the next.' },
    { id: 'findings', title: 'Findings', text: 'The Findings tab puts the story first: one-sided points, typed differences, misquotes. Click one for its row.' },
    { id: 'claims', title: 'Claims', text: 'The article panel checks what a news article says each readout said: supported, partly supported or not found.' },
    { id: 'annotations', title: 'Annotations', text: `Select text or a row and press ${formatKeys('CmdOrCtrl+Shift+A', platform)} (“Annotate…”) to note a disagreement or omission; Save keeps it.` },
  ];
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      // The introduction's Escape is its own: it does not also clear link marks or cancel what runs.
      e.preventDefault();
      e.stopPropagation();
      onDismiss();
    }
  };
  // A strip above the rows, two lines high (each text at most ~110 characters, so that it keeps to two lines beside the stacked buttons at 1000 px): the five topics, and what the one chosen says (the first until one is chosen).
  const shown = items.find((item) => item.id === target) ?? items[0]!;
  return (
    <section className="intro" aria-labelledby="intro-title" onKeyDown={onKeyDown} data-testid="intro">
      <div className="intro-head">
        <h2 id="intro-title">How to read this comparison</h2>
        <ol className="intro-items">
          {items.map((item, i) => (
            <li key={item.id} className={target === item.id ? 'intro-item intro-item-active' : 'intro-item'}>
              <span className="intro-number" aria-hidden="true">{i + 1}</span>
              <button type="button" aria-label={`Show where: ${item.title.toLowerCase()}`} aria-pressed={target === item.id} onClick={() => onTarget(target === item.id ? null : item.id)}>
                {item.title}
              </button>
              <span className="intro-item-text" hidden>{item.text}</span>
            </li>
          ))}
        </ol>
        <button type="button" className="intro-dismiss" onClick={onDismiss} title="Help › Show Introduction brings it back">Got it</button>
      </div>
      <div className="intro-body">
        <p className="intro-text" aria-live="polite"><strong>{shown.title}:</strong> {shown.text}</p>
        <span className="intro-actions">
          <button type="button" onClick={onShortcuts}>Keyboard shortcuts</button>
          <button type="button" onClick={onAbout}>About</button>
        </span>
      </div>
    </section>
  );
}
