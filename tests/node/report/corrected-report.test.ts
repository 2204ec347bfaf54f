import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadoutsFile } from '../../../shared/file/readouts-file';
import { renderReport } from '../../../shared/report/report';
import { reportInputFromFile } from '../../../node/report/export';
import { loadResources } from '../../../node/resources';

const PATH = join(__dirname, '../../fixtures/corrected.readouts');
const OPTIONS = { pageSize: 'A4', rows: 'all', annotations: true, claims: true } as const;

async function report(corrections: boolean): Promise<string> {
  const parsed = parseReadoutsFile(readFileSync(PATH, 'utf8'), 'corrected.readouts');
  if (!parsed.ok) throw new Error(parsed.message);
  const file = corrections ? parsed.file : { ...parsed.file, corrections: [] };
  const input = await reportInputFromFile(file, 'corrected.readouts', loadResources(), { app: 'Readout Compare test', generated: new Date(0) });
  return renderReport(input, OPTIONS);
}

/** The text of the report's row numbered `n` (its number cell and both sides). */
const row = (html: string, n: string) => html.match(new RegExp(`<tr class="row [^"]*" id="row-${n}">([\\s\\S]*?)</tr>`))?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') ?? '';

describe('the report of a corrected comparison (tests/fixtures/corrected.readouts)', () => {
  // Rows keep the aligner's numbers (stable row numbers, docs/corrections.md): the unlinked a3–b3
  // row 4 splits into b3's row "4" and a3's "4b".
  it('follows the analyst: a1 and b2 share a row marked as linked by the analyst, b3 is alone and unlinked, a2 is checked', async () => {
    const html = await report(true);
    expect(row(html, '1')).toMatch(/^ 1 linked by analyst a1 .* b1 .* b2 They discussed/);
    // Unlinked, not checked: the row says only what the analyst said (tester 9, V5).
    expect(row(html, '4')).toMatch(/^ 4 unlinked by analyst not the same point as Downing Street a3 b3 President Trump stated/);
    expect(row(html, '3')).toMatch(/^ 3 checked by analyst a2 The Prime Minister set out/);
    expect(row(html, '4b')).toMatch(/^ 4b a3 President Trump said/);
    expect(html).toMatch(/Closest in Downing Street: a3 \(row 4b\), score 0\.30, link confidence \d\.\d\d, unlinked by the analyst/);
  });

  it('says in the legend which rows the analyst corrected', async () => {
    const html = await report(true);
    expect(html).toMatch(/The analyst corrected the aligner's pairing; .*“linked by analyst”: the analyst linked statements the aligner had left apart \(row 1\); “unlinked by analyst”: .*\(row 4\); “checked by analyst”: .*\(row 3\)/);
  });

  it('counts as the analyst does: one more row in a group, other coverage', async () => {
    const [machine, corrected] = [await report(false), await report(true)];
    const summary = (html: string) => html.match(/<section class="summary"[\s\S]*?<\/section>/)![0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(summary(machine)).toContain('covered by White House 64%');
    // b3 (unlinked) counted out, b2 (linked) counted in: the White House's coverage changes.
    expect(summary(machine)).toMatch(/White House: covered by Downing Street 82%/);
    expect(summary(corrected)).toMatch(/White House: covered by Downing Street 77%/);
    expect(summary(machine)).toMatch(/Matched rows 2 \(1 with typed differences; 4 links/);
    expect(machine).not.toContain('linked by analyst');
    expect(machine).not.toContain('The analyst corrected');
  });
});
