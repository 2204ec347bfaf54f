/**
 * One row: a matched group of statements side by side with the word differences
 * marked, or a statement only one side made with the other side's gap marked.
 * Differences are shown by underline style and a label for screen readers, never
 * by colour alone.
 */
import { memo, useMemo, useState } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import { rowDiff, type Run } from '../../shared/view/row-diff';
import type { Row } from '../../shared/view/rows';
import type { SearchMatch } from '../../shared/view/search';
import { Highlighted } from './Highlighted';

/** A side's runs; in a one-sided row (`plain`) the whole text is the statement, so no word is marked. */
function Runs({ runs, query, labels, plain }: { runs: Run[]; query: string; labels: { a: string; b: string }; plain: boolean }) {
  return (
    <>
      {runs.map((run, i) => {
        if (plain || run.kind === 'same') return <Highlighted key={i} text={run.text} query={query} />;
        const Tag = run.kind === 'only-a' ? 'del' : 'ins';
        return (
          <Tag key={i} className={run.kind} title={run.kind === 'only-a' ? `Only in ${labels.a}'s wording` : `Only in ${labels.b}'s wording`}>
            <Highlighted text={run.text} query={query} />
          </Tag>
        );
      })}
    </>
  );
}

function Reasons({ row }: { row: Row }) {
  return (
    <ul className="reasons">
      {row.pairs.map((p) => (
        <li key={`${p.a.join()}|${p.b.join()}`}>
          <span className="reason-ids">{p.a.join(', ')} ↔ {p.b.join(', ')}</span> <span className="reason-score">score {p.score.toFixed(2)}</span>
          <ul>
            {p.reasons.slice(0, 8).map((r, i) => (
              <li key={i}>
                <strong>{r.label}</strong>
                {r.a && r.b && r.a !== r.b ? <>: “{r.a}” ~ “{r.b}”</> : r.a || r.b ? <>: “{r.a || r.b}”</> : null}
                <span className="reason-share"> ({Math.round((r.contribution / Math.max(p.score, 1e-9)) * 100)}%)</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function RowViewImpl({ row, index, comparison, language, current, anyCurrent, query, currentMatch, onFocusRow }: {
  row: Row; index: number; comparison: Comparison; language: string; current: boolean;
  /** Whether some row is current; if none is, the first row takes the Tab stop. */
  anyCurrent: boolean;
  query: string; currentMatch?: SearchMatch;
  /** Stable across renders, so rows that did not change are not rendered again while scrolling. */
  onFocusRow: (index: number, reveal?: boolean) => void;
}) {
  const onFocus = () => onFocusRow(index);
  const labels = { a: comparison.a.label, b: comparison.b.label };
  const [why, setWhy] = useState(false);
  const diff = useMemo(() => rowDiff(row, comparison, language), [row, comparison, language]);
  const kindLabel = row.kind === 'matched' ? (row.changed ? 'Matched, worded differently' : 'Matched, same words') : (row.wording ?? '');
  const gap = (
    <div className="gap" aria-hidden="true">
      <span className="gap-marker">{row.kind === 'only-a' ? '◀' : '▶'} {row.wording}</span>
    </div>
  );
  return (
    <div
      role="listitem"
      aria-current={current ? 'true' : undefined}
      className={`row row-${row.kind}${current ? ' row-current' : ''}${row.changed ? ' row-changed' : ''}${currentMatch ? ' row-match' : ''}`}
      tabIndex={current || (index === 0 && !anyCurrent) ? 0 : -1}
      onFocus={onFocus}
      onClick={onFocus}
      data-row-key={row.key}
    >
      {/* Read first, as part of the row (an aria-label would replace the row's text for screen readers). */}
      <span className="row-kind visually-hidden">{kindLabel}: </span>
      {(['a', 'b'] as const).map((side) => (
        <div key={side} className={`cell cell-${side}`} lang={comparison[side].language} role="group" aria-label={labels[side]}>
          {row[side].length > 0 ? (
            <>
              <span className="ids">{row[side].join(', ')}</span>
              <Runs runs={diff[side]} query={query} labels={labels} plain={row.kind !== 'matched'} />
            </>
          ) : gap}
        </div>
      ))}
      <div className="row-footer">
        {row.kind === 'matched' && (
          <button type="button" className="why" tabIndex={current ? 0 : -1} aria-expanded={why} onClick={(e) => { e.stopPropagation(); setWhy(!why); }}>
            {why ? 'Hide why matched' : 'Why matched?'}
          </button>
        )}
        {why && <Reasons row={row} />}
      </div>
    </div>
  );
}

export const RowView = memo(RowViewImpl);
