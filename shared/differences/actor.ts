/**
 * Actor differences: who performs the act. The subject of each sentence comes from
 * the aligner's reading of who does what (shared/align/agents.ts: the parties named
 * by each readout's opening, "the leaders" as both); two subjects that resolve to
 * different parties, or one party against both, are a difference. The openings
 * ("X spoke with Y" / "Y spoke with X") are not: each readout names its own leader
 * first.
 */
import type { Party, Subject } from '../align/agents';
import type { Side } from '../model/types';
import { difference, q, type PairContext } from './context';
import type { TypedDifference } from './types';

/** The subjects of the pair's sentences, and how the parties are named. */
export interface ActorInput {
  subjects: Record<Side, Subject | undefined>;
  names: Record<Party, string | null>;
  /** The pair is the two openings of the call. */
  opening: boolean;
}

/** Most characters of a subject shown as its span ("President of the Russian Federation Vladimir Putin"). */
const MAX_SUBJECT = 80;

export function actor(ctx: PairContext, input: ActorInput): TypedDifference[] {
  const { a, b } = input.subjects;
  if (input.opening || !a || !b || a.agent === undefined || b.agent === undefined || a.agent === b.agent) return [];
  const who = (agent: Subject['agent']): string => (agent === 'joint' ? 'both leaders' : input.names[agent as Party] ?? 'one leader');
  const span = (side: Side, s: Subject) => {
    const sentence = ctx.sentences[side];
    const end = Math.min(s.end, s.start + MAX_SUBJECT);
    return { id: sentence.id, start: s.start, end, text: sentence.text.slice(s.start, end) };
  };
  const sa = span('a', a);
  const sb = span('b', b);
  return [difference('actor', sa, sb, `${ctx.labels.a} has ${who(a.agent)} act (${q(sa.text)}); ${ctx.labels.b}, ${who(b.agent)} (${q(sb.text)}).`)];
}
