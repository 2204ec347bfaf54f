/**
 * One finding of the findings panel, one line-ish item: its rank, its kind as a small
 * label, its row (numbered as all rows are) and its text. Clicking it, or Enter on it,
 * goes to its row; focus selects it; one Tab stop across the list.
 */
import type { KeyboardEvent } from 'react';
import { kindWords, rowsWording } from '../../shared/findings/format';
import type { Finding } from '../../shared/findings/types';

export function FindingItem({ finding, selected, tabStop, onSelect, onGo }: {
  finding: Finding; selected: boolean; tabStop: boolean;
  onSelect: (rank: number) => void;
  /** Goes to the finding's (first) row. */
  onGo: (finding: Finding) => void;
}) {
  const { rank, kind } = finding;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    onGo(finding);
  };
  return (
    <li
      id={`finding-${rank}`}
      className={`item finding finding-${kind}${selected ? ' item-selected' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      data-finding={rank}
      onFocus={() => onSelect(rank)}
      onClick={() => onGo(finding)}
      onKeyDown={onKeyDown}
    >
      <div className="finding-body">
        <span className="finding-rank">{rank}.</span>{' '}
        <span className={`finding-kind kind-${kind}`}>{kindWords(kind)}</span>{' '}
        <span className="finding-row">{rowsWording(finding.rows)}</span>
        <span className="visually-hidden">:</span>{' '}
        <span className="finding-text">{finding.text}</span>
      </div>
    </li>
  );
}
