/**
 * What main sends before the page listens (a file the system opens during start-up,
 * sent over `comparisonLoaded` while the page's React effect has not subscribed yet) is
 * not lost: the preload listens from the start, keeps the latest message while no one
 * listens, and gives it to the first listener (electron/preload.ts). A pure state
 * machine, in the style of node/app/session.ts.
 *
 *   no listener ──arrive──▶ held (the latest) ──listen──▶ delivered to that listener
 *   listening   ──arrive──▶ delivered to every listener
 */

export interface RelayState<T> {
  listeners: number;
  /** The latest message sent while no one listened (only the latest: a later comparison replaces an earlier one on screen anyway). */
  held: { payload: T } | null;
}

export type RelayEvent<T> =
  /** A message comes from main. */
  | { type: 'arrive'; payload: T }
  /** A listener subscribes. */
  | { type: 'listen' }
  /** A listener unsubscribes. */
  | { type: 'unlisten' };

export interface RelayStep<T> {
  state: RelayState<T>;
  /** What to deliver: after `arrive`, to every listener; after `listen`, to the new listener. */
  deliver: T[];
}

export const NO_LISTENER: RelayState<never> = { listeners: 0, held: null };

export function relayStep<T>(state: RelayState<T>, event: RelayEvent<T>): RelayStep<T> {
  switch (event.type) {
    case 'arrive':
      if (state.listeners > 0) return { state, deliver: [event.payload] };
      return { state: { ...state, held: { payload: event.payload } }, deliver: [] };
    case 'listen':
      return { state: { listeners: state.listeners + 1, held: null }, deliver: state.held === null ? [] : [state.held.payload] };
    case 'unlisten':
      return { state: { ...state, listeners: Math.max(0, state.listeners - 1) }, deliver: [] };
  }
}
