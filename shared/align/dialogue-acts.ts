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

/** The acts of a sentence as a bit mask over ACTS (0 for a language without cue lists). */
export function dialogueActs(text: string, language: string): number {
  if (primaryLanguage(language) !== 'en') return 0;
  const lower = text.toLowerCase();
  // Case-insensitive matching also takes "ſ" (long s) for "s", which lower case does not write as "s".
  const sure = !lower.includes('\u017f');
  let mask = 0;
  for (let k = 0; k < PATTERNS.length; k++) {
    if (sure && !NEEDLES[k]!.some((needle) => lower.includes(needle))) continue;
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
