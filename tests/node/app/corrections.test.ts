import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../node/app/handlers';
import { parseReadoutsFile, serializeReadoutsFile } from '../../../shared/file/readouts-file';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'corrected.readouts');
const temp = () => mkdtempSync(join(tmpdir(), 'corrections-'));
const handlersOn = (userData: string) => createHandlers({ assetsDir: join(ROOT, 'assets'), userData, autosaveDelayMs: 10 });

describe('corrections in main (open, save, autosave, an edited text)', () => {
  it('opens a corrected comparison with its corrections anchored, and saves them back as they were', async () => {
    const handlers = handlersOn(temp());
    const r = await handlers.openComparisonFile(FIXTURE);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.corrections?.map((c) => [c.op, c.a?.sentence ?? null, c.b?.sentence ?? null, c.status])).toEqual([
      ['link', 'a1', 'b2', 'anchored'], ['unlink', 'a3', 'b3', 'anchored'], ['confirm', 'a2', null, 'anchored'],
    ]);
    // main sends the aligner's comparison: the renderer applies the corrections
    expect(r.value.comparison.pairs.map((p) => `${p.a[0]}-${p.b[0]}`)).toContain('a3-b3');
    const out = join(temp(), 'again.readouts');
    const edits = { annotations: r.value.annotations, labels: r.value.labels, manualLinks: [], corrections: r.value.corrections };
    const saved = await handlers.saveComparison({ document: r.value.document, edits, mode: 'save-as' }, async () => out);
    expect(saved.ok).toBe(true);
    const file = parseReadoutsFile(readFileSync(out, 'utf8'), out);
    expect(file.ok && file.file.corrections).toEqual(r.value.corrections);
  });

  it('keeps a correction whose sentence was edited away as an orphan, says so, and never moves it', async () => {
    const parsed = parseReadoutsFile(readFileSync(FIXTURE, 'utf8'), 'corrected.readouts');
    if (!parsed.ok) throw new Error(parsed.message);
    const a = parsed.file.sources.a;
    const edited = { ...parsed.file, sources: { ...parsed.file.sources, a: { ...a, text: a.text.replace(/^The Prime Minister spoke to President Trump[^\n]*\n\n/, '') } } };
    const path = join(temp(), 'edited.readouts');
    writeFileSync(path, serializeReadoutsFile(edited));
    const r = await handlersOn(temp()).openComparisonFile(path);
    if (!r.ok) throw new Error(r.error.message);
    const link = r.value.corrections!.find((c) => c.op === 'link')!;
    expect(link).toEqual({ ...parsed.file.corrections[0], status: 'orphan' });
    // the others followed their sentences, which are now a1 and a2
    expect(r.value.corrections!.filter((c) => c.status === 'anchored').map((c) => c.a?.sentence)).toEqual(['a2', 'a1']);
    expect(r.value.notices.map((n) => n.text).join(' ')).toContain('1 correction of the pairing could not be found in the current text');
  });

  it('counts corrections as work to keep: a comparison with only corrections is autosaved with them', async () => {
    const userData = temp();
    const handlers = handlersOn(userData);
    const r = await handlers.openComparisonFile(FIXTURE);
    if (!r.ok) throw new Error(r.error.message);
    handlers.autosave({ document: r.value.document, edits: { annotations: [], labels: r.value.labels, manualLinks: [], corrections: r.value.corrections!.slice(0, 1) } });
    await handlers.flush();
    const autosaved = parseReadoutsFile(readFileSync(join(userData, 'autosave.readouts'), 'utf8'), 'autosave');
    expect(autosaved.ok && autosaved.file.corrections.map((c) => c.op)).toEqual(['link']);
  });
});
