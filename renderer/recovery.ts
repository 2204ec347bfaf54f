/**
 * The page's recovery state and the reporting of its errors, apart from React:
 * - main loads the page with `#recovery=<reason>` after the renderer crashed
 *   (electron/recovery.ts): `crashReason` reads it, `crashMessage` says it;
 * - uncaught errors and unhandled rejections go to main's log (`reportErrors`), cut
 *   to the contract's limits.
 */
import type { ReadoutsApi, RendererError } from '../shared/ipc/contract';
import { RENDERER_ERROR_LIMITS } from '../shared/ipc/limits';

/** The reason in a `#recovery=<reason>` hash, or null when the page is not in its recovery state. */
export function crashReason(hash: string): string | null {
  const match = /^#recovery=([^&]*)/u.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!) || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What the recovery screen says about a crash of the given reason (Electron's `render-process-gone` reasons). */
export function crashMessage(reason: string): string {
  const why = reason === 'oom' ? 'it ran out of memory'
    : reason === 'killed' ? 'it was stopped by the system'
    : reason === 'launch-failed' ? 'it could not start'
    : 'it crashed';
  return `The window stopped working: ${why} (${reason}).`;
}

/** An error report within the contract's limits. */
export function errorReport(kind: RendererError['kind'], error: unknown): RendererError {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : undefined;
  return {
    kind,
    message: message.slice(0, RENDERER_ERROR_LIMITS.message),
    ...(stack ? { stack: stack.slice(0, RENDERER_ERROR_LIMITS.stack) } : {}),
  };
}

/** Sends `window`'s uncaught errors and unhandled rejections to main's log. */
export function reportErrors(api: Pick<ReadoutsApi, 'logError'>, target: Pick<Window, 'addEventListener'>): void {
  const send = (report: RendererError): void => void api.logError(report).catch(() => undefined);
  target.addEventListener('error', (e) => send(errorReport('error', e.error ?? e.message)));
  target.addEventListener('unhandledrejection', (e) => send(errorReport('rejection', e.reason)));
}
