/**
 * Commitment differences: the act reported differs in kind or strength ("agreed"
 * against "proposed", "insisted" against "discussed"). Each sentence's act is the
 * first act verb after its subject, classed by data/commitment.json; two acts of
 * different classes are a difference, unless the aligner matched them as one concept.
 */
import data from './data/commitment.json';
import { difference, q, spanOf, type PairContext } from './context';
import { findCues, phraseMap, stemOf, type Hit } from './tokens';
import type { TypedDifference } from './types';
import type { Side } from '../model/types';

interface ActClass {
  name: string;
  label: string;
  strength: number;
}

const CLASS_OF = new Map<string, ActClass>();
const STEMS = new Map<string, string>();
const PHRASES = new Map<string, string[]>();
for (const c of data.classes) {
  const cls: ActClass = { name: c.name, label: c.label, strength: c.strength };
  for (const w of c.words) {
    const key = `w:${stemOf(w)}`;
    STEMS.set(stemOf(w), key);
    CLASS_OF.set(key, cls);
  }
  for (const [p, parts] of phraseMap(c.phrases)) {
    PHRASES.set(p, parts);
    CLASS_OF.set(p, cls);
  }
}

/** The act of a sentence: its first act verb at or after `after` (a token index). */
function actOf(ctx: PairContext, side: Side, after: number): Hit | undefined {
  return findCues(ctx.tokens[side], PHRASES, STEMS).find((h) => h.from >= after);
}

/** Index of the first token at or after a character offset. */
const tokenAt = (ctx: PairContext, side: Side, offset: number): number => {
  const k = ctx.tokens[side].findIndex((t) => t.start >= offset);
  return k < 0 ? ctx.tokens[side].length : k;
};

export function commitment(ctx: PairContext, subjectEnds: Record<Side, number | undefined>): TypedDifference[] {
  const ha = actOf(ctx, 'a', tokenAt(ctx, 'a', subjectEnds.a ?? 0));
  const hb = actOf(ctx, 'b', tokenAt(ctx, 'b', subjectEnds.b ?? 0));
  if (!ha || !hb) return [];
  const ca = CLASS_OF.get(ha.key)!;
  const cb = CLASS_OF.get(hb.key)!;
  if (ca.name === cb.name) return [];
  // The aligner matched the two verbs as one concept: paraphrase.
  const shared = (side: Side, h: Hit) => ctx.shared[side].slice(h.from, h.to).every(Boolean);
  if (shared('a', ha) && shared('b', hb)) return [];
  const a = spanOf(ctx, 'a', ha.from, ha.to);
  const b = spanOf(ctx, 'b', hb.from, hb.to);
  const stronger = ca.strength === cb.strength ? '' : ca.strength > cb.strength ? ` (${ctx.labels.a}'s is the stronger commitment)` : ` (${ctx.labels.b}'s is the stronger commitment)`;
  return [difference('commitment', a, b, `${ctx.labels.a} reports ${ca.label} (${q(a.text)}); ${ctx.labels.b}, ${cb.label} (${q(b.text)})${stronger}.`)];
}
