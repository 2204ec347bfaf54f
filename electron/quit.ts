/**
 * Quitting waits for the autosave: when a change is still waiting to be written
 * (the autosave writes a moment after the last change), the quit is held, the
 * autosave written, and the quit carried out. Settings are held the same way at
 * `will-quit`, after the windows closed (a closing window records its place).
 * Thin glue over `before-quit` and `will-quit`.
 */
import type { App } from 'electron';
import type { MainHandlers } from '../node/app/handlers';

/** Holds `event` while `pending()`, runs `flush`, then quits again. */
function holdWhilePending(app: Pick<App, 'on' | 'quit'>, event: 'before-quit' | 'will-quit', pending: () => boolean, flush: () => Promise<void>, what: string): void {
  let flushing = false;
  // (both events pass an Electron Event with preventDefault)
  app.on(event as 'before-quit', (e) => {
    if (flushing) {
      e.preventDefault();
      return;
    }
    if (!pending()) return;
    e.preventDefault();
    flushing = true;
    void flush()
      .catch((err: unknown) => console.error(`${what} before quitting failed:`, err))
      .finally(() => {
        flushing = false;
        app.quit();
      });
  });
}

/** Holds every quit until the pending autosave is written. */
export function flushBeforeQuit(app: Pick<App, 'on' | 'quit'>, handlers: Pick<MainHandlers, 'flush' | 'autosavePending'>): void {
  holdWhilePending(app, 'before-quit', () => handlers.autosavePending(), () => handlers.flush(), 'The autosave');
}

/** Holds the app's exit, after its windows closed, until the pending settings are written. */
export function flushSettingsBeforeExit(app: Pick<App, 'on' | 'quit'>, settings: { pending(): boolean; flush(): Promise<void> }): void {
  holdWhilePending(app, 'will-quit', () => settings.pending(), () => settings.flush(), 'Saving the settings');
}
