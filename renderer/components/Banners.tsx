/** The error banner (with what it offers: replace a refused file, open a backup) and the notice banner. */
import type { Dispatch } from 'react';
import type { ViewAction, ViewState } from '../state/view';
import { ErrorBanner } from './ErrorBanner';

export function Banners({ error, errorOffer, notice, dispatch, onReplace, onSaveAs, onOpenBackup }: Pick<ViewState, 'error' | 'errorOffer' | 'notice'> & {
  dispatch: Dispatch<ViewAction>;
  onReplace: () => void;
  onSaveAs: () => void;
  onOpenBackup: () => void;
}) {
  const actions = errorOffer === 'replace'
    ? [{ label: 'Replace it', onClick: onReplace }, { label: 'Save As…', onClick: onSaveAs }]
    : errorOffer === 'open-backup'
      ? [{ label: 'Open the backup', onClick: onOpenBackup }]
      : [];
  return (
    <>
      {error && <ErrorBanner message={error} actions={actions} onDismiss={() => dispatch({ type: 'dismiss-error' })} />}
      {notice && <ErrorBanner kind="notice" message={notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} />}
    </>
  );
}
