/** An invented call for the difference rules' tests: nothing here is worded like a sample. */
import { differencesFor } from '../../../shared/differences/detect';
import { numbersOf } from '../../../shared/differences/number';
import { tokenize } from '../../../shared/differences/tokens';
import type { TypedDifference } from '../../../shared/differences/types';
import { segmentSentences } from '../../../shared/text/segment';

export const OPENING_A = 'Prime Minister Ana Silva spoke with Chancellor Jon Berg on Monday.';
export const OPENING_B = 'Chancellor Jon Berg held a telephone conversation with Prime Minister Ana Silva.';

/** The typed differences of the second sentences of two whole readouts, each with its own opening, under the readouts' labels. */
export function secondSentences(a: string, b: string, labels: { a: string; b: string }, language = 'en'): TypedDifference[] {
  const sa = segmentSentences(a, 'a');
  const sb = segmentSentences(b, 'b');
  return differencesFor({ a: { sentences: sa, language, label: labels.a }, b: { sentences: sb, language, label: labels.b } })(1, 1, []);
}

/** The typed differences of the second sentence of each readout (after the openings). */
export const diff = (a: string, b: string, language = 'en'): TypedDifference[] =>
  secondSentences(`${OPENING_A} ${a}`, `${OPENING_B} ${b}`, { a: 'Lisbon', b: 'Vienna' }, language);

/** Type and the two sides' words of each difference. */
export const brief = (ds: readonly TypedDifference[]) => ds.map((d) => [d.type, d.a?.text ?? null, d.b?.text ?? null]);

/** Only the differences of one type. */
export const ofType = (ds: readonly TypedDifference[], type: string) => brief(ds.filter((d) => d.type === type));

/** The numbers a sentence gives, as written. */
export const numbers = (text: string): string[] => {
  const t = tokenize(text);
  return numbersOf(t, text).map((n) => text.slice(t[n.from]!.start, t[n.to - 1]!.end));
};
