/**
 * The Help layer's state: which dialog is open (About or Keyboard Shortcuts), whether
 * the first-run introduction is shown (until dismissed once: main keeps the flag in
 * settings.json; state/first-run.ts), and which part of the window it outlines. The
 * functions returned are stable.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { ReadoutsApi } from '../shared/ipc/contract';
import type { IntroTarget } from './components/Intro';
import { introAfter, keyPlatform } from './state/first-run';

/** A Help dialog. */
export type HelpDialog = 'about' | 'shortcuts';

export function useHelp(api: Pick<ReadoutsApi, 'getSettings' | 'markIntroSeen'>) {
  const [dialog, setDialog] = useState<HelpDialog | null>(null);
  const [introState, introEvent] = useReducer(introAfter, 'unknown');
  const [target, setTarget] = useState<IntroTarget | null>(null);
  // main's settings say whether it was dismissed before (asked at once: the answer comes before the comparison's)
  useEffect(() => {
    let live = true;
    void api.getSettings().then(
      (r) => live && introEvent({ type: 'settings', introSeen: r.ok ? r.value.introSeen : 'failed' }),
      () => live && introEvent({ type: 'settings', introSeen: 'failed' }),
    );
    return () => { live = false; };
  }, [api]);
  const closeDialog = useCallback(() => setDialog(null), []);
  const showIntro = useCallback(() => introEvent({ type: 'show' }), []);
  const dismissIntro = useCallback(() => {
    introEvent({ type: 'dismiss' });
    setTarget(null);
    // a flag main could not keep only means the introduction shows again next time
    void api.markIntroSeen().catch(() => undefined);
  }, [api]);
  const platform = useMemo(() => keyPlatform(navigator.platform), []);
  return { dialog, openDialog: setDialog, closeDialog, intro: introState === 'shown', showIntro, dismissIntro, target, setTarget, platform };
}
