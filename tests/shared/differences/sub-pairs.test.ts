import { describe, expect, it } from 'vitest';
import { differencesFor } from '../../../shared/differences/detect';
import { withoutRowEchoes } from '../../../shared/differences/rows';
import type { TypedDifference } from '../../../shared/differences/types';
import { segmentSentences } from '../../../shared/text/segment';
import { diff, OPENING_A, OPENING_B, ofType } from './invented';

// Tester 8 (U6, U2): typed differences that compared two different statements of a row, restated in invented wording.

/** The typed differences of each link (0-based sentence indices, with the aligner's score), after the row step compare() applies. */
function rowDifferences(a: string, b: string, links: ReadonlyArray<[number, number, number]>): TypedDifference[][] {
  const sa = segmentSentences(`${OPENING_A} ${a}`, 'a');
  const sb = segmentSentences(`${OPENING_B} ${b}`, 'b');
  const of = differencesFor({ a: { sentences: sa, language: 'en', label: 'Lisbon' }, b: { sentences: sb, language: 'en', label: 'Vienna' } });
  const pairs = links.map(([i, j, score]) => ({ a: [sa[i]!.id], b: [sb[j]!.id], score, differences: of(i, j, []) }));
  const texts = new Map([...sa, ...sb].map((s) => [s.id as string, s.text]));
  return withoutRowEchoes(pairs, (id) => texts.get(id)).map((p) => p.differences);
}

const typed = (ds: readonly TypedDifference[], type: string) => ds.filter((d) => d.type === type).map((d) => [d.a?.text ?? null, d.b?.text ?? null]);

describe('an assessment verb with an adverb of approval is a judgment', () => {
  it('finds no one-sided "positively" and no commitment difference against a verb of praise', () => {
    const ds = diff('The ministers commended the work of the port teams.', 'Both ministers positively assessed the work of the port teams.');
    expect(ofType(ds, 'evaluation')).toEqual([]);
    expect(ofType(ds, 'commitment')).toEqual([]);
  });

  it('still finds the adverb one-sided against a plain discussion', () => {
    const ds = diff('The ministers discussed the work of the port teams.', 'Both ministers positively assessed the work of the port teams.');
    expect(ofType(ds, 'commitment')).toEqual([['commitment', 'discussed', 'positively assessed']]);
  });
});

describe('a two-sided difference between two statements of a row', () => {
  const a = 'The ministers commended the work of their port teams, which led to the reopening of the Corvel ferry.';
  const b = 'The ministers also reviewed the situation in Corvel with an emphasis on the ferry. Both ministers positively assessed the work of the port teams in this area.';

  it('is dropped when the better-aligned sentence of the row reports the same act', () => {
    const [lower, higher] = rowDifferences(a, b, [[1, 1, 0.2], [1, 2, 0.4]]);
    expect(typed(lower!, 'commitment')).toEqual([]);
    expect(typed(higher!, 'commitment')).toEqual([]);
  });

  it('is kept when the sentence that reports the same act is the worse-aligned one', () => {
    const [lower] = rowDifferences(a, b, [[1, 1, 0.5], [1, 2, 0.4]]);
    expect(typed(lower!, 'commitment')).toEqual([['commended', 'reviewed']]);
  });

  it('is kept when the sentence linked twice coordinates: its verb is said of each complement', () => {
    const b = 'They discussed the new tolls on the river. Both ministers agreed on the importance of an open canal.';
    const [, coordinated] = rowDifferences('The ministers discussed the new tolls on the river and the need to open the canal to barges.', b, [[1, 1, 0.5], [1, 2, 0.3]]);
    expect(typed(coordinated!, 'commitment')).toEqual([['discussed', 'agreed']]);
    const [, single] = rowDifferences('The ministers discussed the new tolls on the river that closed the canal to barges.', b, [[1, 1, 0.5], [1, 2, 0.3]]);
    expect(typed(single!, 'commitment')).toEqual([]);
  });

  it('drops a modality whose modal the better-aligned sentence gives on the same verb', () => {
    const ma = 'Silva said Lisbon backs the valley, agreeing that Vosk must restore the dams.';
    const mb = 'Silva said Lisbon stands with the valley and is ready to restore the mills. Silva agreed that Vosk must restore the dams.';
    const [lower, higher] = rowDifferences(ma, mb, [[1, 1, 0.3], [1, 2, 0.6]]);
    expect(typed(lower!, 'modality')).toEqual([]);
    expect(typed(higher!, 'modality')).toEqual([]);
    // The same two sentences alone, as one link: the modality is found (the rule, not the modal, drops it above).
    expect(ofType(diff(ma, mb.split('. ')[0]! + '.'), 'modality')).toEqual([['modality', 'must restore', 'ready to restore']]);
  });
});

describe('a premise one side distances with a word of hearsay (tester 8, U6: "ostensibly")', () => {
  it('is a modality difference when the phrase it qualifies is one the other side states', () => {
    expect(ofType(diff('Berg raised the floods caused by the dam failures in Vosk.', 'Berg noted the floods allegedly caused by the dam failures in Vosk.'), 'modality'))
      .toEqual([['modality', null, 'allegedly']]);
    expect(diff('Berg raised the floods caused by the dam failures in Vosk.', 'Berg noted the floods allegedly caused by the dam failures in Vosk.').find((d) => d.type === 'modality')?.explanation)
      .toMatch(/reported or alleged/u);
  });

  it('is a difference when the two sentences report different speakers too: the premise is no speaker\'s act', () => {
    expect(ofType(diff('Silva raised the floods caused by the dam failures in Vosk.', 'Berg noted the floods allegedly caused by the dam failures in Vosk.'), 'modality'))
      .toEqual([['modality', null, 'allegedly']]);
  });

  it('is none when both distance it, or when the phrase is one the other side does not give', () => {
    expect(ofType(diff('Berg raised the floods reportedly caused by the dam failures in Vosk.', 'Berg noted the floods allegedly caused by the dam failures in Vosk.'), 'modality')).toEqual([]);
    expect(ofType(diff('Berg raised the floods in Vosk.', 'Berg noted the floods in Vosk, and grain allegedly hoarded by millers.'), 'modality')).toEqual([]);
  });
});
