/**
 * "Latest request wins", written once for the renderer and main: requests that may
 * change the comparison on screen are numbered as they begin, and only the answer to
 * the latest one begun may take the screen. An earlier answer arriving later never
 * replaces a newer comparison, and since both sides apply the same rule, main keeps
 * on screen exactly what the window shows.
 */

/** The requests begun so far. */
export interface Requests {
  /** The number of the last request begun (0: none). */
  readonly started: number;
}

export const NO_REQUESTS: Requests = { started: 0 };

/** A new request begun: its number is the new state's `started`. */
export function begin(requests: Requests): Requests {
  return { started: requests.started + 1 };
}

/** Whether the answer to request `request` may take the screen (no later request has begun). */
export function isLatest(requests: Requests, request: number): boolean {
  return request === requests.started;
}
