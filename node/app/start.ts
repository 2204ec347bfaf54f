/**
 * The samples and the comparison shown at start, for the handlers (handlers.ts): the
 * embedded samples listed and opened, the comparison last on screen restored from the
 * autosave (else the default sample), a comparison file the app was launched to open over
 * it, and the session's start effects (session.ts) carried out.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LoadedComparison, Result, SampleInfo } from '../../shared/ipc/contract';
import { loadMetaFile, type MetaFile } from '../meta';
import { compareFiles } from './compare-sources';
import { fail, guarded, type HandlerContext } from './handler-context';
import { withNotice } from './notices';
import type { SessionEffect } from './session';
import type { Loaded } from './session-shell';

/** The sample shown at first start: the 18 March 2025 Trump–Putin call. */
export const DEFAULT_SAMPLE = '2025-03-18-trump-putin';

async function readSampleMeta(ctx: HandlerContext, id: string): Promise<MetaFile | null> {
  const loaded = await loadMetaFile(join(ctx.samplesDir, id, 'meta.json'));
  return loaded.ok ? loaded.metaFile : null;
}

/** The embedded samples with two readouts, by id. */
export async function listSamples(ctx: HandlerContext): Promise<Result<SampleInfo[]>> {
  let ids: string[];
  try {
    ids = (await readdir(ctx.samplesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return fail('not-found', `The samples folder ${ctx.samplesDir} is missing.`);
  }
  const samples: SampleInfo[] = [];
  for (const id of ids) {
    const meta = await readSampleMeta(ctx, id);
    if (meta && (meta.readouts?.length ?? 0) >= 2) samples.push({ id, event: meta.event ?? id, date: meta.date ?? '' });
  }
  return { ok: true, value: samples };
}

/** The sample `id` compared (its article analysed after it with `deferArticle`). */
export async function openSample(ctx: HandlerContext, id: string, deferArticle = false): Promise<Result<LoadedComparison>> {
  const meta = await readSampleMeta(ctx, id);
  const [first, second] = meta?.readouts ?? [];
  if (!meta || !first || !second) return fail('not-found', `There is no sample called ${id}.`);
  const file = (name: string): string => join(ctx.samplesDir, id, name);
  return compareFiles(ctx, {
    a: file(first.file), b: file(second.file), about: { event: meta.event ?? null, date: meta.date ?? null, sample: id },
    article: meta.article ? file(meta.article.file) : undefined, deferArticle, precomputed: ctx.options.precomputedSamples === false ? undefined : join(ctx.samplesDir, id),
  });
}

/** Opens `file` over what `shown` answered (that comparison's unsaved work is kept aside); when it cannot be opened, `shown` with a notice saying why. */
async function openOver(ctx: HandlerContext, shown: Result<LoadedComparison> | null, file: string): Promise<Result<LoadedComparison>> {
  const opened = await ctx.files.openFile(file, ctx.session.begin());
  if (opened.ok || opened.error.code === 'cancelled') return opened;
  const why = { kind: 'app' as const, text: `${basename(file)} could not be opened: ${opened.error.message}` };
  if (shown?.ok) return withNotice(shown, why);
  return withNotice(await openSample(ctx, DEFAULT_SAMPLE, true), why);
}

/**
 * The comparison last on screen, restored from the autosave; else the default sample (with a notice when
 * the autosave could not be read). With `file`, that file over it (the restored work kept aside when unsaved).
 */
function startUp(ctx: HandlerContext, file?: string): Promise<Result<LoadedComparison>> {
  return guarded(async () => {
    const { restored, notice } = await ctx.files.restore(ctx.session.begin());
    if (file !== undefined) return withNotice(await openOver(ctx, restored, file), notice);
    if (restored) return restored;
    return withNotice(await openSample(ctx, DEFAULT_SAMPLE, true), notice);
  });
}

/**
 * Carries out the start's effects: prepares the comparison shown at start (kept by the
 * session's shell), or answers it; null when nothing is answered now (prepared for later).
 */
export function startAnswer(ctx: HandlerContext, effects: Array<SessionEffect<Loaded>>): Promise<Result<LoadedComparison>> | null {
  const { session, files } = ctx;
  let answer: Promise<Result<LoadedComparison>> | null = null;
  for (const effect of effects) {
    switch (effect.type) {
      case 'prepare-start': session.keepStart(startUp(ctx, effect.file)); break;
      case 'prepare-over': {
        const before = session.keptStart()!;
        session.keepStart(guarded(async () => openOver(ctx, await before, effect.path)));
        break;
      }
      case 'answer-prepared': answer = session.keptStart()!; session.keepStart(undefined); break;
      case 'answer-reload': answer = guarded(async () => (await files.reload(session.begin())) ?? startUp(ctx)); break;
      case 'answer-start': answer = startUp(ctx); break;
      case 'open-now': answer = guarded(() => files.openFile(effect.path, session.begin())); break;
      case 'notice': answer = answer!.then((r) => withNotice(r, { kind: 'app', text: effect.notice })); break;
    }
  }
  return answer;
}

/** The comparison `document` with its article once analysed (`articlePending`); null when it is no longer on screen. */
export async function pendingArticle(ctx: HandlerContext, document: number): Promise<Result<LoadedComparison | null>> {
  ctx.session.startArticle();
  const effects = ctx.session.step({ type: 'ask-article', document });
  const kept = ctx.session.articleAnswer();
  if (!effects.some((e) => e.type === 'answer-article') || !kept) return { ok: true, value: null };
  const answer = await kept;
  // Asked after another comparison replaced it: nothing to show.
  return answer.ok && ctx.files.currentDocument() !== document ? { ok: true, value: null } : answer;
}
