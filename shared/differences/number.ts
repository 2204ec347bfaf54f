/**
 * Number differences: a quantity, duration, count or percentage that one side
 * gives and the other does not, or gives with another value. Numbers are read from
 * digits ("30", "1,000", "2.5") and number words ("thirty", "two hundred"); a date
 * ("18 March", "March 18", a year) is a date, not a quantity, and dates that agree
 * are no difference. Word lists: data/numbers.json.
 */
import type { Side } from '../model/types';
import agentsData from '../align/data/agents.json';
import grammar from './data/grammar.json';
import data from './data/numbers.json';
import { difference, q, spanOf, type PairContext } from './context';
import { perSentence, type Tok } from './tokens';
import type { TypedDifference } from './types';

const CARDINALS = new Map<string, number>(Object.entries(data.cardinals));
const NOT_QUANTITIES = new Set(data.notQuantities);
const UNITS = new Set(data.units);
const CALENDAR = new Set([...data.months, ...data.weekdays]);
const CLOCK = new Set(data.clockMarkers);
const MULTIPLIER_ADJECTIVES = new Set(data.multiplierAdjectives);
const DETERMINERS = new Set(grammar.determiners);
/** Words after which a multiplier is a verb ("agreed to double trade", "will triple exports"). */
const BEFORE_VERB = new Set(grammar.verbMarkers);
/** "the two leaders", "both sides": a count of the parties is a way of naming them, not a quantity. */
const PARTIES = new Set([...agentsData.joint, ...data.partyNouns]);
/** Whether token k follows token k - 1 with nothing but a space between (no comma, no dash). */
const adjacent = (tokens: readonly Tok[], k: number): boolean => tokens[k] !== undefined && tokens[k - 1] !== undefined && tokens[k]!.start - tokens[k - 1]!.end <= 1;
/**
 * A small count (two or three: the parties of a call) names the parties when one of their nouns follows it, next to
 * it or after one word that is not a unit ("the two new governments"), with nothing but spaces between; "a pause of
 * 30 days, both leaders said" and "five member states" are quantities.
 */
function namesParties(tokens: readonly Tok[], j: number, value: number): boolean {
  if (value > 3 || !adjacent(tokens, j)) return false;
  if (PARTIES.has(tokens[j]!.norm)) return true;
  return !UNITS.has(tokens[j]!.norm) && adjacent(tokens, j + 1) && PARTIES.has(tokens[j + 1]!.norm);
}
const DIGITS = /^\d[\d,]*(?:\.\d+)?$/u;
/** Compounds with a number word that name a state or a policy ("net zero"), as word sequences. */
const FIXED_PHRASES = data.fixedPhrases.map((p) => p.split(' '));

/** Token k is a word of one of FIXED_PHRASES as the sentence writes it. */
function inFixedPhrase(tokens: readonly Tok[], k: number): boolean {
  return FIXED_PHRASES.some((words) => words.some((w, at) => w === tokens[k]!.norm && words.every((x, n) => tokens[k - at + n]?.norm === x)));
}

/** A number in a sentence: its tokens and value; `vague` for an indefinite plural ("dozens of"), equal to no exact value. */
interface NumberHit {
  from: number;
  to: number;
  value: number;
  vague: boolean;
}
const VAGUE = new Set(data.vague);
/** What a number is compared by: "dozens" equals "dozens", never "twelve". */
const keyOf = (n: NumberHit): string => `${n.vague ? '~' : ''}${n.value}`;

function valueOf(t: Tok): number | undefined {
  if (DIGITS.test(t.norm)) return Number(t.norm.replace(/,/g, ''));
  if (NOT_QUANTITIES.has(t.norm)) return undefined;
  return CARDINALS.get(t.norm);
}

/** A date, not a quantity: next to a month or weekday, a year, or an ordinal day ("4th"). */
function isDate(tokens: readonly Tok[], from: number, to: number, value: number): boolean {
  if (CALENDAR.has(tokens[from - 1]?.norm ?? '') || CALENDAR.has(tokens[to]?.norm ?? '')) return true;
  if (CALENDAR.has(tokens[to]?.norm === 'of' ? tokens[to + 1]?.norm ?? '' : '')) return true;
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && DIGITS.test(tokens[from]!.norm) && !tokens[from]!.norm.includes(',');
}

const isYear = (t: Tok | undefined): boolean => !!t && /^\d{4}$/u.test(t.norm) && Number(t.norm) >= 1900 && Number(t.norm) <= 2100;

/**
 * A number that labels rather than counts (data/numbers.json): a time of day ("17:00", "5 p.m."), a
 * list item's number ("2." opening the sentence), part of a name ("COVID-19", "Resolution 2231",
 * "Article 5"), or the end of a range of years ("2025-26").
 */
function labels(tokens: readonly Tok[], text: string, from: number, to: number): boolean {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const before = tokens[from - 1];
  const gapBefore = before ? text.slice(before.end, first.start) : '';
  const after = text.slice(last.end, tokens[to]?.start ?? text.length);
  // "double taxation" is a kind of taxation; "double the volume" a quantity (Quirk et al. 5.17, multipliers as
  // predeterminers), and so is the verb ("agreed to double trade", "will triple exports").
  if (MULTIPLIER_ADJECTIVES.has(first.norm)) return !DETERMINERS.has(tokens[from + 1]?.norm ?? '') && !BEFORE_VERB.has(before?.norm ?? '');
  if (!DIGITS.test(first.norm)) return false;
  if (/^:\d/u.test(text.slice(last.end, last.end + 2)) || (gapBefore === ':' && before && DIGITS.test(before.norm))) return true;
  if (CLOCK.has(tokens[to]?.norm ?? '') && /^\s*$/u.test(after)) return true;
  if (from === 0 && /^\s*[.)]/u.test(after)) return true;
  // "COVID-19", "2025-26", and "June 3–4": the end of a range of dates is a date.
  if (/^[-\u2010\u2011\u2013]$/u.test(gapBefore)) return !!before && (/^\p{L}/u.test(before.raw) || isYear(before) || (DIGITS.test(before.norm) && isDate(tokens, from - 1, from, Number(before.norm))));
  return designates(tokens, before, from, to) && gapBefore === ' ';
}

/**
 * A capitalised noun right before a number names a numbered thing ("Article 5", "Protocol 12"), unless it is a
 * possessive ("Lisbon's 30-day plan") or a unit follows the number ("after the Summit 40 minutes late").
 */
function designates(tokens: readonly Tok[], before: Tok | undefined, from: number, to: number): boolean {
  if (!before || from <= 1 || !/^\p{Lu}\p{Ll}/u.test(before.raw) || /['\u2019]s?$/u.test(before.raw)) return false;
  return !UNITS.has(tokens[to]?.norm ?? '');
}

/** The numbers of a sentence (`text`: the sentence its tokens come from), with the unit after them ("30-day", "two weeks", "5 per cent"). */
export function numbersOf(tokens: readonly Tok[], text: string): NumberHit[] {
  const out: NumberHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = valueOf(tokens[i]!);
    if (first === undefined) continue;
    let value = first;
    let j = i + 1;
    // "two hundred", "thirty five", "1.5 million".
    for (let v = tokens[j] && valueOf(tokens[j]!); v !== undefined && !DIGITS.test(tokens[j]!.norm); v = tokens[j] && valueOf(tokens[j]!)) {
      value = v >= 100 ? value * v : value + v;
      j++;
    }
    if (isDate(tokens, i, j, value) || namesParties(tokens, j, value) || labels(tokens, text, i, j) || inFixedPhrase(tokens, i)) {
      i = j - 1;
      continue;
    }
    let to = j;
    while (to < tokens.length && to < j + 2 && UNITS.has(tokens[to]!.norm)) to++;
    out.push({ from: i, to, value, vague: tokens.slice(i, j).some((t) => VAGUE.has(t.norm)) });
    i = to - 1;
  }
  return out;
}

const ORDINALS = new Map<string, number>(Object.entries(data.ordinals));
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/u;

/** The value of an ordinal numeral ("third", "25th"), if the token is one. */
function ordinalOf(t: Tok): number | undefined {
  const digits = ORDINAL_DIGITS.exec(t.norm);
  return digits ? Number(digits[1]) : ORDINALS.get(t.norm);
}

const PERIOD_UNITS = new Set(data.periodUnits);
const ORDINAL_PERIOD_NOUNS = new Set(data.ordinalPeriodNouns);

/** The values of the ordinals that rank a period ("the third anniversary", "the fourth-year anniversary", "its 12th year"). */
function rankedPeriods(tokens: readonly Tok[]): number[] {
  return tokens.flatMap((t, k) => {
    const value = ordinalOf(t);
    return value !== undefined && [1, 2].some((d) => ORDINAL_PERIOD_NOUNS.has(tokens[k + d]?.norm ?? '')) ? [value] : [];
  });
}

/**
 * The numbers left once a cardinal that measures a period ("three years since") meets the ordinal of the same value
 * ranking a period on the other side ("the third anniversary"): the same number. Each ordinal pairs with one
 * cardinal; a count ("3 delegations") never pairs with an ordinal ranking something else ("the third time").
 */
function unranked(mine: NumberHit[], tokens: readonly Tok[], theirRanks: readonly number[]): NumberHit[] {
  const pool = [...theirRanks];
  return mine.filter((n) => {
    const k = !n.vague && tokens.slice(n.from, n.to).some((t) => PERIOD_UNITS.has(t.norm)) ? pool.indexOf(n.value) : -1;
    if (k < 0) return true;
    pool.splice(k, 1);
    return false;
  });
}

export function numbers(ctx: PairContext): TypedDifference[] {
  const na = perSentence(ctx.tokens.a, (t) => numbersOf(t, ctx.sentences.a.text), numbersOf);
  const nb = perSentence(ctx.tokens.b, (t) => numbersOf(t, ctx.sentences.b.text), numbersOf);
  // Values both give are no difference, whatever their wording ("30" / "thirty").
  const left = (mine: NumberHit[], theirs: NumberHit[]): NumberHit[] => {
    const pool = new Map<string, number>();
    for (const n of theirs) pool.set(keyOf(n), (pool.get(keyOf(n)) ?? 0) + 1);
    return mine.filter((n) => {
      const left = pool.get(keyOf(n)) ?? 0;
      if (left === 0) return true;
      pool.set(keyOf(n), left - 1);
      return false;
    });
  };
  // The ordinals of the other side only matter when this side has a number left (most pairs have none); found once per sentence.
  const ranked = (mine: NumberHit[], tokens: readonly Tok[], theirs: readonly Tok[]) => (mine.length === 0 ? mine : unranked(mine, tokens, perSentence(theirs, rankedPeriods)));
  const ra = ranked(left(na, nb), ctx.tokens.a, ctx.tokens.b);
  const rb = ranked(left(nb, na), ctx.tokens.b, ctx.tokens.a);
  const out: TypedDifference[] = [];
  const span = (side: Side, n: NumberHit | undefined) => (n ? spanOf(ctx, side, n.from, n.to) : null);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const a = span('a', ra[i]);
    const b = span('b', rb[i]);
    const explanation = a && b
      ? `${ctx.labels.a} gives ${q(a.text)}; ${ctx.labels.b}, ${q(b.text)}.`
      : `Only ${ctx.labels[a ? 'a' : 'b']} gives a number: ${q((a ?? b)!.text)}.`;
    out.push(difference('number', a, b, explanation));
  }
  return out;
}
