/**
 * Quitting waits for the autosave: when a change is still waiting to be written
 * (the autosave writes a moment after the last change), the quit is held, the
 * autosave written, and the quit carried out. Thin glue over `before-quit`.
 */
import type { App } from 'electron';
import type { MainHandlers } from '../node/app/handlers';

/** Holds every quit until the pending autosave is written. */
export function flushBeforeQuit(app: Pick<App, 'on' | 'quit'>, handlers: Pick<MainHandlers, 'flush' | 'autosavePending'>): void {
  let flushing = false;
  app.on('before-quit', (event) => {
    if (flushing) {
      event.preventDefault();
      return;
    }
    if (!handlers.autosavePending()) return;
    event.preventDefault();
    flushing = true;
    void handlers.flush()
      .catch((e: unknown) => console.error('The autosave before quitting failed:', e))
      .finally(() => {
        flushing = false;
        app.quit();
      });
  });
}
