import { describe, expect, it } from 'vitest';
import { isDirectionalSurface, sentenceAgents } from '../../../shared/align/agents';
import { align, DEFAULT_ALIGN_OPTIONS } from '../../../shared/align/align';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { segmentSentences } from '../../../shared/text/segment';

// Invented readouts of invented calls: the rules must hold for any pair.
const readout = (text: string, side: 'a' | 'b' = 'a') => ({ sentences: segmentSentences(text, side), language: 'en' });
const agents = (a: string[], b: string[]) => sentenceAgents(readout(a.join(' ')), readout(b.join(' '), 'b'));

describe('the agent of a sentence', () => {
  const r = agents([
    'President Emmanuel Macron spoke today with Chancellor Olaf Scholz of Germany.',
    'The President thanked the Chancellor for his support.',
    'Chancellor Scholz congratulated the President on the summit.',
    'The two leaders agreed to stay in contact.',
    'The Chancellor invited the President to Berlin.',
    'Following Chancellor Scholz’s announcement, the President expressed his condolences.',
    'In a call with Chancellor Scholz last week, Foreign Minister Jean Dupont thanked Germany.',
    'The President and the Chancellor discussed energy.',
  ], [
    'Chancellor Olaf Scholz held a telephone conversation with the President of France, Emmanuel Macron.',
    'The Chancellor thanked President Macron for the invitation.',
    'The President of France expressed gratitude for the solidarity of Germany.',
    'The Head of State also invited the Chancellor.',
    'They agreed to meet soon.',
    'The French President thanked the German people.',
  ]);

  it('reads the host and guest from the opening sentence', () => {
    expect(r.a[0]).toBe(1);
    expect(r.b[0]).toBe(2); // B is Germany's readout: its host is A's guest
  });

  it('resolves a bare title to the leader the opening gave that title, the host first', () => {
    expect(r.a[1]).toBe(1); // "The President" in the Élysée's readout
    expect(r.a[4]).toBe(2); // "The Chancellor" in the same readout is the guest
    expect(r.b[1]).toBe(2); // "The Chancellor" in Berlin's readout is its host
  });

  it('resolves names on both readouts to the same party', () => {
    expect(r.a[2]).toBe(2);
  });

  it('resolves "the President of France" and "the French President" through the country', () => {
    expect(r.b[2]).toBe(1);
    expect(r.b[5]).toBe(1);
  });

  it('treats "the Head of State" as the readout\'s own leader', () => {
    expect(r.b[3]).toBe(2);
  });

  it('has no single party for joint subjects', () => {
    expect(r.a[3]).toBe('joint');
    expect(r.a[7]).toBe('joint');
    expect(r.b[4]).toBe('joint');
  });

  it('skips possessives and people after a preposition, and gives no party to a third person', () => {
    expect(r.a[5]).toBe(1);
    expect(r.a[6]).toBeUndefined();
  });

  it('skips a person after a preposition and a determiner or adjective', () => {
    const x = agents(
      ['Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.', 'During the conversation with the French President, Vladimir Putin expressed condolences.'],
      ['President Emmanuel Macron spoke with President Vladimir Putin.'],
    );
    expect(x.a[1]).toBe(1);
  });

  it('lets a pronoun opening a sentence or a clause continue the previous subject', () => {
    const x = agents(
      ['President A. Brown spoke with Prime Minister Carla Ortiz.', 'Prime Minister Ortiz thanked him.', 'He invited her to visit.', 'The leaders met.', 'He also thanked the staff.'],
      ['Prime Minister Carla Ortiz spoke with President A. Brown.'],
    );
    expect(x.a[1]).toBe(2);
    expect(x.a[2]).toBe(2);
    expect(x.a[4]).toBe('joint'); // "He" after a joint subject: no single party to continue
  });

  it('gives no agent to the subject of a passive', () => {
    const x = agents(['President Ana Silva spoke with Prime Minister Jon Berg.', 'The Prime Minister was thanked for the hospitality.', 'Prime Minister Berg has been invited to Lisbon.'], ['Prime Minister Jon Berg spoke with President Ana Silva.']);
    expect(x.a[1]).toBeUndefined();
    expect(x.a[2]).toBeUndefined();
  });

  it('keeps the lower-case particles of a name in it', () => {
    const x = agents(
      ['President Luiz Inácio Lula da Silva spoke with President Joe Biden.', 'President Lula da Silva thanked President Biden.', 'President Silva invited him.'],
      ['President Joe Biden spoke with President Lula da Silva of Brazil.'],
    );
    expect(x.a[1]).toBe(1);
    expect(x.a[2]).toBe(1);
    const y = agents(['Crown Prince Mohammed bin Salman spoke with President Emmanuel Macron.', 'President Macron thanked the Crown Prince.'], ['President Emmanuel Macron spoke with Crown Prince Mohammed bin Salman.']);
    expect(y.a[1]).toBe(2);
  });

  it('does not take time words, clause-internal joint words or lower-case title words for the subject', () => {
    const x = agents(
      ['Prime Minister Narendra Modi spoke with Prime Minister Anthony Albanese.', 'Last Friday, Prime Minister Albanese thanked India.', 'Noting the friendship between the two countries, the Prime Minister thanked Australia.', 'Welcoming the state visit, Prime Minister Albanese invited him.'],
      ['Prime Minister Anthony Albanese spoke with Prime Minister Narendra Modi.'],
    );
    expect(x.a[1]).toBe(2);
    expect(x.a[2]).toBe(1);
    expect(x.a[3]).toBe(2);
  });

  it('looks outside quotations for the subject', () => {
    const x = agents(
      ['President Ana Silva spoke with Prime Minister Jon Berg.', '"I thank Prime Minister Berg for his support," the President said.', '"We are grateful," Prime Minister Berg said.'],
      ['Prime Minister Jon Berg spoke with President Ana Silva.'],
    );
    expect(x.a[1]).toBe(1);
    expect(x.a[2]).toBe(2);
  });

  it('skips a headline before the opening sentence', () => {
    const x = sentenceAgents(
      readout('Prime Minister Jon Berg Welcomed by President Ana Silva\n\nPresident Ana Silva spoke today with Prime Minister Jon Berg. The President thanked the Prime Minister.'),
      readout('Prime Minister Jon Berg spoke with President Ana Silva.', 'b'),
    );
    expect(x.a).toHaveLength(3);
    expect(x.a[2]).toBe(1);
  });

  it('gives no agents in a call of three or more leaders', () => {
    const x = agents(
      ['President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Rishi Sunak spoke with President Volodymyr Zelenskyy.', 'Chancellor Scholz thanked President Zelenskyy.'],
      ['President Volodymyr Zelenskyy spoke with President Emmanuel Macron.'],
    );
    expect(x.a).toEqual([undefined, undefined]);
  });

  it('takes the readouts as written by the same side when their hosts share a name', () => {
    const x = agents(['President Emmanuel Macron spoke with Chancellor Olaf Scholz.', 'The President thanked him.'], ['Emmanuel Macron held a call with Olaf Scholz.', 'The President invited him.']);
    expect(x.b[0]).toBe(1);
    expect(x.b[1]).toBe(1);
  });

  it('gives no agents outside English', () => {
    const x = sentenceAgents({ ...readout('Президент поблагодарил канцлера.'), language: 'ru' }, readout('The Chancellor thanked the President.', 'b'));
    expect(x.a).toEqual([undefined]);
    expect(x.b).toEqual([undefined]);
  });

  it('stays quick and bounded on a sentence of a hundred thousand capitalised words', () => {
    const long = `President Ana Silva, ${'Bob '.repeat(150_000)}spoke with Prime Minister Jon Berg.`;
    const x = sentenceAgents(readout(long), readout('Prime Minister Jon Berg spoke with President Ana Silva. The Prime Minister thanked her.', 'b'));
    expect(x.b[1]).toBe(2);
  });
});

describe('directional acts', () => {
  it('are the acts directed at someone, not the other words of their concepts', () => {
    expect(isDirectionalSurface('thanked')).toBe(true);
    expect(isDirectionalSurface('expressed condolences')).toBe(true);
    expect(isDirectionalSurface('invited')).toBe(true);
    expect(isDirectionalSurface('state visit')).toBe(false);
    expect(isDirectionalSurface('re-election')).toBe(false);
  });

  const a = readout('President Ana Silva spoke with Prime Minister Jon Berg. Prime Minister Berg thanked President Silva for the humanitarian convoy. President Silva thanked Prime Minister Berg for the hospitality.');
  const b = readout('Prime Minister Jon Berg held a call with President Ana Silva. The Prime Minister thanked President Silva for the convoy. President Silva thanked the Prime Minister for the hospitality shown.', 'b');
  const on = align(a, b, NO_RESOURCES, DEFAULT_ALIGN_OPTIONS);
  const off = align(a, b, NO_RESOURCES, { ...DEFAULT_ALIGN_OPTIONS, directionalAgents: false });
  const score = (links: typeof on, i: number, j: number) => links.find((l) => l.a === i && l.b === j)?.score ?? 0;

  it('count twice when the same party performs them', () => {
    // Berg thanks Silva for the convoy (a1, b1); Silva thanks Berg for the hospitality (a2, b2).
    expect(score(on, 1, 1)).toBeGreaterThan(score(off, 1, 1));
    expect(score(on, 2, 2)).toBeGreaterThan(score(off, 2, 2));
    // The reason says who: the party's name as the openings give it.
    expect(on.find((l) => l.a === 1 && l.b === 1)?.reasons.map((r) => r.label)).toContain('gratitude, by Berg in both');
    expect(on.find((l) => l.a === 2 && l.b === 2)?.reasons.map((r) => r.label)).toContain('gratitude, by Silva in both');
  });

  it('lift the right links above the thank-yous by the other party', () => {
    expect(score(on, 1, 1)).toBeGreaterThan(score(on, 1, 2));
    expect(score(on, 2, 2)).toBeGreaterThan(score(on, 2, 1));
    expect(on.some((l) => l.a === 1 && l.b === 2)).toBe(false);
    expect(on.some((l) => l.a === 2 && l.b === 1)).toBe(false);
  });
});
