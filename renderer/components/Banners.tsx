/** The error banner (with what it offers: replace a refused file, another name for a read-only one, open a backup) and the notice banner. */
import type { Dispatch } from 'react';
import type { ErrorOffer, ViewAction, ViewState } from '../state/view';
import { noticeText } from '../state/notices';
import { ErrorBanner } from './ErrorBanner';

export function Banners({ error, errorOffer, notices, dispatch, onReplace, onSaveAs, onOpenBackup, onExportAnnotationsAs, onExportReportAs }: Pick<ViewState, 'error' | 'errorOffer' | 'notices'> & {
  dispatch: Dispatch<ViewAction>;
  onReplace: () => void;
  onSaveAs: () => void;
  onOpenBackup: () => void;
  /** The last annotation export again, to another name (a read-only file was refused). */
  onExportAnnotationsAs: () => void;
  /** The last PDF report again, to another name. */
  onExportReportAs: () => void;
}) {
  const offers: Record<ErrorOffer, Array<{ label: string; onClick: () => void }>> = {
    replace: [{ label: 'Replace it', onClick: onReplace }, { label: 'Save As…', onClick: onSaveAs }],
    'open-backup': [{ label: 'Open the backup', onClick: onOpenBackup }],
    'save-as': [{ label: 'Save As…', onClick: onSaveAs }],
    'export-annotations-as': [{ label: 'Save As…', onClick: onExportAnnotationsAs }],
    'export-report-as': [{ label: 'Save As…', onClick: onExportReportAs }],
  };
  const actions = errorOffer ? offers[errorOffer] : [];
  const notice = noticeText(notices);
  return (
    <>
      {error && <ErrorBanner message={error} actions={actions} onDismiss={() => dispatch({ type: 'dismiss-error' })} />}
      {notice && <ErrorBanner kind="notice" message={notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} />}
    </>
  );
}
