/**
 * The annotation being written or edited: the passage (or row) it is on, a label
 * (the defaults and the analyst's own; a new one can be added), a note, and links
 * to readout sentences, claims, commentary, other annotations or another selected
 * passage. Enter saves (Shift+Enter starts a new line in the note), Escape cancels.
 */
import { useEffect, useRef, useState, type Dispatch, type KeyboardEvent, type RefObject } from 'react';
import type { AnnotationLink } from '../../shared/annotations/model';
import type { LoadedComparison } from '../../shared/ipc/contract';
import type { SentenceId, Side } from '../../shared/model/types';
import { quotedText } from '../../shared/view/annotations';
import { newAnnotationId } from '../ids';
import type { AnnotationDraft } from '../state/annotations';
import type { ViewAction, ViewState } from '../state/view';
import { LinkName } from './AnnotationLinks';

const short = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** What a link picker value stands for: `item:a6`, `annotation:<id>`. */
function linkOf(value: string): AnnotationLink | null {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'item' && id) return { kind: 'item', id: id as SentenceId };
  if (kind === 'annotation' && id) return { kind: 'annotation', id };
  return null;
}

const sameLink = (x: AnnotationLink, y: AnnotationLink): boolean =>
  x.kind === y.kind && (x.kind === 'passage' ? y.kind === 'passage' && x.source === y.source && x.position.start === y.position.start && x.position.end === y.position.end : x.id === (y as { id: string }).id);

export function AnnotationEditor({ state, loaded, draft, dispatch, place, selectedPassage }: {
  state: ViewState;
  loaded: LoadedComparison;
  draft: AnnotationDraft;
  dispatch: Dispatch<ViewAction>;
  /** Where the draft's target is, as the panel words it. */
  place: string;
  /** The passage selected now, as a link (null when none): "Link the selected text". */
  selectedPassage: () => AnnotationLink | null;
}) {
  const labelRef = useRef<HTMLSelectElement>(null);
  const editing = draft.id !== null;
  const number = editing ? state.work.marks.numbers[draft.id!] : undefined;
  const title = editing ? `Edit annotation ${number}` : 'New annotation';
  const labels = state.work.labels.includes(draft.label) ? state.work.labels : [...state.work.labels, draft.label];

  // The label is where the analyst starts.
  useEffect(() => {
    labelRef.current?.focus({ preventScroll: true });
    labelRef.current?.scrollIntoView({ block: 'nearest' });
  }, [draft.id, draft.target]);

  const save = () => dispatch({ type: 'save-draft', id: newAnnotationId(), now: new Date().toISOString() });
  const cancel = () => dispatch({ type: 'cancel-draft' });

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
      return;
    }
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target instanceof HTMLButtonElement || target.dataset.enter === 'own') return;
    if (target instanceof HTMLTextAreaElement && e.shiftKey) return;
    e.preventDefault();
    save();
  };

  return (
    <form className="annotation-editor" aria-label={title} onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); save(); }}>
      <h3 className="editor-title">{title}</h3>
      <figure className="editor-target">
        <figcaption>{place}</figcaption>
        {/* Focusable: it scrolls when the passage is long, and the keyboard must reach what it hides. */}
        <blockquote tabIndex={0} aria-label="The passage annotated">“{short(quotedText(draft.target), 400)}”</blockquote>
      </figure>
      <LabelRow labelRef={labelRef} label={draft.label} labels={labels} dispatch={dispatch} />
      <div className="editor-row editor-note">
        <label htmlFor="annotation-note">Note</label>
        <textarea
          id="annotation-note"
          rows={3}
          maxLength={100_000}
          value={draft.note}
          placeholder="What matters here, and why"
          onChange={(e) => dispatch({ type: 'update-draft', changes: { note: e.target.value } })}
        />
      </div>
      <EditorLinks state={state} loaded={loaded} draft={draft} dispatch={dispatch} selectedPassage={selectedPassage} />
      <p className="editor-hint">Enter saves · Shift+Enter starts a new line · Escape cancels</p>
      <div className="editor-buttons">
        <button type="submit" className="primary">{editing ? 'Save changes' : 'Save annotation'}</button>
        <button type="button" onClick={cancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The draft's label, chosen from the labels or added as a new one (Enter in its field adds it, not saves). */
function LabelRow({ labelRef, label, labels, dispatch }: { labelRef: RefObject<HTMLSelectElement | null>; label: string; labels: readonly string[]; dispatch: Dispatch<ViewAction> }) {
  const [newLabel, setNewLabel] = useState('');
  const addLabel = () => {
    if (newLabel.trim() === '') return;
    dispatch({ type: 'add-label', label: newLabel });
    setNewLabel('');
  };
  return (
    <div className="editor-row">
      <label htmlFor="annotation-label">Label</label>
      <select id="annotation-label" ref={labelRef} value={label} onChange={(e) => dispatch({ type: 'update-draft', changes: { label: e.target.value } })}>
        {labels.map((l) => <option key={l} value={l}>{l}</option>)}
      </select>
      <input
        type="text"
        className="new-label"
        aria-label="New label"
        placeholder="New label…"
        maxLength={60}
        value={newLabel}
        data-enter="own"
        onChange={(e) => setNewLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            addLabel();
          }
        }}
      />
      <button type="button" onClick={addLabel} disabled={newLabel.trim() === ''}>Add label</button>
    </div>
  );
}

/** The draft's links: each with Remove, and a picker of sentences, claims, commentary and annotations, or the passage selected now. */
function EditorLinks({ state, loaded, draft, dispatch, selectedPassage }: {
  state: ViewState;
  loaded: LoadedComparison;
  draft: AnnotationDraft;
  dispatch: Dispatch<ViewAction>;
  selectedPassage: () => AnnotationLink | null;
}) {
  const [linkChoice, setLinkChoice] = useState('');
  const setLinks = (links: AnnotationLink[]) => dispatch({ type: 'update-draft', changes: { links } });
  const addLink = (link: AnnotationLink | null) => {
    if (link && !draft.links.some((l) => sameLink(l, link))) setLinks([...draft.links, link]);
  };
  return (
    <div className="editor-links">
      <span className="links-label">Links</span>
      {draft.links.length > 0 && (
        <ul className="link-list">
          {draft.links.map((l, i) => (
            <li key={i} className="link">
              <span className="link-follow link-static"><LinkName link={l} state={state} loaded={loaded} /></span>
              <button type="button" className="link-remove" aria-label="Remove this link" title="Remove this link" onClick={() => setLinks(draft.links.filter((_, k) => k !== i))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-add">
        <label>
          <span className="visually-hidden">Link to</span>
          <select value={linkChoice} onChange={(e) => setLinkChoice(e.target.value)} data-enter="own">
            <option value="">Link to a sentence, claim, quotation or annotation…</option>
            <LinkOptions state={state} loaded={loaded} draft={draft} />
          </select>
        </label>
        <button type="button" disabled={linkChoice === ''} onClick={() => { addLink(linkOf(linkChoice)); setLinkChoice(''); }}>Add link</button>
        <button
          type="button"
          title="Select another passage in a readout or the article first"
          // keep the page's selection: the button must not take it away before it is read
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const link = selectedPassage();
            if (link) addLink(link);
            else dispatch({ type: 'announce', message: 'Select another passage in a readout or in the article first' });
          }}
        >
          Link the selected text
        </button>
      </div>
    </div>
  );
}

/** The link picker's options, grouped: each readout's sentences, the article's claims and commentary, the other annotations. */
function LinkOptions({ state, loaded, draft }: { state: ViewState; loaded: LoadedComparison; draft: AnnotationDraft }) {
  const c = loaded.comparison;
  const sentences = (side: Side) => (
    <optgroup key={side} label={c[side].label}>
      {c[side].sentences.map((s) => <option key={s.id} value={`item:${s.id}`}>{s.id} · {short(s.text)}</option>)}
    </optgroup>
  );
  const others = state.work.annotations.filter((a) => a.id !== draft.id);
  return (
    <>
      {sentences('a')}
      {sentences('b')}
      {loaded.article && loaded.article.claims.length > 0 && (
        <optgroup label="Claims">
          {loaded.article.claims.map((cl) => <option key={cl.id} value={`item:${cl.id}`}>{cl.id} · {short(cl.text)}</option>)}
        </optgroup>
      )}
      {loaded.article && loaded.article.commentary.length > 0 && (
        <optgroup label="Commentary">
          {loaded.article.commentary.map((q) => <option key={q.id} value={`item:${q.id}`}>{q.id} · {q.speaker}: {short(q.quote, 50)}</option>)}
        </optgroup>
      )}
      {others.length > 0 && (
        <optgroup label="Annotations">
          {others.map((a) => <option key={a.id} value={`annotation:${a.id}`}>✎{state.work.marks.numbers[a.id]} · {a.label}: {short(quotedText(a.target), 50)}</option>)}
        </optgroup>
      )}
    </>
  );
}
