/**
 * The "Corrections" section of the Annotations panel: every correction of the
 * pairing the analyst made, in the order made, what it does now ("linked by you",
 * "not found in the text as it is"), a button to go to its row and one to remove it
 * (undoable). Corrections are not annotations: they are counted and listed apart.
 */
import type { Dispatch } from 'react';
import { correctionEffect } from '../../shared/corrections/apply';
import { describeCorrection } from '../../shared/corrections/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { ViewAction, ViewState } from '../state/view';

const EFFECT_WORDS = { applied: '', orphan: '', 'no-effect': ' (changes nothing now: the aligner agrees)' } as const;

export function CorrectionsList({ state, loaded, dispatch }: { state: ViewState; loaded: LoadedComparison; dispatch: Dispatch<ViewAction> }) {
  const list = state.work.corrections;
  return (
    <section className="corrections" aria-labelledby="corrections-title" data-testid="corrections">
      <h3 id="corrections-title">Corrections <span className="count">({list.length})</span></h3>
      {list.length === 0 ? (
        <p className="none">None. “Not the same point”, “Checked” and “Link with…” under a row correct the pairing; Ctrl/Cmd+Shift+L links the statement in focus.</p>
      ) : (
        <ol className="items correction-list" aria-label="Corrections of the pairing, in the order made">
          {list.map((c) => {
            const effect = state.machine ? correctionEffect(state.machine, loaded.comparison, c) : 'applied';
            const sentence = c.a?.sentence ?? c.b?.sentence;
            return (
              <li key={c.id} className={`correction correction-${c.op}${c.status === 'orphan' ? ' correction-orphan' : ''}`} data-correction={c.id}>
                <span className="correction-what">{describeCorrection(c)}{EFFECT_WORDS[effect]}</span>
                {c.status === 'anchored' && sentence && (
                  <button type="button" onClick={() => dispatch({ type: 'show-sentence', sentence })}>Go to row</button>
                )}
                <button type="button" onClick={() => dispatch({ type: 'remove-correction', id: c.id })} aria-label={`Remove the correction ${describeCorrection(c)}`}>Remove</button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
