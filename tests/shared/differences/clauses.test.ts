import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 10 rules (docs/differences.md), each on invented wording unlike any sample.
describe('an unmarked purpose clause (condition)', () => {
  it('reads a to-infinitive after a noun of effort or joint work as a purpose only one side states', () => {
    // Session 14 (adjudicated reading C1): a noun of effort's to-infinitive is its complement, no purpose; the verbs of working together keep theirs.
    expect(ofType(diff('Silva backed the efforts to reopen the mountain pass.', 'Silva backed the efforts.'), 'condition')).toEqual([]);
    expect(ofType(diff('Silva and Berg kept working together to reopen the mountain pass.', 'Silva and Berg kept working together.'), 'condition')).toEqual([['condition', 'reopen the mountain pass', null]]);
    expect(ofType(diff('The envoys will keep working together.', 'The envoys will keep working together to rebuild the ferry port.'), 'condition')).toEqual([['condition', null, 'rebuild the ferry port']]);
  });

  it('does not read a complement infinitive ("agreed to", "need to", "ready to") as a purpose', () => {
    expect(ofType(diff('Silva agreed to reopen the mountain pass.', 'Silva agreed on the mountain pass.'), 'condition')).toEqual([]);
    expect(ofType(diff('Berg stressed the need to rebuild the ferry port.', 'Berg stressed the ferry port.'), 'condition')).toEqual([]);
  });

  it('gives no condition when both sides state a purpose, in other words', () => {
    expect(ofType(diff('They pledged cooperation to rebuild the ferry port.', 'They pledged cooperation so that the ferry port reopens.'), 'condition')).toEqual([]);
  });
});

describe('"provided" as a verb, not the conditional subordinator', () => {
  it('reads "has provided", "provided by" as the verb', () => {
    expect(ofType(diff('Berg praised the grain that Lisbon has provided the mills.', 'Berg praised the grain for the mills.'), 'condition')).toEqual([]);
    expect(ofType(diff('Berg praised the grain provided by Lisbon.', 'Berg praised the grain.'), 'condition')).toEqual([]);
  });

  it('still reads "provided that" and a bare "provided" before a clause as a condition', () => {
    expect(ofType(diff('The quota will rise provided that the mills reopen.', 'The quota will rise.'), 'condition')).toEqual([['condition', 'the mills reopen', null]]);
    expect(ofType(diff('The quota will rise provided the mills reopen.', 'The quota will rise.'), 'condition')).toEqual([['condition', 'the mills reopen', null]]);
  });
});

describe('acts named by a phrase (commitment)', () => {
  it('reads "advocated" as support', () => {
    expect(ofType(diff('Lisbon has long advocated cheaper ferry fares.', 'Lisbon has long noted cheaper ferry fares.'), 'commitment')).toEqual([['commitment', 'advocated', 'noted']]);
  });

  it('reads neither "stand for" nor "shared the views of" as support or agreement (review A8)', () => {
    expect(ofType(diff('Lisbon will not stand for threats to the ferry line.', 'Lisbon noted threats to the ferry line.'), 'commitment')).toEqual([]);
    expect(ofType(diff('FLA stands for the ferry line accord.', 'Berg noted the ferry line accord.'), 'commitment')).toEqual([]);
    expect(ofType(diff('Silva shared the views of Lisbon on the ferry line.', 'Silva stated the views of Lisbon on the ferry line.'), 'commitment')).toEqual([]);
  });
});

describe('modality of the same act only', () => {
  it('gives no modality for two modal words of different kinds when neither governs a verb both report', () => {
    expect(ofType(diff('Berg stressed the necessity of progress on the fisheries accord.', 'Berg stressed that Vienna was ready to expand the ferry routes.'), 'modality')).toEqual([]);
  });

  it('still compares two modals on a verb both report', () => {
    expect(ofType(diff('The mills would reopen in spring.', 'The mills will reopen in spring.'), 'modality')).toEqual([['modality', 'would reopen', 'will reopen']]);
  });

  it('reads a directive ("urged", "called on") as the obligation a one-sided "need to" states', () => {
    expect(ofType(diff('Silva urged Berg to reopen the mountain pass.', 'Silva stressed the need to reopen the mountain pass.'), 'modality')).toEqual([]);
    expect(ofType(diff('Silva discussed how to reopen the mountain pass.', 'Silva stressed the need to reopen the mountain pass.'), 'modality')).toEqual([['modality', null, 'need to reopen']]);
  });
});

describe('an item one side adds to a list (scope)', () => {
  it('names an added item that comes first ("salt and grain" / "grain": "salt")', () => {
    expect(ofType(diff('They pledged to cut tariffs on salt and grain.', 'They pledged to cut tariffs on grain.'), 'scope')).toEqual([['scope', 'salt', null]]);
  });

  it('reads a list joined by commas, whose shared item may be two words ("timber, wool and olive oil" / "olive oil")', () => {
    expect(ofType(diff('They will cooperate on olive oil.', 'They will cooperate on timber, wool and olive oil.'), 'scope')).toEqual([['scope', null, 'timber, wool']]);
  });

  it('names no item when no item of the list is shared, or the added one is two words', () => {
    expect(ofType(diff('They will cooperate on fisheries.', 'They will cooperate on timber, wool and olive oil.'), 'scope')).toEqual([]);
    expect(ofType(diff('They pledged to cut tariffs on grain.', 'They pledged to cut tariffs on dried fruit and grain.'), 'scope')).toEqual([]);
  });
});

describe('a particularizer before a prepositional phrase (scope)', () => {
  it('names "including through …", "in particular in …" on one side, with the phrase, though the other side lacks its words', () => {
    expect(ofType(diff('The envoys agreed to widen grain shipments, including through the river ports.', 'The envoys agreed to widen grain shipments.'), 'scope')).toEqual([['scope', 'including through the river ports', null]]);
    expect(ofType(diff('The envoys agreed to widen grain shipments.', 'The envoys agreed to widen grain shipments, in particular by rail.'), 'scope')).toEqual([['scope', null, 'in particular by rail']]);
  });

  it('keeps a particularizer before a noun phrase the other side lacks as part of a sub-point, not scope', () => {
    expect(ofType(diff('They reviewed several matters, including the harbour tolls.', 'They reviewed several matters.'), 'scope')).toEqual([]);
  });
});

describe('"take steps to", "take action to" (condition)', () => {
  it('reads the infinitive after a light verb and its object as the act itself, not a purpose', () => {
    expect(ofType(diff('Next spring the guilds will take steps to lower rents in the valley.', 'Next spring the guilds will act on rents in the valley.'), 'condition')).toEqual([]);
    expect(ofType(diff('The harbour board took action to curb smuggling.', 'The harbour board acted on smuggling.'), 'condition')).toEqual([]);
  });
});

describe('modal adjectives and nouns on a word both report (review A1)', () => {
  it('compares two modal words that qualify the same shared noun', () => {
    expect(ofType(diff('They discussed a possible truce in the valley.', 'They discussed a necessary truce in the valley.'), 'modality')).toEqual([['modality', 'possible', 'necessary']]);
    expect(ofType(diff('They discussed the possibility of a truce in the valley.', 'They said a truce in the valley is a must.'), 'modality')).toEqual([['modality', 'possibility', 'must']]);
  });
});

describe('a directive answers only the obligation on its own verb (review A2)', () => {
  it('keeps a one-sided "must" when the other side asks about something else or states a requirement', () => {
    expect(ofType(diff('Silva asked about the mills, which reopen in spring.', 'Silva said the mills must reopen in spring.'), 'modality')).toEqual([['modality', null, 'must reopen']]);
    expect(ofType(diff('Silva said the accord requires that the mills reopen in spring.', 'Silva said the mills must reopen in spring.'), 'modality')).toEqual([['modality', null, 'must reopen']]);
  });

  it('still reads "asked X to V" as the obligation "must V"', () => {
    expect(ofType(diff('Silva asked the guilds to let the mills reopen.', 'Silva said the guilds must let the mills reopen.'), 'modality')).toEqual([]);
  });
});

describe('a purpose against a purpose about something else (review A3)', () => {
  it('keeps the purpose of one side when the other side states a purpose sharing none of its words', () => {
    expect(ofType(diff('Silva and Berg kept working together to reopen the pass.', 'Silva backed the pass, so that trade grows.'), 'condition')).toEqual([['condition', null, 'trade grows']]);
    expect(ofType(diff('The clerks pooled their work so that the archive opens.', 'The clerks pooled their work in order to lower rents.'), 'condition')).toEqual([['condition', 'the archive opens', null], ['condition', null, 'lower rents']]);
  });
});

describe('an unmarked purpose needs a verb after "to" (review A4)', () => {
  it('reads no purpose in "to" before a noun', () => {
    expect(ofType(diff('Silva extended cooperation to neighbouring towns.', 'Silva spoke of neighbouring towns.'), 'condition')).toEqual([]);
    expect(ofType(diff('Silva extended cooperation to partners in the valley.', 'Silva spoke of partners in the valley.'), 'condition')).toEqual([]);
  });

  it('still reads a verb after a noun of effort as a purpose ("efforts to proceed", "to discuss")', () => {
    expect(ofType(diff('The clerks kept working together to proceed with the census.', 'The clerks went on with the census.'), 'condition')).toEqual([['condition', 'proceed with the census', null]]);
  });
});

describe('"provided" before a clause or an object (review A5)', () => {
  it('reads "that provided the … V" as the subordinator', () => {
    expect(ofType(diff('Berg said that provided the mills reopen the quota will rise.', 'Berg said the quota will rise.'), 'condition')).toEqual([['condition', 'the mills reopen', null]]);
    expect(ofType(diff('The quota will rise, provided funding arrives.', 'The quota will rise.'), 'condition')).toEqual([['condition', 'funding arrives', null]]);
  });

  it('reads "provided" before its object as the verb', () => {
    expect(ofType(diff('Lisbon provided grain to the mills.', 'Lisbon sent grain to the mills.'), 'condition')).toEqual([]);
    expect(ofType(diff('Lisbon provided the spare grain to the mills.', 'Lisbon sent the spare grain to the mills.'), 'condition')).toEqual([]);
  });
});

describe('a particularizer on the other side does not hide "all" or "full" (review A6)', () => {
  it('names the quantifier of one side and the particularizer of the other', () => {
    expect(ofType(diff('The envoys agreed to widen all grain shipments.', 'The envoys agreed to widen grain shipments, particularly by rail.'), 'scope')).toEqual([['scope', 'all', null], ['scope', null, 'particularly by rail']]);
    expect(ofType(diff('They backed full use of the river ports.', 'They backed use of the river ports, including the harbour tolls.'), 'scope')).toEqual([['scope', 'full', null]]);
  });
});

describe('items added around a shared item (review A7)', () => {
  it('names each run of added items, never the shared item between them', () => {
    expect(ofType(diff('They cut tariffs on salt, wool and grain.', 'They cut tariffs on wool.'), 'scope')).toEqual([['scope', 'salt', null], ['scope', 'and grain', null]]);
    expect(ofType(diff('The guild trades in hemp.', 'The guild trades in flax, hemp, jute or sisal.'), 'scope')).toEqual([['scope', null, 'flax'], ['scope', null, 'jute or sisal']]);
  });
});

describe('a particularizer that comments on the whole sentence (review B)', () => {
  it('reads "Notably," opening a sentence as no scope', () => {
    expect(ofType(diff('Notably, on Monday the envoys agreed to widen grain shipments.', 'On Monday the envoys agreed to widen grain shipments.'), 'scope')).toEqual([]);
    expect(ofType(diff('Above all, the clerks will keep the archive open.', 'The clerks will keep the archive open.'), 'scope')).toEqual([]);
  });
});
