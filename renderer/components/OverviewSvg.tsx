/**
 * The overview map's picture, from its layout: lines by strength (thicker and darker
 * when stronger, the analyst's dashed, a link too weak to join rows dotted), matched
 * bars grey, bars matched only weakly hatched grey and outlined, one-sided bars striped
 * in the omission colour (as the rows' "only in" strip), headings and announcing lines
 * hollow and muted (as their rows), the article's cited bars dotted, the band behind
 * the rows in view and the keyboard cursor. Greyscale-safe: each mark differs in shape
 * or texture, not only in hue. Colours: the theme's (styles.css).
 */
import { memo, useMemo } from 'react';
import { overviewPaths, type OverviewLayout } from '../../shared/view/overview';

export const OverviewSvg = memo(function OverviewSvg({ layout, inset, band, cursor }: {
  layout: OverviewLayout;
  /** The margin around the layout, in CSS pixels. */
  inset: number;
  /** Path of the band behind the rows in view. */
  band: string;
  /** Path of the keyboard cursor's outline (empty: none). */
  cursor: string;
}) {
  const paths = useMemo(() => overviewPaths(layout), [layout]);
  const [width, height] = [layout.width + 2 * inset, layout.height + 2 * inset];
  return (
    <svg width={width} height={height} viewBox={`${-inset} ${-inset} ${width} ${height}`} aria-hidden="true" focusable="false">
      <defs>
        <pattern id="overview-omit" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="overview-omit-ground" width="4" height="4" />
          <path className="overview-omit-stripe" d="M1 0v4" />
        </pattern>
        <pattern id="overview-weak-hatch" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect className="overview-weak-ground" width="3" height="3" />
          <path className="overview-weak-stripe" d="M1 0v3" />
        </pattern>
      </defs>
      <path className="overview-band" d={band} />
      {paths.lines.map((d, k) => (d ? <path key={k} className={`overview-line overview-line-${k}`} d={d} /> : null))}
      {paths.weakLines && <path className="overview-weak-line" d={paths.weakLines} />}
      {paths.analyst && <path className="overview-analyst" d={paths.analyst} />}
      <path className="overview-matched" d={paths.matched} />
      {paths.weak && <path className="overview-weak" d={paths.weak} fill="url(#overview-weak-hatch)" />}
      <path className="overview-one-sided" d={paths.oneSided} fill="url(#overview-omit)" />
      {paths.structural && <path className="overview-structural" d={paths.structural} />}
      {paths.cited && <path className="overview-cited-halo" d={paths.cited} />}
      {paths.cited && <path className="overview-cited" d={paths.cited} />}
      {cursor && <path className="overview-cursor" d={cursor} />}
    </svg>
  );
});
