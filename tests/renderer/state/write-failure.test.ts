import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW, viewReducer, writeFailureOffer } from '../../../renderer/state/view';

describe('what the banner of a failed save or export offers', () => {
  it('offers Replace it for a save refused over a damaged, newer or foreign file', () => {
    for (const code of ['damaged', 'newer', 'not-readouts']) expect(writeFailureOffer('save', code)).toBe('replace');
  });

  it('offers another name for a read-only file, for a save and each export', () => {
    expect(writeFailureOffer('save', 'read-only')).toBe('save-as');
    expect(writeFailureOffer('export-annotations', 'read-only')).toBe('export-annotations-as');
    expect(writeFailureOffer('export-report', 'read-only')).toBe('export-report-as');
  });

  it('offers nothing for other failures, nor Replace it for an export', () => {
    expect(writeFailureOffer('save', 'unwritable')).toBeUndefined();
    expect(writeFailureOffer('export-annotations', 'damaged')).toBeUndefined();
    expect(writeFailureOffer('export-report', 'unwritable')).toBeUndefined();
  });

  it('drops the banner of a failed export once an export is written', () => {
    const failed = viewReducer(INITIAL_VIEW, { type: 'failed', message: 'x.csv: cannot save (the file is read-only): choose another name', offer: 'export-annotations-as' });
    expect(failed.errorOffer).toBe('export-annotations-as');
    const done = viewReducer(failed, { type: 'exported', message: 'Exported 2 annotations to y.csv' });
    expect(done).toMatchObject({ error: null, errorOffer: null, status: 'Exported 2 annotations to y.csv' });
  });
});
