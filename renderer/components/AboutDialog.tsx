/**
 * Help > About Readout Compare: the version, the licence, the third-party notices and
 * where the samples come from, as main reads them (node/app/about.ts). Every text is
 * shown as plain text (the samples' provenance is Markdown: shown as written, never as
 * HTML), in blocks that scroll and can be scrolled from the keyboard.
 */
import { useEffect, useState } from 'react';
import type { AboutInfo, ReadoutsApi } from '../../shared/ipc/contract';
import { Dialog } from './Dialog';

function TextBlock({ id, title, text, className }: { id: string; title: string; text: string; className: string }) {
  return (
    <section className="about-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {/* focusable, so the keyboard can scroll it; labelled by its heading */}
      <pre className={className} tabIndex={0} aria-labelledby={`${id}-heading`}>{text}</pre>
    </section>
  );
}

export function AboutDialog({ api, onClose, onShortcuts }: { api: ReadoutsApi; onClose: () => void; onShortcuts: () => void }) {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.about().then((r) => {
      if (!live) return;
      if (r.ok) setAbout(r.value);
      else setError(r.error.message);
    });
    return () => { live = false; };
  }, [api]);
  return (
    <Dialog id="about" title="About Readout Compare" onClose={onClose} className="about-dialog">
      <p className="about-lead">
        Compare the official readouts of the same leaders’ call: what each side said, what each left out.
      </p>
      {error && <p className="about-error" role="alert">The app’s notices could not be read: {error}</p>}
      {!about && !error && <p className="empty">Reading…</p>}
      {about && (
        <>
          <dl className="about-facts">
            <dt>Version</dt><dd>{about.version}</dd>
            <dt>Licence</dt><dd>MIT</dd>
          </dl>
          <TextBlock id="about-license" title="Licence" text={about.license} className="notice-text" />
          <TextBlock id="about-notices" title="Third-party notices" text={about.notices} className="notice-text" />
          <TextBlock id="about-samples" title="Where the samples come from" text={about.samplesProvenance} className="provenance-text" />
        </>
      )}
      <p className="dialog-foot">
        <button type="button" onClick={onShortcuts}>Keyboard shortcuts</button>
      </p>
    </Dialog>
  );
}
