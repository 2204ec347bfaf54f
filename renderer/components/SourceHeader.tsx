/**
 * The two sources compared: publisher, title, date, address, the note that says
 * what an incomplete copy lacks, and how much of each readout the other covers.
 */
import type { LoadedComparison, LoadedSource } from '../../shared/ipc/contract';
import type { ComparedSide } from '../../shared/compare/compare';

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function SourceCard({ side, source, compared, other, onOpenLink }: {
  side: 'a' | 'b'; source: LoadedSource; compared: ComparedSide; other: string; onOpenLink: (url: string) => void;
}) {
  const m = source.meta;
  const fileName = source.file.split(/[\\/]/).pop() ?? source.file;
  return (
    <section className={`source source-${side}`} aria-label={`Source ${side.toUpperCase()}: ${m.label}`}>
      <h2 className="source-label">
        <span className="side-tag" aria-hidden="true">{side.toUpperCase()}</span> {m.label}
        {!m.complete && <span className="badge badge-incomplete">incomplete copy</span>}
      </h2>
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
      {m.note && <p className={`source-note${m.complete ? '' : ' source-note-incomplete'}`}><strong>Note:</strong> {m.note}</p>}
      <p className="source-coverage">
        <strong>{percent(compared.coverage)}</strong> of its {compared.words} words are in statements {other} also reports
        <span className="coverage-bar" aria-hidden="true"><span style={{ width: percent(compared.coverage) }} /></span>
      </p>
    </section>
  );
}

export function SourceHeader({ loaded, onOpenLink }: { loaded: LoadedComparison; onOpenLink: (url: string) => void }) {
  const c = loaded.comparison;
  return (
    <div className="sources">
      <h1 className="event">
        {loaded.event ?? `${c.a.label} and ${c.b.label}`}
        {loaded.date && <span className="event-date"> · {loaded.date}</span>}
      </h1>
      <div className="source-pair">
        <SourceCard side="a" source={loaded.a} compared={c.a} other={c.b.label} onOpenLink={onOpenLink} />
        <SourceCard side="b" source={loaded.b} compared={c.b} other={c.a.label} onOpenLink={onOpenLink} />
      </div>
      <p className="summary">
        {c.pairs.length} matched pair{c.pairs.length === 1 ? '' : 's'} · {c.onlyA.length} statement{c.onlyA.length === 1 ? '' : 's'} only {c.a.label} made · {c.onlyB.length} only {c.b.label} made
      </p>
    </div>
  );
}
