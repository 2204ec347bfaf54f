import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 11 rules (docs/differences.md), after errors a tester reported; each on invented wording unlike any sample.
describe('speech and judgment verbs are no commitment (Levin 1993, 37 and 33)', () => {
  it('gives no commitment difference between two acts that bind nobody', () => {
    expect(ofType(diff('Silva applauded the new ferry timetable.', 'Silva examined the new ferry timetable.'), 'commitment')).toEqual([]);
    expect(ofType(diff('Berg voiced regret over the flooded vineyards.', 'Berg took note of the flooded vineyards.'), 'commitment')).toEqual([]);
  });

  it('still names a binding act against a speech act ("agreed" / "took note of")', () => {
    expect(ofType(diff('Silva agreed to the new ferry timetable.', 'Silva took note of the new ferry timetable.'), 'commitment')).toEqual([['commitment', 'agreed', 'took note']]);
  });

  it('reads a stated commitment to a cause and stated support for it as one stance', () => {
    expect(ofType(diff('The ministers underlined their commitment to the canal project.', 'The ministers reaffirmed their steadfast support for the canal project.'), 'commitment')).toEqual([]);
  });

  it('reads praise against a positive assessment as one judgment: no commitment, no evaluation', () => {
    const ds = diff('Berg applauded the joint patrols on the lake.', 'Berg positively evaluated the joint patrols on the lake.');
    expect(ofType(ds, 'commitment')).toEqual([]);
    expect(ofType(ds, 'evaluation')).toEqual([]);
  });

  it('keeps the evaluation when only one side judges', () => {
    expect(ofType(diff('Berg positively evaluated the joint patrols on the lake.', 'Berg discussed the joint patrols on the lake.'), 'evaluation')).toEqual([['evaluation', 'positively', null]]);
  });
});
