import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../shared/text/segment';

const PAIRS = fileURLToPath(new URL('../../fixtures/pairs', import.meta.url));

function texts(input: string, language?: string): string[] {
  return segmentSentences(input, 'a', { language }).map((s) => s.text);
}

interface GoldUnit {
  id: string;
  text: string;
}
interface Gold {
  a: string;
  b: string;
  a_units: GoldUnit[];
  b_units: GoldUnit[];
}
interface Meta {
  readouts?: { file: string; language?: string }[];
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

describe('segmentSentences on the gold readouts', () => {
  const folders = readdirSync(PAIRS).filter((name) => existsSync(join(PAIRS, name, 'gold.json')));

  it('finds the twenty gold pairs', () => {
    expect(folders).toHaveLength(20);
  });

  for (const folder of folders) {
    for (const side of ['a', 'b'] as const) {
      it(`segments ${folder} side ${side} exactly as its gold units`, () => {
        const gold = JSON.parse(readText(join(PAIRS, folder, 'gold.json'))) as Gold;
        const metaPath = join(PAIRS, folder, 'meta.json');
        const meta = existsSync(metaPath) ? (JSON.parse(readText(metaPath)) as Meta) : {};
        const file = gold[side];
        const language = meta.readouts?.find((r) => r.file === file)?.language ?? 'en';
        const sentences = segmentSentences(readText(join(PAIRS, folder, file)), side, { language });
        const units = side === 'a' ? gold.a_units : gold.b_units;
        expect(sentences.map((s) => s.text)).toEqual(units.map((u) => u.text));
        expect(sentences.map((s) => s.id)).toEqual(units.map((u) => u.id));
      });
    }
  }
});

describe('segmentSentences: sentence ends', () => {
  it('splits at a full stop followed by a space and a capital', () => {
    expect(texts('The leaders spoke. They agreed.')).toEqual(['The leaders spoke.', 'They agreed.']);
  });

  it('does not split at a full stop followed by a lowercase word', () => {
    expect(texts('He spoke of approx. fifteen points. They agreed.')).toEqual([
      'He spoke of approx. fifteen points.',
      'They agreed.',
    ]);
  });

  it('ends a sentence at "?" followed by a capital', () => {
    expect(texts('Is peace possible? The leaders think so.')).toEqual(['Is peace possible?', 'The leaders think so.']);
  });

  it('ends a sentence at "!" followed by an opening quote', () => {
    expect(texts('It was a great call! "We agree," he said.')).toEqual(['It was a great call!', '"We agree," he said.']);
  });

  it('ends a sentence at "…" followed by a digit', () => {
    expect(texts('The list is long… 15 points were raised.')).toEqual(['The list is long…', '15 points were raised.']);
  });

  it('keeps "?" followed by a lowercase word inside the sentence', () => {
    expect(texts('"Why not?" he asked. Nobody answered.')).toEqual(['"Why not?" he asked.', 'Nobody answered.']);
  });

  it('does not split decimal numbers such as "3.5"', () => {
    expect(texts('Growth reached 3.5 percent. Both welcomed it.')).toEqual([
      'Growth reached 3.5 percent.',
      'Both welcomed it.',
    ]);
  });

  it('does not split times such as "5:00"', () => {
    expect(texts('They spoke at 5:00. Then they met.')).toEqual(['They spoke at 5:00.', 'Then they met.']);
  });

  it('does not split a full stop without a following space', () => {
    expect(texts('See gov.uk for details.')).toEqual(['See gov.uk for details.']);
  });

  it('ends a sentence after a year followed by a capital', () => {
    expect(texts('The treaty dates from 2020. The leaders renewed it.')).toEqual([
      'The treaty dates from 2020.',
      'The leaders renewed it.',
    ]);
  });
});

describe('segmentSentences: abbreviations and initials', () => {
  it('keeps "U.S." inside a sentence', () => {
    expect(texts('The U.S. President spoke with him. They agreed.')).toEqual([
      'The U.S. President spoke with him.',
      'They agreed.',
    ]);
  });

  it('keeps "U.S.-Russia Summit" inside a sentence', () => {
    expect(texts('They met after the U.S.-Russia Summit in Geneva. Both welcomed it.')).toEqual([
      'They met after the U.S.-Russia Summit in Geneva.',
      'Both welcomed it.',
    ]);
  });

  it('ends a sentence at "U.S." when a common sentence starter follows', () => {
    expect(texts('He thanked the U.S. The leaders agreed.')).toEqual(['He thanked the U.S.', 'The leaders agreed.']);
  });

  it('keeps "U.S." followed by a possessive apostrophe inside a sentence', () => {
    expect(texts('None of the U.S.’ NATO allies took part.')).toEqual(['None of the U.S.’ NATO allies took part.']);
  });

  it('keeps "H.E. Justin Trudeau" inside a sentence', () => {
    expect(texts('Prime Minister spoke with H.E. Justin Trudeau, Prime Minister of Canada.')).toEqual([
      'Prime Minister spoke with H.E. Justin Trudeau, Prime Minister of Canada.',
    ]);
  });

  it('keeps "H.E. Joseph R. Biden" inside a sentence', () => {
    expect(texts('He called H.E. Joseph R. Biden, President of the U.S.A. today.')).toEqual([
      'He called H.E. Joseph R. Biden, President of the U.S.A. today.',
    ]);
  });

  it('keeps the initial in "Donald J. Trump" inside a sentence', () => {
    expect(texts('President Donald J. Trump spoke today with Prime Minister May.')).toEqual([
      'President Donald J. Trump spoke today with Prime Minister May.',
    ]);
  });

  it('keeps chained initials such as "J. A. Smith" inside a sentence', () => {
    expect(texts('The envoy J. A. Smith attended.')).toEqual(['The envoy J. A. Smith attended.']);
  });

  it('keeps "Prof. Ruth" inside a sentence', () => {
    expect(texts('Prof. Ruth Deyermond observed this. She is a lecturer.')).toEqual([
      'Prof. Ruth Deyermond observed this.',
      'She is a lecturer.',
    ]);
  });

  it('keeps "Mr. ABE Shinzo" inside a sentence', () => {
    expect(texts('Mr. ABE Shinzo, Prime Minister of Japan, held a talk.')).toEqual([
      'Mr. ABE Shinzo, Prime Minister of Japan, held a talk.',
    ]);
  });

  it('keeps "Dr." inside a sentence', () => {
    expect(texts('The call was joined by Dr. Tedros. He briefed them.')).toEqual([
      'The call was joined by Dr. Tedros.',
      'He briefed them.',
    ]);
  });

  it('keeps "St." inside a sentence', () => {
    expect(texts('They met in St. Petersburg. The talks went well.')).toEqual([
      'They met in St. Petersburg.',
      'The talks went well.',
    ]);
  });

  it('keeps "No. 10" inside a sentence', () => {
    expect(texts('A No. 10 spokesperson said so. The call was short.')).toEqual([
      'A No. 10 spokesperson said so.',
      'The call was short.',
    ]);
  });

  it('keeps "Jan." before a date inside a sentence', () => {
    expect(texts('The group will meet on Jan. 16 in London.')).toEqual(['The group will meet on Jan. 16 in London.']);
  });

  it('keeps "e.g." and "i.e." inside a sentence, even before a capital', () => {
    expect(texts('They named sectors, e.g. Energy, and the host, i.e. Canada, agreed.')).toEqual([
      'They named sectors, e.g. Energy, and the host, i.e. Canada, agreed.',
    ]);
  });

  it('keeps "etc." mid-sentence inside the sentence', () => {
    expect(texts('They discussed trade, energy, etc. and agreed to meet. Both were pleased.')).toEqual([
      'They discussed trade, energy, etc. and agreed to meet.',
      'Both were pleased.',
    ]);
  });

  it('keeps "5:00 p.m. for approximately 15 minutes" inside a sentence', () => {
    expect(texts('On September 2, commencing at around 5:00 p.m. for approximately 15 minutes, they spoke.')).toEqual([
      'On September 2, commencing at around 5:00 p.m. for approximately 15 minutes, they spoke.',
    ]);
  });

  it('keeps "p.m." followed by a parenthesis inside the sentence', () => {
    expect(texts('At 12:05 p.m. (local time) the leaders met. They spoke.')).toEqual([
      'At 12:05 p.m. (local time) the leaders met.',
      'They spoke.',
    ]);
  });

  it('ends a sentence at "p.m." followed by "The"', () => {
    expect(texts('They spoke at 5 p.m. The leaders agreed.')).toEqual(['They spoke at 5 p.m.', 'The leaders agreed.']);
  });

  it('ends a sentence after a possessive such as "Russia’s." even before a name', () => {
    expect(texts('The decision was Russia’s. Putin said so.')).toEqual(['The decision was Russia’s.', 'Putin said so.']);
  });

  it('keeps a one-letter abbreviation before a number, such as "p. 5", inside a sentence', () => {
    expect(texts('See the annex, p. 5 for details.')).toEqual(['See the annex, p. 5 for details.']);
  });

  it('recognises an abbreviation written with a capital first letter at a sentence start', () => {
    expect(texts('E.g. Canada agreed.')).toEqual(['E.g. Canada agreed.']);
  });
});

describe('segmentSentences: paragraphs and line breaks', () => {
  it('always ends a sentence at a blank line, even without a full stop', () => {
    expect(texts('Prime Minister spoke with H.E. Justin Trudeau\n\nThe two leaders spoke.')).toEqual([
      'Prime Minister spoke with H.E. Justin Trudeau',
      'The two leaders spoke.',
    ]);
  });

  it('ends a sentence at a CRLF blank line', () => {
    expect(texts('No full stop here\r\n\r\nnor here')).toEqual(['No full stop here', 'nor here']);
  });

  it('counts a line holding only whitespace as blank', () => {
    expect(texts('First part\n \t \nsecond part')).toEqual(['First part', 'second part']);
  });

  it('treats a single line break inside a paragraph as a space', () => {
    expect(texts('The leaders spoke\nabout trade. They agreed.')).toEqual([
      'The leaders spoke\nabout trade.',
      'They agreed.',
    ]);
  });

  it('treats a single CRLF inside a paragraph as a space, even before a capital', () => {
    expect(texts('The leaders spoke about\r\nUkraine and trade.')).toEqual(['The leaders spoke about\r\nUkraine and trade.']);
  });

  it('numbers paragraphs from 0, counting only blocks with text', () => {
    const sentences = segmentSentences('\n\nOne. Two.\n\n\n\nThree\n\n', 'a');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['One.', 0],
      ['Two.', 0],
      ['Three', 1],
    ]);
  });

  it('gives offsets into the text as given, CRLF included', () => {
    expect(segmentSentences('One.\r\n\r\nTwo three.\r\nFour.', 'b')).toEqual([
      { id: 'b1', start: 0, end: 4, text: 'One.', paragraph: 0 },
      { id: 'b2', start: 8, end: 18, text: 'Two three.', paragraph: 1 },
      { id: 'b3', start: 20, end: 25, text: 'Four.', paragraph: 1 },
    ]);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(segmentSentences('', 'a')).toEqual([]);
    expect(segmentSentences(' \r\n\t\n ', 'a')).toEqual([]);
  });
});

describe('segmentSentences: list markers', () => {
  it('keeps "1." with the sentence it starts', () => {
    expect(texts('1. At the outset, Prime Minister Abe explained this. He thanked him.')).toEqual([
      '1. At the outset, Prime Minister Abe explained this.',
      'He thanked him.',
    ]);
  });

  it('does not make "1." on a line of its own a separate sentence', () => {
    expect(texts('1.\nAt the outset, the leaders spoke.')).toEqual(['1.\nAt the outset, the leaders spoke.']);
  });

  it('keeps "1." with its sentence when it follows a sentence end on the same line', () => {
    expect(texts('The overview is as follows. 1. At the outset, they spoke.')).toEqual([
      'The overview is as follows.',
      '1. At the outset, they spoke.',
    ]);
  });

  it('starts a new sentence at a line starting with "2)", even after a line without a full stop', () => {
    expect(texts('The leaders agreed on\n1) trade\n2) energy')).toEqual(['The leaders agreed on', '1) trade', '2) energy']);
  });

  it('starts a new sentence at lines starting with "- " or "• "', () => {
    expect(texts('They discussed:\n- trade and energy\n• security')).toEqual([
      'They discussed:',
      '- trade and energy',
      '• security',
    ]);
  });

  it('starts a new sentence at a list marker after a CRLF', () => {
    expect(texts('Topics\r\n(a) trade\r\n(b) energy')).toEqual(['Topics', '(a) trade', '(b) energy']);
  });
});

describe('segmentSentences: quotation marks', () => {
  it('keeps a quote ending in a comma with its sentence', () => {
    expect(texts('"Ukrainian experts are ready," Zelenskyy stressed. They agreed.')).toEqual([
      '"Ukrainian experts are ready," Zelenskyy stressed.',
      'They agreed.',
    ]);
  });

  it('includes the closing quote of a sentence ending in ."', () => {
    expect(texts('He said "we agree." The call ended.')).toEqual(['He said "we agree."', 'The call ended.']);
  });

  it('includes the closing quote of a sentence ending in .”', () => {
    expect(texts('He said he “was not ready for peace.” Then he left.')).toEqual([
      'He said he “was not ready for peace.”',
      'Then he left.',
    ]);
  });

  it('splits a quotation of several sentences as the gold files do', () => {
    const input =
      '"The world should not tolerate Russian nuclear blackmail. We should put an end to this. ' +
      'The aggressor should clearly understand all the consequences," the Head of State emphasized.';
    expect(texts(input)).toEqual([
      '"The world should not tolerate Russian nuclear blackmail.',
      'We should put an end to this.',
      'The aggressor should clearly understand all the consequences," the Head of State emphasized.',
    ]);
  });
});

describe('segmentSentences: omission marks', () => {
  it('keeps "[…]" at the end of a paragraph with its sentence', () => {
    expect(texts('Vladimir Putin responded positively to this initiative […]\n\nDonald Trump agreed.')).toEqual([
      'Vladimir Putin responded positively to this initiative […]',
      'Donald Trump agreed.',
    ]);
  });

  it('ends a sentence at "[…]" followed by a capital, keeping the bracket with the sentence before', () => {
    expect(texts('He agreed in accordance with Russian laws […] During the call, they spoke.')).toEqual([
      'He agreed in accordance with Russian laws […]',
      'During the call, they spoke.',
    ]);
  });

  it('treats "[...]" like "[…]"', () => {
    expect(texts('He agreed [...] Both sides spoke.')).toEqual(['He agreed [...]', 'Both sides spoke.']);
  });

  it('keeps "[…]" followed by a lowercase word inside the sentence', () => {
    expect(texts('He agreed […] and left.')).toEqual(['He agreed […] and left.']);
  });

  it('keeps "[…]" after a full stop with the sentence before', () => {
    expect(texts('He agreed. […] Both sides spoke.')).toEqual(['He agreed. […]', 'Both sides spoke.']);
  });

  it('joins "[…]" at the start of a paragraph to the sentence after it', () => {
    expect(texts('[…] Both sides spoke. They agreed.')).toEqual(['[…] Both sides spoke.', 'They agreed.']);
  });
});

describe('segmentSentences: Russian', () => {
  it('splits Russian sentences at a full stop followed by a capital', () => {
    expect(texts('Переговоры прошли в Женеве. Стороны обсудили ситуацию.', 'ru')).toEqual([
      'Переговоры прошли в Женеве.',
      'Стороны обсудили ситуацию.',
    ]);
  });

  it('keeps the initials in "В.В. Путин" and "Дж. Байден" inside a sentence', () => {
    expect(texts('В.В. Путин провёл телефонный разговор с Президентом США Дж. Байденом. Стороны обсудили ситуацию.', 'ru')).toEqual([
      'В.В. Путин провёл телефонный разговор с Президентом США Дж. Байденом.',
      'Стороны обсудили ситуацию.',
    ]);
  });

  it('keeps spaced initials "В. В. Путин" inside a sentence', () => {
    expect(texts('Президент России В. В. Путин провёл разговор.', 'ru')).toEqual([
      'Президент России В. В. Путин провёл разговор.',
    ]);
  });

  it('keeps "т.е." before a capital inside a sentence', () => {
    expect(texts('Обсуждался вопрос о ДРСМД, т.е. Договоре о ракетах средней и меньшей дальности.', 'ru')).toEqual([
      'Обсуждался вопрос о ДРСМД, т.е. Договоре о ракетах средней и меньшей дальности.',
    ]);
  });

  it('keeps "г." inside a sentence, before a city and after a year', () => {
    expect(texts('Встреча прошла в г. Женеве в июне 2021 г. и стала первой.', 'ru')).toEqual([
      'Встреча прошла в г. Женеве в июне 2021 г. и стала первой.',
    ]);
  });

  it('keeps "гг." before a name inside a sentence', () => {
    expect(texts('В 2014–2015 гг. Минские соглашения были подписаны.', 'ru')).toEqual([
      'В 2014–2015 гг. Минские соглашения были подписаны.',
    ]);
  });

  it('ends a sentence at "г." or "т.д." followed by a common sentence starter', () => {
    expect(texts('Саммит прошёл в 2021 г. В ходе него обсуждали энергетику и т.д. Стороны договорились.', 'ru')).toEqual([
      'Саммит прошёл в 2021 г.',
      'В ходе него обсуждали энергетику и т.д.',
      'Стороны договорились.',
    ]);
  });
});

describe('segmentSentences: ids and cost', () => {
  it('numbers ids per side from 1 in text order', () => {
    expect(segmentSentences('One. Two.\n\nThree.', 'b').map((s) => s.id)).toEqual(['b1', 'b2', 'b3']);
  });

  it('segments a 1 MB single line without punctuation quickly', { timeout: 5_000 }, () => {
    const line = 'word '.repeat(200_000);
    const sentences = segmentSentences(line, 'a');
    expect(sentences).toHaveLength(1);
    expect(sentences[0]?.end).toBe(line.length - 1);
  });

  it('segments 1 MB of abbreviations, quotes and omission marks quickly', { timeout: 5_000 }, () => {
    const text = 'U.S. "A." […] 1. Mr. X. p.m. The\n'.repeat(30_000);
    expect(segmentSentences(text, 'a').length).toBeGreaterThan(30_000);
  });
});

describe('segmentSentences: properties over random texts', () => {
  const pieces = [
    'leaders', 'agreed', 'the', 'The', 'Both', 'Putin', 'Путин', 'Стороны', 'т.е.', 'г.', '3.5', '5:00', 'p.m.',
    'U.S.', 'Mr.', 'H.E.', 'J.', ' ', '  ', '\t', '. ', '.', '?', '! ', '…', ',', '"', '“', '”', '’', '(', ')',
    '[…]', '[...]', '1. ', '2) ', '- ', '• ', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '\r',
  ];
  const arbitraryText = fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...pieces), weight: 8 },
        { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
        { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 },
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));
  const language = fc.constantFrom('en', 'ru', 'en-GB', 'fr');
  const blankLine = /(?:\r\n|\r(?!\n)|\n|\u2028|\u2029)[^\S\r\n\u2028\u2029]*(?:\r\n|\r|\n|\u2028|\u2029)/;

  it('gives offsets such that text.slice(start, end) is the trimmed, non-empty sentence', () => {
    fc.assert(
      fc.property(arbitraryText, language, (text, lang) => {
        for (const s of segmentSentences(text, 'a', { language: lang })) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.trim()).toBe(s.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns ordered, non-overlapping sentences with ids a1..an', () => {
    fc.assert(
      fc.property(arbitraryText, language, (text, lang) => {
        const sentences = segmentSentences(text, 'a', { language: lang });
        sentences.forEach((s, i) => {
          expect(s.id).toBe(`a${i + 1}`);
          const next = sentences[i + 1];
          if (next !== undefined) expect(s.end).toBeLessThanOrEqual(next.start);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('covers every non-whitespace character of the input', () => {
    fc.assert(
      fc.property(arbitraryText, language, (text, lang) => {
        const covered = new Array<boolean>(text.length).fill(false);
        for (const s of segmentSentences(text, 'a', { language: lang })) covered.fill(true, s.start, s.end);
        for (let i = 0; i < text.length; i++) {
          if (!covered[i]) expect(text.charAt(i).trim()).toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a sentence span a blank line, and numbers paragraphs by the blank lines between sentences', () => {
    fc.assert(
      fc.property(arbitraryText, language, (text, lang) => {
        const sentences = segmentSentences(text, 'a', { language: lang });
        sentences.forEach((s, i) => {
          expect(blankLine.test(s.text)).toBe(false);
          const previous = sentences[i - 1];
          const expected = previous === undefined
            ? 0
            : previous.paragraph + (blankLine.test(text.slice(previous.end, s.start)) ? 1 : 0);
          expect(s.paragraph).toBe(expected);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryText, language, (text, lang) => {
        expect(segmentSentences(text, 'b', { language: lang })).toEqual(segmentSentences(text, 'b', { language: lang }));
      }),
      { numRuns: 300 },
    );
  });
});
