/** An invented call for the difference rules' tests: nothing here is worded like a sample. */
import { differencesFor } from '../../../shared/differences/detect';
import type { TypedDifference } from '../../../shared/differences/types';
import { segmentSentences } from '../../../shared/text/segment';

export const OPENING_A = 'Prime Minister Ana Silva spoke with Chancellor Jon Berg on Monday.';
export const OPENING_B = 'Chancellor Jon Berg held a telephone conversation with Prime Minister Ana Silva.';

/** The typed differences of the second sentence of each readout (after the openings). */
export function diff(a: string, b: string, language = 'en'): TypedDifference[] {
  const sa = segmentSentences(`${OPENING_A} ${a}`, 'a');
  const sb = segmentSentences(`${OPENING_B} ${b}`, 'b');
  return differencesFor({ a: { sentences: sa, language, label: 'Lisbon' }, b: { sentences: sb, language, label: 'Vienna' } })(1, 1, []);
}

/** Type and the two sides' words of each difference. */
export const brief = (ds: readonly TypedDifference[]) => ds.map((d) => [d.type, d.a?.text ?? null, d.b?.text ?? null]);

/** Only the differences of one type. */
export const ofType = (ds: readonly TypedDifference[], type: string) => brief(ds.filter((d) => d.type === type));
