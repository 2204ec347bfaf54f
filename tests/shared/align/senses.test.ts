/**
 * One word in two senses (issue 14, cause 7): concepts match their listed forms and
 * inflections, not whatever Snowball stems alike, and a word that only stands inside a
 * phrase or an idiom says nothing on its own. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../shared/align/features';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { sentenceId, type Sentence } from '../../../shared/model/types';

const s = (text: string): Sentence => ({ id: sentenceId('a', 0), start: 0, end: text.length, text, paragraph: 0 });
const keys = (text: string): string[] => [...sentenceFeatures(s(text), 'en', NO_RESOURCES).keys()];
const shared = (x: string, y: string): string[] => keys(x).filter((k) => keys(y).includes(k));

describe('one word in two senses', () => {
  it('does not read the "-elect" of a title as the elections concept', () => {
    expect(keys('The governor met Prime Minister-elect Halvorsen at the harbour.')).not.toContain('c:elections');
    expect(keys('The governor praised the fair elections in the province.')).toContain('c:elections');
  });

  it('matches a concept on its listed forms and derivations, not on other words with the same stem', () => {
    // "relations", "relative" and "related" all stem to "relat"; only the first is listed.
    expect(keys('Her relative lives abroad.')).not.toContain('c:relations');
    expect(keys('Two related questions remain.')).not.toContain('c:relations');
    expect(keys('Relations between the two towns improved.')).toContain('c:relations');
    // "invest" is a derivation of the listed "investment" (WordNet), so it counts.
    expect(keys('The fund will invest abroad.')).toContain('c:economy');
  });

  it('keeps "state visit" apart from "stated"', () => {
    expect(shared('The queen will pay a state visit to the island in spring.', 'The minister stated that talks had stalled.')).toEqual([]);
  });

  it('keeps "in general" apart from a general election', () => {
    expect(shared('In general, the harvest outlook improved.', 'The party will contest the general election.')).toEqual([]);
    // A content word after the idiom's words: "in general elections" is no idiom.
    expect(keys('They campaigned in general elections abroad.')).toContain('w:general');
  });

  it('keeps "at present" apart from presenting a plan', () => {
    expect(shared('At present, the reservoir is half full.', 'The mayor will present a plan for the reservoir.')).toEqual(['w:reservoir']);
  });
});
