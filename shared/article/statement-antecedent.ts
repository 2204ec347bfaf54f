/**
 * Which readout "the statement said", "the readout" or "it said" stands for (docs/article.md, "Which readout a
 * quotation is checked against"): the readout named last before, counting its office as a leader's or a country's
 * ("Hale's office said", "the British government said"), but not a source speaking before the call ("the
 * Chancellery said last week that …": that statement is not the call's readout).
 */
import type { Side } from '../model/types';
import type { SourceNames } from './attribution';
import governments from './data/governments.json';
import reporting from './data/reporting.json';
import { alternation, escapePhrase } from './patterns';

/** Nouns for a readout's office or statement after a leader's or country's name ("Hale's office", "the British readout"). */
const OFFICE_NOUN = `(?:${alternation([...reporting.leaderInstitutionNouns, ...reporting.readoutNouns, ...governments.institutionNouns])})`;
/** A time before any call the article reports on ("last week"), in the words right after a source's name. */
const BEFORE_THE_CALL = new RegExp(`(?<![\\p{L}])(?:${alternation(reporting.beforeAlone)})(?![\\p{L}])`, 'iu');
/** How far after a source's name its own clause is read for a time before the call ("said last week that"). */
const CLAUSE_REACH = 40;

interface Mention { side: Side; start: number; end: number }

/** Every place the article names a readout's source: its names, a leader's or country's office ("Hale's office", "the British government"). */
function sourceMentions(text: string, sources: readonly SourceNames[]): Mention[] {
  const out: Mention[] = [];
  for (const src of sources) {
    const owners = [...(src.people ?? []), ...(src.aliases ?? [])];
    const patterns = [
      ...src.names.filter((n) => n.trim().length > 1).map((n) => escapePhrase(n.replace(/^the\s+/iu, ''))),
      ...(owners.length > 0 ? [`(?:${alternation(owners)})(?:['’]s?)?\\s+${OFFICE_NOUN}`] : []),
    ];
    for (const p of patterns) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'giu'))) {
        out.push({ side: src.side, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return out;
}

/** Whether the source named at `m` speaks, in its own clause, before the call ("the Chancellery said last week"). */
function speaksBeforeTheCall(text: string, m: Mention): boolean {
  const clause = /^[^.!?;“”"]*/u.exec(text.slice(m.end, m.end + CLAUSE_REACH))![0];
  return BEFORE_THE_CALL.test(clause);
}

/**
 * The readout "the statement", "the readout" or "it" at `offset` stands for: the source the article named last
 * before it, leaving out one that spoke before the call; none when it named none.
 */
export function statementAntecedent(text: string, sources: readonly SourceNames[], offset: number): Side[] {
  const before = text.slice(0, offset);
  let best: Mention | null = null;
  for (const m of sourceMentions(before, sources)) {
    if (speaksBeforeTheCall(before, m)) continue;
    if (!best || m.start > best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best ? [best.side] : [];
}
