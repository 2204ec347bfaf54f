/**
 * The Help layer's state: which dialog is open (About or Keyboard Shortcuts), whether
 * the first-run introduction is shown (until dismissed once: state/first-run.ts), and
 * which part of the window it outlines. The functions returned are stable.
 */
import { useCallback, useMemo, useState } from 'react';
import type { IntroTarget } from './components/Intro';
import { introSeen, keyPlatform, markIntroSeen, pageStorage } from './state/first-run';

/** A Help dialog. */
export type HelpDialog = 'about' | 'shortcuts';

export function useHelp() {
  const [dialog, setDialog] = useState<HelpDialog | null>(null);
  // read once, synchronously: the first render already knows, so the rows are never laid out twice for it
  const [intro, setIntro] = useState(() => !introSeen(pageStorage()));
  const [target, setTarget] = useState<IntroTarget | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const showIntro = useCallback(() => setIntro(true), []);
  const dismissIntro = useCallback(() => {
    markIntroSeen(pageStorage());
    setIntro(false);
    setTarget(null);
  }, []);
  const platform = useMemo(() => keyPlatform(navigator.platform), []);
  return { dialog, openDialog: setDialog, closeDialog, intro, showIntro, dismissIntro, target, setTarget, platform };
}
