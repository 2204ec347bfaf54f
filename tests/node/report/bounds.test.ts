import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_ANNOTATIONS, writeReport } from '../../../node/report/export';
import { annotatedInput } from '../../report-inputs';

describe('a PDF report with more annotations than it can print in time (issue 15, item 10)', () => {
  // A 100,000-annotation file exported with --pdf ran past 600 s: past the bound, nothing is printed or written.
  it('is refused at once, naming the file and the count, and pointing to the other exports', async () => {
    const input = await annotatedInput();
    const one = input.annotations[0]!;
    const annotations = Array.from({ length: MAX_REPORT_ANNOTATIONS + 1 }, (_, i) => ({ ...one, id: `${one.id}-${i}` }));
    const pdf = join(mkdtempSync(join(tmpdir(), 'bounds-')), 'report.pdf');
    const printed: string[] = [];
    const written = await writeReport({ ...input, annotations }, { pageSize: 'A4', rows: 'all', annotations: true, claims: true }, { pdf }, async (html) => {
      printed.push(html);
      return new Uint8Array();
    });
    expect(written).toEqual({ ok: false, code: 'failed', paths: [], message: `${pdf}: 5,001 annotations are more than a PDF report takes (5,000); export them as CSV, JSON-LD or Markdown, or leave them out of the report. Nothing was written there` });
    expect(printed).toEqual([]);
  });
});
