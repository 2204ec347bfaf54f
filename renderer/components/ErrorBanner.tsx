/** A failure (a bad file, a broken meta.json), naming the file and the problem. The previous comparison stays below it. */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="error-banner" role="alert">
      <span className="error-icon" aria-hidden="true">⚠</span>
      <span className="error-text">{message}</span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss the error">Dismiss</button>
    </div>
  );
}
