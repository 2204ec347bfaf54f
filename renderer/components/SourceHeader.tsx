/**
 * The two sources compared: publisher, title, date, address, the language and how
 * the text was read, the note that says what an incomplete copy lacks, and how much
 * of each readout the other covers. "Edit details" edits a source's label,
 * publisher, title, date and address. Each card is a place to paste into (focus it,
 * Ctrl/Cmd+V) and to drop a file on (App handles both: `data-import-target`).
 */
import { useState } from 'react';
import type { LoadedComparison, LoadedSource } from '../../shared/ipc/contract';
import type { ComparedSide } from '../../shared/compare/compare';
import { summaryWording } from '../../shared/compare/wording';
import type { SourceMeta } from '../../shared/model/types';
import { languageName, originWording, type DetailsSource } from '../../shared/view/source-details';
import { DetailsEditor } from './DetailsEditor';

/** What the header asks of the app: open a link, save a source's edited details. */
export interface SourceHeaderActions {
  onOpenLink: (url: string) => void;
  onEditDetails: (source: DetailsSource, meta: SourceMeta) => void;
  /** Replaces a readout with what the clipboard holds. */
  onPaste: (side: 'a' | 'b') => void;
}

/** Notes longer than this start folded to two lines (the rows need the room); "Show all" unfolds them. */
const FOLDED_NOTE = 160;

/** A source's note (what an incomplete copy lacks): always shown, long ones folded to two lines until asked. */
function SourceNote({ note, complete }: { note: string; complete: boolean }) {
  const long = note.length > FOLDED_NOTE;
  const [open, setOpen] = useState(false);
  const folded = long && !open;
  return (
    <div className={`source-note${complete ? '' : ' source-note-incomplete'}`}>
      <p className={folded ? 'note-text folded' : 'note-text'}><strong>Note:</strong> {note}</p>
      {long && (
        <button type="button" className="note-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Show all of the note'}
        </button>
      )}
    </div>
  );
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function SourceCard({ side, source, compared, other, onOpenLink, onEditDetails, onPaste }: {
  side: 'a' | 'b'; source: LoadedSource; compared: ComparedSide; other: string;
} & SourceHeaderActions) {
  const m = source.meta;
  const fileName = source.file.split(/[\\/]/).pop() ?? source.file;
  const [editing, setEditing] = useState(false);
  const read = [languageName(m.language), source.origin ? `read from ${originWording(source.origin)}` : null].filter(Boolean).join(' · ');
  return (
    <section
      className={`source source-${side}`}
      aria-label={`Source ${side.toUpperCase()}: ${m.label}`}
      data-import-target={side}
      tabIndex={-1}
      title="Drop a file here, or click here and paste (Ctrl/Cmd+V), to replace this readout"
    >
      <h2 className="source-label">
        <span className="side-tag" aria-hidden="true">{side.toUpperCase()}</span> {m.label}
        {!m.complete && <span className="badge badge-incomplete">incomplete copy</span>}
        {!editing && (
          <span className="source-actions">
            <button type="button" aria-label={`Paste: replace ${m.label} with the text copied to the clipboard`} title="Replace with the clipboard's text (or click the card and press Ctrl/Cmd+V)" onClick={() => onPaste(side)}>Paste</button>
            <button type="button" aria-label={`Edit details of ${m.label}`} onClick={() => setEditing(true)}>Edit details</button>
          </span>
        )}
      </h2>
      {editing && (
        <DetailsEditor
          name={m.label}
          meta={m}
          onSave={(meta) => { setEditing(false); onEditDetails(side, meta); }}
          onCancel={() => setEditing(false)}
        />
      )}
      <p className="source-title">{m.title ?? fileName}</p>
      <p className="source-meta">
        {[m.publisher, m.date].filter(Boolean).join(' · ')}
        {m.url && (
          <>
            {' · '}
            <a href={m.url} onClick={(e) => { e.preventDefault(); onOpenLink(m.url!); }}>{m.url}</a>
          </>
        )}
      </p>
      <p className="source-language">{read}</p>
      {m.note && <SourceNote note={m.note} complete={m.complete} />}
      <p className="source-coverage">
        <strong>{percent(compared.coverage)}</strong> of its {compared.words} words are in statements {other} also reports
        <span className="coverage-bar" aria-hidden="true"><span style={{ width: percent(compared.coverage) }} /></span>
      </p>
    </section>
  );
}

export function SourceHeader({ loaded, onOpenLink, onEditDetails, onPaste }: { loaded: LoadedComparison } & SourceHeaderActions) {
  const c = loaded.comparison;
  return (
    <div className="sources">
      <h1 className="event">
        {loaded.event ?? `${c.a.label} and ${c.b.label}`}
        {loaded.date && <span className="event-date"> · {loaded.date}</span>}
      </h1>
      <div className="source-pair">
        <SourceCard side="a" source={loaded.a} compared={c.a} other={c.b.label} onOpenLink={onOpenLink} onEditDetails={onEditDetails} onPaste={onPaste} />
        <SourceCard side="b" source={loaded.b} compared={c.b} other={c.a.label} onOpenLink={onOpenLink} onEditDetails={onEditDetails} onPaste={onPaste} />
      </div>
      <p className="summary">
        {summaryWording(c)}
      </p>
    </div>
  );
}
