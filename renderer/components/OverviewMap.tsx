/**
 * The overview map beside the rows (drawn by OverviewSvg), with a band behind the
 * rows in view. One focusable group: the arrows move a cursor between bars (what it
 * is on is said in a live region), Enter goes to the row; a click on a bar or a line
 * goes there too, and a tooltip names what the pointer is over. Geometry and words:
 * shared/view/overview.ts and overview-nav.ts.
 */
import { useDeferredValue, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Comparison } from '../../shared/compare/compare';
import type { SentenceId } from '../../shared/model/types';
import { barsPath, hitTest, layoutOverview, overviewDescription } from '../../shared/view/overview';
import { OverviewSvg } from './OverviewSvg';
import { barAtCursor, barWording, cursorAt, isMapKey, lineWording, moveCursor, type MapCursor } from '../../shared/view/overview-nav';

/** How far from a bar or a line a click still counts, in CSS pixels. */
const SLACK = 4;
/** The margin around the columns, in CSS pixels: room for the band and the cursor, which stand out of them. */
export const MAP_INSET = 4;

export function OverviewMap({ comparison, cited, inView, width, height, onGo }: {
  comparison: Comparison;
  /** The sentences the article cites. */
  cited: ReadonlySet<string>;
  /** The sentences of the rows in view. */
  inView: ReadonlySet<string>;
  /** The drawing's size in CSS pixels. */
  width: number;
  height: number;
  /** Goes to the row holding a sentence (and focuses it). */
  onGo: (id: SentenceId) => void;
}) {
  const layout = useMemo(() => {
    const inner = { width: Math.max(0, width - 2 * MAP_INSET), height: Math.max(0, height - 2 * MAP_INSET) };
    return layoutOverview(comparison, inner, cited);
  }, [comparison, width, height, cited]);
  const band = useMemo(() => barsPath(layout, inView, 3), [layout, inView]);
  // The text alternative (a phrase per link: long for thousands) follows the picture in a render of its own.
  const described = useDeferredValue<Comparison | null>(comparison, null);
  const description = useMemo(() => (described ? overviewDescription(described) : ''), [described]);
  const [cursor, setCursor] = useState<MapCursor | null>(null);
  const [focused, setFocused] = useState(false);
  const bar = barAtCursor(layout, cursor);
  // The keyboard starts on the first statement in view (of A, else B), else at the top.
  const start = (): MapCursor | null => {
    const first = layout.bars.find((b) => inView.has(b.id)) ?? layout.bars[0];
    return first ? cursorAt(layout, first.id) : null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.key === 'Enter' || e.key === ' ') && bar) {
      e.preventDefault();
      onGo(bar.id);
    } else if (isMapKey(e.key)) {
      e.preventDefault();
      const from = cursor ?? start();
      if (from) setCursor(moveCursor(layout, from, e.key));
    }
  };
  // The pointer: what it is over is named in a tooltip, a click goes to its row.
  const [hover, setHover] = useState('');
  const hitAt = (e: MouseEvent) => {
    const box = e.currentTarget.getBoundingClientRect();
    return hitTest(layout, e.clientX - box.left - MAP_INSET, e.clientY - box.top - MAP_INSET, SLACK);
  };
  const onMouseMove = (e: MouseEvent) => {
    const hit = hitAt(e);
    setHover(!hit ? '' : hit.kind === 'bar' ? barWording(comparison, layout, hit.bar) : lineWording(hit.line));
  };
  const onClick = (e: MouseEvent) => {
    const hit = hitAt(e);
    if (hit) onGo(hit.kind === 'bar' ? hit.bar.id : hit.line.a);
  };
  const { a, b } = comparison;
  return (
    <div
      id="overview-map" className="overview-map" role="group" tabIndex={0} data-testid="overview-map"
      aria-label={`Overview map: ${a.label} left, ${b.label} right`} aria-describedby="overview-keys overview-desc"
      onKeyDown={onKeyDown} onFocus={() => { setFocused(true); if (!cursor) setCursor(start()); }} onBlur={() => setFocused(false)}
    >
      <div className="overview-picture" title={hover || undefined} onClick={onClick} onMouseMove={onMouseMove} onMouseLeave={() => setHover('')}>
        <OverviewSvg layout={layout} inset={MAP_INSET} band={band} cursor={focused && bar ? barsPath(layout, new Set([bar.id]), 2) : ''} />
      </div>
      <p id="overview-keys" hidden>Arrow keys move between statements, Enter goes to the row.</p>
      <p id="overview-desc" hidden>{description}</p>
      <p className="visually-hidden" aria-live="polite">{focused && bar ? barWording(comparison, layout, bar) : ''}</p>
    </div>
  );
}
