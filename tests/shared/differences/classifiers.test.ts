import { describe, expect, it } from 'vitest';
import { diff, ofType } from './invented';

// Session 16: a classifying adjective coordinated with a modifier both sides give (data/scope.json, classifiersAbout); invented wording only.

describe('a one-sided classifier in a coordination of modifiers (scope)', () => {
  it('widens the point when it is coordinated before a modifier both give', () => {
    expect(ofType(diff('The ministers condemned the repeated coastal and river flooding.', 'The ministers condemned the river flooding.'), 'scope'))
      .toEqual([['scope', 'coastal', null]]);
  });

  it('names a run of coordinated classifiers after a shared one, a hyphened compound read by its head', () => {
    expect(ofType(diff('They called for a transparent, non-governmental and judicial inquiry.', 'They called for a transparent inquiry.'), 'scope'))
      .toEqual([['scope', 'non-governmental and judicial', null]]);
  });

  it('is no difference when the classifier stands alone before the noun (a modifier of its own, often a paraphrase)', () => {
    expect(ofType(diff('They welcomed the regional talks on the canal.', 'They welcomed the talks on the canal.'), 'scope')).toEqual([]);
  });

  it('is no difference when the coordinated modifier is one-sided too, or the other side gives the classifier', () => {
    expect(ofType(diff('They praised the coastal and river defences.', 'They praised the dykes.'), 'scope')).toEqual([]);
    expect(ofType(diff('They praised the coastal and river defences.', 'They praised the coastal and river defences.'), 'scope')).toEqual([]);
  });

  it('leaves an evaluative or degree word to its own type', () => {
    const ds = diff('They held a second cordial and practical meeting.', 'They held a second practical meeting.');
    expect(ofType(ds, 'scope')).toEqual([]);
    expect(ofType(ds, 'evaluation')).toEqual([['evaluation', 'cordial', null]]);
  });
});

describe('a name or an acronym as the shared last item of a list (scope)', () => {
  it('anchors the list: the plain items before it are added', () => {
    expect(ofType(diff('They welcomed progress in fields such as shipping, tourism and ICT.', 'They welcomed progress on ICT.'), 'scope'))
      .toEqual([['scope', 'shipping, tourism', null]]);
  });

  it('adds no name: a list of names the other side gives one of is not read', () => {
    expect(ofType(diff('They welcomed the visits of Berg, Silva and Reyes.', 'They welcomed the visit of Reyes.'), 'scope')).toEqual([]);
  });
});
