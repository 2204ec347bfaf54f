/**
 * A failure (a bad file, a broken meta.json), naming the file and the problem, with
 * what can be done about it when there is something (replace a file, open a backup);
 * or a notice (work restored or kept aside). The comparison stays below it.
 */
export function ErrorBanner({ message, onDismiss, actions = [], kind = 'error' }: {
  message: string;
  onDismiss: () => void;
  actions?: Array<{ label: string; onClick: () => void }>;
  kind?: 'error' | 'notice';
}) {
  return (
    <div className={kind === 'error' ? 'error-banner' : 'error-banner notice-banner'} role={kind === 'error' ? 'alert' : 'status'}>
      <span className="error-icon" aria-hidden="true">{kind === 'error' ? '⚠' : 'ℹ'}</span>
      <span className="error-text">{message}</span>
      {actions.map((a) => <button key={a.label} type="button" onClick={a.onClick}>{a.label}</button>)}
      <button type="button" onClick={onDismiss} aria-label={kind === 'error' ? 'Dismiss the error' : 'Dismiss the notice'}>Dismiss</button>
    </div>
  );
}
