/**
 * The annotations panel, in the article panel's place (one of the side panel's three at a time):
 * the file the work belongs to, the editor when an annotation is being written,
 * a filter by label, and every annotation in reading order, orphans marked as
 * not found in the current text. One Tab stop across the list; arrow keys, Home
 * and End move between annotations; Enter goes to one, E edits it, Delete deletes
 * it (Ctrl/Cmd+Z undoes).
 */
import { useRef, type Dispatch, type KeyboardEvent } from 'react';
import type { WordChange } from '../../shared/annotations/anchor';
import type { ExportFormat } from '../../shared/annotations/export';
import { labelCounts, type Annotation, type AnnotationLink } from '../../shared/annotations/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import { annotationPlace, quotedText } from '../../shared/view/annotations';
import { listKeyTarget } from '../../shared/view/navigate';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { fileName, listedAnnotations, type ViewAction, type ViewState } from '../state/view';
import { AnnotationEditor } from './AnnotationEditor';
import { followLink, LinkName } from './AnnotationLinks';
import { CorrectionsList } from './CorrectionsList';

const EXPORTS: Array<{ format: ExportFormat; label: string; title: string }> = [
  { format: 'jsonld', label: 'JSON-LD', title: 'W3C Web Annotation (JSON-LD)' },
  { format: 'csv', label: 'CSV', title: 'One row per annotation' },
  { format: 'md', label: 'Markdown', title: 'For reading' },
];

/** Where the work stands: which file, saved or not. */
function fileState(state: ViewState): string {
  const { path, unsaved } = state.work;
  if (path === null) return unsaved ? 'Not saved in a file yet; autosaved.' : 'Not saved in a file yet.';
  return unsaved ? `Changes not yet saved in ${fileName(path)}; autosaved.` : `Saved in ${fileName(path)}.`;
}

/** "The passage has changed: check", with each run of words as annotated and as the text reads now. */
function ChangedNote({ changes }: { changes: readonly WordChange[] }) {
  return (
    <div className="changed-note" role="note">
      <p><span aria-hidden="true">⚠ </span><strong>The passage has changed: check.</strong> The quote below is as you annotated it; the text now reads:</p>
      <ul className="changed-words">
        {changes.map((c, i) => (
          <li key={i}>
            <del aria-label={`was: ${c.old || 'nothing'}`}>{c.old || '—'}</del> → <ins aria-label={`now: ${c.new || 'nothing'}`}>{c.new || '—'}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AnnotationItem({ annotation, state, loaded, dispatch, selected, tabStop }: {
  annotation: Annotation; state: ViewState; loaded: LoadedComparison; dispatch: Dispatch<ViewAction>; selected: boolean; tabStop: boolean;
}) {
  const n = state.work.marks.numbers[annotation.id];
  const orphan = annotation.status === 'orphan';
  const reason = state.work.reports[annotation.id]?.reason;
  const changes = orphan ? [] : state.work.reports[annotation.id]?.changed ?? [];
  const tab = selected ? 0 : -1;
  return (
    <li
      id={`annotation-item-${annotation.id}`}
      className={`item annotation-item${selected ? ' item-selected' : ''}${orphan ? ' annotation-orphan' : ''}${changes.length > 0 ? ' annotation-changed' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      aria-label={`Annotation ${n}, ${annotation.label}${orphan ? ', not found in the current text' : changes.length > 0 ? ', the passage has changed' : ''}`}
      data-annotation={annotation.id}
      onFocus={(e) => { if (e.target === e.currentTarget) dispatch({ type: 'select-annotation', id: annotation.id }); }}
      onClick={() => dispatch({ type: 'select-annotation', id: annotation.id })}
    >
      <div className="item-head">
        <span className="item-id annotation-number"><span aria-hidden="true">✎</span>{n}</span>
        <span className="tag tag-label">{annotation.label}</span>
        <span className="item-about">{annotationPlace(annotation, loaded.comparison, loaded.article)}</span>
      </div>
      {orphan && (
        <p className="orphan-note">
          <span aria-hidden="true">⚠ </span>Could not be found in the current text. Kept with its last known place{reason ? ` (${reason})` : ''}.
        </p>
      )}
      {changes.length > 0 && <ChangedNote changes={changes} />}
      <blockquote className="item-text">“{quotedText(annotation.target)}”</blockquote>
      {annotation.note && <p className="annotation-note">{annotation.note}</p>}
      {annotation.links.length > 0 && (
        <div className="links">
          <span className="links-label">Linked</span>
          <ul className="link-list">
            {annotation.links.map((l: AnnotationLink, i) => (
              <li key={i} className="link">
                <button type="button" className="link-follow" tabIndex={tab} onClick={(e) => { e.stopPropagation(); followLink(l, loaded, dispatch); }}>
                  <LinkName link={l} state={state} loaded={loaded} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="item-actions">
        <button type="button" tabIndex={tab} disabled={orphan} title={orphan ? 'Not found in the current text' : 'Go to its passage (Enter)'} onClick={(e) => { e.stopPropagation(); dispatch({ type: 'show-annotation', id: annotation.id }); }}>
          Go to
        </button>
        <button type="button" tabIndex={tab} title="Edit (E)" onClick={(e) => { e.stopPropagation(); dispatch({ type: 'edit-annotation', id: annotation.id }); }}>Edit</button>
        <button type="button" tabIndex={tab} title="Delete (Delete); Ctrl/Cmd+Z undoes" aria-label={`Delete annotation ${n}`} onClick={(e) => { e.stopPropagation(); dispatch({ type: 'delete-annotation', id: annotation.id }); }}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** What the annotations panel shows and acts with. */
export interface AnnotationsPanelProps {
  state: ViewState;
  loaded: LoadedComparison;
  dispatch: Dispatch<ViewAction>;
  /** The passage selected now, as a link, for the editor's "Link the selected text". */
  selectedPassage: () => AnnotationLink | null;
  onSave: (as: boolean) => void;
  onExport: (format: ExportFormat) => void;
}

export function AnnotationsPanel({ state, loaded, dispatch, selectedPassage, onSave, onExport }: AnnotationsPanelProps) {
  const rootRef = useRef<HTMLElement>(null);
  const listed = listedAnnotations(state);
  const all = state.work.annotations;
  const tabStop = listed.some((a) => a.id === state.selectedAnnotation) ? state.selectedAnnotation : listed[0]?.id ?? null;
  const counts = labelCounts(state.work.labels, all).filter((c) => c.count > 0);
  const filter = state.annotationFilter;
  const draft = state.draft;
  const draftPlace = draft ? annotationPlace({ id: '', label: '', note: '', links: [], created: '', modified: '', status: 'anchored', target: draft.target }, loaded.comparison, loaded.article) : '';

  // A request to move focus here: to the editor (it focuses itself), the selected annotation, or the heading.
  const seq = state.focusRequest?.pane === 'annotations' ? state.focusRequest.seq : 0;
  useFocusRequest(rootRef, seq, () => (state.draft ? null : state.selectedAnnotation ? `[data-annotation="${CSS.escape(state.selectedAnnotation)}"]` : '#annotations-panel-title'));

  // Arrow keys, Home and End move between annotations; Enter goes to one, E edits it, Delete deletes it.
  // With a modifier each is someone else's (Shift: the browser's text selection; listKeyTarget).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || listed.length === 0) return;
    const target = e.target as HTMLElement;
    if (target.closest('.annotation-editor, .label-filter, .file-actions')) return;
    const onItem = target.matches('.annotation-item');
    const at = state.selectedAnnotation ? listed.findIndex((a) => a.id === state.selectedAnnotation) : -1;
    if (onItem && at >= 0) {
      const id = listed[at]!.id;
      if (e.key === 'Enter') return void (e.preventDefault(), dispatch({ type: 'show-annotation', id }));
      if (e.key === 'e' || e.key === 'E' || e.key === 'F2') return void (e.preventDefault(), dispatch({ type: 'edit-annotation', id }));
      if (e.key === 'Delete' || e.key === 'Backspace') return void (e.preventDefault(), dispatch({ type: 'delete-annotation', id }));
    }
    if (target instanceof HTMLButtonElement && (e.key === 'Home' || e.key === 'End')) return;
    const to = listKeyTarget(e, at, listed.length);
    if (to === null) return;
    e.preventDefault();
    dispatch({ type: 'select-annotation', id: listed[to]!.id, focus: true });
  };

  const orphans = all.filter((a) => a.status === 'orphan').length;
  return (
    <section ref={rootRef} id="annotations-panel" className="annotations-panel" aria-labelledby="annotations-panel-title" data-testid="annotations-panel">
      <div className="article-bar">
        <h2 id="annotations-panel-title" tabIndex={-1}>Annotations ({all.length})</h2>
        <button
          type="button"
          className="panel-hide"
          aria-label="Hide the annotations panel"
          onClick={() => {
            dispatch({ type: 'toggle-annotations', open: false });
            dispatch({ type: 'focus-pane', pane: 'rows' });
          }}
        >
          Hide
        </button>
      </div>
      <div className="article-scroll" onKeyDown={onKeyDown}>
        <div className="file-actions">
          <p className="file-state">{fileState(state)}</p>
          <button type="button" onClick={() => onSave(false)} title="Save (Ctrl/Cmd+S)">Save</button>
          <button type="button" onClick={() => onSave(true)} title="Save As (Ctrl/Cmd+Shift+S)">Save as…</button>
        </div>
        {draft && <AnnotationEditor state={state} loaded={loaded} draft={draft} dispatch={dispatch} place={draftPlace} selectedPassage={selectedPassage} />}
        {counts.length > 0 && (
          <div className="label-filter" role="group" aria-label="Show annotations with the label">
            <button type="button" aria-pressed={filter.length === 0} onClick={() => dispatch({ type: 'filter-annotations', labels: [] })}>All ({all.length})</button>
            {counts.map(({ label, count }) => {
              const on = filter.includes(label);
              return (
                <button key={label} type="button" aria-pressed={on} onClick={() => dispatch({ type: 'filter-annotations', labels: on ? filter.filter((l) => l !== label) : [...filter, label] })}>
                  {label} ({count})
                </button>
              );
            })}
          </div>
        )}
        {orphans > 0 && <p className="orphan-summary"><span aria-hidden="true">⚠ </span>{orphans === 1 ? '1 annotation' : `${orphans} annotations`} could not be found in the current text: kept, and marked below.</p>}
        {all.length === 0 ? (
          <p className="empty">
            No annotations yet. Select text in a readout (or in a claim or quotation of the article), or focus a row, then press Ctrl+Shift+A (⌘⇧A on a Mac) or Annotate… in the toolbar.
          </p>
        ) : listed.length === 0 ? (
          <p className="empty">No annotation has the labels chosen.</p>
        ) : (
          <ol className="items annotation-list" aria-label="Annotations, in reading order">
            {listed.map((a) => <AnnotationItem key={a.id} annotation={a} state={state} loaded={loaded} dispatch={dispatch} selected={a.id === state.selectedAnnotation} tabStop={a.id === tabStop} />)}
          </ol>
        )}
        <div className="export-actions" role="group" aria-label="Export the annotations">
          <span className="links-label">Export</span>
          {EXPORTS.map((x) => <button key={x.format} type="button" title={x.title} disabled={all.length === 0} onClick={() => onExport(x.format)}>{x.label}…</button>)}
        </div>
        <CorrectionsList state={state} loaded={loaded} dispatch={dispatch} />
      </div>
    </section>
  );
}
