import { describe, expect, it } from 'vitest';
import { sentenceAgents } from '../../../shared/align/agents';
import { align, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { segmentSentences } from '../../../shared/text/segment';

// Invented readouts of an invented call: the rules must hold for any pair.
const readout = (text: string, side: 'a' | 'b' = 'a') => ({ sentences: segmentSentences(text, side), language: 'en' });

describe('the agent of a sentence', () => {
  const elysee = readout([
    'President Emmanuel Macron spoke today with Chancellor Olaf Scholz of Germany.',
    'The President thanked the Chancellor for his support.',
    'Chancellor Scholz congratulated the President on the summit.',
    'The two leaders agreed to stay in contact.',
    'He also invited the Chancellor to Paris.',
    'Following Chancellor Scholz’s announcement, the President expressed his condolences.',
    'In a call with Chancellor Scholz last week, Foreign Minister Jean Dupont thanked Germany.',
    'The President and the Chancellor discussed energy.',
  ].join(' '));
  const berlin = readout([
    'Chancellor Olaf Scholz held a telephone conversation with the President of France, Emmanuel Macron.',
    'The Chancellor thanked President Macron for the invitation.',
    'The President of France expressed gratitude for the solidarity of Germany.',
    'The Head of State also invited the Chancellor.',
    'They agreed to meet soon.',
  ].join(' '), 'b');
  const agents = sentenceAgents(elysee, berlin);

  it('reads the host and guest from the opening sentence, and a bare title as the host', () => {
    expect(agents.a[0]).toBe(1);
    expect(agents.a[1]).toBe(1);
  });

  it('resolves names on both readouts to the same party', () => {
    expect(agents.a[2]).toBe(2);
    expect(agents.b[1]).toBe(2); // B is Germany's readout: its bare title is the guest of A
    expect(agents.b[0]).toBe(2);
  });

  it('resolves "the President of France" through the place the opening gave him', () => {
    expect(agents.b[2]).toBe(1);
  });

  it('treats "the Head of State" as a title, not a place', () => {
    expect(agents.b[3]).toBe(2);
  });

  it('has no single party for joint subjects', () => {
    expect(agents.a[3]).toBe('joint');
    expect(agents.a[7]).toBe('joint');
    expect(agents.b[4]).toBe('joint');
  });

  it('lets a sentence-opening pronoun continue the previous subject', () => {
    expect(agents.a[4]).toBe('joint'); // "He" after the joint sentence: the previous subject, whatever it was
    const r = sentenceAgents(readout('President A. Brown spoke with Prime Minister Carla Ortiz. Prime Minister Ortiz thanked him. He invited her to visit.'), readout('Prime Minister Carla Ortiz spoke with President A. Brown.', 'b'));
    expect(r.a[1]).toBe(2);
    expect(r.a[2]).toBe(2);
  });

  it('skips possessives and people after a preposition, and gives no party to a third person', () => {
    expect(agents.a[5]).toBe(1);
    expect(agents.a[6]).toBeUndefined();
  });

  it('takes the readouts as written by the same side when their hosts share a name', () => {
    const r = sentenceAgents(
      readout('President Emmanuel Macron spoke with Chancellor Olaf Scholz. The President thanked him.'),
      readout('Emmanuel Macron held a call with Olaf Scholz. The President invited him.', 'b'),
    );
    expect(r.b[0]).toBe(1);
    expect(r.b[1]).toBe(1);
  });

  it('gives no agents outside English', () => {
    const r = sentenceAgents({ ...readout('Президент поблагодарил канцлера.'), language: 'ru' }, readout('The Chancellor thanked the President.', 'b'));
    expect(r.a).toEqual([undefined]);
    expect(r.b).toEqual([undefined]);
  });
});

describe('directional acts in the alignment', () => {
  const a = readout('President Ana Silva spoke with Prime Minister Jon Berg. Prime Minister Berg thanked President Silva for the humanitarian convoy. President Silva thanked Prime Minister Berg for the hospitality.');
  const b = readout('Prime Minister Jon Berg held a call with President Ana Silva. The Prime Minister was thanked for the hospitality shown to the delegation. The Prime Minister thanked President Silva for the convoy.', 'b');

  it('scores the same party thanking higher than the other party thanking', () => {
    const on = align(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
    const off = align(a, b, NO_RESOURCES, { ...DEFAULT_ALIGN_OPTIONS, directionalAgents: false });
    const score = (links: typeof on, i: number, j: number) => links.find((l) => l.a === i && l.b === j)?.score ?? 0;
    // a1 and b2: Berg thanks Silva for the convoy, in both readouts.
    expect(score(on, 1, 2)).toBeGreaterThan(score(off, 1, 2));
    const reasons = on.find((l) => l.a === 1 && l.b === 2)?.reasons.map((r) => r.label) ?? [];
    expect(reasons.some((r) => r.includes('by the same party'))).toBe(true);
  });
});
