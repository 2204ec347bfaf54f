/**
 * The PDF export's jobs (issue 15, item 10): a cancelled or superseded export answers at
 * once, its write leaves no temporary file and nothing at the target (real files), and
 * the CLI's printer (a real Chromium) closes the page it prints in.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobCancelled } from '../../../node/app/compare-job';
import { abortable, EXPORT_CANCELLED, EXPORT_SUPERSEDED, exportJobs } from '../../../node/report/export-job';
import { printWith } from '../../../node/report/pdf';
import { writeAtomically } from '../../../node/store/atomic-write';
import { printSettings } from '../../../shared/report/options';
import { CHROMIUM, launch } from '../../e2e/harness';

const never = () => new Promise<never>(() => undefined);
const reasonOf = (signal: AbortSignal) => (signal.reason as Error).message;

describe('abortable', () => {
  it('settles as the work does while not cancelled', async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(abortable(Promise.reject(new Error('printer gone')), controller.signal)).rejects.toThrow('printer gone');
  });

  it('rejects with the cancellation at once, without waiting for the work', async () => {
    const controller = new AbortController();
    const waiting = abortable(never(), controller.signal);
    controller.abort(new JobCancelled(EXPORT_CANCELLED));
    await expect(waiting).rejects.toThrow(EXPORT_CANCELLED);
    const before = new AbortController();
    before.abort();
    await expect(abortable(never(), before.signal)).rejects.toBeInstanceOf(JobCancelled);
  });
});

describe('exportJobs', () => {
  it('cancels the export running, and says whether there was one', () => {
    const jobs = exportJobs();
    expect(jobs.cancel()).toBe(false);
    const job = jobs.begin();
    expect(jobs.running()).toBe(true);
    expect(jobs.cancel()).toBe(true);
    expect(job.signal.aborted).toBe(true);
    expect(reasonOf(job.signal)).toBe(EXPORT_CANCELLED);
    expect(jobs.running()).toBe(false);
  });

  it('supersedes the export running with a newer one, whose end alone ends the running', () => {
    const jobs = exportJobs();
    const older = jobs.begin();
    const newer = jobs.begin();
    expect(reasonOf(older.signal)).toBe(EXPORT_SUPERSEDED);
    expect(newer.signal.aborted).toBe(false);
    older.end();
    expect(jobs.running()).toBe(true);
    newer.end();
    expect(jobs.running()).toBe(false);
    expect(jobs.cancel()).toBe(false);
    expect(newer.signal.aborted).toBe(false);
  });
});

describe('a write cancelled', () => {
  const temps = (dir: string) => readdirSync(dir).filter((n) => n.includes('.rc-tmp-'));

  it('before it starts writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-job-'));
    const controller = new AbortController();
    controller.abort(new JobCancelled());
    const written = await writeAtomically(join(dir, 'r.pdf'), 'x', 'r.pdf', { signal: controller.signal });
    expect(written).toEqual({ ok: false, code: 'cancelled', message: 'r.pdf: cancelled; nothing was written there' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('while it writes removes its temporary file and leaves the file there as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-job-'));
    const target = join(dir, 'report.pdf');
    writeFileSync(target, 'the previous report');
    const controller = new AbortController();
    // cancelled the moment its temporary file appears, while 64 MB are being written to it
    const watcher = watch(dir, (_, name) => {
      if (String(name).startsWith('.report.pdf.rc-tmp-')) controller.abort(new JobCancelled());
    });
    const written = await writeAtomically(target, new Uint8Array(64 << 20).fill(37), 'report.pdf', { signal: controller.signal });
    watcher.close();
    expect(controller.signal.aborted).toBe(true);
    expect(written).toMatchObject({ ok: false, code: 'cancelled' });
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(temps(dir)).toEqual([]);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the browser printer cancelled', () => {
  it('closes the page it prints in and rejects at once', async () => {
    const browser = await launch();
    try {
      const controller = new AbortController();
      const settings = printSettings({ pageSize: 'A4' }, { app: 'Readout Compare test', generated: '2026-12-06 19:00 UTC' });
      const html = `<!DOCTYPE html><title>long</title>${'<p>A long report paragraph to lay out and print.</p>'.repeat(20_000)}`;
      const printing = printWith(browser)(html, settings, controller.signal);
      setTimeout(() => controller.abort(new JobCancelled(EXPORT_CANCELLED)), 100);
      const started = Date.now();
      await expect(printing).rejects.toThrow(EXPORT_CANCELLED);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(browser.contexts()).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
