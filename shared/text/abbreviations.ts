/**
 * Abbreviations: when a full stop after a short word does not end a sentence.
 *
 * The sentence segmenter only asks this module about a single "." that is followed by
 * whitespace and then a capital letter, a digit or an opening quote: a full stop followed
 * by a lowercase word never ends a sentence in the first place ("5:00 p.m. for about
 * 15 minutes", "energy, etc. and trade"), so such uses need no entry here. "etc." is
 * deliberately not listed: before a capital it usually does end the sentence.
 *
 * Besides the listed words, two shapes are recognised without a list:
 * - a single letter: an initial ("Donald J. Trump", "В. Путин") or a one-letter
 *   abbreviation ("p. 5", "2021 г.", "г. Москва");
 * - a dotted acronym ("U.S.", "В.В.", "Ph.D."), i.e. letters with a dot inside.
 * Both are {@link AbbreviationKind} `'ambiguous'`. The segmenter never asks about the
 * tail of a longer word ("Russia’s.", "1st.").
 */
import { primaryLanguage } from './language';

/**
 * How an abbreviation behaves before a capitalised word, a digit or an opening quote.
 * - `'prefix'`: stands before what it qualifies (a title before a name, "e.g." before an
 *   example): never ends a sentence.
 * - `'numeric'`: stands before a number ("No. 10", "Jan. 16", "pp. 4–6"): does not end a
 *   sentence before a digit; elsewhere it is an ordinary word.
 * - `'ambiguous'`: as often last in a sentence as inside one ("the U.S.", "5 p.m.", "Jr."):
 *   ends a sentence only before an opening quote or a word that commonly starts
 *   sentences ({@link SENTENCE_STARTERS}), e.g. "at 5 p.m. The leaders" but not
 *   "U.S. President Biden".
 */
export type AbbreviationKind = 'prefix' | 'numeric' | 'ambiguous';

/** One known abbreviation. */
export interface Abbreviation {
  /** The abbreviation as usually written, with its final dot: "Mr.", "e.g.", "т.е.". */
  text: string;
  kind: AbbreviationKind;
}

/**
 * Known abbreviations of general English and Russian, matched case-sensitively except
 * that the case of the first letter may differ when the word has two or more letters
 * ("E.g." and "no." match "e.g." and "No."). Script-specific, so one list serves both
 * languages.
 */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  // English titles and honorifics, before a name.
  ...words('prefix', [
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mme.', 'Mlle.', 'Dr.', 'Prof.', 'Rev.', 'Fr.', 'Hon.', 'Rt.',
    'St.', 'Mt.', 'Ft.', 'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Amb.', 'Sec.', 'Gen.', 'Lt.', 'Col.', 'Maj.',
    'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Brig.', 'H.E.', 'H.M.', 'H.R.H.', 'H.H.',
  ]),
  // English Latin and editorial abbreviations, before what they introduce.
  ...words('prefix', [
    'e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'incl.', 'esp.', 'resp.', 'Ave.', 'Blvd.',
  ]),
  // English, before a number.
  ...words('numeric', [
    'No.', 'Nos.', 'Art.', 'Arts.', 'Fig.', 'Figs.', 'Vol.', 'Vols.', 'Ch.', 'Chap.', 'Sect.', 'Para.',
    'Par.', 'pp.', 'Op.', 'Ref.', 'Res.', 'Tel.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ]),
  // English, often last in a sentence.
  ...words('ambiguous', [
    'U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'a.m.', 'p.m.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.',
    'Jr.', 'Sr.', 'Esq.', 'Dept.', 'Govt.', 'Univ.', 'al.',
  ]),
  // Russian, before what they qualify: "т.е." (that is), "т.к." (because), "т.н." (so-called),
  // "т.ч." (including), "см." (see), "ср." (compare), "им." (named after), "ул." (street),
  // "пл." (square), "пр." (avenue), "проф.", "акад.", "ген.", "тов.", "св." (saint), "гр." (citizen),
  // "Дж." (the two-letter initial of foreign names: "Дж. Байден").
  ...words('prefix', [
    'Дж.', 'т.е.', 'т.к.', 'т.н.', 'т.ч.', 'см.', 'ср.', 'им.', 'ул.', 'пл.', 'пр.', 'проф.', 'акад.', 'ген.',
    'тов.', 'св.', 'гр.',
  ]),
  // Russian, before a number: "ст." (article), "гл." (chapter), "стр." (page),
  // "рис." (figure), "табл." (table).
  ...words('numeric', ['ст.', 'гл.', 'стр.', 'рис.', 'табл.']),
  // Russian, often last in a sentence: "гг." (years), "вв." (centuries), "т.д." / "т.п."
  // (etc.), "др." (others), "н.э." (AD), amounts. Single letters such as "г." (year, or
  // city in "г. Москва"), "в." (century), "п." (item) and "с." (page) need no entry.
  ...words('ambiguous', [
    'гг.', 'вв.', 'т.д.', 'т.п.', 'др.', 'н.э.', 'тыс.', 'млн.', 'млрд.', 'руб.', 'долл.',
  ]),
];

/**
 * Words that commonly start a sentence, per primary language subtag. After an
 * `'ambiguous'` abbreviation, a capitalised word from this list is taken as the start
 * of a new sentence; any other capitalised word (a name, a title) is not.
 * Languages without a list use the English one.
 */
export const SENTENCE_STARTERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
    'You', 'His', 'Her', 'Their', 'Our', 'There', 'Here', 'Both', 'Each', 'All', 'Some', 'Many',
    'Most', 'Such', 'Another', 'Other', 'One', 'Two', 'In', 'On', 'At', 'For', 'With', 'By', 'From',
    'To', 'During', 'After', 'Before', 'Following', 'As', 'When', 'While', 'If', 'Although', 'Since',
    'But', 'And', 'Or', 'So', 'Yet', 'However', 'Also', 'Meanwhile', 'Moreover', 'Furthermore',
    'Additionally', 'Finally', 'Today', 'Yesterday', 'Earlier', 'Later', 'Then', 'Thus', 'Only',
    'Not', 'No', 'What', 'Why', 'How', 'Where',
  ],
  ru: [
    'В', 'Во', 'На', 'По', 'С', 'Со', 'К', 'Ко', 'О', 'Об', 'У', 'За', 'Из', 'От', 'До', 'При', 'Для',
    'После', 'Перед', 'Он', 'Она', 'Оно', 'Они', 'Мы', 'Я', 'Это', 'Этот', 'Эта', 'Эти',
    'Так', 'Также', 'Кроме', 'Как', 'Но', 'А', 'И', 'Однако', 'Вместе', 'Затем', 'Далее',
    'Оба', 'Обе', 'Стороны', 'Собеседники', 'Лидеры', 'Был', 'Была', 'Было', 'Были', 'Сегодня',
  ],
};

const byText = new Map<string, AbbreviationKind>(ABBREVIATIONS.map((a) => [a.text, a.kind]));
const starterSets = new Map<string, ReadonlySet<string>>(
  Object.entries(SENTENCE_STARTERS).map(([language, list]) => [language, new Set(list)]),
);
const englishStarters = starterSets.get('en') ?? new Set<string>();

/**
 * The kind of abbreviation `token` is, or null for an ordinary word. `token` is a run
 * of letters and dots ending with the dot in question ("Mr.", "U.S.", "J.", "said.").
 */
export function abbreviationKind(token: string): AbbreviationKind | null {
  const known = byText.get(token) ?? (letterCount(token) >= 2 ? byText.get(toggleFirst(token)) : undefined);
  if (known !== undefined) return known;
  const body = token.slice(0, -1);
  const isInitial = body.length === 1 && body !== '.';
  const isDottedAcronym = body.includes('.') && !body.startsWith('.') && !body.includes('..');
  if (isInitial || isDottedAcronym) return 'ambiguous';
  return null;
}

/** True when `word` commonly starts a sentence in `language` (a BCP 47 tag). */
export function isSentenceStarter(word: string, language: string): boolean {
  const primary = primaryLanguage(language);
  return (starterSets.get(primary) ?? englishStarters).has(word);
}

function words(kind: AbbreviationKind, texts: readonly string[]): Abbreviation[] {
  return texts.map((text) => ({ text, kind }));
}

function letterCount(token: string): number {
  let n = 0;
  for (const ch of token) if (ch !== '.') n++;
  return n;
}

function toggleFirst(token: string): string {
  const first = token.charAt(0);
  const upper = first.toUpperCase();
  return (first === upper ? first.toLowerCase() : upper) + token.slice(1);
}
