/**
 * Sends the main process's errors to the log (node/log/log.ts): whatever goes to
 * `console.error`, uncaught exceptions and unhandled promise rejections, and the
 * renderer's reports (`logError`). Thin glue; the log scrubs and bounds every entry.
 */
import { inspect } from 'node:util';
import type { Log } from '../node/log/log';
import type { RendererError } from '../shared/ipc/contract';

/** One console argument as text: an error's stack (or message), a string as it is, anything else inspected shallowly. */
export function describeArg(arg: unknown): string {
  if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`;
  if (typeof arg === 'string') return arg;
  return inspect(arg, { depth: 2, breakLength: Infinity, maxStringLength: 200, maxArrayLength: 20 });
}

/** What `installMainLogging` hooks into (the real `process` and `console` in the app). */
export interface LoggingTargets {
  process: Pick<NodeJS.Process, 'on'>;
  console: Pick<Console, 'error' | 'warn'>;
}

/**
 * Copies `console.error` and `console.warn` to the log (they still print), and logs
 * uncaught exceptions and unhandled rejections: those are logged and printed, and
 * the app goes on (an error in one menu action must not take the analyst's work down;
 * the autosave keeps it either way).
 */
export function installMainLogging(log: Log, targets: LoggingTargets = { process, console }): void {
  const { console: con } = targets;
  const error = con.error.bind(con);
  const warn = con.warn.bind(con);
  con.error = (...args: unknown[]) => {
    error(...args);
    log.write('error', 'main', args.map(describeArg).join(' '));
  };
  con.warn = (...args: unknown[]) => {
    warn(...args);
    log.write('warn', 'main', args.map(describeArg).join(' '));
  };
  targets.process.on('uncaughtException', (e) => {
    error('Uncaught exception:', e);
    log.write('error', 'main', `Uncaught exception: ${describeArg(e)}`);
  });
  targets.process.on('unhandledRejection', (reason) => {
    error('Unhandled rejection:', reason);
    log.write('error', 'main', `Unhandled rejection: ${describeArg(reason)}`);
  });
}

/** Logs an error the renderer reported. */
export function logRendererError(log: Log, report: RendererError): void {
  const what = report.kind === 'render' ? 'Render error' : report.kind === 'rejection' ? 'Unhandled rejection' : 'Uncaught error';
  log.write('error', 'renderer', `${what}: ${report.message}${report.stack ? `\n${report.stack}` : ''}`);
}
