/**
 * The two sources compared: publisher, title, date, address, the language and how
 * the text was read, the note that says what an incomplete copy lacks, and how much
 * of each readout the other covers. "Edit details" edits a source's label,
 * publisher, title, date and address. Each card is a place to paste into (focus it,
 * Ctrl/Cmd+V) and to drop a file on (App handles both: `data-import-target`).
 */
import { Fragment, useMemo, useState } from 'react';
import { CONFIDENT } from '../../shared/align/strength';
import type { LoadedComparison, LoadedSource } from '../../shared/ipc/contract';
import { weakCoverageShort, weakCoverageWording, weaklyMatched, wordShare } from '../../shared/compare/weak-links';
import { summaryParts } from '../../shared/compare/wording';
import type { ComparedSide, Comparison } from '../../shared/compare/compare';
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

/**
 * A source's note (what an incomplete copy lacks): its first line, and "more" to read
 * it whole; always shown, since it changes what an "only in …" row means.
 */
function SourceNote({ note, complete }: { note: string; complete: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`source-note${complete ? '' : ' source-note-incomplete'}${open ? ' open' : ''}`}>
      <p className={open ? 'note-text' : 'note-text folded'}><strong>Note:</strong> {note}</p>
      <button type="button" className="note-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'less' : 'more'}
      </button>
    </div>
  );
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

type CardProps = { side: 'a' | 'b'; source: LoadedSource; compared: ComparedSide; other: string; /** Share of its words matched only weakly. */ weakShare: number } & SourceHeaderActions;

/** A source in one line: its label, whether the copy is complete (with the note's first line), how much the other side covers, and "Details". */
function SourceCard(props: CardProps) {
  const { side, source, compared, other, weakShare } = props;
  const weak = weakCoverageWording(weakShare);
  const m = source.meta;
  const [open, setOpen] = useState(false);
  const detailsId = `source-details-${side}`;
  return (
    <section
      className={`source source-${side}${open ? ' source-open' : ''}`}
      aria-label={`Source ${side.toUpperCase()}: ${m.label}`}
      data-import-target={side}
      tabIndex={-1}
      title="Drop a file here, or click here and paste (Ctrl/Cmd+V), to replace this readout"
    >
      <div className="source-line">
        <h2 className="source-label">
          <span className="side-tag" aria-hidden="true">{side.toUpperCase()}</span> <span className="source-name">{m.label}</span>
          {!m.complete && <span className="badge badge-incomplete">incomplete<span className="badge-more"> copy</span></span>}
        </h2>
        <p className="source-coverage" title={`${percent(compared.coverage)} of its ${compared.words} words are in statements ${other} also reports${weak}${weak ? `: in statements no link of confidence ${CONFIDENT} or more holds` : ''}`}>
          <strong>{percent(compared.coverage)}</strong><span className="coverage-words"> of its {compared.words} words are in statements {other} also reports</span>
          {weak && <span className="visually-hidden">{weak}</span>}
          {weak && <span className="coverage-weak" aria-hidden="true">{weakCoverageShort(weakShare)}</span>}
          <span className="coverage-bar" aria-hidden="true"><span style={{ width: percent(compared.coverage) }} /></span>
        </p>
        <button type="button" className="details-toggle" aria-expanded={open} aria-controls={detailsId} aria-label={`Details of ${m.label}`} onClick={() => setOpen(!open)}>
          Details {open ? '▴' : '▾'}
        </button>
      </div>
      {m.note && <SourceNote note={m.note} complete={m.complete} />}
      <SourceDetails {...props} id={detailsId} open={open} />
    </section>
  );
}

/** The rest of a source's details, shown on demand: title, publisher, date, address, how the text was read; Paste and Edit details. */
function SourceDetails({ side, source, onOpenLink, onEditDetails, onPaste, id, open }: CardProps & { id: string; open: boolean }) {
  const m = source.meta;
  const fileName = source.file.split(/[\\/]/).pop() ?? source.file;
  const [editing, setEditing] = useState(false);
  const read = [languageName(m.language), source.origin ? `read from ${originWording(source.origin)}` : null].filter(Boolean).join(' · ');
  return (
    <div className="source-details" id={id} hidden={!open}>
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
      {editing ? (
        <DetailsEditor name={m.label} meta={m} onSave={(meta) => { setEditing(false); onEditDetails(side, meta); }} onCancel={() => setEditing(false)} />
      ) : (
        <p className="source-actions">
          <button type="button" aria-label={`Paste: replace ${m.label} with the text copied to the clipboard`} title="Replace with the clipboard's text (or click the card and press Ctrl/Cmd+V)" onClick={() => onPaste(side)}>Paste</button>
          <button type="button" aria-label={`Edit details of ${m.label}`} onClick={() => setEditing(true)}>Edit details</button>
        </p>
      )}
    </div>
  );
}

/**
 * The count line: each part's numbers with a short label on one line ("7 only in Kremlin"), its
 * full wording as the part's tooltip; the whole sentence, as the terminal and the PDF word it, is
 * what a screen reader reads (the short parts are hidden from it).
 */
function CountLine({ comparison }: { comparison: Comparison }) {
  const parts = summaryParts(comparison);
  const full = parts.map((p) => p.full).join(' · ');
  return (
    <p className="summary" title={full}>
      <span className="visually-hidden summary-full">{full}</span>
      <span className="summary-short" aria-hidden="true">
        {parts.map((p, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            <span className="summary-part" title={p.full}>{p.short}</span>
          </Fragment>
        ))}
      </span>
    </p>
  );
}

export function SourceHeader({ loaded, onOpenLink, onEditDetails, onPaste }: { loaded: LoadedComparison } & SourceHeaderActions) {
  const c = loaded.comparison;
  const weakShare = useMemo(() => {
    const weak = weaklyMatched(c.pairs);
    return { a: wordShare(c.a, weak.a), b: wordShare(c.b, weak.b) };
  }, [c]);
  return (
    <div className="sources">
      <h1 className="event">
        {loaded.event ?? `${c.a.label} and ${c.b.label}`}
        {loaded.date && <span className="event-date"> · {loaded.date}</span>}
      </h1>
      <div className="source-pair">
        <SourceCard side="a" source={loaded.a} compared={c.a} other={c.b.label} weakShare={weakShare.a} onOpenLink={onOpenLink} onEditDetails={onEditDetails} onPaste={onPaste} />
        <SourceCard side="b" source={loaded.b} compared={c.b} other={c.a.label} weakShare={weakShare.b} onOpenLink={onOpenLink} onEditDetails={onEditDetails} onPaste={onPaste} />
      </div>
      <CountLine comparison={c} />
    </div>
  );
}
