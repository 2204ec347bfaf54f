/**
 * A worker thread that compares readouts and analyses articles, so a long job never
 * blocks Electron's main process (and with it every window). It loads the aligner's
 * resources once and answers `{ id, a, b, article?, comparison? }` requests with
 * `{ id, ok, comparison, article }` or `{ id, ok: false, message }`. Spawned by
 * worker-comparer.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceDoc } from '../../shared/model/types';
import { loadResources } from '../resources';
import { runCompareJob } from './compare-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('compare-worker.ts runs as a worker thread only');

// Get ready as soon as the worker starts (the app starts it with the window): load the
// resources, compile the lexicon and warm the code on a two-sentence comparison, so all of
// it happens while the page loads rather than after the renderer asks. The article's
// analysis is not warmed here: at start it runs after the rows are shown (`articlePending`),
// and warming it first would only delay them. A failure here is left for the real request.
const warmDoc = (text: string): SourceDoc => ({
  file: 'warm-up', text,
  meta: { label: 'warm-up', complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null },
});
try {
  runCompareJob(warmDoc('The leaders agreed on a ceasefire. They will stay in touch.'), warmDoc('Both sides agreed to a truce and to remain in contact.'), {}, loadResources());
} catch {
  // reported by the request that meets it
}

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { id, a, b, ...options } = request;
    reply = { id, ok: true, ...runCompareJob(a, b, options, loadResources()) };
  } catch (e) {
    reply = { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
