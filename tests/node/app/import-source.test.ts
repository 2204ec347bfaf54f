import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, warningsNotices, type MainHandlers } from '../../../node/app/handlers';
import { loadSourceBytes } from '../../../node/source-doc';
import { parseReadoutsFile } from '../../../shared/file/readouts-file';
import type { ComparisonEdits, LoadedComparison, Result } from '../../../shared/ipc/contract';

const assetsDir = join(__dirname, '..', '..', '..', 'assets');
const IMPORT = join(__dirname, '..', '..', 'fixtures', 'import');
const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

function handlersFor(userData?: string): MainHandlers {
  return createHandlers({ assetsDir, userData, appVersion: '0.1.0', now: () => new Date('2025-03-20T10:11:12.000Z'), autosaveDelayMs: 10 });
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const fileOf = (path: string, name = path.split('/').pop()!) => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** The edits of a comparison as loaded, with its sources' details as given. */
function editsWith(loaded: LoadedComparison, sources: Partial<Record<'a' | 'b', Partial<LoadedComparison['a']['meta']>>>): ComparisonEdits {
  return {
    annotations: loaded.annotations, labels: loaded.labels, manualLinks: loaded.article?.manualLinks ?? [],
    sources: { a: { ...loaded.a.meta, ...sources.a }, b: { ...loaded.b.meta, ...sources.b }, article: loaded.article?.doc.meta ?? null },
  };
}

describe('readouts in the formats they are published in', () => {
  it('compares a web page with a PDF, and says how each was read', async () => {
    const r = value(await handlersFor().compareFiles(join(IMPORT, 'whitehouse.html'), join(IMPORT, 'kremlin.pdf')));
    expect(r.a.origin).toEqual({ format: 'html', encoding: 'utf-8' });
    expect(r.b.origin).toEqual({ format: 'pdf', encoding: null });
    expect(r.comparison.pairs.length).toBeGreaterThan(5);
  });
});

describe('a file dropped on one side', () => {
  it('replaces that readout and compares it with the other one on screen, which stays with its details', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    const r = value(await h.importSource('b', fileOf(join(IMPORT, 'kremlin.pdf'))));
    expect(r.document).not.toBe(shown.document);
    expect(r.a.meta.label).toBe('White House');
    expect(r.a.text).toBe(shown.a.text);
    expect(r.a.origin).toBeUndefined();
    expect(r.b.file).toBe('kremlin.pdf');
    expect(r.b.meta.label).toBe('Kremlin');
    expect(r.b.origin).toEqual({ format: 'pdf', encoding: null });
    expect(r.b.meta.url).toMatch(/^https?:\/\/.*kremlin/);
    expect(r.event).toBe(shown.event);
    // The article stays, analysed against the new comparison.
    expect(r.article?.doc.text).toBe(shown.article?.doc.text);
    expect(r.comparison.pairs.length).toBeGreaterThan(5);
  });

  it('takes the clipboard\'s HTML through the importers: only its text, no markup or script', async () => {
    const h = handlersFor();
    value(await h.openSample('2025-03-18-trump-putin'));
    const html = readFileSync(join(IMPORT, 'whitehouse.html'), 'utf8');
    const r = value(await h.importSource('a', { name: 'clipboard.html', bytes: bytes(html) }));
    expect(r.a.origin?.format).toBe('html');
    expect(r.a.text).not.toMatch(/<|document\.write/);
    expect(r.a.text).toContain('President Putin');
  });

  it('refuses a file in a format the importers do not read, naming it, and leaves the comparison as it is', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    const r = await h.importSource('a', { name: 'photo.png', bytes: new Uint8Array([137, 80, 78, 71]) });
    expect(r).toEqual({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/^photo\.png: a \.png file cannot be read; .*\.docx/) } });
    expect(h.hasComparison()).toBe(true);
    expect(value(await h.autosave({ document: shown.document, edits: editsWith(shown, {}) }))).toBeNull();
  });

  it('names the file when it cannot be read', async () => {
    const h = handlersFor();
    value(await h.openSample('2025-03-18-trump-putin'));
    expect(await h.importSource('b', fileOf(join(IMPORT, 'bad', 'corrupt.pdf')))).toMatchObject({ ok: false, error: { code: 'unreadable', message: expect.stringContaining('corrupt.pdf') } });
  });

  it('refuses a readout in another language than the one it is compared with', async () => {
    const h = handlersFor();
    value(await h.openSample('2025-03-18-trump-putin'));
    const r = await h.importSource('b', fileOf(join(IMPORT, 'kremlin-ru.windows-1251.txt')));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'languages',
        message: 'whitehouse.txt is English and kremlin-ru.windows-1251.txt is Russian: comparing texts in two languages is not supported.'
          + ' kremlin-ru.windows-1251.txt is kept: add the other readout in its language on side A (drop or paste it) to compare the two.',
      },
    });
  });

  it('keeps a readout refused for its language, and compares it with the next one added on the other side in that language', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    expect(await h.importSource('a', fileOf(join(IMPORT, 'kremlin-ru.koi8-r.txt')))).toMatchObject({ ok: false, error: { code: 'languages' } });
    const r = value(await h.importSource('b', fileOf(join(IMPORT, 'kremlin-ru.utf-16le.txt'))));
    expect([r.a.file, r.b.file]).toEqual(['kremlin-ru.koi8-r.txt', 'kremlin-ru.utf-16le.txt']);
    expect([r.a.meta.language, r.b.meta.language]).toEqual(['ru', 'ru']);
    expect([r.a.origin?.encoding, r.b.origin?.encoding]).toEqual(['koi8-r', 'utf-16le']);
    expect(r.article).toBeNull();
    expect(r.document).not.toBe(shown.document);
  });

  it('forgets the readout kept once another comparison is on screen', async () => {
    const h = handlersFor();
    value(await h.openSample('2025-03-18-trump-putin'));
    expect(await h.importSource('a', fileOf(join(IMPORT, 'kremlin-ru.koi8-r.txt')))).toMatchObject({ ok: false, error: { code: 'languages' } });
    value(await h.openSample('2021-07-09-biden-putin'));
    expect(await h.importSource('b', fileOf(join(IMPORT, 'kremlin-ru.utf-16le.txt')))).toMatchObject({ ok: false, error: { code: 'languages', message: expect.stringMatching(/is English and kremlin-ru\.utf-16le\.txt is Russian/) } });
  });

  it('loads a file dropped on the article panel as the article of the comparison on screen', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2021-07-09-biden-putin'));
    const story = '“Both leaders stressed the importance of staying in touch,” the White House read-out said.';
    const r = value(await h.importSource('article', { name: 'story.md', bytes: bytes(story) }));
    expect(r.document).toBe(shown.document);
    expect(r.article?.doc.file).toBe('story.md');
    expect(r.article?.doc.text).toBe(story);
  });

  it('needs a comparison on screen to replace one of its sides', async () => {
    const r = await handlersFor().importSource('a', { name: 'a.txt', bytes: bytes('Peace.') });
    expect(r).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
  });
});

describe('two files dropped together', () => {
  it('are compared, the first on the left', async () => {
    const r = value(await handlersFor().compareImported(fileOf(join(IMPORT, 'whitehouse.docx')), fileOf(join(IMPORT, 'kremlin.html'))));
    expect([r.a.file, r.b.file]).toEqual(['whitehouse.docx', 'kremlin.html']);
    expect([r.a.origin?.format, r.b.origin?.format]).toEqual(['docx', 'html']);
    expect(r.comparison.pairs.length).toBeGreaterThan(5);
  });

  it('are refused when one is in a format the importers do not read', async () => {
    const r = await handlersFor().compareImported({ name: 'a.txt', bytes: bytes('Peace.') }, { name: 'b.exe', bytes: new Uint8Array([77, 90]) });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/^b\.exe: /) } });
  });
});

describe('bytes from the renderer', () => {
  it('are refused over 20 MB, naming the file', async () => {
    const r = await loadSourceBytes(new Uint8Array(20 * 1024 * 1024 + 1), 'huge.txt');
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/^huge\.txt: /) } });
  });
});

describe('a source\'s details edited by the analyst', () => {
  it('are saved with the comparison, word the one-sided rows, and come back when it is opened again', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    const edits = editsWith(shown, { b: { label: 'Moscow', publisher: 'President of Russia', date: '2025-03-19', url: 'https://example.org/r' } });
    const path = join(temp('meta'), 'call.readouts');
    expect(value(await h.saveComparison({ document: shown.document, edits, mode: 'save-as' }, async () => path)).path).toBe(path);
    const file = parseReadoutsFile(readFileSync(path, 'utf8'), path);
    if (!file.ok) throw new Error(file.message);
    expect(file.file.sources.b.meta).toMatchObject({ label: 'Moscow', publisher: 'President of Russia', date: '2025-03-19', url: 'https://example.org/r', complete: false });
    const reopened = value(await handlersFor().openComparisonFile(path));
    expect(reopened.b.meta.label).toBe('Moscow');
    expect(reopened.comparison.b.label).toBe('Moscow');
    expect(reopened.comparison.omissions.find((o) => reopened.comparison.onlyA.includes(o.id))?.wording).toMatch(/^(probably )?not in Moscow's \(incomplete\) copy$/);
    expect(reopened.comparison.omissions.find((o) => reopened.comparison.onlyB.includes(o.id))?.wording).toMatch(/^(probably )?only in Moscow$/);
    // The alignment is the file's texts compared again: the same as before the labels changed.
    // (The typed differences' explanations name the readouts, so they now say Moscow.)
    const alignment = (pairs: typeof shown.comparison.pairs) => pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, confidence: p.confidence, reasons: p.reasons }));
    expect(alignment(reopened.comparison.pairs)).toEqual(alignment(shown.comparison.pairs));
    expect(reopened.comparison.pairs.flatMap((p) => p.differences ?? []).some((d) => d.explanation.includes('Kremlin'))).toBe(false);
  });

  it('are kept aside like annotations when another comparison replaces them unsaved', async () => {
    const userData = temp('userdata');
    const h = handlersFor(userData);
    const shown = value(await h.openSample('2021-07-09-biden-putin'));
    await h.autosave({ document: shown.document, edits: editsWith(shown, { a: { label: 'Washington' } }) });
    const next = value(await h.openSample('2025-03-18-trump-putin'));
    expect(next.notices.find((n) => n.kind === 'work')?.text).toMatch(/Your unsaved work on .* was kept in /);
    const [kept] = readdirSync(join(userData, 'unsaved'));
    const file = parseReadoutsFile(readFileSync(join(userData, 'unsaved', kept!), 'utf8'), kept!);
    expect(file.ok && file.file.sources.a.meta.label).toBe('Washington');
  });

  it('name the sources in the annotations exported', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    const edits = editsWith(shown, { a: { label: 'Washington', url: 'https://example.org/wh' } });
    const path = join(temp('export'), 'notes.md');
    value(await h.exportAnnotations({ document: shown.document, edits, format: 'md' }, async () => path));
    const md = readFileSync(path, 'utf8');
    expect(md).toContain('**Washington**');
    expect(md).not.toContain('**White House**');
  });

  it('keep the text, language and completeness of the file', async () => {
    const h = handlersFor();
    const shown = value(await h.openSample('2025-03-18-trump-putin'));
    const edits = editsWith(shown, { b: { label: 'Moscow', complete: true, language: 'de', note: 'mine' } });
    const path = join(temp('meta'), 'call.readouts');
    await h.saveComparison({ document: shown.document, edits, mode: 'save-as' }, async () => path);
    const file = parseReadoutsFile(readFileSync(path, 'utf8'), path);
    expect(file.ok && file.file.sources.b.meta).toMatchObject({ label: 'Moscow', complete: false, language: 'en', note: shown.b.meta.note });
  });
});

describe('files opened, for File > Open Recent', () => {
  it('are reported: readout pairs compared and comparison files saved or opened, by absolute path; samples and bytes are not', async () => {
    const opened: unknown[] = [];
    const h = createHandlers({ assetsDir, appVersion: '0.1.0', onOpened: (e) => opened.push(e) });
    value(await h.openSample('2025-03-18-trump-putin'));
    value(await h.importSource('b', fileOf(join(IMPORT, 'kremlin.pdf'))));
    expect(opened).toEqual([]);
    const pair = value(await h.compareFiles(join(IMPORT, 'whitehouse.html'), join(IMPORT, 'kremlin.pdf')));
    expect(opened).toEqual([{ kind: 'pair', a: join(IMPORT, 'whitehouse.html'), b: join(IMPORT, 'kremlin.pdf') }]);
    const path = join(temp('recent'), 'call.readouts');
    const edits = { annotations: [], labels: [], manualLinks: [] };
    expect(value(await h.saveComparison({ document: pair.document, edits, mode: 'save-as' }, async () => path)).path).toBe(path);
    value(await h.openComparisonFile(path));
    expect(opened.slice(1)).toEqual([{ kind: 'comparison', path }, { kind: 'comparison', path }]);
    expect(await h.compareFiles(join(IMPORT, 'missing.txt'), join(IMPORT, 'kremlin.pdf'))).toMatchObject({ ok: false });
    expect(opened).toHaveLength(3);
  });
});

describe('pasting', () => {
  const withClipboard = (clipboard: { html: string; text: string }) => createHandlers({ assetsDir, appVersion: '0.1.0', readClipboard: async () => clipboard });

  it('takes the clipboard\'s HTML through the importers as a web page', async () => {
    const h = withClipboard({ html: readFileSync(join(IMPORT, 'kremlin.html'), 'utf8'), text: 'not this' });
    value(await h.openSample('2025-03-18-trump-putin'));
    const r = value(await h.pasteSource('b'));
    expect(r.b.file).toBe('clipboard.html');
    expect(r.b.origin?.format).toBe('html');
    expect(r.b.text).not.toContain('not this');
  });

  it('takes the plain text when the HTML is too short to be read as a page, or when there is no HTML', async () => {
    const text = 'The leaders agreed on a truce. They will meet again.';
    const h = withClipboard({ html: '<p>The leaders agreed on a truce.</p>', text });
    value(await h.openSample('2025-03-18-trump-putin'));
    const r = value(await h.pasteSource('a'));
    expect([r.a.file, r.a.text]).toEqual(['clipboard.txt', text]);
    const plain = withClipboard({ html: '', text });
    value(await plain.openSample('2025-03-18-trump-putin'));
    expect(value(await plain.pasteSource('article')).article?.doc.text).toBe(text);
  });

  it('says so when the clipboard holds no text, or cannot be read', async () => {
    const h = withClipboard({ html: ' ', text: '' });
    value(await h.openSample('2025-03-18-trump-putin'));
    expect(await h.pasteSource('a')).toEqual({ ok: false, error: { code: 'empty', message: 'The clipboard holds no text to paste.' } });
    expect(await createHandlers({ assetsDir }).pasteSource('a')).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('what the importers noticed', () => {
  it('becomes one input notice per file, about that file, each warning a sentence; none without warnings', async () => {
    const loaded = await loadSourceBytes(bytes('Peace.'), 'a.txt');
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(warningsNotices(loaded, null)).toEqual([]);
    const warned = (file: string, ...w: string[]) => ({ ...loaded, doc: { ...loaded.doc, file }, warnings: w });
    expect(warningsNotices(warned('long.pdf', 'long.pdf: only the first 500 of its 600 pages were read', 'long.pdf: two columns'), null, warned('b.docx', 'b.docx: something')))
      .toEqual([
        { kind: 'input', text: 'long.pdf: only the first 500 of its 600 pages were read. long.pdf: two columns.', files: ['long.pdf'] },
        { kind: 'input', text: 'b.docx: something.', files: ['b.docx'] },
      ]);
  });
});
