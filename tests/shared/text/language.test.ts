/** The primary subtag of a language tag, on the fast path (a bare lower-case subtag) and off it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryLanguage } from '../../../shared/text/language';

/** The rule as documented, with no fast path. */
const reference = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] || 'und';

describe('primaryLanguage', () => {
  it('gives the lower-case primary subtag, "und" when there is none', () => {
    const cases: Array<[string, string]> = [['en', 'en'], ['ru', 'ru'], ['fil', 'fil'], ['EN', 'en'], ['en-GB', 'en'], ['pt_BR', 'pt'], [' de ', 'de'], ['', 'und'], ['-x', 'und'], ['e', 'e'], ['engl', 'engl']];
    for (const [tag, primary] of cases) expect(primaryLanguage(tag)).toBe(primary);
  });

  it('answers every tag as the documented rule does', () => {
    const tags = fc.string({ unit: fc.constantFrom('e', 'n', 'E', '-', '_', ' ', 'z', 'é'), maxLength: 5 });
    fc.assert(fc.property(tags, (tag) => primaryLanguage(tag) === reference(tag)), { numRuns: 3000 });
  });
});
