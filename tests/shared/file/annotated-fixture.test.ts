import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reanchorAll } from '../../../shared/annotations/anchor';
import { DEFAULT_LABELS, targetPassages } from '../../../shared/annotations/model';
import { compare } from '../../../shared/compare/compare';
import { fileSources, parseReadoutsFile, serializeReadoutsFile, type ReadoutsFile } from '../../../shared/file/readouts-file';
import { loadResources } from '../../../node/resources';

const PATH = join(__dirname, '../../fixtures/annotated.readouts');
const SAMPLE = join(__dirname, '../../../assets/samples/2025-03-18-trump-putin');
const TEXT = readFileSync(PATH, 'utf8');

function load(): ReadoutsFile {
  const parsed = parseReadoutsFile(TEXT, 'annotated.readouts');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
}

describe('the example comparison file (tests/fixtures/annotated.readouts)', () => {
  it('opens, and is written as the app writes it', () => {
    const file = load();
    expect(serializeReadoutsFile(file)).toBe(TEXT);
  });

  it('holds the 2025 sample as shipped: both readouts, the article, its claims file and manual link', () => {
    const file = load();
    for (const [side, name] of [['a', 'whitehouse.txt'], ['b', 'kremlin.txt']] as const) {
      expect(file.sources[side].file).toBe(name);
      expect(file.sources[side].text).toBe(readFileSync(join(SAMPLE, name), 'utf8'));
    }
    expect(file.sources.b.meta).toMatchObject({ label: 'Kremlin', complete: false });
    expect(file.article?.text).toBe(readFileSync(join(SAMPLE, 'article.txt'), 'utf8'));
    // The article's details as the shipped sample gives them today (the PDF prints them), not an older wording.
    const shipped = JSON.parse(readFileSync(join(SAMPLE, 'meta.json'), 'utf8')) as { article: { note: string; provenance: string } };
    expect(file.article?.meta).toMatchObject({ note: shipped.article.note, provenance: shipped.article.provenance });
    expect(file.article?.claims?.claims.length).toBe(2);
    expect(file.article?.manualLinks).toEqual([{ from: 'c2', to: 'b10', op: 'add' }]);
    expect(file).toMatchObject({ event: 'Telephone call between US President Donald Trump and Russian President Vladimir Putin', date: '2025-03-18' });
  });

  it('has the analyst’s annotations: an omission, a framing row, a disagreement, a misquote and one with the user’s own label', () => {
    const file = load();
    const summary = file.annotations.map((a) => [a.label, targetPassages(a.target).map((p) => `${p.source}: ${p.quote.exact.slice(0, 40)}`)]);
    expect(summary).toEqual([
      ['omission', ['a: technical negotiations on implementation']],
      ['framing', ['a: The leaders agreed that the movement to ', 'a: These negotiations will begin immediatel', 'b: During the conversation, Donald Trump pr', 'b: Vladimir Putin responded positively to t']],
      ['disagreement', ['b: the key condition for preventing the esc']],
      ['factual error', ['article: would begin']],
      ['check full text', ['b: Vladimir Putin responded positively to t']],
    ]);
    expect(file.labels).toEqual([...DEFAULT_LABELS, 'check full text']);
  });

  it('anchors every annotation where it was saved, and the row’s sentence ids are the comparison’s', () => {
    const file = load();
    const { a, b, article } = fileSources(file);
    const { annotations, reports } = reanchorAll(file.annotations, { a: a.text, b: b.text, article: article!.text });
    expect(reports.map((r) => [r.status, r.method, r.confidence])).toEqual(file.annotations.map(() => ['anchored', 'position', 1]));
    expect(annotations).toEqual(file.annotations);
    const comparison = compare(a, b, loadResources());
    const row = file.annotations[1]!.target;
    for (const s of row.kind === 'row' ? row.sentences : []) {
      const sentence = comparison[s.source].sentences.find((x) => x.id === s.sentence)!;
      expect([sentence.start, sentence.end]).toEqual([s.position.start, s.position.end]);
    }
  });

  it('keeps every annotation when corrected readouts are loaded in', () => {
    const file = load();
    const { a, b, article } = fileSources(file);
    const corrected = {
      a: `CORRECTED VERSION. ${a.text.replace('technical negotiations on implementation of', 'technical negotiations on implementing')}`,
      b: b.text.replace('Vladimir Putin responded positively to this initiative […]', 'Vladimir Putin responded positively to this initiative and gave the order.'),
      article: article!.text,
    };
    const { reports } = reanchorAll(file.annotations, corrected);
    expect(reports.map((r) => [r.id, r.status, r.method])).toEqual([
      // The row's Kremlin sentence b11 was corrected: the row follows it by fuzzy match.
      ['ann-1', 'anchored', 'fuzzy'], ['ann-2', 'anchored', 'fuzzy'], ['ann-3', 'anchored', 'position'], ['ann-4', 'anchored', 'position'], ['ann-5', 'anchored', 'fuzzy'],
    ]);
  });
});
