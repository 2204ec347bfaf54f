/**
 * The IPC channel names, apart from the zod schemas in `contract.ts` so that the
 * sandboxed preload can import them without bundling (or requiring) zod: a sandboxed
 * preload can require nothing but `electron` and a few built-ins at run time.
 * No channel string is written anywhere else.
 */

/** Channel names: invoke (renderer → main, answered) and events (main → renderer). */
export const CHANNELS = {
  listSamples: 'readouts:list-samples',
  openSample: 'readouts:open-sample',
  compareFilesDialog: 'readouts:compare-files-dialog',
  openArticleDialog: 'readouts:open-article-dialog',
  openExternal: 'readouts:open-external',
  initial: 'readouts:initial',
  pendingArticle: 'readouts:pending-article',
  shown: 'readouts:shown',
  saveComparison: 'readouts:save-comparison',
  openComparisonDialog: 'readouts:open-comparison-dialog',
  openComparisonBackup: 'readouts:open-comparison-backup',
  cancel: 'readouts:cancel',
  autosave: 'readouts:autosave',
  exportAnnotations: 'readouts:export-annotations',
  exportReport: 'readouts:export-report',
  about: 'readouts:about',
  importSource: 'readouts:import-source',
  compareImported: 'readouts:compare-imported',
  pasteSource: 'readouts:paste-source',
  copyText: 'readouts:copy-text',
  comparisonLoaded: 'readouts:comparison-loaded',
  command: 'readouts:command',
  getSettings: 'readouts:get-settings',
  markIntroSeen: 'readouts:mark-intro-seen',
  logError: 'readouts:log-error',
} as const;
