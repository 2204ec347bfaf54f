/**
 * The analyst's corrections of the alignment in the view: link, unlink, confirm,
 * remove, and the "Link with…" picker. Pure: view.ts hands these actions here. The
 * comparison on screen (`loaded.comparison`) is always the aligner's (`machine`) with
 * the corrections applied, so rows, groups, filters, counts, coverage and search
 * follow the analyst. Each change is undoable and autosaved like the annotations.
 */
import type { Comparison } from '../../shared/compare/compare';
import { applyCorrections, machineLinked } from '../../shared/corrections/apply';
import { addCorrection, correctionKey, createCorrection, removeCorrection, type Correction, type CorrectionOp } from '../../shared/corrections/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import { otherSide, type SentenceId, type Side } from '../../shared/model/types';
import { withMetas } from '../../shared/view/source-details';
import { filterRows, type FilterContext } from '../../shared/view/filter';
import { buildRows, type Row } from '../../shared/view/rows';
import { checkedOmissionWording } from '../../shared/view/corrections';
import { sentenceOf } from '../../shared/view/sentence-of';
import { changed, type Work } from './annotations';
import { linkDifferencesOf } from './link-differences';

/** The actions about corrections. */
export type CorrectionAction =
  /**
   * A correction on sentences `a` and `b` (one of them null for a confirmed omission); `id` and `now` from the caller.
   * `focusRow`: keyboard focus goes to the current row afterwards (the button pressed under a row, or the picker, is gone).
   */
  | { type: 'correct'; op: CorrectionOp; a: SentenceId | null; b: SentenceId | null; id: string; now: string; focusRow?: boolean }
  | { type: 'remove-correction'; id: string }
  /** Opens the "Link with…" picker for a sentence (null: closes it). */
  | { type: 'link-picker'; from: LinkFrom | null };

/** The statement the picker links, and the other side's statement it lists first (the analyst marked it). */
export interface LinkFrom {
  side: Side;
  sentence: SentenceId;
  preselect?: SentenceId;
}

/** What the view needs for corrections. */
export interface CorrectionState {
  loaded: LoadedComparison | null;
  /** The comparison as the aligner made it (main's), before the corrections. */
  machine: Comparison | null;
  work: Work;
  /** The sentence the "Link with…" picker is open for, or null. */
  linking: LinkFrom | null;
  status: string;
  toast: { message: string; undo: boolean } | null;
}

/**
 * `loaded` with its comparison corrected (`machine`: the aligner's) and, with `details`,
 * its sources' details applied. Without corrections the aligner's comparison is shown as it came.
 */
export function correctedLoaded(loaded: LoadedComparison, machine: Comparison, work: Work, details = true): LoadedComparison {
  const comparison = work.corrections.length === 0 ? machine : applyCorrections(machine, work.corrections, linkDifferencesOf(machine));
  const corrected = comparison === loaded.comparison ? loaded : { ...loaded, comparison };
  return details && work.sources ? withMetas(corrected, work.sources) : corrected;
}

/** The rows built again for `loaded`, the row in focus kept (the row that now holds its first sentence). */
export function rebuiltRows<S extends { rows: ReturnType<typeof buildRows>; visible: ReturnType<typeof buildRows>; current: number; filter: Parameters<typeof filterRows>[1] }>(state: S, loaded: LoadedComparison, ctx: FilterContext): S {
  const rows = buildRows(loaded.comparison);
  const visible = filterRows(rows, state.filter, ctx);
  const old = state.visible[state.current];
  const first = old ? (old.a[0] ?? old.b[0]) : undefined;
  const current = first === undefined ? -1 : visible.findIndex((r) => r.a.includes(first) || r.b.includes(first));
  return { ...state, rows, visible, current };
}

/** How a correction is told in the toast, the status and the undo history. */
function wording(op: CorrectionOp, a: SentenceId | null, b: SentenceId | null, c: Comparison): string {
  if (op === 'link') return `${a} and ${b} linked by you`;
  if (op === 'unlink') return `${a} and ${b}: not the same point`;
  return a && b ? `Link of ${a} and ${b} checked by you` : `Checked: ${a ?? b} ${checkedOmissionWording(c, a ? 'a' : 'b', (a ?? b)!)}`;
}

/** Applies a correction action to the view's slice; the caller builds the rows again when the work changed. */
export function correctionReducer<S extends CorrectionState>(state: S, action: CorrectionAction): S {
  const { loaded, machine } = state;
  if (!loaded || !machine) return state;
  switch (action.type) {
    case 'link-picker':
      return { ...state, linking: action.from, status: action.from ? `Link ${action.from.sentence} with a statement of ${loaded.comparison[otherSide(action.from.side)].label}` : state.status };
    case 'correct': {
      const sa = action.a ? sentenceOf(machine.a, action.a) ?? null : null;
      const sb = action.b ? sentenceOf(machine.b, action.b) ?? null : null;
      if ((action.a && !sa) || (action.b && !sb) || (!sa && !sb)) return { ...state, status: 'There is no such statement in this comparison' };
      if (action.op !== 'confirm' && (!sa || !sb)) return state;
      const correction = createCorrection({ id: action.id, now: action.now, op: action.op, a: sa, b: sb, texts: { a: loaded.a.text, b: loaded.b.text } });
      // A check made already is not made twice (tester 8, U11): nothing to undo, the status says so.
      const key = correctionKey(correction);
      if (action.op === 'confirm' && state.work.corrections.some((c) => c.status === 'anchored' && c.op === 'confirm' && correctionKey(c) === key)) {
        return { ...state, linking: null, status: `${action.a ?? action.b}${action.a && action.b ? ` and ${action.b}` : ''}: checked by you already` };
      }
      const corrections = addCorrection(state.work.corrections, correction, machineLinked(machine, action.a, action.b));
      const what = wording(action.op, action.a, action.b, loaded.comparison);
      const work = changed(state.work, loaded.comparison, { corrections, undo: [...state.work.undo, { kind: 'corrections', before: state.work.corrections, what }] });
      return { ...state, work, linking: null, toast: { message: what, undo: true }, status: what };
    }
    case 'remove-correction': {
      const removed = removeCorrection(state.work.corrections, action.id);
      if (!removed) return state;
      const c = removed.removed;
      const what = `Correction removed: ${wording(c.op, c.a?.sentence ?? null, c.b?.sentence ?? null, loaded.comparison)}`;
      const work = changed(state.work, loaded.comparison, { corrections: removed.corrections, undo: [...state.work.undo, { kind: 'corrections', before: state.work.corrections, what }] });
      return { ...state, work, toast: { message: what, undo: true }, status: what };
    }
  }
}

/**
 * The row (its index in `visible`) holding the first statement of the correction `before` and `after` differ by:
 * where a correction undone or redone was, for keyboard focus to go back to (tester 9, V14: it fell to the page's
 * body); -1 when none differs or its row is not shown.
 */
export function correctedRowIndex(visible: readonly Row[], before: readonly Correction[], after: readonly Correction[]): number {
  const ids = (list: readonly Correction[]) => new Set(list.map((c) => c.id));
  const [was, now] = [ids(before), ids(after)];
  const c = after.find((x) => !was.has(x.id)) ?? before.find((x) => !now.has(x.id));
  const id = c?.a?.sentence ?? c?.b?.sentence;
  return id === undefined ? -1 : visible.findIndex((r) => r.a.includes(id) || r.b.includes(id));
}
