/**
 * The comparison shown at start, asked of main as soon as the page's script starts to run:
 * main.tsx imports this module first, so the question's round trip to main overlaps the
 * evaluation of the rest of the script (React, the app) and React's first render, instead of
 * following them (docs/ARCHITECTURE.md, "First paint"). The window's session takes the
 * answer for its first `initial()` (hooks/useMainSession.ts).
 */
import type { ReadoutsApi } from '../shared/ipc/contract';
import { api } from './api';
import { crashReason } from './recovery';

/** The bridge the early question went over, and its answer; null once taken. */
let early: { bridge: ReadoutsApi; answer: ReturnType<ReadoutsApi['initial']> } | null = null;

/**
 * Asks main for the comparison shown at start, over the page's bridge (window.readouts), once;
 * not on the recovery screen (`#recovery=…`), where Reload asks afresh rather than take a stale answer.
 */
export function askInitialEarly(bridge: ReadoutsApi = api(), hash: string = globalThis.location?.hash ?? ''): void {
  if (early === null && crashReason(hash) === null) early = { bridge, answer: bridge.initial() };
}

/**
 * The answer to `initial()` over `bridge`: the early one, the first time, when it went over
 * the same bridge; else (a later session, another bridge) main is asked now.
 */
export function takeInitial(bridge: ReadoutsApi): ReturnType<ReadoutsApi['initial']> {
  const taken = early;
  early = null;
  return taken !== null && taken.bridge === bridge ? taken.answer : bridge.initial();
}
