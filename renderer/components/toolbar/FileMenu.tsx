/** The toolbar's File menu: the embedded samples (the one on screen checked), Compare files…, Open comparison…, Open article…, Export PDF…. */
import type { SampleInfo } from '../../../shared/ipc/contract';
import type { ViewState } from '../../state/view';
import { MenuButton, type MenuEntry } from './MenuButton';

export interface FileActions {
  onOpenSample: (id: string) => void;
  onCompareFiles: () => void;
  onOpenArticle: () => void;
  onOpenComparison: () => void;
  /** Opens the PDF report's options. */
  onExportPdf: () => void;
}

export function FileMenu({ samples, state, actions }: { samples: readonly SampleInfo[]; state: ViewState; actions: FileActions }) {
  // While a comparison runs, nothing else may start; while an export runs, a newer export may (it supersedes it).
  const busy = state.busy !== null;
  const comparing = state.busy?.task === 'compare';
  // The sample on screen is checked; none is after Compare files… or a saved comparison.
  const onScreen = state.loaded?.sample ?? null;
  const entries: MenuEntry[] = [
    { kind: 'item', label: 'Compare files…', onSelect: actions.onCompareFiles, disabled: busy },
    { kind: 'item', label: 'Open comparison…', onSelect: actions.onOpenComparison, disabled: busy, shortcut: 'Ctrl+Alt+O' },
    { kind: 'item', label: 'Open article…', onSelect: actions.onOpenArticle, disabled: busy || !state.loaded },
    { kind: 'separator' },
    { kind: 'item', label: 'Export PDF…', onSelect: actions.onExportPdf, disabled: comparing || !state.loaded, shortcut: 'Ctrl+P' },
    { kind: 'separator' },
    { kind: 'heading', label: 'Samples' },
    ...samples.map((s): MenuEntry => ({ kind: 'item', label: `${s.date} · ${s.event}`, onSelect: () => actions.onOpenSample(s.id), disabled: busy, checked: s.id === onScreen })),
  ];
  return <MenuButton label="File" title="Samples, files, comparisons, the article and the PDF report" entries={entries} />;
}
