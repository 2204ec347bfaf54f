/**
 * The notice banner's notices through loads, as a pure step (the view reducer calls it,
 * renderer/state/view.ts). Each notice has a kind (`NoticeKind` in shared/ipc/contract.ts):
 * - `work` and `app` notices (where the analyst's work was moved, settings.json unusable)
 *   stay until dismissed, whatever is loaded next (R1);
 * - an `input` notice (a file read as Windows-1252, two identical texts) is true of the files
 *   it names: it stays while every one of them is still on screen with the same text (an
 *   article opened for the comparison, the other readout replaced), and goes when another
 *   comparison loads without them (tester 16).
 * A notice that says again what one kept says is not repeated.
 */
import type { LoadedComparison, Notice } from '../../shared/ipc/contract';
import { printable } from '../../shared/text/printable';

/** The files a comparison shows, by name, with their texts: the two readouts and the article. */
function filesOf(loaded: LoadedComparison | null): Map<string, string> {
  const files = new Map<string, string>();
  if (!loaded) return files;
  for (const s of [loaded.a, loaded.b, loaded.article?.doc]) if (s) files.set(s.file, s.text);
  return files;
}

/** Whether `notice` stays as `after` replaces `before`: not an input notice, or one whose files are all still shown, unchanged. */
function stays(notice: Notice, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): boolean {
  if (notice.kind !== 'input') return true;
  return notice.files.every((f) => after.has(f) && (!before.has(f) || before.get(f) === after.get(f)));
}

/** The notices shown once `incoming` replaces `before` on screen: those of `shown` that stay, then the incoming ones not already said. */
export function noticesAfterLoad(shown: readonly Notice[], before: LoadedComparison | null, incoming: LoadedComparison): Notice[] {
  const [was, now] = [filesOf(before), filesOf(incoming)];
  const kept = shown.filter((n) => stays(n, was, now));
  const added = incoming.notices.map((n) => ({ ...n, text: printable(n.text) }));
  return [...kept, ...added.filter((n, i) => !kept.some((k) => k.text === n.text) && added.findIndex((m) => m.text === n.text) === i)];
}

/** The notices as the banner says them, one after the other; null when there are none. */
export function noticeText(notices: readonly Notice[]): string | null {
  return notices.length === 0 ? null : notices.map((n) => n.text).join(' ');
}
