import { describe, expect, it } from 'vitest';
import { formatTerminal } from '../../../node/format/terminal';
import { wordDiff } from '../../../shared/diff/words';
import type { SentenceId } from '../../../shared/model/types';
import { sampleInput } from './sample';

const ANSI = /\x1b\[[0-9;]*m/;
const plain = (width = 100) => formatTerminal(sampleInput(), { color: false, width });

describe('formatTerminal', () => {
  it('prints no ANSI codes when colour is off', () => {
    expect(plain()).not.toMatch(ANSI);
  });

  it('colours when colour is on, and the text without the codes is the plain output', () => {
    const colored = formatTerminal(sampleInput(), { color: true, width: 100 });
    expect(colored).toMatch(ANSI);
    expect(colored.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain());
  });

  it('heads the output with both sources: label, publisher, title, date, counts, coverage and the note of the incomplete copy', () => {
    expect(plain().split('\n').slice(0, 6)).toEqual([
      'White House vs Kremlin',
      'A  White House: The White House, "Readout of the Call", 2025-03-18',
      '   whitehouse.txt · 3 sentences, 16 words · 69% of its words in linked statements',
      'B  Kremlin: President of Russia, 2025-03-18',
      '   kremlin.txt · 4 sentences, 19 words · 58% of its words in linked statements',
      '   INCOMPLETE COPY: Paragraph 5 is cut short.',
    ]);
    expect(plain()).toContain("2 matched rows · 1 statement not in Kremlin's (incomplete) copy · 2 statements only in Kremlin");
  });

  it('writes counts of one in the singular and other counts in the plural', () => {
    const input = sampleInput();
    const c = input.comparison;
    c.a.sentences = c.a.sentences.slice(0, 1);
    c.a.words = 1;
    c.b.words = 0;
    c.pairs = c.pairs.slice(0, 1);
    c.onlyA = [];
    c.onlyB = c.onlyB.slice(0, 1);
    const lines = formatTerminal(input, { color: false, width: 100 }).split('\n');
    expect(lines[2]).toBe('   whitehouse.txt · 1 sentence, 1 word · 69% of its words in linked statements');
    expect(lines[4]).toBe('   kremlin.txt · 4 sentences, 0 words · 58% of its words in linked statements');
    expect(lines).toContain("1 matched row · 0 statements not in Kremlin's (incomplete) copy · 1 statement only in Kremlin");
  });

  it('shows a pair as both sentences with the differing words between word-diff markers (words matched as one concept, leaders ~ presidents, as common), with score and reasons', () => {
    expect(plain()).toContain([
      'a1 <-> b2 · score 0.71 · link confidence 0.95 · reasons: peace, leaders ~ presidents',
      'White House  The leaders spoke about peace.',
      'Kremlin      The presidents spoke about peace.',
    ].join('\n'));
  });

  it('shows a sentence linked to two sentences once, under the headings of both links, as the app does', () => {
    const input = sampleInput();
    const c = input.comparison;
    c.pairs.unshift({ a: [c.a.sentences[0]!.id], b: [c.b.sentences[0]!.id], score: 0.4, confidence: 0.9, reasons: [], diff: wordDiff(c.a.sentences[0]!.text, c.b.sentences[0]!.text) });
    c.onlyB = c.onlyB.filter((id) => id !== 'b1');
    c.omissions = c.omissions.filter((o) => o.id !== 'b1');
    const text = formatTerminal(input, { color: false, width: 100 });
    expect(text).toContain([
      'a1 <-> b1 · score 0.40 · link confidence 0.90',
      'a1 <-> b2 · score 0.71 · link confidence 0.95 · reasons: peace, leaders ~ presidents',
      'White House  The leaders spoke about peace.',
      'Kremlin      {+Kremlin opened with this.+} The presidents spoke about peace.',
    ].join('\n'));
    expect(text.split('The leaders spoke about peace.')).toHaveLength(2);
  });

  it('says when the two sentences use the same words', () => {
    expect(plain()).toContain('White House  They agreed on an energy ceasefire.\nKremlin      (same words)');
  });

  it('marks one-sided statements loudly with the omission wording, in reading order', () => {
    const text = plain();
    expect(text).toContain("!! NOT IN KREMLIN'S (INCOMPLETE) COPY · a3 · one-sided confidence 0.90\nWhite House  Only White House said this.");
    expect(text).toContain('!! ONLY IN KREMLIN · b4 · one-sided confidence 0.90\nKremlin      Only Kremlin said this.');
    const order = ['· b1', 'a1 <-> b2', 'a2 <-> b3', '· b4', '· a3'].map((s) => text.indexOf(s));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('wraps every line to the width, with continuation lines under the text column', () => {
    const text = plain(44);
    expect(text.split('\n').every((line) => line.length <= 44)).toBe(true);
    expect(text).toContain('Kremlin      The presidents spoke about\n             peace.');
  });

  it('falls back to A/B tags instead of a label column on a narrow terminal', () => {
    expect(plain(40)).toContain('A  The leaders spoke about peace.');
  });

  it('replaces control characters from the files so they cannot drive the terminal', () => {
    const input = sampleInput();
    const s = input.comparison.b.sentences[3]!;
    s.text = 'Only \x1b[2JKremlin said this.';
    expect(formatTerminal(input, { color: false, width: 100 })).toContain('Kremlin      Only \uFFFD[2JKremlin said this.');
  });
});

describe('reasons in the terminal', () => {
  it('say what a reason beyond a shared word is: the opening of both readouts, or an act by the same party', () => {
    const input = sampleInput();
    input.comparison.pairs[0]!.reasons = [
      { label: 'both open with the call', a: 'spoke', b: 'conversation', contribution: 0.3 },
      { label: 'gratitude, by Berg in both', a: 'thanked', b: 'expressed gratitude', contribution: 0.2 },
      { label: 'peace', a: 'peace', b: 'peace', contribution: 0.1 },
    ];
    const out = formatTerminal(input, { color: false, width: 200 });
    expect(out).toContain('reasons: both open with the call (spoke ~ conversation), gratitude, by Berg in both (thanked ~ expressed gratitude), peace');
  });
});

describe('the label column', () => {
  it('shows a long label whole when the line has room, and cuts it on a narrow one', () => {
    const input = sampleInput();
    input.comparison.b = { ...input.comparison.b, label: 'President of Ukraine' };
    expect(formatTerminal(input, { color: false, width: 100 })).toMatch(/^President of Ukraine {2}\S/m);
    expect(formatTerminal(input, { color: false, width: 60 })).toMatch(/^President of Uk… {2}\S/m);
  });
});

describe('weak links', () => {
  it('are marked after their confidence, when it is under the one threshold', () => {
    const input = sampleInput();
    input.comparison.pairs[0]!.confidence = 0.62;
    const out = formatTerminal(input, { color: false, width: 120 });
    expect(out).toMatch(/a1 <-> b2 · score 0\.71 · link confidence 0\.62 \(weak\)/);
    expect(out).toMatch(/a2 <-> b3 · score 1\.00 · link confidence 0\.95 · /);
  });

  it('under 0.5 join no rows: each statement stands alone, "matched only weakly", and names the other row', () => {
    const input = sampleInput();
    input.comparison.pairs[0]!.confidence = 0.42;
    const out = formatTerminal(input, { color: false, width: 120 });
    expect(out).not.toMatch(/a1 <-> b2/);
    expect(out).toMatch(/!! MATCHED ONLY WEAKLY WITH KREMLIN'S \(INCOMPLETE\) COPY · a1 · no link confident enough to join rows/);
    expect(out).toMatch(/a1 possibly matches row \d+ \/ b2 \(link confidence 0\.42\)/);
    expect(out).toMatch(/b2 possibly matches row \d+ \/ a1 \(link confidence 0\.42\)/);
    expect(out.replace(/\s+/g, " ")).toMatch(/1 statement of White House matched only weakly · 1 statement of Kremlin matched only weakly/);
  });

  it('say when an analyst made the link, and never call it weak', () => {
    const input = sampleInput();
    input.comparison.pairs[0]!.confidence = null;
    expect(formatTerminal(input, { color: false, width: 120 })).toMatch(/a1 <-> b2 · score 0\.71 · made by an analyst · reasons/);
  });
});

describe('one-sided rows', () => {
  it('say what came closest on the other side, when something did', () => {
    const input = sampleInput();
    input.comparison.omissions[1]!.nearest = { id: 'a1' as SentenceId, score: 0.14, confidence: 0.2, reasons: [{ label: 'peace', a: 'peace', b: 'peace', contribution: 0.1 }] };
    const out = formatTerminal(input, { color: false, width: 120 });
    expect(out).toContain('b1 closest: a1 · score 0.14, link confidence 0.20, not linked · shares: peace');
    expect(out).not.toContain('b4 closest');
  });
});
