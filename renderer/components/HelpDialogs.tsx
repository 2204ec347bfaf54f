/** The Help layer's dialogs: About and Keyboard Shortcuts (help.ts says which is open). */
import type { ReadoutsApi } from '../../shared/ipc/contract';
import type { useHelp } from '../help';
import { AboutDialog } from './AboutDialog';
import { ShortcutsDialog } from './ShortcutsDialog';

export function HelpDialogs({ api, help }: { api: ReadoutsApi; help: ReturnType<typeof useHelp> }) {
  const { dialog, openDialog, closeDialog, showIntro, platform } = help;
  if (dialog === 'about') return <AboutDialog api={api} onClose={closeDialog} onShortcuts={() => openDialog('shortcuts')} />;
  if (dialog === 'shortcuts') {
    return (
      <ShortcutsDialog
        platform={platform} onClose={closeDialog} onAbout={() => openDialog('about')}
        onIntroduction={() => { closeDialog(); showIntro(); }}
      />
    );
  }
  return null;
}
