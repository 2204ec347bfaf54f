/**
 * What cancels the work of each request main has begun, as a state machine: a pure
 * `workStep(state, event) → { state, effects }` in the style of session.ts. Each request
 * that may change the screen starts work with a controller (an `AbortController` in the
 * app, anything in the tests); a newer request supersedes the older ones (their work is
 * aborted and forgotten), and Cancel aborts the latest one's. The shell
 * (session-shell.ts) carries out the `abort` effects.
 */

/** A request's number (session.ts's `currentRequest`) and what cancels its work. */
export interface LiveWork<C> {
  request: number;
  controller: C;
}

/** The work of the requests not yet superseded (the latest, and any still finishing), oldest first. */
export interface WorkState<C> {
  live: ReadonlyArray<LiveWork<C>>;
}

export type WorkEvent<C> =
  /** Request `request` began its work, which `controller` cancels. */
  | { type: 'started'; request: number; controller: C }
  /** Request `request` began: the work of every request numbered below it can no longer take the screen. */
  | { type: 'supersede'; request: number }
  /** The analyst cancels the work of request `request` (the latest): Escape, or the Cancel button. */
  | { type: 'cancel'; request: number };

/** Abort the work `controller` cancels: `superseded` by a later request, or `cancelled` by the analyst. */
export interface WorkEffect<C> {
  type: 'abort';
  controller: C;
  why: 'superseded' | 'cancelled';
}

export interface WorkStep<C> {
  state: WorkState<C>;
  effects: Array<WorkEffect<C>>;
}

/** No work begun. */
export const NO_WORK: WorkState<never> = { live: [] };

export function workStep<C>(state: WorkState<C>, event: WorkEvent<C>): WorkStep<C> {
  switch (event.type) {
    case 'started':
      return { state: { live: [...state.live.filter((w) => w.request !== event.request), { request: event.request, controller: event.controller }] }, effects: [] };
    case 'supersede': {
      const older = state.live.filter((w) => w.request < event.request);
      return {
        state: { live: state.live.filter((w) => w.request >= event.request) },
        effects: older.map((w) => ({ type: 'abort', controller: w.controller, why: 'superseded' })),
      };
    }
    case 'cancel': {
      // cancelled, not forgotten: a later request still supersedes it (its controller is aborted once more, to no effect)
      const work = state.live.find((w) => w.request === event.request);
      return { state, effects: work ? [{ type: 'abort', controller: work.controller, why: 'cancelled' }] : [] };
    }
  }
}
