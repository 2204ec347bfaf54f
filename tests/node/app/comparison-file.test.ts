import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFifo, withinASecond } from '../fifo';
import { EXPORT_EXTENSIONS, fileStem, RESTORE_NOTE, UNSAVED_DIR, withExtension, type AskPath, type PathRequest } from '../../../node/app/comparison-file';
import { createHandlers, DEFAULT_SAMPLE, type MainHandlers } from '../../../node/app/handlers';
import { restorePath } from '../../../node/store/restore';
import { createAnnotation, passageAt, type Annotation } from '../../../shared/annotations/model';
import { CSV_COLUMNS } from '../../../shared/annotations/export';
import { parseReadoutsFile } from '../../../shared/file/readouts-file';
import type { ComparisonEdits, LoadedComparison, Result } from '../../../shared/ipc/contract';
import type { ManualLink } from '../../../shared/model/article';
import type { SentenceId } from '../../../shared/model/types';

const assetsDir = join(__dirname, '..', '..', '..', 'assets');
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'annotated.readouts');
const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));
const NOW = new Date('2025-03-20T10:11:12.000Z');


function handlersFor(userData?: string): MainHandlers {
  return createHandlers({ assetsDir, userData, appVersion: '0.1.0', now: () => NOW, autosaveDelayMs: 10 });
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** An `AskPath` that answers `paths` in turn (null: the dialog was closed), and records what it was asked. */
function asker(...paths: Array<string | null>): AskPath & { asked: PathRequest[] } {
  const asked: PathRequest[] = [];
  return Object.assign(async (request: PathRequest) => {
    asked.push(request);
    return paths.shift() ?? null;
  }, { asked });
}

/** An annotation on the first occurrence of `quote` in readout A, and another on its whole first sentence of B with a link. */
function work(loaded: LoadedComparison, quote = 'energy and infrastructure'): ComparisonEdits {
  const at = loaded.a.text.indexOf(quote);
  const b1 = loaded.comparison.b.sentences[0]!;
  const annotations: Annotation[] = [
    createAnnotation({ id: 'ann-a', now: '2025-03-19T09:00:00.000Z', label: 'framing', note: 'Whose proposal?', target: { kind: 'passage', ...passageAt('a', loaded.a.text, at, at + quote.length) } }),
    createAnnotation({
      id: 'ann-b', now: '2025-03-19T09:05:00.000Z', label: 'my label', note: '',
      target: { kind: 'passage', ...passageAt('b', loaded.b.text, b1.start, b1.end) },
      links: [{ kind: 'item', id: 'a1' as SentenceId }, { kind: 'annotation', id: 'ann-a' }],
    }),
  ];
  const manualLinks: ManualLink[] = loaded.article ? [{ from: loaded.article.claims[0]!.id, to: 'b1' as SentenceId, op: 'add' }] : [];
  return { annotations, labels: ['disagreement', 'omission', 'framing', 'factual error', 'note', 'my label'], manualLinks };
}

describe('saving and opening a comparison file', () => {
  it('round-trips: saved, reopened by another app, the same annotations, labels and manual links', async () => {
    const dir = temp('save');
    const first = handlersFor();
    const shown = value(await first.initial());
    // At start the article follows the comparison.
    const loaded = shown.articlePending ? value(await first.pendingArticle(shown.document))! : shown;
    expect(loaded).toMatchObject({ path: null, unsaved: false, annotations: [], notices: [] });
    const edits = work(loaded);
    const ask = asker(join(dir, 'call'));
    const saved = value(await first.saveComparison({ document: loaded.document, edits, mode: 'save' }, ask));
    // Save without a file asks, suggesting the event's name; the extension is added.
    expect(ask.asked).toEqual([{ purpose: 'save', name: '2025-03-18 Telephone call between US President Donald Trump and Russian President Vladimir Putin.readouts', dir: undefined }]);
    expect(saved).toEqual({ path: join(dir, 'call.readouts'), backup: null });

    const reopened = value(await handlersFor().openComparisonFile(saved.path));
    expect(reopened.annotations).toEqual(edits.annotations);
    expect(reopened.labels).toEqual(edits.labels);
    expect(reopened.article!.manualLinks).toEqual(edits.manualLinks);
    expect(reopened.article!.claims[0]!.links).toContain('b1');
    expect(reopened.anchoring.map((r) => [r.id, r.status, r.method])).toEqual([['ann-a', 'anchored', 'position'], ['ann-b', 'anchored', 'position']]);
    expect(reopened).toMatchObject({ path: saved.path, unsaved: false, notices: [], event: loaded.event, date: loaded.date });
    expect(reopened.comparison).toEqual(loaded.comparison);
  });

  it('saves again to the same file, keeping the previous version as .bak; Save As asks', async () => {
    const dir = temp('resave');
    const h = handlersFor();
    const loaded = value(await h.initial());
    const edits = work(loaded);
    const path = value(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(join(dir, 'call.readouts')))).path;
    const ask = asker();
    const more = { ...edits, annotations: edits.annotations.slice(0, 1) };
    expect(value(await h.saveComparison({ document: loaded.document, edits: more, mode: 'save' }, ask))).toEqual({ path, backup: `${path}.bak` });
    expect(ask.asked).toEqual([]);
    expect(parseReadoutsFile(readFileSync(`${path}.bak`, 'utf8'), 'bak')).toMatchObject({ ok: true, file: { annotations: edits.annotations } });
    // Save As, closed: nothing happens.
    expect(await h.saveComparison({ document: loaded.document, edits: more, mode: 'save-as' }, asker(null))).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('reopens the example file: its curated claims, manual link and five annotations, all anchored', async () => {
    const opened = value(await handlersFor().openComparisonFile(FIXTURE));
    expect(opened.article!.origin).toBe('curated');
    expect(opened.article!.manualLinks).toEqual([{ from: 'c2', to: 'b10', op: 'add' }]);
    expect(opened.annotations.map((a) => [a.id, a.status])).toEqual([1, 2, 3, 4, 5].map((n) => [`ann-${n}`, 'anchored']));
    expect(opened.labels).toContain('check full text');
    expect(opened.notices).toEqual([]);
  });

  it('reports orphans when the texts no longer hold an annotated passage, and keeps them', async () => {
    const dir = temp('orphan');
    const file = parseReadoutsFile(readFileSync(FIXTURE, 'utf8'), 'fixture');
    if (!file.ok) throw new Error(file.message);
    const ann1 = file.file.annotations[0]!;
    const quote = ann1.target.kind === 'passage' ? ann1.target.quote.exact : '';
    file.file.sources.a.text = file.file.sources.a.text.replace(quote, 'talks on other matters');
    writeFileSync(join(dir, 'edited.readouts'), JSON.stringify(file.file));
    const opened = value(await handlersFor().openComparisonFile(join(dir, 'edited.readouts')));
    expect(opened.annotations).toHaveLength(5);
    // ann-1's passage, and the row of ann-2, which holds it
    expect(opened.annotations.map((a) => a.status)).toEqual(['orphan', 'orphan', 'anchored', 'anchored', 'anchored']);
    expect(opened.anchoring.find((r) => r.id === 'ann-1')).toMatchObject({ status: 'orphan', reason: expect.any(String) });
    expect(opened.notices).toEqual([{ kind: 'work', text: '2 annotations could not be found in the current text: kept, and marked as such in the Annotations panel.' }]);
  });

  it('says what is wrong with a damaged file, and offers its backup', async () => {
    const dir = temp('damaged');
    const path = join(dir, 'call.readouts');
    writeFileSync(path, '{"format": "readout-compare", "version": 1, ');
    writeFileSync(`${path}.bak`, readFileSync(FIXTURE));
    const h = handlersFor();
    const r = await h.openComparison(asker(path));
    expect(r).toMatchObject({ ok: false, error: { code: 'damaged', backup: `${path}.bak` } });
    if (r.ok) return;
    expect(r.error.message).toMatch(/^.*call\.readouts: the comparison file is damaged: it is not valid JSON .*The previous version was kept as .*call\.readouts\.bak: open it instead$/);
    const backup = value(await h.openComparisonBackup());
    expect(backup.annotations).toHaveLength(5);
    // The backup belongs to no file: saving asks where.
    expect(backup).toMatchObject({ path: null, unsaved: true });
    // Without an offer there is nothing to open.
    expect(await handlersFor().openComparisonBackup()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a file from a newer version, and never replaces it without the user’s word', async () => {
    const dir = temp('newer');
    const path = join(dir, 'call.readouts');
    const newer = JSON.stringify({ format: 'readout-compare', version: 3, savedBy: '0.5.0', whatever: true });
    writeFileSync(path, newer);
    const h = handlersFor();
    expect(await h.openComparisonFile(path)).toMatchObject({
      ok: false, error: { code: 'newer', message: `${path}: made by a newer version of Readout Compare (file format 3, saved by version 0.5.0); this version reads format 2: update the app to open it` },
    });
    const loaded = value(await h.initial());
    // Nothing waits for agreement yet.
    expect(await h.saveComparison({ document: loaded.document, edits: work(loaded), mode: 'replace' }, asker())).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const refused = await h.saveComparison({ document: loaded.document, edits: work(loaded), mode: 'save-as' }, asker(path));
    expect(refused).toMatchObject({ ok: false, error: { code: 'newer', message: expect.stringMatching(/It was not replaced: save under another name, or replace it only if you are sure$/) } });
    expect(readFileSync(path, 'utf8')).toBe(newer);
    // The user agreed: replaced.
    expect(value(await h.saveComparison({ document: loaded.document, edits: work(loaded), mode: 'replace' }, asker()))).toEqual({ path, backup: null });
    expect(parseReadoutsFile(readFileSync(path, 'utf8'), path).ok).toBe(true);
  });

  it('says so for a file that is not a comparison', async () => {
    const dir = temp('foreign');
    writeFileSync(join(dir, 'x.readouts'), '{"hello": "world"}');
    expect(await handlersFor().openComparisonFile(join(dir, 'x.readouts'))).toMatchObject({ ok: false, error: { code: 'not-readouts' } });
  });

  it('adds .readouts to a name with a dot ("notes v1.2"), but replaces no file the dialog did not ask about', async () => {
    const dir = temp('dotted');
    const h = handlersFor();
    const loaded = value(await h.initial());
    const edits = work(loaded);
    const saved = value(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(join(dir, 'notes v1.2'))));
    expect(saved).toEqual({ path: join(dir, 'notes v1.2.readouts'), backup: null });
    expect(parseReadoutsFile(readFileSync(saved.path, 'utf8'), saved.path)).toMatchObject({ ok: true, file: { annotations: edits.annotations } });
    expect(value(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(join(dir, 'Putin-Trump 18.03')))).path).toBe(join(dir, 'Putin-Trump 18.03.readouts'));

    // a good comparison already there, under the name with the extension: the dialog asked about "taken", not "taken.readouts"
    const taken = join(dir, 'taken.readouts');
    const mine = readFileSync(FIXTURE, 'utf8');
    writeFileSync(taken, mine);
    // (a damaged file refused first: its offer to replace it ends with the next save)
    const damaged = join(dir, 'damaged.readouts');
    writeFileSync(damaged, '{');
    expect(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(damaged))).toMatchObject({ ok: false, error: { code: 'damaged' } });
    const refused = await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(join(dir, 'taken')));
    expect(refused).toEqual({ ok: false, error: { code: 'unwritable', message: `${taken} already exists: choose it by its full name to replace it, or another name. Nothing was saved.` } });
    expect(readFileSync(taken, 'utf8')).toBe(mine);
    expect(existsSync(`${taken}.bak`)).toBe(false);
    // nothing waits for agreement: the user chooses the file by its full name
    expect(await h.saveComparison({ document: loaded.document, edits, mode: 'replace' }, asker())).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(value(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(taken)))).toEqual({ path: taken, backup: `${taken}.bak` });
    expect(readFileSync(`${taken}.bak`, 'utf8')).toBe(mine);
    // another extension typed: saved as a comparison beside it, the file of that name untouched
    writeFileSync(join(dir, 'call.txt'), 'my notes');
    expect(value(await h.saveComparison({ document: loaded.document, edits, mode: 'save-as' }, asker(join(dir, 'call.txt')))).path).toBe(join(dir, 'call.txt.readouts'));
    expect(readFileSync(join(dir, 'call.txt'), 'utf8')).toBe('my notes');
    expect(readFileSync(damaged, 'utf8')).toBe('{');
    expect(readdirSync(dir).sort()).toEqual(['Putin-Trump 18.03.readouts', 'call.txt', 'call.txt.readouts', 'damaged.readouts', 'notes v1.2.readouts', 'taken.readouts', 'taken.readouts.bak']);
  });

  it('refuses work about a comparison that is no longer the one loaded', async () => {
    const h = handlersFor();
    const first = value(await h.initial());
    const second = value(await h.openSample('2021-07-09-biden-putin'));
    expect(second.document).not.toBe(first.document);
    const ask = asker('/nowhere.readouts');
    expect(await h.saveComparison({ document: first.document, edits: work(first), mode: 'save-as' }, ask)).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(ask.asked).toEqual([]);
    expect(await h.autosave({ document: first.document, edits: work(first) })).toMatchObject({ ok: false, error: { code: 'stale' } });
  });
});

describe('exporting annotations', () => {
  it('writes CSV and JSON-LD where the user says, adding the extension', async () => {
    const dir = temp('export');
    const h = handlersFor();
    const loaded = value(await h.initial());
    const edits = work(loaded);
    const ask = asker(join(dir, 'notes'), join(dir, 'notes.jsonld'));
    const csv = value(await h.exportAnnotations({ document: loaded.document, edits, format: 'csv' }, ask));
    expect(csv.path).toBe(join(dir, 'notes.csv'));
    expect(ask.asked[0]).toMatchObject({ purpose: 'export', format: 'csv', name: `${fileStem(loaded)} annotations.csv` });
    const lines = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^ann-a,framing,Whose proposal\?,White House,energy and infrastructure,/);
    // The comparison on screen gives the passage's sentence and row (issue 19: exports keep their context).
    expect(lines[1]).toMatch(/,a\d+,\d+,[^,]*$/);
    const jsonld = JSON.parse(readFileSync(value(await h.exportAnnotations({ document: loaded.document, edits, format: 'jsonld' }, ask)).path, 'utf8'));
    expect(jsonld.type).toBe('AnnotationCollection');
    expect(jsonld.first.items.map((i: { id: string }) => i.id)).toEqual(['urn:readout-compare:annotation:ann-a', 'urn:readout-compare:annotation:ann-b']);
    expect(EXPORT_EXTENSIONS).toEqual({ jsonld: '.jsonld', csv: '.csv', md: '.md' });
  });

  it('adds the extension to a name with a dot, but replaces no file the dialog did not ask about', async () => {
    const dir = temp('export-dotted');
    const h = handlersFor();
    const loaded = value(await h.initial());
    const edits = work(loaded);
    const taken = join(dir, 'taken.md');
    writeFileSync(taken, 'mine');
    const ask = asker(join(dir, 'Putin-Trump 18.03'), join(dir, 'taken'), taken);
    expect(value(await h.exportAnnotations({ document: loaded.document, edits, format: 'csv' }, ask)).path).toBe(join(dir, 'Putin-Trump 18.03.csv'));
    expect(readFileSync(join(dir, 'Putin-Trump 18.03.csv'), 'utf8')).toMatch(/^id,/);
    const refused = await h.exportAnnotations({ document: loaded.document, edits, format: 'md' }, ask);
    expect(refused).toEqual({ ok: false, error: { code: 'unwritable', message: `${taken} already exists: choose it by its full name to replace it, or another name. Nothing was exported.` } });
    expect(readFileSync(taken, 'utf8')).toBe('mine');
    // chosen by its full name: the dialog asked, so it is replaced
    expect(value(await h.exportAnnotations({ document: loaded.document, edits, format: 'md' }, ask)).path).toBe(taken);
    expect(readFileSync(taken, 'utf8')).not.toBe('mine');
  });
});

describe('autosave and restore', () => {
  it('restores the comparison last on screen, with its work, in a new app on the same userData', async () => {
    const userData = temp('userdata');
    const first = handlersFor(userData);
    const loaded = value(await first.initial());
    expect(loaded.sample).toBe(DEFAULT_SAMPLE);
    const edits = work(loaded);
    expect(await first.autosave({ document: loaded.document, edits })).toEqual({ ok: true, value: null });
    expect(first.autosavePending()).toBe(true);
    await first.flush();
    expect(first.autosavePending()).toBe(false);
    expect(JSON.parse(readFileSync(join(userData, RESTORE_NOTE), 'utf8'))).toMatchObject({ path: null, unsaved: true, sample: DEFAULT_SAMPLE });

    const second = handlersFor(userData);
    second.prefetchInitial();
    const restored = value(await second.initial());
    expect(restored.annotations).toEqual(edits.annotations);
    expect(restored.labels).toEqual(edits.labels);
    expect(restored.article!.manualLinks).toEqual(edits.manualLinks);
    expect(restored).toMatchObject({ path: null, unsaved: true, sample: DEFAULT_SAMPLE, notices: [] });
  });

  it('remembers the file the work belongs to, and whether it was saved there', async () => {
    const userData = temp('userdata');
    const dir = temp('files');
    const first = handlersFor(userData);
    const loaded = value(await first.initial());
    const path = value(await first.saveComparison({ document: loaded.document, edits: work(loaded), mode: 'save-as' }, asker(join(dir, 'call.readouts')))).path;
    await first.flush();
    const second = handlersFor(userData);
    expect(value(await second.initial())).toMatchObject({ path, unsaved: false });
    // The second app autosaves what it restored: let it finish, as it would before quitting, so that
    // its write cannot land after the first app's next one (two apps on one userData never run at once).
    await second.flush();
    // A change after the save: restored as unsaved work of that file.
    await first.autosave({ document: loaded.document, edits: { ...work(loaded), annotations: [] } });
    await first.flush();
    expect(value(await handlersFor(userData).initial())).toMatchObject({ path, unsaved: true, annotations: [] });
  });

  it('does not trust a note that describes another autosave', async () => {
    const userData = temp('userdata');
    const first = handlersFor(userData);
    const loaded = value(await first.initial());
    await first.autosave({ document: loaded.document, edits: work(loaded) });
    await first.flush();
    writeFileSync(join(userData, RESTORE_NOTE), JSON.stringify({ autosave: 'not the hash', path: '/elsewhere.readouts', unsaved: false }));
    expect(value(await handlersFor(userData).initial())).toMatchObject({ path: null, unsaved: true });
  });

  // A restore.json (the note beside the autosave) that is a named pipe blocked the start (failed before).
  it.skipIf(process.platform === 'win32')('does not wait on a restore note that is a named pipe: the work is restored as unsaved', async () => {
    const userData = temp('userdata');
    const first = handlersFor(userData);
    const loaded = value(await first.initial());
    await first.autosave({ document: loaded.document, edits: work(loaded) });
    await first.flush();
    const fifo = join(userData, RESTORE_NOTE);
    rmSync(fifo);
    makeFifo(fifo);
    const answer = await withinASecond(handlersFor(userData).initial(), fifo);
    expect(answer).not.toBe('hung');
    expect(value(answer as Result<LoadedComparison>)).toMatchObject({ path: null, unsaved: true });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('moves a damaged autosave aside, never overwriting it, and shows the sample with a notice', async () => {
    const userData = temp('userdata');
    writeFileSync(restorePath(userData), 'not json at all');
    const h = handlersFor(userData);
    const loaded = value(await h.initial());
    expect(loaded.sample).toBe(DEFAULT_SAMPLE);
    const aside = join(userData, 'autosave damaged 2025-03-20T10-11-12Z.readouts');
    expect(loaded.notices).toEqual([{ kind: 'work', text: `The comparison you were working on could not be restored: ${restorePath(userData)}: the comparison file is damaged: it is not valid JSON (Unexpected token 'o', "not json at all" is not valid JSON). It was kept as ${aside}. The sample is shown instead.` }]);
    expect(readFileSync(aside, 'utf8')).toBe('not json at all');
    // The next change is autosaved afresh.
    await h.autosave({ document: loaded.document, edits: work(loaded) });
    await h.flush();
    expect(parseReadoutsFile(readFileSync(restorePath(userData), 'utf8'), 'autosave').ok).toBe(true);
  });

  it('restores the previous autosave when the last one is damaged and its backup is good', async () => {
    const userData = temp('userdata');
    writeFileSync(restorePath(userData), '');
    writeFileSync(`${restorePath(userData)}.bak`, readFileSync(FIXTURE));
    const restored = value(await handlersFor(userData).initial());
    expect(restored.annotations).toHaveLength(5);
    expect(restored.notices.map((n) => n.kind)).toEqual(['work']);
    expect(restored.notices[0]!.text).toMatch(/could not be restored: .*the file is empty.*Its previous autosave \(.*autosave\.readouts\.bak\) was restored instead\.$/);
    expect(restored).toMatchObject({ path: null, unsaved: true });
  });

  it('refuses a newer autosave: kept aside as it is', async () => {
    const userData = temp('userdata');
    writeFileSync(restorePath(userData), JSON.stringify({ format: 'readout-compare', version: 9 }));
    const loaded = value(await handlersFor(userData).initial());
    expect(loaded.notices[0]!.text).toMatch(/made by a newer version of Readout Compare/);
    expect(readdirSync(userData)).toContain('autosave newer 2025-03-20T10-11-12Z.readouts');
    expect(existsSync(restorePath(userData))).toBe(false);
  });

  it('keeps unsaved work aside before another comparison replaces it, and says where', async () => {
    const userData = temp('userdata');
    const h = handlersFor(userData);
    const loaded = value(await h.initial());
    await h.autosave({ document: loaded.document, edits: work(loaded) });
    const next = value(await h.openSample('2021-07-09-biden-putin'));
    const kept = join(userData, UNSAVED_DIR, `2025-03-20T10-11-12Z ${fileStem(loaded)}.readouts`);
    expect(next.notices).toEqual([{ kind: 'work', text: `Your unsaved work on “${fileStem(loaded)}” was kept in ${kept}: File > Open Comparison… opens it.` }]);
    expect(value(await handlersFor().openComparisonFile(kept)).annotations).toEqual(work(loaded).annotations);
    // Nothing to keep: no notice.
    expect(value(await h.openSample(DEFAULT_SAMPLE)).notices).toEqual([]);
  });

  it('does not keep work aside that is saved in its file', async () => {
    const userData = temp('userdata');
    const h = handlersFor(userData);
    const loaded = value(await h.initial());
    await h.saveComparison({ document: loaded.document, edits: work(loaded), mode: 'save-as' }, asker(join(temp('files'), 'call.readouts')));
    expect(value(await h.openSample('2021-07-09-biden-putin')).notices).toEqual([]);
    expect(existsSync(join(userData, UNSAVED_DIR))).toBe(false);
  });

  it('keeps the work and its anchoring when an article is opened for the comparison on screen', async () => {
    const h = handlersFor();
    const loaded = value(await h.openSample('2021-07-09-biden-putin'));
    const edits = work(loaded, 'President Biden');
    await h.autosave({ document: loaded.document, edits });
    const dir = temp('article');
    writeFileSync(join(dir, 'story.md'), '“Both leaders stressed the importance of staying in touch,” the White House read-out said.');
    const withArticle = value(await h.openArticle(join(dir, 'story.md')));
    expect(withArticle.document).toBe(loaded.document);
    expect(withArticle.annotations).toEqual(edits.annotations);
    expect(withArticle.article?.claims.length).toBeGreaterThan(0);
  });
});

describe('file names', () => {
  it('adds the extension unless the name ends in it, in any case: a dot elsewhere is part of the name', () => {
    expect(withExtension('/r/call', '.readouts')).toBe('/r/call.readouts');
    expect(withExtension('/r/call.readouts', '.readouts')).toBe('/r/call.readouts');
    expect(withExtension('/r/CALL.Readouts', '.readouts')).toBe('/r/CALL.Readouts');
    expect(withExtension('/r.d/call', '.csv')).toBe('/r.d/call.csv');
    expect(withExtension('/r/notes v1.2', '.readouts')).toBe('/r/notes v1.2.readouts');
    expect(withExtension('/r/Putin-Trump 18.03', '.readouts')).toBe('/r/Putin-Trump 18.03.readouts');
    // another extension, typed in a dialog that does not add one (GTK): the file is still a comparison, as macOS's "Use both" makes it
    expect(withExtension('/r/call.txt', '.readouts')).toBe('/r/call.txt.readouts');
    expect(withExtension('/r/notes.md', '.csv')).toBe('/r/notes.md.csv');
  });

  it('names a comparison by its date and event, or its readouts, without characters file systems refuse', () => {
    const doc = (event: string | null, date: string | null) => ({ event, date, a: { meta: { label: 'A/1' } }, b: { meta: { label: 'B' } } }) as Parameters<typeof fileStem>[0];
    expect(fileStem(doc('Call: "ceasefire"?', '2025-03-18'))).toBe('2025-03-18 Call ceasefire');
    expect(fileStem(doc(null, null))).toBe('A 1 and B');
    expect(fileStem(doc('word '.repeat(40), null))).toBe('word '.repeat(24).trim());
  });
});

