import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadoutsFile, serializeReadoutsFile } from '../../../shared/file/readouts-file';
import { makeCorrectedFixture } from '../../../scripts/make-corrected-fixture';

const TEXT = readFileSync(join(__dirname, '../../fixtures/corrected.readouts'), 'utf8');

describe('the corrected example (tests/fixtures/corrected.readouts)', () => {
  it('is what scripts/make-corrected-fixture.ts makes now, and is written as the app writes it', async () => {
    const parsed = parseReadoutsFile(TEXT, 'corrected.readouts');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(serializeReadoutsFile(parsed.file)).toBe(TEXT);
    expect(serializeReadoutsFile(await makeCorrectedFixture())).toBe(TEXT);
  });

  it('holds a link added, a link removed and an omission confirmed, each on its sentence’s quote', () => {
    const parsed = parseReadoutsFile(TEXT, 'corrected.readouts');
    if (!parsed.ok) throw new Error(parsed.message);
    const list = parsed.file.corrections.map((c) => [c.op, c.a?.sentence ?? null, c.b?.sentence ?? null, c.status]);
    expect(list).toEqual([['link', 'a1', 'b2', 'anchored'], ['unlink', 'a3', 'b3', 'anchored'], ['confirm', 'a2', null, 'anchored']]);
    expect(parsed.file.corrections[0]!.b!.quote.exact).toMatch(/^They discussed the United Kingdom’s investigation/);
  });
});
