/**
 * The main side's document session as a state machine: a pure function from
 * (state, event) to (state, effects), in the style of renderer/state/view.ts. It
 * holds what the handlers (handlers.ts) used to keep in a closure: the numbering of
 * requests (latest wins, shared/ipc/latest.ts), the comparison shown at start and the
 * notice that goes with it, the article analysed after its comparison, and a readout
 * kept for a pairing in its language. The handlers carry out the effects (read,
 * compare, save, send); the documents themselves live in comparison-file.ts.
 *
 *   start:  waiting ──prefetch / system-open──▶ prepared ──initial──▶ asked
 *           waiting ──────────────initial───────────────────────────▶ asked
 */
import { begin, isLatest, NO_REQUESTS, type Requests } from '../../shared/ipc/latest';

/** Where the comparison shown at start is. */
export type StartPhase =
  /** Nothing asked or prepared yet. */
  | { phase: 'waiting' }
  /** Being prepared (prefetched, or a file the system opens before the page asked): `initial` answers it. */
  | { phase: 'prepared' }
  /** The page asked for it: later files the system opens are opened now and sent. */
  | { phase: 'asked' };

/** A readout refused for its language, kept (for the comparison `document` on screen) until one in its language comes on the other side. */
export interface Held<R> {
  side: 'a' | 'b';
  readout: R;
  document: number | null;
}

export interface SessionState<R> {
  requests: Requests;
  start: StartPhase;
  /** Said with the first comparison `initial` answers, then forgotten. */
  startNotice: string | null;
  /** The comparison answered with `articlePending`, whose article is being analysed. */
  pendingArticle: { document: number } | null;
  held: Held<R> | null;
}

export type SessionEvent<R> =
  /** A request that may change the comparison on screen begins. */
  | { type: 'begin' }
  /** Main prepares the comparison shown at start ahead of the page's request; with `file`, that comparison file. */
  | { type: 'prefetch'; file?: string }
  /** The page asks for the comparison shown at start; `onScreen` when main holds one (a reload). */
  | { type: 'initial'; onScreen: boolean }
  /** The system asks to open a comparison file (double-clicked, a second launch). */
  | { type: 'system-open'; path: string }
  /** Comparison `document` was answered before its article: the article is analysed next. */
  | { type: 'defer-article'; document: number }
  /** The page asks for the article of comparison `document`. */
  | { type: 'ask-article'; document: number }
  /** A readout refused for its language is kept. */
  | { type: 'hold'; held: Held<R> }
  /** A readout comes on `side` of comparison `document`: the one kept on the other side, if any, is taken (and forgotten either way). */
  | { type: 'take-held'; side: 'a' | 'b'; document: number | null };

export type SessionEffect<R> =
  /** Stop the work of every request numbered below `request` (they can no longer take the screen). */
  | { type: 'supersede'; request: number }
  /** Start the comparison shown at start (restore, else the default sample; `file` over it), kept as the prepared answer. */
  | { type: 'prepare-start'; file?: string }
  /** Open `path` over the prepared answer, which it replaces. */
  | { type: 'prepare-over'; path: string }
  /** Answer the prepared start. */
  | { type: 'answer-prepared' }
  /** Answer the comparison on screen computed again with the work main holds. */
  | { type: 'answer-reload' }
  /** Answer a fresh start. */
  | { type: 'answer-start' }
  /** Add `notice` to the answer. */
  | { type: 'notice'; notice: string }
  /** Open `path` now and answer it (for main to send to the window). */
  | { type: 'open-now'; path: string }
  /** Answer the article being analysed. */
  | { type: 'answer-article' }
  /** Answer: nothing pending. */
  | { type: 'answer-none' }
  /** Compare the readout that came with `readout`, kept on the other side. */
  | { type: 'pair'; readout: R };

export interface Step<R> {
  state: SessionState<R>;
  effects: Array<SessionEffect<R>>;
}

export function initialSession<R>(startNotice: string | null = null): SessionState<R> {
  return { requests: NO_REQUESTS, start: { phase: 'waiting' }, startNotice, pendingArticle: null, held: null };
}

/** The number of the request `begin` just made. */
export const currentRequest = (state: SessionState<unknown>): number => state.requests.started;

/** Whether request `request`'s answer may take the screen. */
export const mayShow = (state: SessionState<unknown>, request: number): boolean => isLatest(state.requests, request);

export function sessionStep<R>(state: SessionState<R>, event: SessionEvent<R>): Step<R> {
  switch (event.type) {
    case 'begin': {
      const requests = begin(state.requests);
      return { state: { ...state, requests }, effects: [{ type: 'supersede', request: requests.started }] };
    }
    case 'prefetch':
      // Used once: a second prefetch, or one after the page asked, changes nothing.
      if (state.start.phase !== 'waiting') return { state, effects: [] };
      return { state: { ...state, start: { phase: 'prepared' } }, effects: [{ type: 'prepare-start', file: event.file }] };
    case 'initial': {
      const answer: SessionEffect<R> = state.start.phase === 'prepared' ? { type: 'answer-prepared' } : event.onScreen ? { type: 'answer-reload' } : { type: 'answer-start' };
      const notice: Array<SessionEffect<R>> = state.startNotice ? [{ type: 'notice', notice: state.startNotice }] : [];
      return { state: { ...state, start: { phase: 'asked' }, startNotice: null }, effects: [answer, ...notice] };
    }
    case 'system-open':
      if (state.start.phase === 'asked') return { state, effects: [{ type: 'open-now', path: event.path }] };
      // Not shown yet: it becomes the comparison shown at start, over whatever start was preparing.
      if (state.start.phase === 'prepared') return { state, effects: [{ type: 'prepare-over', path: event.path }] };
      return { state: { ...state, start: { phase: 'prepared' } }, effects: [{ type: 'prepare-start', file: event.path }] };
    case 'defer-article':
      return { state: { ...state, pendingArticle: { document: event.document } }, effects: [] };
    case 'ask-article':
      return { state, effects: [state.pendingArticle?.document === event.document ? { type: 'answer-article' } : { type: 'answer-none' }] };
    case 'hold':
      return { state: { ...state, held: event.held }, effects: [] };
    case 'take-held': {
      const held = state.held;
      const kept = held && held.side !== event.side && held.document === event.document ? held.readout : null;
      return { state: { ...state, held: null }, effects: kept === null ? [] : [{ type: 'pair', readout: kept }] };
    }
  }
}
