/**
 * File > Export PDF Report… (and the toolbar's "Export PDF…"): the report's
 * options in a modal dialog — page size, all rows or differences only, with or
 * without the annotations and the article's claims and commentary. "Export…"
 * then lets main ask where to save it (a native dialog) and print it.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportOptions } from '../../shared/report/options';
import { FILTER_LABELS, FILTERS, type Filter } from '../../shared/view/filter';
import { keepFocusInside } from '../focus-trap';

export function ExportDialog({ initial, annotations, hasArticle, onExport, onClose }: {
  initial: ReportOptions;
  /** How many annotations the comparison has. */
  annotations: number;
  hasArticle: boolean;
  onExport: (options: ReportOptions) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ReportOptions>(initial);
  const set = (patch: Partial<ReportOptions>) => setOptions((o) => ({ ...o, ...patch }));

  useEffect(() => {
    const dialog = ref.current;
    // showModal: focus moves into the dialog, the page behind is inert; Escape closes it ('close' event).
    // Tab and Shift+Tab wrap at its ends (keepFocusInside): Chromium would leave it for one stop.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-title" onClose={onClose} onKeyDown={keepFocusInside}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          // the choice as made (main leaves out an article there is not)
          onExport(options);
        }}
      >
        <h2 id="export-title">Export PDF report</h2>
        <fieldset>
          <legend>Page size</legend>
          {(['A4', 'Letter'] as const).map((size) => (
            <label key={size}>
              <input type="radio" name="page-size" value={size} checked={options.pageSize === size} onChange={() => set({ pageSize: size })} />
              {size === 'A4' ? 'A4 (210 × 297 mm)' : 'US Letter (8.5 × 11 in)'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Rows</legend>
          <label>
            Show{' '}
            <select value={options.rows} onChange={(e) => set({ rows: e.target.value as Filter })}>
              {FILTERS.map((f) => <option key={f} value={f}>{FILTER_LABELS[f]}</option>)}
            </select>
            {' '}(row numbers stay those of the whole comparison)
          </label>
        </fieldset>
        <fieldset>
          <legend>Include</legend>
          <label>
            <input type="checkbox" checked={options.annotations} onChange={(e) => set({ annotations: e.target.checked })} />
            Annotations ({annotations})
          </label>
          <label className={hasArticle ? '' : 'unavailable'}>
            <input type="checkbox" checked={options.claims && hasArticle} disabled={!hasArticle} onChange={(e) => set({ claims: e.target.checked })} />
            The article’s claims and commentary{hasArticle ? '' : ' (no article loaded)'}
          </label>
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={() => ref.current?.close()}>Cancel</button>
          <button type="submit" className="primary">Export…</button>
        </div>
      </form>
    </dialog>
  );
}
