/**
 * One finding of the findings panel, one line-ish item: its rank, its kind as a small
 * label, its row (numbered as all rows are) and its text, cut at three lines until it is
 * selected; a card cut short says how many typed differences are out of sight ("+2 more
 * differences"). Clicking it, or Enter on it, goes to its row; focus selects it; one Tab
 * stop across the list.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { kindWords, rowsWording } from '../../shared/findings/format';
import type { Finding } from '../../shared/findings/types';

/**
 * How many of the card's typed differences start beyond its clamped lines (tester 9, V15): 0 when it is
 * selected (shown whole) or names fewer than two. Measured again when the card's box changes size.
 */
function useHiddenPhrases(body: RefObject<HTMLDivElement | null>, finding: Finding, selected: boolean): number {
  const [hidden, setHidden] = useState(0);
  const many = (finding.phrases?.length ?? 0) > 1;
  useLayoutEffect(() => {
    const box = body.current;
    if (!box || !many || selected) {
      setHidden(0);
      return undefined;
    }
    const measure = () => {
      const bottom = box.getBoundingClientRect().bottom;
      const starts = [...box.querySelectorAll('.finding-phrase')].map((e) => e.getClientRects()[0]?.top ?? Infinity);
      setHidden(starts.filter((top) => top >= bottom - 1).length);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [body, many, selected, finding.text]);
  return hidden;
}

/** The finding's text, each typed difference's phrase in its own span (to measure which are cut), else as is. */
function FindingText({ finding }: { finding: Finding }) {
  const phrases = finding.phrases ?? [];
  const tail = phrases.join('; ');
  if (phrases.length < 2 || !finding.text.endsWith(tail)) return <span className="finding-text">{finding.text}</span>;
  return (
    <span className="finding-text">
      {finding.text.slice(0, finding.text.length - tail.length)}
      {phrases.map((p, i) => <span key={i} className="finding-phrase">{i > 0 ? '; ' : ''}{p}</span>)}
    </span>
  );
}

export function FindingItem({ finding, selected, tabStop, onSelect, onGo }: {
  finding: Finding; selected: boolean; tabStop: boolean;
  onSelect: (rank: number) => void;
  /** Goes to the finding's (first) row. */
  onGo: (finding: Finding) => void;
}) {
  const { rank, kind } = finding;
  const body = useRef<HTMLDivElement>(null);
  const hidden = useHiddenPhrases(body, finding, selected);
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
      <div className="finding-body" ref={body}>
        <span className="finding-rank">{rank}.</span>{' '}
        <span className={`finding-kind kind-${kind}`}>{kindWords(kind)}</span>{' '}
        <span className="finding-row">{rowsWording(finding.rows)}</span>
        <span className="visually-hidden">:</span>{' '}
        <FindingText finding={finding} />
      </div>
      {/* Screen readers read the whole text, clamped or not: the count is for the eye. */}
      {hidden > 0 && <div className="finding-more" aria-hidden="true">+{hidden} more {hidden === 1 ? 'difference' : 'differences'}</div>}
    </li>
  );
}
