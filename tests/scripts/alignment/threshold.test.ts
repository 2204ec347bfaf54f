import { describe, expect, it } from 'vitest';
import { smoothedArgmax } from '../../../scripts/alignment/cv';

describe('the link threshold chosen over a window of neighbours (smoothedArgmax)', () => {
  it('prefers a broad plateau to a lone spike that one link more or less makes', () => {
    // Invented objective values over eleven thresholds: a spike at 2, a plateau around 7.
    const values = [0.60, 0.62, 0.80, 0.62, 0.60, 0.70, 0.74, 0.75, 0.74, 0.70, 0.60];
    expect(smoothedArgmax(values, 0)).toBe(2);
    expect(smoothedArgmax(values, 2)).toBe(7);
  });

  it('averages over fewer neighbours at the ends, and takes the lower index on a tie', () => {
    expect(smoothedArgmax([0.9, 0.5, 0.5, 0.5], 1)).toBe(0);
    expect(smoothedArgmax([0.5, 0.7, 0.7, 0.5], 1)).toBe(1);
  });
});
