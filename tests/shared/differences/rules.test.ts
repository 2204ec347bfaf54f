import { describe, expect, it } from 'vitest';
import { brief, diff, ofType } from './invented';

// Rules added after the first held-out measurement (docs/differences.md), each on invented wording.
describe('the act a sentence reports (commitment)', () => {
  it('does not take the call itself for an act: the act is the one after it', () => {
    expect(ofType(diff('Silva talked to Berg on Friday.', 'Berg held a phone call with Silva on Friday.'), 'commitment')).toEqual([]);
    expect(ofType(diff('Prime Minister Silva spoke by phone with Chancellor Berg to discuss the fishing quota.', 'Chancellor Berg proposed to Prime Minister Silva a cut in the fishing quota.'), 'commitment'))
      .toEqual([['commitment', 'discuss', 'proposed']]);
  });

  it('does not take a noun after a determiner for the act ("during the discussion")', () => {
    expect(ofType(diff('In the discussion of tariffs, a pause was urged.', 'A pause in tariffs was urged.'), 'commitment')).toEqual([]);
    expect(ofType(diff('In the discussion of tariffs, a pause was urged.', 'A pause in tariffs was discussed.'), 'commitment')).toEqual([['commitment', 'urged', 'discussed']]);
  });

  it('takes the act noun a light verb governs ("expressed their commitment", "expressed his readiness")', () => {
    expect(ofType(diff('The ministers expressed their firm commitment to the rail link.', 'The ministers looked forward to the rail link.'), 'commitment'))
      .toEqual([['commitment', 'commitment', 'looked forward']]);
    expect(ofType(diff('Chancellor Berg expressed his readiness to fund the bridge.', 'Chancellor Berg agreed to fund the bridge.'), 'commitment'))
      .toEqual([['commitment', 'readiness', 'agreed']]);
  });

  it('does not compare the acts of two different leaders, the halves of one exchange', () => {
    const ds = diff('Prime Minister Silva urged Chancellor Berg to reopen the border.', 'Chancellor Berg stressed the importance of reopening the border.');
    expect(ofType(ds, 'commitment')).toEqual([]);
    expect(ofType(ds, 'actor')).toEqual([['actor', 'Prime Minister Silva', 'Chancellor Berg']]);
  });
});

describe('modality, polarity and scope bear on the same point', () => {
  it('gives no modality when two different leaders are the subjects ("X must supply" / "Y is ready to supply")', () => {
    const ds = diff('Chancellor Berg must supply the turbines.', 'Prime Minister Silva is ready to supply the turbines.');
    expect(ofType(ds, 'modality')).toEqual([]);
    expect(ofType(ds, 'actor')).toHaveLength(1);
    // The same subject: the modality is one act hedged two ways.
    expect(ofType(diff('Chancellor Berg must supply the turbines.', 'Chancellor Berg is ready to supply the turbines.'), 'modality')).toHaveLength(1);
  });

  it('gives no polarity for a negation of something the other side does not mention', () => {
    expect(ofType(diff('The ministers condemned the raids, for which there is no excuse.', 'The ministers condemned the raids.'), 'polarity')).toEqual([]);
    expect(ofType(diff('The Chancellor did not approve the loan.', 'The Chancellor approved the loan.'), 'polarity')).toEqual([['polarity', 'not approve', null]]);
  });

  it('gives no scope for a qualifier of something the other side does not mention', () => {
    expect(ofType(diff('They called for full implementation of the accord.', 'They called for respect of the accord.'), 'scope')).toEqual([]);
    expect(ofType(diff('They called for a full audit of the accord.', 'They called for an audit of the accord.'), 'scope')).toEqual([['scope', 'full', null]]);
  });

  it('does not read two words a comma parts as one phrase against a coordination', () => {
    expect(ofType(diff('Silva raised the quotas of Chile and the fisheries of Peru.', 'In Chile, the quotas were raised by Silva.'), 'scope')).toEqual([]);
  });
});

describe('numbers and judgements', () => {
  it('does not count the parties named with a word between ("the two neighbouring governments")', () => {
    expect(ofType(diff('Trade between the two neighbouring governments grew.', 'Trade between the governments grew.'), 'number')).toEqual([]);
    expect(ofType(diff('Trade between the two ports grew.', 'Trade between the ports grew.'), 'number')).toEqual([['number', 'two', null]]);
  });

  it('reads "of common interest" as no act (a noun of a phrase, not a wish)', () => {
    expect(ofType(diff('Matters of common interest were discussed by the ministers.', 'The ministers discussed several matters.'), 'commitment')).toEqual([]);
  });

  it('counts a quantity before a comma or of more than the parties ("30 days, both leaders said"; "five member states")', () => {
    expect(ofType(diff('They agreed a pause of 30 days, both leaders said.', 'They agreed a pause, both leaders said.'), 'number')).toEqual([['number', '30 days', null]]);
    expect(ofType(diff('The union will admit five member states next year.', 'The union will admit member states next year.'), 'number')).toEqual([['number', 'five', null]]);
  });

  it('counts a valuation or a word of veracity on one side as a judgement ("vital", "genuine")', () => {
    expect(brief(diff('They discussed the vital question of water rights.', 'They discussed the question of water rights.'))).toEqual([['evaluation', 'vital', null]]);
    expect(ofType(diff('They asked for a genuine reform of the port.', 'They asked for a reform of the port.'), 'evaluation')).toEqual([['evaluation', 'genuine', null]]);
  });
});
