import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSAVED_DIR } from '../../../node/app/comparison-file';
import { createHandlers, DEFAULT_SAMPLE, type MainHandlers } from '../../../node/app/handlers';
import { createAnnotation, passageAt } from '../../../shared/annotations/model';
import type { ComparisonEdits, LoadedComparison, Result } from '../../../shared/ipc/contract';

// Files the system opens with the app (a double-click, a launch with a path), the
// notice of settings that could not be read, and the page asking again after a reload.
const assetsDir = join(__dirname, '..', '..', '..', 'assets');
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'annotated.readouts');
const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));
const NOW = new Date('2025-03-20T10:11:12.000Z');

function handlersFor(userData?: string, startNotice?: string): MainHandlers {
  return createHandlers({ assetsDir, userData, appVersion: '0.1.0', now: () => NOW, autosaveDelayMs: 10, startNotice });
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** One annotation on the first sentence of readout A. */
function work(loaded: LoadedComparison): ComparisonEdits {
  const a1 = loaded.comparison.a.sentences[0]!;
  const annotation = createAnnotation({ id: 'ann-1', now: '2025-03-19T09:00:00.000Z', label: 'note', note: 'Kept?', target: { kind: 'passage', ...passageAt('a', loaded.a.text, a1.start, a1.end) } });
  return { annotations: [annotation], labels: loaded.labels, manualLinks: [] };
}

describe('the page asking for the comparison again (a reload after a crash)', () => {
  it('gets the comparison on screen with the work main holds, not the sample afresh', async () => {
    const h = handlersFor(); // no userData: nothing on disk to restore from
    const shown = value(await h.initial());
    const edits = work(shown);
    value(await h.autosave({ document: shown.document, edits }));
    const again = value(await h.initial());
    expect(again.annotations).toEqual(edits.annotations);
    expect(again).toMatchObject({ sample: DEFAULT_SAMPLE, path: null, unsaved: true, event: shown.event });
    expect(again.a.text).toBe(shown.a.text);
    expect(again.article).not.toBeNull();
    // the new answer is the document now: work reported for it is accepted, for the old one refused
    expect(again.document).not.toBe(shown.document);
    expect(value(await h.autosave({ document: again.document, edits }))).toBeNull();
    expect(await h.autosave({ document: shown.document, edits })).toMatchObject({ ok: false, error: { code: 'stale' } });
  });

  it('keeps the file the work belongs to and that it is saved there', async () => {
    const h = handlersFor();
    const opened = value(await h.openComparisonFile(FIXTURE));
    const again = value(await h.initial());
    expect(again).toMatchObject({ path: FIXTURE, unsaved: false });
    expect(again.annotations).toEqual(opened.annotations);
  });
});

describe('a comparison file the app is launched to open', () => {
  it('is shown at start instead of the last comparison, whose unsaved work is kept aside', async () => {
    const userData = temp('userdata');
    const first = handlersFor(userData);
    const shown = value(await first.initial());
    value(await first.autosave({ document: shown.document, edits: work(shown) }));
    await first.flush();

    const second = handlersFor(userData);
    second.prefetchInitial(FIXTURE);
    const started = value(await second.initial());
    expect(started.path).toBe(FIXTURE);
    expect(started.annotations.length).toBeGreaterThan(0);
    const kept = readdirSync(join(userData, UNSAVED_DIR));
    expect(kept).toHaveLength(1);
    expect(started.notices.map((n) => n.text).join(' ')).toContain(join(userData, UNSAVED_DIR, kept[0]!));
  });

  it('that cannot be opened leaves the usual start, with a notice naming the file and the problem', async () => {
    const h = handlersFor(temp('userdata'));
    h.prefetchInitial(join(temp('files'), 'gone.readouts'));
    const started = value(await h.initial());
    expect(started.sample).toBe(DEFAULT_SAMPLE);
    expect(started.notices.map((n) => n.kind)).toEqual(['app']);
    expect(started.notices[0]!.text).toMatch(/^gone\.readouts could not be opened: .*gone\.readouts/);
  });
});

describe('openFromSystem', () => {
  it('before the page asked, makes the file the comparison shown at start', async () => {
    const h = handlersFor();
    h.prefetchInitial();
    expect(h.openFromSystem(FIXTURE)).toBeNull();
    expect(value(await h.initial()).path).toBe(FIXTURE);
  });

  it('after the page asked, opens the file now for main to send', async () => {
    const h = handlersFor();
    value(await h.initial());
    const answer = h.openFromSystem(FIXTURE);
    expect(answer).not.toBeNull();
    expect(value(await answer!).path).toBe(FIXTURE);
  });

  it('answers a file that cannot be opened with an error naming it', async () => {
    const h = handlersFor();
    value(await h.initial());
    const missing = join(temp('files'), 'missing.readouts');
    const answer = await h.openFromSystem(missing)!;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toContain('missing.readouts');
  });
});

describe('the start notice', () => {
  it('comes with the first comparison shown, once', async () => {
    const h = handlersFor(undefined, 'Your settings could not be read.');
    expect(value(await h.initial()).notices).toEqual([{ kind: 'app', text: 'Your settings could not be read.' }]);
    expect(value(await h.initial()).notices).toEqual([]);
  });
});
