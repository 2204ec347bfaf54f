import { describe, expect, it } from 'vitest';
import { diff, ofType, secondSentences } from './invented';

// Session 11 rules (docs/differences.md), after errors a tester reported; each on invented wording unlike any sample.
describe('speech and judgment verbs are no commitment (Levin 1993, 37 and 33)', () => {
  it('still names a binding act against a speech act ("agreed" / "took note of")', () => {
    expect(ofType(diff('Silva agreed to the new ferry timetable.', 'Silva took note of the new ferry timetable.'), 'commitment')).toEqual([['commitment', 'agreed', 'took note']]);
  });

  it('reads a stated commitment to a cause and stated support for it as one stance', () => {
    expect(ofType(diff('The ministers underlined their commitment to the canal project.', 'The ministers reaffirmed their steadfast support for the canal project.'), 'commitment')).toEqual([]);
  });

  it('keeps the judgment when only one side judges', () => {
    // Session 13: an assessment verb with an adverb of approval is an act of judgment (data/commitment.json), so
    // against a discussion it is a commitment difference, as "commended" against "discussed" is; the words carry one difference.
    const ds = diff('Berg positively evaluated the joint patrols on the lake.', 'Berg discussed the joint patrols on the lake.');
    expect(ofType(ds, 'commitment')).toEqual([['commitment', 'positively evaluated', 'discussed']]);
    expect(ofType(ds, 'evaluation')).toEqual([]);
    expect(ofType(diff('Berg warmly praised the joint patrols on the lake.', 'Berg discussed the joint patrols on the lake.'), 'commitment')).toEqual([['commitment', 'praised', 'discussed']]);
  });
});

describe('reported speech after a past verb (Quirk et al. 14.31, backshift)', () => {
  const explanation = (a: string, b: string) => diff(a, b).filter((d) => d.type === 'modality').map((d) => d.explanation);

  it('explains "would" after "agreed that" as the future-in-the-past, not a hypothetical', () => {
    const [e] = explanation('The envoys agreed that the river ferry would resume in spring.', 'The envoys agreed that the river ferry resumes in spring.');
    expect(e).toMatch(/future-in-the-past/u);
    expect(e).not.toMatch(/hypothetical/u);
  });

  it('still calls a "would" outside reported speech hypothetical', () => {
    const [e] = explanation('The river ferry would resume in spring.', 'The river ferry resumes in spring.');
    expect(e).toMatch(/hypothetical/u);
  });
});

describe('a list item is a noun phrase (Quirk et al. 9.7, 16.3)', () => {
  it('does not read a preposition or particle coordinated with another as an added item', () => {
    expect(ofType(diff('Berg praised the patrols in and around the salt marshes.', 'Berg praised the patrols in the salt marshes.'), 'scope')).toEqual([]);
    expect(ofType(diff('Berg praised the ferries serving villages in both provinces and beyond the dunes.', 'Berg praised the ferries serving villages in both provinces.'), 'scope')).toEqual([]);
  });

  it('still names an added noun', () => {
    expect(ofType(diff('Berg praised the patrols of herons and storks.', 'Berg praised the patrols of storks.'), 'scope')).toEqual([['scope', 'herons', null]]);
  });
});

describe('an ordinal and a cardinal of the same value (Quirk et al. 5.3)', () => {
  it('gives no number difference for "four years since" against "the fourth-year anniversary"', () => {
    expect(ofType(diff('On the fourth-year anniversary of the flood, Berg thanked the rescuers.', 'Four years since the flood, Berg thanked the rescuers.'), 'number')).toEqual([]);
    expect(ofType(diff('On the 12th anniversary of the flood, Berg thanked the rescuers.', 'Twelve years after the flood, Berg thanked the rescuers.'), 'number')).toEqual([]);
  });

  it('still names a cardinal the other side ranks with another value', () => {
    expect(ofType(diff('On the fifth anniversary of the flood, Berg thanked the rescuers.', 'Four years since the flood, Berg thanked the rescuers.'), 'number')).toEqual([['number', null, 'Four years']]);
  });

  it('pairs an ordinal only with the period it ranks, never with a count elsewhere in the sentence (R4)', () => {
    expect(ofType(diff('For the second time, the ministers agreed to send 3 ferries to Tarvo.', 'For the third time, the ministers agreed to send 5 ferries to Tarvo.'), 'number')).toEqual([['number', '3', '5']]);
    expect(ofType(diff('The ministers agreed to send 3 ferries to Tarvo in the second week.', 'The ministers agreed to send ferries to Tarvo in the third week.'), 'number')).toEqual([['number', '3', null]]);
    // The period a cardinal measures and the ordinal that ranks a period still agree.
    expect(ofType(diff('In the third year of the truce, Berg sent 4 ferries.', 'Three years into the truce, Berg sent 4 ferries.'), 'number')).toEqual([]);
  });
});

describe('the actor named as the subject names it', () => {
  it('reads a plural title ("the prime ministers") as both leaders: no actor difference against "the two leaders"', () => {
    expect(ofType(diff('The two leaders backed the canal plan.', 'The prime ministers backed the canal plan.'), 'actor')).toEqual([]);
  });

  it('never names a leader by a given name cut from a full name the subject does not write', () => {
    const ds = secondSentences(
      'Mr. KOVAC Ivo, President of Arland, held a telephone call with Chancellor Jon Berg. President Kovac welcomed the canal plan.',
      'Chancellor Jon Berg held a telephone conversation with President Ivo Kovac. Both leaders welcomed the canal plan.',
      { a: 'Arland', b: 'Berlin' },
    );
    const actor = ds.find((d) => d.type === 'actor');
    expect(actor?.explanation).toMatch(/has President Kovac act/u);
    expect(actor?.explanation).not.toMatch(/Ivo/u);
  });
});

describe('a vague plural is no exact number (R11; Quirk et al. 5.3, indefinite quantities)', () => {
  it('names "dozens" against "twelve" and "hundreds" against "100"', () => {
    expect(ofType(diff('Dozens of fishermen met Berg at the Tarvo pier.', 'Twelve fishermen met Berg at the Tarvo pier.'), 'number')).toEqual([['number', 'Dozens', 'Twelve']]);
    expect(ofType(diff('Berg said hundreds of ferries would sail from Tarvo.', 'Berg said 100 ferries would sail from Tarvo.'), 'number')).toEqual([['number', 'hundreds', '100']]);
  });

  it('gives no difference when both sides say the same vague plural', () => {
    expect(ofType(diff('Dozens of fishermen met Berg at the Tarvo pier.', 'Berg met dozens of fishermen at the Tarvo pier.'), 'number')).toEqual([]);
  });
});

describe('a closing formula closes the call (tests/fixtures/differences/README.md: closing formulas carry none)', () => {
  it('finds no commitment difference when one sentence is a closing formula', () => {
    expect(ofType(diff('They looked forward to meeting in Corvel.', 'Silva and Berg agreed to stay in close contact.'), 'commitment')).toEqual([]);
    // The same verbs on a point of substance: a difference.
    expect(ofType(diff('They looked forward to the ferry reopening.', 'Silva and Berg agreed on the ferry reopening.'), 'commitment')).toEqual([['commitment', 'looked forward', 'agreed']]);
  });
});
