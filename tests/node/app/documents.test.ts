import { describe, expect, it } from 'vitest';
import { documentsStep, initialDocuments, isUnsaved, withEdits, type DocumentsEvent, type DocumentSources, type DocumentsState } from '../../../node/app/documents';
import type { Comparison } from '../../../shared/compare/compare';
import type { ComparisonEdits } from '../../../shared/ipc/contract';
import type { SourceMeta } from '../../../shared/model/types';

const meta = (label: string): SourceMeta => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });

/** Two invented readouts; the comparison holds only what relabelling reads (no statement, no pair). */
const SOURCES: DocumentSources = {
  event: 'Call between the leaders of Norland and Sudmark', date: '2031-04-02',
  a: { file: 'norland.txt', text: 'The leaders spoke about the river.', meta: meta('Norland') },
  b: { file: 'sudmark.txt', text: 'They discussed the river treaty.', meta: meta('Sudmark') },
  comparison: { a: { label: 'Norland' }, b: { label: 'Sudmark' }, onlyA: [], omissions: [], pairs: [] } as unknown as Comparison,
  article: null,
};

const NO_WORK: ComparisonEdits = { annotations: [], labels: [], manualLinks: [] };
const adopt = (more: Partial<Extract<DocumentsEvent, { type: 'adopt' }>> = {}): DocumentsEvent =>
  ({ type: 'adopt', sources: SOURCES, analysis: null, edits: NO_WORK, path: null, asSaved: true, ...more });

/** The state after `events`, and the effects of the last one. */
function run(events: DocumentsEvent[], state: DocumentsState = initialDocuments('9.9.9')) {
  let effects: ReturnType<typeof documentsStep>['effects'] = [];
  for (const e of events) ({ state, effects } = documentsStep(state, e));
  return { state, effects };
}

describe('the documents main holds', () => {
  it('numbers each comparison adopted, saved as it stands, and autosaves it', () => {
    const { state, effects } = run([adopt(), adopt({ path: '/work/call.readouts' })]);
    expect(state.current?.id).toBe(2);
    expect(state.nextId).toBe(3);
    expect(state.current?.path).toBe('/work/call.readouts');
    expect(isUnsaved(state.current!, state.savedBy)).toBe(false);
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ type: 'autosave', unsaved: false, doc: { id: 2 } });
  });

  it('forgets a refused save when another comparison is adopted', () => {
    const { state } = run([adopt(), { type: 'refuse', path: '/work/damaged.readouts' }]);
    expect(state.refused).toBe('/work/damaged.readouts');
    expect(run([adopt()], state).state.refused).toBeNull();
  });

  it('counts restored work that its file does not hold as unsaved', () => {
    const restored = run([adopt({ path: '/work/call.readouts', asSaved: false })]);
    expect(isUnsaved(restored.state.current!, '9.9.9')).toBe(true);
    expect(restored.effects[0]).toMatchObject({ type: 'autosave', unsaved: true });
  });

  it('refuses work reported for a comparison no longer on screen, changing nothing', () => {
    const { state } = run([adopt()]);
    const step = documentsStep(state, { type: 'work', document: 7, edits: NO_WORK, autosave: true });
    expect(step.effects).toEqual([{ type: 'stale' }]);
    expect(step.state).toBe(state);
  });

  it('takes the analyst’s work as a new document value, autosaved only when asked', () => {
    const { state } = run([adopt()]);
    const edits: ComparisonEdits = { ...NO_WORK, labels: ['my own label'] };
    const kept = documentsStep(state, { type: 'work', document: 1, edits, autosave: false });
    expect(kept.effects).toEqual([]);
    expect(kept.state.current?.edits).toBe(edits);
    expect(state.current?.edits).toBe(NO_WORK);
    expect(isUnsaved(kept.state.current!, '9.9.9')).toBe(true);
    const autosaved = documentsStep(state, { type: 'work', document: 1, edits, autosave: true });
    expect(autosaved.effects).toMatchObject([{ type: 'autosave', unsaved: true }]);
  });

  it('marks the document saved where it was saved, and a save that ends after another comparison came changes nothing on screen', () => {
    const { state } = run([adopt(), { type: 'work', document: 1, edits: { ...NO_WORK, labels: ['mine'] }, autosave: false }, { type: 'refuse', path: '/x' }]);
    const saved = documentsStep(state, { type: 'saved', document: 1, path: '/work/call.readouts', text: 'the file as written' });
    expect(saved.state.current).toMatchObject({ path: '/work/call.readouts', baseline: 'the file as written' });
    expect(saved.state.refused).toBeNull();
    const late = run([adopt(), { type: 'saved', document: 1, path: '/work/old.readouts', text: 'old' }], state);
    expect(late.state.current).toMatchObject({ id: 2, path: null });
    expect(late.effects).toEqual([]);
  });

  it('keeps the backup on offer and the autosave’s last error', () => {
    const { state } = run([{ type: 'offer-backup', backup: '/work/call.readouts.bak' }, { type: 'autosaved', error: 'Autosave failed: disk full' }]);
    expect(state.offeredBackup).toBe('/work/call.readouts.bak');
    expect(state.autosaveError).toBe('Autosave failed: disk full');
    expect(run([{ type: 'autosaved', error: null }], state).state.autosaveError).toBeNull();
  });

  it('sets an article on the comparison on screen, and refuses one without a comparison', () => {
    const article = { doc: { file: 'paper.html', text: 'The river was discussed.', meta: meta('Paper') }, claims: null };
    const { state, effects } = run([adopt(), { type: 'set-article', article, analysis: null, edits: NO_WORK }]);
    expect(state.current?.article).toBe(article);
    expect(effects[0]).toMatchObject({ type: 'autosave' });
    expect(run([{ type: 'set-article', article, analysis: null, edits: NO_WORK }]).effects).toEqual([{ type: 'stale' }]);
  });
});

describe('the sources’ details as the analyst edited them', () => {
  const doc = { ...SOURCES, edits: NO_WORK, metaEdited: false };

  it('takes the edited label, relabels the comparison and counts it as work, leaving the document it was given as it was', () => {
    const edited = withEdits(doc, { ...NO_WORK, sources: { a: { ...meta('Norland Office'), language: 'fr', complete: false }, b: meta('Sudmark'), article: null } });
    expect(edited.a.meta.label).toBe('Norland Office');
    // the text's language and completeness are the file's, not the form's
    expect(edited.a.meta).toMatchObject({ language: 'en', complete: true });
    expect(edited.comparison.a.label).toBe('Norland Office');
    expect(edited.metaEdited).toBe(true);
    expect(doc.a.meta.label).toBe('Norland');
    expect(doc.metaEdited).toBe(false);
  });

  it('leaves the details and the comparison alone when nothing was edited', () => {
    const same = withEdits(doc, { ...NO_WORK, sources: { a: meta('Norland'), b: meta('Sudmark'), article: null } });
    expect(same.metaEdited).toBe(false);
    expect(same.comparison).toBe(doc.comparison);
  });
});
