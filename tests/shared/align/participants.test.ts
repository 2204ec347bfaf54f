/**
 * Participants (issue 14, cause 6): the parties' names and titles as the openings give
 * them, read however they are written, and damped wherever they recur. Invented calls.
 */
import { describe, expect, it } from 'vitest';
import { agentResolvers, sentenceAgents } from '../../../shared/align/agents';
import { align, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { segmentSentences } from '../../../shared/text/segment';

const readout = (text: string, side: 'a' | 'b' = 'a') => ({ sentences: segmentSentences(text, side), language: 'en' });
const names = (a: string, b: string) => agentResolvers(readout(a), readout(b, 'b')).names;

describe('the opening parser', () => {
  it('reads a title with "-elect" as a title, not as the end of the mention', () => {
    expect(names(
      'Prime Minister-elect Ingrid Halvorsen spoke with President Tomas Okafor about fisheries.',
      'President Tomas Okafor held a call with Prime Minister-elect Ingrid Halvorsen.',
    )).toEqual({ 1: 'Halvorsen', 2: 'Okafor' });
  });

  it('reads a generational suffix as part of the name', () => {
    expect(names(
      'President Samuel Brandt Jr. spoke with Prime Minister Aiko Tanabe about grain.',
      'Prime Minister Aiko Tanabe held a call with President Samuel Brandt, Jr., on grain.',
    )).toEqual({ 1: 'Brandt', 2: 'Tanabe' });
  });

  it('reads a first name alone opening the opening sentence as the host', () => {
    expect(names(
      'Mirela spoke with Prime Minister Anton Varga about the bridge project.',
      'Prime Minister Anton Varga held a call with President Mirela Dobre.',
    )).toEqual({ 1: 'Mirela', 2: 'Varga' });
  });

  it('reads a lower-case bare title as the leader it names', () => {
    const a = readout('The president spoke by telephone with Prime Minister Anton Varga. The prime minister thanked the president for the invitation.');
    const b = readout('Prime Minister Anton Varga spoke with President Mirela Dobre. Varga thanked Dobre for the invitation.', 'b');
    const agents = sentenceAgents(a, b);
    expect(agents.a).toEqual([1, 2]);
    expect(agents.b).toEqual([2, 2]);
  });
});

describe('the participants in the alignment', () => {
  it('does not link two unrelated sentences because a party is named once in each', () => {
    // B's opening names the guest; A names her only once, in a sentence about something else.
    const a = readout([
      'The Prime Minister held a call with the President of the neighbouring republic.',
      'They discussed a joint hydropower dam on the border river.',
      'Okafor\'s earlier remarks about vaccine factories were recalled by the minister.',
    ].join(' '));
    const b = readout([
      'President Tomas Okafor spoke today with the Prime Minister.',
      'The leaders agreed to study a joint hydropower dam on the border river.',
    ].join(' '), 'b');
    const links = align(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS).map((l) => `${l.a}-${l.b}`);
    expect(links).toContain('1-1');
    expect(links).not.toContain('2-0');
  });
});
