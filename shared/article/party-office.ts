/**
 * An office or a spokesperson of a party to the call speaks for that party's side (branch art16): "the chancellor's
 * office said", "the president's spokesman said", "the PM's office", "a spokeswoman for Chancellor Anna Weber", "the
 * office of the prime minister". What it says is the side's readout (a source of claims and quotations), never a
 * commentator's words. Which side: the one whose leader the possessor names, by surname (SourceNames.people) or by
 * title (SourceNames.titles: the titles the readouts and the article give that side's leader).
 * Vocabulary: data/reporting.json partyOfficeNouns, leaderTitleAbbreviations (docs/article.md, branch art16).
 */
import type { Side } from '../model/types';
import reporting from './data/reporting.json';
import { nameMentions, surnameOf, titleCore, TITLE_NOUNS, type NameMention } from './names';
import { alternation } from './patterns';

/** How the article may name a side's leader and its country (the fields of attribution.ts SourceNames used here). */
export interface PartyNames {
  side: Side;
  aliases?: string[];
  people?: string[];
  /** Lower-case title cores of the side's leader ("prime minister", "chancellor"), no title both leaders hold. */
  titles?: string[];
}

const OFFICE_NOUN = alternation(reporting.partyOfficeNouns);
const ABBREVIATIONS: Record<string, string> = reporting.leaderTitleAbbreviations;
/** "the chancellor’s office", "Weber’s spokeswoman", "the British prime minister’s press office". */
const POSSESSIVE_OFFICE = new RegExp(`^(?:the\\s+)?(.+?)['’]s?\\s+(?:${OFFICE_NOUN})$`, 'iu');
/** "a spokeswoman for the chancellor", "the office of the prime minister". */
const OFFICE_OF = new RegExp(`^(?:the|an?)\\s+(?:\\p{Ll}+\\s+)?(?:${OFFICE_NOUN})\\s+(?:for|of|to)\\s+(?:the\\s+)?(.+)$`, 'iu');

/** A title as its core in lower case, abbreviations spelt out ("PM" → "prime minister", "German Chancellor" → "chancellor"). */
function titleKey(title: string): string {
  const core = titleCore(title);
  return ABBREVIATIONS[core] ?? core;
}

/** The side whose leader `owner` names ("the chancellor", "Weber", "Chancellor Anna Weber", "the PM"); none when both or neither. */
function ownerSides(owner: string, parties: readonly PartyNames[]): Side[] {
  const o = owner.trim().replace(/^the\s+/iu, '');
  const named = nameMentions(o).find((m) => m.tokens.length > 0);
  const surname = named ? surnameOf(named.name) : '';
  const key = titleKey(named ? named.title : o);
  // "the Freedonian president’s spokesman": the country before the title says whose, when both leaders hold it.
  const words = o.toLowerCase().split(/\s+/u);
  const byCountry = parties.filter((p) => (p.aliases ?? []).some((a) => words.includes(a)));
  if (!named && byCountry.length === 1 && TITLE_NOUNS.has(words.at(-1)!)) return [byCountry[0]!.side];
  const sides = parties.filter((p) => (surname !== '' && (p.people ?? []).includes(surname))
    || (!named && key !== '' && (p.titles ?? []).includes(key))).map((p) => p.side);
  return sides.length === 1 ? sides : [];
}

/** The side a phrase speaks for when it is a party's office or spokesperson ("the chancellor’s office"); none otherwise. */
export function partyOfficeSides(phrase: string, parties: readonly PartyNames[]): Side[] {
  const p = phrase.trim();
  const owner = POSSESSIVE_OFFICE.exec(p)?.[1] ?? OFFICE_OF.exec(p)?.[1];
  return owner ? ownerSides(owner, parties) : [];
}

/**
 * Per side, a RegExp source for its office or spokesperson inside a sentence ("the chancellor’s office", "the British
 * prime minister’s spokesman", "a spokeswoman for the chancellor"), for the claims' mentions; null when the side has
 * no title that only its leader holds.
 */
export function partyOfficePattern(party: PartyNames): string | null {
  const titles = (party.titles ?? []).flatMap((t) => [t, ...Object.keys(ABBREVIATIONS).filter((k) => ABBREVIATIONS[k] === t)]);
  if (titles.length === 0) return null;
  const country = (party.aliases ?? []).length > 0 ? `(?:(?:${alternation(party.aliases!)})\\s+)?` : '';
  const title = `${country}(?:${alternation(titles)})`;
  return `(?:the\\s+${title}['’]s?\\s+(?:${OFFICE_NOUN})|(?:the|an?)\\s+(?:${OFFICE_NOUN})\\s+(?:for|of|to)\\s+the\\s+${title})`;
}

/** A readout's first line and its headline: where it names its own leader and the other side's. */
export interface ReadoutOpening { side: Side; opening: string; title: string | null }

/**
 * The titles of each side's leader: a titled name in the readouts' openings and headlines or in the article whose
 * surname is that side's ("Chancellor Anna Weber"), and a bare title in a readout's opening ("The Prime Minister
 * spoke to …"), which is the readout's own leader unless it carries the other side's country ("the British Prime
 * Minister" in the German readout). A title both sides get tells them apart no better than nothing.
 */
export function leaderTitles(parties: readonly PartyNames[], openings: readonly ReadoutOpening[], articleMentions: readonly NameMention[]): Map<Side, Set<string>> {
  const out = new Map<Side, Set<string>>(parties.map((p) => [p.side, new Set<string>()]));
  const isTitle = (t: string): boolean => t !== '' && TITLE_NOUNS.has(t.split(/\s+/u).at(-1)!);
  const add = (side: Side, title: string): void => {
    const key = titleKey(title);
    if (isTitle(key)) out.get(side)!.add(key);
  };
  const lines = openings.flatMap((o) => [o.opening, o.title ?? '']);
  for (const m of [...lines.flatMap((l) => nameMentions(l)), ...articleMentions]) {
    if (!m.title || m.tokens.length === 0) continue;
    for (const p of parties) if ((p.people ?? []).includes(surnameOf(m.name))) add(p.side, m.title);
  }
  for (const o of openings) {
    for (const m of nameMentions(o.opening).filter((x) => x.tokens.length === 0 && x.title)) {
      const lower = m.title.toLowerCase();
      const other = parties.find((p) => p.side !== o.side && (p.aliases ?? []).some((a) => lower.split(/\s+/u).includes(a)));
      add(other?.side ?? o.side, m.title);
    }
  }
  const [a, b] = [...out.values()];
  if (a && b) for (const t of [...a]) if (b.has(t)) { a.delete(t); b.delete(t); }
  return out;
}
