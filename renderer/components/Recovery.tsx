/**
 * What the window shows instead of a blank page when something went wrong: after a
 * crash of the renderer (main loads the page in its recovery state), or when
 * rendering the comparison failed (`ErrorBoundary`). It says what happened, that the
 * work is safe, and offers Reload, which asks main for the comparison again: main
 * answers the one on screen with the analyst's latest work.
 */
import { Component, useEffect, useRef, type ReactNode } from 'react';
import type { ReadoutsApi } from '../../shared/ipc/contract';
import { errorReport } from '../recovery';

/** The recovery screen: a heading, what happened, and Reload. */
export function RecoveryScreen({ message, detail, onReload }: { message: string; detail?: string; onReload: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Something went wrong</h1>
      <p>{message}</p>
      <p>Your annotations are safe: every change is kept as you make it. Reload to go on where you were.</p>
      {detail && <p className="recovery-detail">Details are in the log (Help &gt; Show Logs): {detail}</p>}
      <button ref={button} type="button" onClick={onReload}>Reload</button>
    </main>
  );
}

interface BoundaryProps {
  api: Pick<ReadoutsApi, 'logError'>;
  /** What Reload does (the page reloads by default). */
  onReload?: () => void;
  children: ReactNode;
}

/** Catches an error while rendering the app, reports it to main's log, and shows the recovery screen. */
export class ErrorBoundary extends Component<BoundaryProps, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }

  override componentDidCatch(error: unknown, info: { componentStack?: string | null }): void {
    const report = errorReport('render', error);
    if (info.componentStack) report.stack = `${report.stack ?? ''}\nComponents:${info.componentStack}`.slice(0, 8_000);
    void this.props.api.logError(report).catch(() => undefined);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <RecoveryScreen
        message="The window could not show the comparison."
        detail={this.state.error.slice(0, 200)}
        onReload={this.props.onReload ?? (() => window.location.reload())}
      />
    );
  }
}
