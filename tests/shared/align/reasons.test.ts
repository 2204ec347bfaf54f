import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { segmentSentences } from '../../../shared/text/segment';

const readout = (text: string, side: 'a' | 'b' = 'a') => ({ sentences: segmentSentences(text, side), language: 'en' });

describe('reason labels', () => {
  it('keep a name and a place as written, and a common word in lower case', () => {
    const a = readout('Minister Oksana Hrytsenko raised the Danube barges in the UN Security Council.');
    const b = readout('Barges on the Danube were raised by Hrytsenko at the UN Security Council.', 'b');
    const links = align(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
    const labels = links.flatMap((l) => l.reasons.map((r) => r.label));
    expect(labels).toEqual(expect.arrayContaining(['Hrytsenko', 'Security Council', 'barges']));
    expect(labels).not.toContain('hrytsenko');
    expect(labels).not.toContain('Security council');
  });
});
