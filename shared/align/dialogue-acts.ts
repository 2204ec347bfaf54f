/**
 * What a readout sentence does, as a dialogue act (the report of the call, its
 * purpose, the topics surveyed, thanks, congratulations, condolences, an
 * invitation, the agreement to stay in touch, instructions to officials), from the
 * general cue lists in data/dialogue-acts.json (categories after ISO 24617-2 and
 * DAMSL). The tags are features of candidate links (link-features.ts): an opening
 * or closing formula should link to its own kind, not to a point of substance.
 */
import { primaryLanguage } from '../text/language';
import data from './data/dialogue-acts.json';

/** The act names, in a fixed order (bit k of an act mask is ACTS[k]). */
export const ACTS = Object.keys(data.acts) as ReadonlyArray<keyof typeof data.acts>;
/** One dialogue act. */
export type DialogueAct = (typeof ACTS)[number];

/** Acts that frame the conversation rather than report a point of it. */
const FRAMING: ReadonlySet<DialogueAct> = new Set<DialogueAct>(['opening', 'purpose', 'topics', 'contact']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One expression per act: a cue at the start of a word, its words in order with white space between. */
const PATTERNS = ACTS.map((act) => new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${data.acts[act].cues.map((c) => c.split(/\s+/).map(escape).join('\\s+')).join('|')})`,
  'iu',
));

/**
 * Per act, the longest word of each of its cues, in lower case: a text in which none occurs
 * (in lower case) matches none of the act's cues, and its expression need not run.
 */
const NEEDLES = ACTS.map((act) => [...new Set(data.acts[act].cues.map((c) => c.toLowerCase().split(/\s+/).reduce((x, y) => (y.length > x.length ? y : x))))]);

/**
 * The needles of all acts by their first two code units (`c0 * 65536 + c1`), each with its act's bit;
 * `short`: the bits of the acts with a needle of one code unit (none in the lists; kept so the index is exact).
 */
const NEEDLE_INDEX = ((): { byStart: ReadonlyMap<number, ReadonlyArray<{ needle: string; bit: number }>>; short: number } => {
  const byStart = new Map<number, Array<{ needle: string; bit: number }>>();
  let short = 0;
  NEEDLES.forEach((needles, k) => {
    for (const needle of needles) {
      if (needle.length < 2) {
        short |= 1 << k;
        continue;
      }
      const start = needle.charCodeAt(0) * 65536 + needle.charCodeAt(1);
      const list = byStart.get(start) ?? [];
      list.push({ needle, bit: 1 << k });
      byStart.set(start, list);
    }
  });
  return { byStart, short };
})();

/**
 * The acts one of whose needles occurs in `lower`, as a mask: one pass over the text, each
 * position looking only at the needles that start with its two code units (the same answer
 * as asking `lower.includes(needle)` of each of the hundred-odd needles, at a fraction of the cost).
 */
function actsWithNeedles(lower: string): number {
  let mask = NEEDLE_INDEX.short;
  for (let p = 0; p + 1 < lower.length; p++) {
    const list = NEEDLE_INDEX.byStart.get(lower.charCodeAt(p) * 65536 + lower.charCodeAt(p + 1));
    if (!list) continue;
    for (const { needle, bit } of list) if ((mask & bit) === 0 && lower.startsWith(needle, p)) mask |= bit;
  }
  return mask;
}

/** The acts of a sentence as a bit mask over ACTS (0 for a language without cue lists). */
export function dialogueActs(text: string, language: string): number {
  if (primaryLanguage(language) !== 'en') return 0;
  const lower = text.toLowerCase();
  // Case-insensitive matching also takes "ſ" (long s) for "s", which lower case does not write as "s".
  const possible = lower.includes('\u017f') ? -1 : actsWithNeedles(lower);
  let mask = 0;
  for (let k = 0; k < PATTERNS.length; k++) {
    if ((possible & (1 << k)) === 0) continue;
    if (PATTERNS[k]!.test(text)) mask |= 1 << k;
  }
  return mask;
}

/** The mask of the framing acts (opening, purpose, topics, contact). */
export const FRAMING_MASK = ACTS.reduce((m, act, k) => (FRAMING.has(act) ? m | (1 << k) : m), 0);

/** The acts named in a mask, in ACTS order. */
export function actNames(mask: number): DialogueAct[] {
  return ACTS.filter((_, k) => (mask & (1 << k)) !== 0);
}
