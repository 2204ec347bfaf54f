/**
 * A PDF export in the app can be cancelled, and a newer one supersedes it (issue 15,
 * item 10), on the real handlers and real files; the printer, the edge, is one the test
 * holds until it lets go (as a report that takes minutes to print). Cancelled: the
 * export answers `cancelled` at once, nothing is written at the target, and no
 * temporary file (`.<name>.rc-tmp-<pid>-<n>`) is left beside it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathRequest } from '../../../node/app/comparison-file';
import { createHandlers } from '../../../node/app/handlers';
import type { PrintHtml } from '../../../node/report/export';
import type { ReportOptions } from '../../../shared/report/options';
import { ROOT } from '../../report-inputs';

const OPTIONS: ReportOptions = { pageSize: 'A4', rows: 'all', annotations: true, claims: true };

/** A printer that prints only when the test lets it (`release`); `started` resolves once it is asked. */
function heldPrinter() {
  let release!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  let started!: () => void;
  const asked = new Promise<void>((r) => { started = r; });
  const print: PrintHtml = async (html) => {
    started();
    await released;
    return new TextEncoder().encode(`%PDF-held ${html.length}`);
  };
  return { print, release, asked };
}

async function withSample() {
  const handlers = createHandlers({ assetsDir: join(ROOT, 'assets') });
  const loaded = await handlers.openSample('2025-03-18-trump-putin');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const request = { document: loaded.value.document, edits: { annotations: [], labels: loaded.value.labels, manualLinks: [] }, options: OPTIONS };
  const at = (path: string) => async (_: PathRequest) => path;
  return { handlers, request, at, dir: mkdtempSync(join(tmpdir(), 'report-cancel-')) };
}

type Setup = Awaited<ReturnType<typeof withSample>>;
/** Starts an export to `name` in the test's folder with a held printer; resolves once it prints. */
async function exportHeld({ handlers, request, at, dir }: Setup, name: string) {
  const held = heldPrinter();
  const exporting = handlers.exportReport(request, at(join(dir, name)), held.print);
  await held.asked;
  return { held, exporting };
}

/** A moment for a late printer's answer to land (it must write nothing). */
const aMoment = () => new Promise((r) => setTimeout(r, 50));

/** Resolves with the promise's value, or 'pending' if it has not settled within `ms`. */
const within = <T>(p: Promise<T>, ms: number): Promise<T | 'pending'> => Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

describe('cancelling a PDF export in the app', () => {
  it('answers cancelled at once while the report prints, and writes nothing there, no temporary file either', async () => {
    const setup = await withSample();
    const { held, exporting } = await exportHeld(setup, 'report.pdf');
    setup.handlers.cancel();
    // the printer is abandoned: the answer does not wait for it
    const answer = await within(exporting, 2000);
    held.release();
    expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await exporting;
    await aMoment();
    expect(readdirSync(setup.dir)).toEqual([]);
  });

  it('leaves a file that was there as it was', async () => {
    const setup = await withSample();
    const target = join(setup.dir, 'kept.pdf');
    writeFileSync(target, 'the previous report');
    const { held, exporting } = await exportHeld(setup, 'kept.pdf');
    setup.handlers.cancel();
    held.release();
    expect(await exporting).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await aMoment();
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(readdirSync(setup.dir)).toEqual(['kept.pdf']);
  });
});

describe('cancelling one thing', () => {
  it('stops the export only when the export is named: cancelling the comparison leaves it printing, and it is written', async () => {
    const setup = await withSample();
    const first = await exportHeld(setup, 'kept going.pdf');
    setup.handlers.cancel('compare');
    expect(await within(first.exporting, 300)).toBe('pending');
    first.held.release();
    expect(await first.exporting).toEqual({ ok: true, value: { path: join(setup.dir, 'kept going.pdf') } });
    const second = await exportHeld(setup, 'stopped.pdf');
    setup.handlers.cancel('export-pdf');
    expect(await second.exporting).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The PDF export was cancelled; nothing was written.' } });
    second.held.release();
    await aMoment();
    expect(readdirSync(setup.dir)).toEqual(['kept going.pdf']);
  });
});

describe('a newer PDF export', () => {
  it('supersedes one still printing: the older answers cancelled and writes nothing, the newer is written', async () => {
    const setup = await withSample();
    const { handlers, request, at, dir } = setup;
    const { held: older, exporting: first } = await exportHeld(setup, 'first.pdf');
    const second = await handlers.exportReport(request, at(join(dir, 'second.pdf')), async () => new TextEncoder().encode('%PDF-second'));
    expect(second).toEqual({ ok: true, value: { path: join(dir, 'second.pdf') } });
    const answer = await within(first, 2000);
    older.release();
    expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await first;
    await aMoment();
    expect(existsSync(join(dir, 'first.pdf'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['second.pdf']);
  });

  it('whose save dialog is closed replaces nothing: the one printing goes on and is written', async () => {
    const setup = await withSample();
    const { handlers, request, dir } = setup;
    const { held, exporting } = await exportHeld(setup, 'kept.pdf');
    const closed = await handlers.exportReport(request, async () => null, async () => new TextEncoder().encode('%PDF-never'));
    expect(closed).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await within(exporting, 300)).toBe('pending');
    held.release();
    expect(await exporting).toEqual({ ok: true, value: { path: join(dir, 'kept.pdf') } });
    expect(readdirSync(dir)).toEqual(['kept.pdf']);
  });
});
