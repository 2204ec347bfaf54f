/** What "probably" has meant in measurement, said where the hedge is (tester 10, T4), from a figure kept as data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import calibration from '../../../shared/align/data/hedge-calibration.json';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { compare } from '../../../shared/compare/compare';
import { hedgeMeasured, probablyMeasured } from '../../../shared/compare/wording';
import type { SourceDoc } from '../../../shared/model/types';
import { rowKindLabel } from '../../../shared/view/row-certainty';
import { buildRows } from '../../../shared/view/rows';

const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const doc = (file: string, label: string, text: string): SourceDoc => ({ file, meta: meta(label), text });

describe('the measured meaning of "probably"', () => {
  it('is worded from the data file, which names its command, and agrees with docs/alignment.md', () => {
    const { oneSided, statements } = calibration.probably;
    expect(calibration.command).toBe('npm run eval:alignment');
    expect(probablyMeasured()).toBe(`in cross-validation, ${oneSided} of ${statements} statements worded “probably only in”, about ${Math.round((10 * oneSided) / statements)} in 10, were one-sided`);
    const docs = readFileSync(join(__dirname, '../../../docs/alignment.md'), 'utf8');
    expect(docs).toContain(`statements: ${oneSided} of ${statements} one-sided`);
  });

  it('is said only for a "probably" wording', () => {
    expect(hedgeMeasured('probably only in Riga')).toBe(probablyMeasured());
    expect(hedgeMeasured('possibly only in Riga')).toBeNull();
    expect(hedgeMeasured('only in Riga')).toBeNull();
    expect(hedgeMeasured(undefined)).toBeNull();
  });

  // At the merge: the measured sentence is the caption's title and the PDF legend's (60 words), not repeated in
  // every hedged row's spoken label.
  it('is not repeated in a row\'s spoken label, "probably" or not', () => {
    const c = compare(
      doc('a.txt', 'Oslo', 'The ministers met in Bergen on Tuesday. They agreed to keep the ferry running.'),
      doc('b.txt', 'Riga', 'The ministers met in Bergen on Tuesday. Riga asked for a study of herring quotas in the Baltic.'),
      NO_RESOURCES,
    );
    const rows = buildRows(c).filter((r) => r.kind !== 'matched' && /^probably /u.test(r.wording ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of buildRows(c)) expect(rowKindLabel(r, c)).not.toContain('cross-validation');
  });
});
