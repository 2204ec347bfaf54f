import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { PathRequest } from '../../../node/app/comparison-file';
import { createHandlers } from '../../../node/app/handlers';
import type { PrintHtml } from '../../../node/report/export';
import { createAnnotation, passageAt } from '../../../shared/annotations/model';
import type { ReportOptions } from '../../../shared/report/options';
import { plainMeta } from '../../../shared/view/source-details';
import { ROOT } from '../../report-inputs';

const OPTIONS: ReportOptions = { pageSize: 'Letter', rows: 'all', annotations: true, claims: true };

/** The handlers over the real assets, with the sample open; the printer is the edge the test stands in for. */
async function withSample() {
  const handlers = createHandlers({ assetsDir: join(ROOT, 'assets'), now: () => new Date(Date.UTC(2026, 10, 27)), appVersion: '9.9.9' });
  const loaded = await handlers.openSample('2025-03-18-trump-putin');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const printed: Array<{ html: string; pageSize: string; footer: string }> = [];
  const print: PrintHtml = async (html, settings) => {
    printed.push({ html, pageSize: settings.pageSize, footer: settings.footerTemplate });
    return new TextEncoder().encode(`%PDF-fake ${html.length}`);
  };
  const asked: PathRequest[] = [];
  const answer = (path: string | null) => async (request: PathRequest) => { asked.push(request); return path; };
  return { handlers, loaded: loaded.value, printed, print, asked, answer };
}

describe('exportReport', () => {
  it('asks where, suggesting the comparison’s name, prints the report with the analyst’s latest work, and writes it there', async () => {
    const { handlers, loaded, printed, print, asked, answer } = await withSample();
    const dir = mkdtempSync(join(tmpdir(), 'report-handler-'));
    const a = loaded.a.text;
    const at = a.indexOf('energy and infrastructure ceasefire');
    const annotation = createAnnotation({ id: 'n1', label: 'framing', note: 'Only the White House says “begin”.', target: { kind: 'passage', ...passageAt('a', a, at, at + 35) }, now: '2026-11-27T09:00:00Z' });
    const claim = loaded.article!.claims[0]!;
    const edits = { annotations: [annotation], labels: loaded.labels, manualLinks: [{ from: claim.id, to: 'b12' as never, op: 'add' as const }] };
    const result = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(join(dir, 'call')), print);
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'call.pdf') } });
    expect(asked).toEqual([{ purpose: 'report', name: '2025-03-18 Telephone call between US President Donald Trump and Russian President Vladimir Putin.pdf', dir: undefined }]);
    expect(readFileSync(join(dir, 'call.pdf'), 'utf8')).toBe(`%PDF-fake ${printed[0]!.html.length}`);
    expect(printed[0]!.pageSize).toBe('Letter');
    expect(printed[0]!.footer).toContain('Readout Compare 9.9.9');
    expect(printed[0]!.footer).toContain('2026-11-27 00:00 UTC');
    const doc = parseHTML(printed[0]!.html).document;
    expect(doc.querySelector('.annotations')!.textContent).toContain('Only the White House says “begin”.');
    // the manual link added in the panel is in the report
    expect(doc.querySelector(`#claim-${claim.id}`)!.parentElement!.textContent).toContain('Kremlin b12');
  });

  it('uses the sources’ details as the analyst edited them', async () => {
    const { handlers, loaded, printed, print, answer } = await withSample();
    const dir = mkdtempSync(join(tmpdir(), 'report-handler-'));
    const sources = { a: plainMeta(loaded.a.meta), b: { ...plainMeta(loaded.b.meta), label: 'Moscow', publisher: 'Kremlin press office' }, article: loaded.article && plainMeta(loaded.article.doc.meta) };
    const edits = { annotations: [], labels: loaded.labels, manualLinks: [], sources };
    expect((await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(join(dir, 'r.pdf')), print)).ok).toBe(true);
    const doc = parseHTML(printed[0]!.html).document;
    expect([...doc.querySelectorAll('table.side-by-side thead th')].map((th) => th.textContent)).toEqual(['Row', 'White House', 'Moscow']);
    expect([...doc.querySelectorAll('td.one-sided .caption')].map((c) => c.textContent?.replace(/^probably /, ''))).toContain('only in Moscow');
    expect(doc.querySelector('.sources')!.textContent).toContain('Kremlin press office');
  });

  it('adds .pdf to a name without it ("v1.2" too), but replaces no file the dialog did not ask about', async () => {
    const { handlers, loaded, print, answer } = await withSample();
    const dir = mkdtempSync(join(tmpdir(), 'report-handler-'));
    const edits = { annotations: [], labels: loaded.labels, manualLinks: [] };
    const ok = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(join(dir, 'Report v1.2')), print);
    expect(ok).toEqual({ ok: true, value: { path: join(dir, 'Report v1.2.pdf') } });
    writeFileSync(join(dir, 'taken.pdf'), 'mine');
    const refused = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(join(dir, 'taken')), print);
    expect(refused.ok ? null : refused.error.message).toBe(`${join(dir, 'taken.pdf')} already exists: choose it by its full name to replace it, or another name. Nothing was exported.`);
    expect(readFileSync(join(dir, 'taken.pdf'), 'utf8')).toBe('mine');
  });

  it('answers cancelled when the dialog is closed, and stale for a comparison no longer on screen', async () => {
    const { handlers, loaded, printed, print, answer } = await withSample();
    const edits = { annotations: [], labels: loaded.labels, manualLinks: [] };
    const cancelled = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(null), print);
    expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
    const stale = await handlers.exportReport({ document: loaded.document + 1, edits, options: OPTIONS }, answer('/tmp/x.pdf'), print);
    expect(stale.ok ? null : stale.error.code).toBe('stale');
    expect(printed).toHaveLength(0);
  });

  it('says when the report cannot be printed or written, and leaves the file there as it was', async () => {
    const { handlers, loaded, answer } = await withSample();
    const dir = mkdtempSync(join(tmpdir(), 'report-handler-'));
    const target = join(dir, 'kept.pdf');
    writeFileSync(target, 'previous');
    const edits = { annotations: [], labels: loaded.labels, manualLinks: [] };
    const failing: PrintHtml = async () => { throw new Error('render process gone'); };
    const result = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(target), failing);
    expect(result).toEqual({ ok: false, error: { code: 'unwritable', message: `${target}: the report could not be printed (render process gone); nothing was written there` } });
    expect(readFileSync(target, 'utf8')).toBe('previous');
    const nowhere = join(dir, 'no-such-folder', 'r.pdf');
    const unwritable = await handlers.exportReport({ document: loaded.document, edits, options: OPTIONS }, answer(nowhere), async () => new Uint8Array([1]));
    expect(unwritable).toEqual({ ok: false, error: { code: 'unwritable', message: `${nowhere}: cannot save (its folder does not exist); nothing was written there` } });
    expect(existsSync(nowhere)).toBe(false);
  });
});
