import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobCancelled, runCompareJob, type CompareOptions } from '../../../node/app/compare-job';
import { createHandlers, DEFAULT_SAMPLE } from '../../../node/app/handlers';
import type { Comparer } from '../../../node/app/worker-comparer';
import { loadResources } from '../../../node/resources';
import type { SourceDoc } from '../../../shared/model/types';

const assetsDir = join(__dirname, '..', '..', '..', 'assets');
const handlers = createHandlers({ assetsDir });

describe('the main-side handlers', () => {
  it('list the embedded samples with their events and dates', async () => {
    const r = await handlers.listSamples();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => s.id)).toEqual(['2021-07-09-biden-putin', '2025-03-18-trump-putin']);
    expect(r.value[1]!.date).toBe('2025-03-18');
    expect(r.value[1]!.event).toMatch(/Trump/);
  });

  it('open the 2025 sample at start, with its sources’ metadata and note', async () => {
    const r = await handlers.initial();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.a.meta.label).toBe('White House');
    expect(r.value.b.meta.label).toBe('Kremlin');
    expect(r.value.b.meta.complete).toBe(false);
    expect(r.value.b.meta.note).toMatch(/Incomplete English translation/);
    expect(r.value.date).toBe('2025-03-18');
    expect(r.value.sample).toBe(DEFAULT_SAMPLE);
    expect(r.value.comparison.onlyB.length).toBeGreaterThan(0);
    expect(DEFAULT_SAMPLE).toBe('2025-03-18-trump-putin');
  });

  it('answer an unknown sample with not-found', async () => {
    const r = await handlers.openSample('no-such-sample');
    expect(r).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no sample called no-such-sample.' } });
  });

  it('compare two files and name the file when one is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'Both sides agreed to a ceasefire.');
    writeFileSync(join(dir, 'empty.txt'), '');
    const good = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(good.ok && good.value.comparison.pairs.length).toBe(1);
    const bad = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'empty.txt'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('empty');
      expect(bad.error.message).toContain('empty.txt');
    }
  });

  it('name a comparison of two files by the event and date of the meta.json that describes both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'Both sides agreed to a ceasefire.');
    const readout = (file: string, label: string) => ({ file, label, publisher: null, title: null, url: null, language: 'en', complete: true, note: null, provenance: null });
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ event: 'Call between two leaders', date: '2024-05-06', readouts: [readout('a.txt', 'Side A'), readout('b.txt', 'Side B')] }));
    const r = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.event).toBe('Call between two leaders');
    expect(r.value.date).toBe('2024-05-06');
    expect(r.value.a.meta.label).toBe('Side A');
    // Files from two folders share no event.
    const other = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(other, 'c.txt'), 'Both sides agreed to a ceasefire.');
    const apart = await handlers.compareFiles(join(dir, 'a.txt'), join(other, 'c.txt'));
    expect(apart.ok && apart.value.event).toBeNull();
  });

  it('refuses the same file twice (a link to it too), and compares identical copies with a notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The leaders agreed on a truce.');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    copyFileSync(join(dir, 'a.txt'), join(dir, 'copy.txt'));
    const real = realpathSync(join(dir, 'a.txt'));
    expect(await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'link.txt'))).toEqual({ ok: false, error: { code: 'refused', message: `a.txt and link.txt are the same file (${real}): choose two different readouts.` } });
    const copies = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'copy.txt'));
    expect(copies.ok && copies.value.notices).toEqual([{ kind: 'input', text: 'a.txt and copy.txt have identical text: the comparison can find no differences.', files: [join(dir, 'a.txt'), join(dir, 'copy.txt')] }]);
  });

  it('says how a file not in UTF-8 was read as an input notice about that file (tester 16)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The Chancellor of Nordland spoke with the President of Ostria about the harbour.');
    // Windows-1252: 0x93/0x94 curly quotes, 0xE9 "é".
    writeFileSync(join(dir, 'b.txt'), Buffer.from('The President of Ostria spoke with the Chancellor of Nordland about the \x93harbour\x94 and the caf\xe9 trade.', 'latin1'));
    const r = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(r.ok && r.value.notices.map((n) => [n.kind, n.kind === 'input' ? n.files : []])).toEqual([['input', [join(dir, 'b.txt')]]]);
    expect(r.ok && r.value.notices[0]!.text).toMatch(/b\.txt: not UTF-8, so read as Windows-1252/);
  });

  it('compares a readout that repeats a passage, with a notice saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    const paragraph = 'The Chancellor of Nordland spoke with the President of Ostria. They discussed grain exports through the Pale Sea.\n\n';
    writeFileSync(join(dir, 'twice.txt'), paragraph + paragraph);
    writeFileSync(join(dir, 'b.txt'), 'The President of Ostria spoke with the Chancellor of Nordland.');
    const r = await handlers.compareFiles(join(dir, 'twice.txt'), join(dir, 'b.txt'));
    expect(r.ok && r.value.notices).toEqual([{ kind: 'input', text: 'twice.txt repeats 2 sentences (a3–a4 repeat a1–a2): was it pasted twice?', files: [join(dir, 'twice.txt'), join(dir, 'b.txt')] }]);
  });

  it('refuses a binary file opened as the article, naming it as an article (from disk and dropped)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x11]);
    writeFileSync(join(dir, 'fake.txt'), bytes);
    const h = createHandlers({ assetsDir });
    expect((await h.initial()).ok).toBe(true);
    const opened = await h.openArticle(join(dir, 'fake.txt'));
    expect(!opened.ok && opened.error.message).toMatch(/fake\.txt: this looks like a binary file .*, not a text article$/);
    const dropped = await h.importSource('article', { name: 'fake.txt', bytes });
    expect(!dropped.ok && dropped.error.message).toMatch(/, not a text article$/);
  });

  it('refuses two readouts in different languages, saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'en.txt'), 'The leaders agreed on a truce. They will stay in close contact and meet again soon.');
    writeFileSync(join(dir, 'ru.txt'), 'Лидеры договорились о перемирии. Они будут поддерживать тесный контакт и вскоре встретятся снова.');
    const r = await handlers.compareFiles(join(dir, 'en.txt'), join(dir, 'ru.txt'));
    expect(r).toEqual({ ok: false, error: { code: 'languages', message: 'en.txt is English and ru.txt is Russian: comparing texts in two languages is not supported.' } });
  });
});

describe('the comparison shown at start', () => {
  it('is computed once when prefetched; a later call (a reload) does not start the sample afresh', async () => {
    // Comparisons, not counting the article's analysis that follows each.
    let calls = 0;
    const counting = createHandlers({ assetsDir, precomputedSamples: false, comparer: async (a, b, job) => { if (!job?.article) calls++; return runCompareJob(a, b, job ?? {}, loadResources()); } });
    counting.prefetchInitial();
    counting.prefetchInitial();
    const first = await counting.initial();
    expect(first.ok).toBe(true);
    expect(calls).toBe(1);
    // the sample comes with its article: compared with it in one job
    await counting.initial();
    expect(calls).toBe(1);
  });

  it('comes first without its article, which follows from pendingArticle (the rows paint sooner)', async () => {
    const jobs: string[] = [];
    const h = createHandlers({ assetsDir, precomputedSamples: false, comparer: async (a, b, job) => { jobs.push(job?.article ? 'article' : 'compare'); return runCompareJob(a, b, job ?? {}, loadResources()); } });
    const shown = await h.initial();
    expect(shown.ok && shown.value).toMatchObject({ article: null, articlePending: true, sample: DEFAULT_SAMPLE });
    if (!shown.ok) return;
    const later = await h.pendingArticle(shown.value.document);
    expect(later.ok && later.value?.article?.claims.length).toBeGreaterThan(0);
    expect(later.ok && later.value?.document).toBe(shown.value.document);
    expect(later.ok && later.value?.articlePending).toBeFalsy();
    expect(later.ok && later.value?.comparison).toEqual(shown.value.comparison);
    expect(jobs).toEqual(['compare', 'article']);
    // Asked about another comparison: nothing is pending for it.
    expect(await h.pendingArticle(shown.value.document + 1)).toEqual({ ok: true, value: null });
    // A sample opened by the user comes whole.
    const opened = await h.openSample(DEFAULT_SAMPLE);
    expect(opened.ok && opened.value.article?.claims.length).toBeGreaterThan(0);
  });

  it('puts off the start article\'s analysis and the onShown work until the window is shown (they would compete with its first frame)', async () => {
    const jobs: string[] = [];
    let warmed = 0;
    const h = createHandlers({
      assetsDir, onShown: () => warmed++,
      comparer: async (a, b, job) => { jobs.push(job?.article ? 'article' : 'compare'); return runCompareJob(a, b, job ?? {}, loadResources()); },
    });
    h.prefetchInitial();
    const start = await h.initial();
    expect(start.ok && start.value.articlePending).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    // The sample's comparison is stored ahead: nothing has run, nor been warmed, before the window says it is shown.
    expect(jobs).toEqual([]);
    expect(warmed).toBe(0);
    h.shown();
    h.shown();
    expect(warmed).toBe(1);
    expect(jobs).toEqual(['article']);
    const later = await h.pendingArticle(start.ok ? start.value.document : -1);
    expect(later.ok && later.value?.article?.claims.length).toBeGreaterThan(0);
    expect(jobs).toEqual(['article']);
  });

  it('gives no article for a comparison replaced meanwhile', async () => {
    const h = createHandlers({ assetsDir });
    const shown = await h.initial();
    if (!shown.ok) throw new Error(shown.error.message);
    await h.openSample('2021-07-09-biden-putin');
    expect(await h.pendingArticle(shown.value.document)).toEqual({ ok: true, value: null });
  });
});

/** A sample folder of its own: two readouts, a meta.json with an article entry, and the article. */
function sampleWithArticle(article: string | null): string {
  const assets = mkdtempSync(join(tmpdir(), 'assets-'));
  const dir = join(assets, 'samples', 'call');
  mkdirSync(dir, { recursive: true });
  const sample = join(assetsDir, 'samples', DEFAULT_SAMPLE);
  for (const f of ['whitehouse.txt', 'kremlin.txt']) copyFileSync(join(sample, f), join(dir, f));
  if (article !== null) writeFileSync(join(dir, 'article.txt'), article);
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({
    event: 'A call', date: '2025-03-18',
    readouts: [{ file: 'whitehouse.txt', label: 'White House' }, { file: 'kremlin.txt', label: 'Kremlin' }],
    article: { file: 'article.txt', label: 'Article', url: 'https://news.example/call' },
  }));
  return assets;
}

/** A comparer in this thread that records what it was asked. */
function recordingComparer() {
  const asked: Array<{ a: SourceDoc; b: SourceDoc; job: CompareOptions }> = [];
  const comparer: Comparer = async (a, b, job = {}) => {
    asked.push({ a, b, job });
    return runCompareJob(a, b, job, loadResources());
  };
  return { asked, comparer };
}

describe('the article of a comparison', () => {
  it('comes with the 2025 sample: analysed, with the article’s label and note from meta.json', async () => {
    const r = await handlers.openSample(DEFAULT_SAMPLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const article = r.value.article!;
    expect(article.origin).toBe('extracted');
    expect(article.doc.meta.label).toBe('Article');
    expect(article.doc.meta.note).toMatch(/not recorded/);
    expect(article.doc.text).toMatch(/^President Donald Trump and Russian President Vladimir Putin/);
    expect(article.manualLinks).toEqual([]);
    expect(Array.isArray(article.claims) && Array.isArray(article.commentary)).toBe(true);
  });

  it('is null for a sample without one, and for two files compared', async () => {
    const r = await handlers.openSample('2021-07-09-biden-putin');
    expect(r.ok && r.value.article).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    writeFileSync(join(dir, 'a.txt'), 'The leaders agreed on a truce.');
    writeFileSync(join(dir, 'b.txt'), 'Both sides agreed to a ceasefire.');
    const files = await handlers.compareFiles(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(files.ok && files.value.article).toBeNull();
  });

  it('is read with the readouts and analysed in the same job (the worker’s)', async () => {
    const { asked, comparer } = recordingComparer();
    const r = await createHandlers({ assetsDir: sampleWithArticle('“The leaders agreed,” the White House read-out said.'), comparer }).openSample('call');
    expect(r.ok && r.value.article?.doc.meta.url).toBe('https://news.example/call');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.job.article?.file).toMatch(/article\.txt$/);
  });

  it('makes the sample fail with a message naming the article when its file is bad or missing', async () => {
    for (const [text, code] of [['', 'empty'], [null, 'not-found']] as const) {
      const r = await createHandlers({ assetsDir: sampleWithArticle(text) }).openSample('call');
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(code);
      expect(r.error.message).toContain('article.txt');
    }
  });
});

describe('openArticle', () => {
  const articleFile = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'article-'));
    writeFileSync(join(dir, 'story.md'), text);
    return join(dir, 'story.md');
  };

  it('answers no-comparison before any comparison is loaded', async () => {
    const fresh = createHandlers({ assetsDir });
    expect(fresh.hasComparison()).toBe(false);
    const r = await fresh.openArticle(articleFile('Some news.'));
    expect(r).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
  });

  it('analyses the article against the comparison loaded last, without comparing again', async () => {
    const { asked, comparer } = recordingComparer();
    const h = createHandlers({ assetsDir, comparer, precomputedSamples: false });
    const first = await h.openSample('2021-07-09-biden-putin');
    expect(h.hasComparison()).toBe(true);
    const path = articleFile('# A call\n\n“We agreed,” the White House read-out said.');
    const r = await h.openArticle(path);
    expect(r.ok).toBe(true);
    if (!r.ok || !first.ok) return;
    expect(r.value.comparison).toEqual(first.value.comparison);
    expect(r.value.a).toEqual(first.value.a);
    expect(r.value.event).toBe(first.value.event);
    expect(r.value.article?.doc.file).toBe(path);
    expect(r.value.article?.doc.meta.label).toBe('Story');
    expect(asked).toHaveLength(2);
    expect(asked[1]!.job.comparison).toEqual(first.value.comparison);
  });

  it('names the article when it cannot be read, and keeps the comparison', async () => {
    const h = createHandlers({ assetsDir });
    await h.openSample(DEFAULT_SAMPLE);
    const r = await h.openArticle(articleFile(''));
    expect(r).toMatchObject({ ok: false, error: { code: 'empty' } });
    if (!r.ok) expect(r.error.message).toContain('story.md');
    expect(h.hasComparison()).toBe(true);
  });

  it('answers internal, naming the article, when its analysis fails', async () => {
    const failing: Comparer = async (a, b, job = {}) => {
      if (job.article) throw new Error(`The article ${job.article.file} could not be analysed: boom`);
      return runCompareJob(a, b, job, loadResources());
    };
    const h = createHandlers({ assetsDir, comparer: failing });
    await h.openSample('2021-07-09-biden-putin');
    const path = articleFile('News.');
    expect(await h.openArticle(path)).toEqual({ ok: false, error: { code: 'internal', message: `The article ${path} could not be analysed: boom` } });
  });

  it('uses the comparison asked for last, even when an earlier request finishes later', async () => {
    const gates: Array<() => void> = [];
    const slowFirst: Comparer = async (a, b, job = {}) => {
      if (!job.article && gates.length === 0) await new Promise<void>((go) => gates.push(go));
      return runCompareJob(a, b, job, loadResources());
    };
    const h = createHandlers({ assetsDir, comparer: slowFirst, precomputedSamples: false });
    const early = h.openSample('2021-07-09-biden-putin');
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const late = await h.openSample(DEFAULT_SAMPLE);
    gates[0]!();
    await early;
    const r = await h.openArticle(articleFile('News.'));
    expect(r.ok && late.ok && r.value.comparison).toEqual(late.ok && late.value.comparison);
  });

  it('opens a curated claims file (.json) with the article it names, and names the field when it is invalid', async () => {
    const h = createHandlers({ assetsDir });
    await h.openSample(DEFAULT_SAMPLE);
    const dir = mkdtempSync(join(tmpdir(), 'claims-'));
    writeFileSync(join(dir, 'story.txt'), 'The Kremlin said the leaders “continued a detailed and frank exchange of views.”');
    const claims = { format: 'readout-compare/claims', version: 1, article: { file: 'story.txt' }, claims: [{ text: 'The Kremlin said the leaders', readouts: ['b'] }] };
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    const r = await h.openArticle(join(dir, 'claims.json'));
    expect(r.ok && r.value.article).toMatchObject({ origin: 'curated', doc: { file: join(dir, 'story.txt') }, claims: [{ id: 'c1', readouts: ['b'] }] });

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...claims, claims: [{ text: 'x', readouts: ['z'] }] }));
    const bad = await h.openArticle(join(dir, 'bad.json'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'claims-invalid' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/bad\.json: not a valid claims file: claims\.0\.readouts\.0/);

    writeFileSync(join(dir, 'missing.json'), JSON.stringify({ ...claims, claims: [{ text: 'Words not in the story.', readouts: ['b'] }] }));
    const missing = await h.openArticle(join(dir, 'missing.json'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!missing.ok) expect(missing.error.message).toMatch(/missing\.json: claims\.0\.text: not found in the article/);
  });
});

describe('superseding and cancelling (issue 15, item 10)', () => {
  /** A comparer whose comparisons wait to be let go, each with the signal it was given. */
  function gatedComparer() {
    const started: Array<{ signal: AbortSignal | undefined; go: () => void }> = [];
    const comparer: Comparer = async (a, b, job = {}) => {
      await new Promise<void>((go) => started.push({ signal: job.signal, go }));
      if (job.signal?.aborted) throw new JobCancelled();
      return runCompareJob(a, b, job, loadResources());
    };
    return { started, comparer };
  }
  const until = async (ok: () => boolean) => { while (!ok()) await new Promise((r) => setTimeout(r, 5)); };

  it('cancels the comparison of a request a newer one supersedes, which answers cancelled', async () => {
    const { started, comparer } = gatedComparer();
    const h = createHandlers({ assetsDir, comparer, precomputedSamples: false });
    const early = h.openSample('2021-07-09-biden-putin');
    await until(() => started.length === 1);
    const late = h.openSample(DEFAULT_SAMPLE);
    await until(() => started.length === 2);
    expect(started[0]!.signal?.aborted).toBe(true);
    started[0]!.go();
    expect(await early).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    started[1]!.go();
    expect((await late).ok).toBe(true);
  });

  it('cancels the request running when asked (Escape, the Cancel button); the comparison on screen stays', async () => {
    const { started, comparer } = gatedComparer();
    const h = createHandlers({ assetsDir, comparer, precomputedSamples: false });
    const first = h.openSample('2021-07-09-biden-putin');
    await until(() => started.length === 1);
    started[0]!.go();
    const shown = await first;
    const next = h.openSample(DEFAULT_SAMPLE);
    await until(() => started.length === 2);
    h.cancel();
    expect(started[1]!.signal?.aborted).toBe(true);
    started[1]!.go();
    expect(await next).toEqual({ ok: false, error: { code: 'cancelled', message: 'The comparison was cancelled.' } });
    expect(h.hasComparison() && shown.ok).toBe(true);
  });
});
