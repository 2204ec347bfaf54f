/**
 * "Why matched?" and "Why not matched?" under a row: what each link's statements share and
 * how sure the aligner is; for a one-sided statement, what came closest on the other side.
 */
import { otherSide } from '../../../shared/model/types';
import type { Reason } from '../../../shared/align/align';
import { confidenceText } from '../../../shared/align/strength';
import type { Comparison } from '../../../shared/compare/compare';
import type { Row } from '../../../shared/view/rows';
import { omissionCertainty } from '../../../shared/view/row-certainty';

/** How each side words a reason: “ceasefire” ~ “truce”, or the one word both use. */
function ReasonWords({ reason: r }: { reason: Reason }) {
  return r.a && r.b && r.a !== r.b ? <>: “{r.a}” ~ “{r.b}”</> : r.a || r.b ? <>: “{r.a || r.b}”</> : null;
}

/** Why a matched row's statements were linked: each link's score or who linked it, and what they share. */
export function Reasons({ row }: { row: Row }) {
  return (
    <>
      <p className="reasons-legend">
        Score from 0 to 1: how much of the two statements’ weighted terms they share (rare terms weigh more than
        the words every readout uses). The percentage is each reason’s share of the score.
      </p>
      <ul className="reasons">
        {row.pairs.map((p) => (
          <li key={`${p.a.join()}|${p.b.join()}`}>
            <span className="reason-ids">{p.a.join(', ')} ↔ {p.b.join(', ')}</span>{' '}
            {p.by === 'analyst'
              ? <span className="reason-by">linked by you{p.reasons.length > 0 ? '; they share:' : ' (they share no content word)'}</span>
              : <span className="reason-score">score {p.score.toFixed(2)}, {confidenceText(p.confidence, 'link')}{p.checked ? ', checked by you' : ''}</span>}
            <ul>
              {p.reasons.slice(0, 8).map((r, i) => (
                <li key={i}>
                  <strong>{r.label}</strong>
                  {r.via
                    ? <>: {p[r.via.side].join(', ')} continues {r.via.id}, “{r.a || r.b}”</>
                    : <ReasonWords reason={r} />}
                  {p.score > 0 && <span className="reason-share"> ({Math.round((r.contribution / Math.max(p.score, 1e-9)) * 100)}%)</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * For a statement only one side made: the other side's statement that came closest,
 * its score and what they share, or that nothing there came close. The analyst checks
 * an omission against it before reporting it.
 */
export function Nearest({ row, comparison }: { row: Row; comparison: Comparison }) {
  const side = row.kind === 'only-a' ? 'a' : 'b';
  const other = comparison[otherSide(side)].label;
  return (
    <ul className="reasons">
      {row[side].map((id) => {
        const omission = comparison.omissions.find((o) => o.id === id);
        const nearest = omission?.nearest;
        const sure = <span className="reason-score">{omissionCertainty(omission)}</span>;
        return (
          <li key={id}>
            {nearest ? (
              <>
                <span className="reason-ids">{id}: closest in {other} is {nearest.id}</span>{' '}
                (<span className="reason-score">score {nearest.score.toFixed(2)}, {confidenceText(nearest.confidence, 'link')}</span>). {omission?.by === 'analyst' ? 'Not linked: you said they are not the same point' : 'Not linked: the aligner’s confidence that they report the same point was too low'}; {sure}. They share:
                <ul>
                  {nearest.reasons.slice(0, 8).map((r, i) => (
                    <li key={i}><strong>{r.label}</strong><ReasonWords reason={r} /></li>
                  ))}
                </ul>
              </>
            ) : (
              <><span className="reason-ids">{id}</span>: no statement of {other} shares enough with it to be scored.</>
            )}
          </li>
        );
      })}
    </ul>
  );
}
