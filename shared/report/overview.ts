/**
 * The overview map on the report's first page, beside the summary: the same
 * geometry and paths as the app's map (shared/view/overview.ts), drawn as inline
 * SVG in black, greys and dashes so it reads in greyscale. Its text alternative is
 * in the SVG's title and description.
 */
import type { Comparison } from '../compare/compare';
import { layoutOverview, LINE_CLASSES, overviewDescription, overviewPaths } from '../view/overview';
import { html, type Markup } from './html';

/** The map's box in CSS pixels: narrow, beside the summary's table. */
const BOX = { width: 110, height: 300 };

/** Stroke widths of the strength classes of lines (weak thin, strong thick). */
const WIDTHS = [0.35, 0.6, 0.9, 1.3];

/** The overview map of `c` as inline SVG, with the sentences the article cites dotted. */
export function overviewSvg(c: Comparison, cited: ReadonlySet<string>): Markup {
  const layout = layoutOverview(c, BOX, cited);
  const paths = overviewPaths(layout);
  const lines = LINE_CLASSES.map((_, k) => (paths.lines[k] ? html`<path d="${paths.lines[k]}" stroke="#000" stroke-width="${WIDTHS[k]!}" stroke-opacity="${0.35 + 0.2 * k}" fill="none"/>` : null));
  return html`
<figure class="overview">
  <svg viewBox="0 0 ${BOX.width} ${BOX.height}" width="${BOX.width}" height="${BOX.height}" role="img" aria-labelledby="overview-title overview-desc">
    <title id="overview-title">Overview map: ${c.a.label} (left) and ${c.b.label} (right), statements in text order, lines between linked statements</title>
    <desc id="overview-desc">${overviewDescription(c)}</desc>
    ${lines}
    ${paths.weakLines ? html`<path d="${paths.weakLines}" stroke="#000" stroke-width="0.6" stroke-dasharray="0.6 1.2" fill="none"/>` : null}
    ${paths.analyst ? html`<path d="${paths.analyst}" stroke="#000" stroke-width="1" stroke-dasharray="2 1.5" fill="none"/>` : null}
    <path d="${paths.matched}" fill="#9a9a9a"/>
    ${paths.weak ? html`<defs><pattern id="overview-weak-hatch" width="2.5" height="2.5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="2.5" height="2.5" fill="#fff"/><path d="M1 0v2.5" stroke="#777" stroke-width="0.8"/></pattern></defs><path d="${paths.weak}" fill="url(#overview-weak-hatch)" stroke="#777" stroke-width="0.5"/>` : null}
    <path d="${paths.oneSided}" fill="#000"/>
    ${paths.structural ? html`<path d="${paths.structural}" fill="none" stroke="#9a9a9a" stroke-width="0.5"/>` : null}
    ${paths.cited ? html`<path d="${paths.cited}" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/><path d="${paths.cited}" stroke="#000" stroke-width="2" stroke-linecap="round"/>` : null}
  </svg>
  <figcaption>${c.a.label} left, ${c.b.label} right, each statement a bar in text order. Grey: matched, a line to its match (thicker: stronger); black: one side only${paths.weak ? '; hatched: matched only weakly' : ''}${paths.weakLines ? '; dotted: a link too weak to join rows' : ''}${paths.structural ? '; hollow: a heading or announcing line' : ''}${paths.analyst ? '; dashed: linked by the analyst' : ''}${paths.cited ? '; dot: cited by the article' : ''}.</figcaption>
</figure>`;
}
