/**
 * Development tool: writes tests/fixtures/annotated.readouts, the example
 * comparison file: the 2025-03-18 Trump–Putin sample (both readouts, the article
 * with its curated claims file and a manual link) with an analyst's annotations on
 * it. Ids and dates are fixed, so running it again gives the same file as long as
 * the sample and the aligner (which decides the annotated row) do not change.
 *
 *   npx tsx scripts/make-annotated-fixture.ts [OUT]
 */
import { join } from 'node:path';
import { createAnnotation, passageAt, rowTarget, type Annotation, type Passage } from '../shared/annotations/model';
import { compare } from '../shared/compare/compare';
import { readoutsFile, type ReadoutsFile } from '../shared/file/readouts-file';
import type { ClaimId, ManualLink } from '../shared/model/article';
import type { SentenceId, SourceDoc } from '../shared/model/types';
import { buildRows } from '../shared/view/rows';
import { loadClaimsFile } from '../node/claims-file';
import { loadMetaFile } from '../node/meta';
import { loadResources } from '../node/resources';
import { version } from '../package.json';
import { loadDoc, runFixtureScript } from './fixture-tools';

const SAMPLE = join(__dirname, '..', 'assets', 'samples', '2025-03-18-trump-putin');
const OUT = join(__dirname, '..', 'tests', 'fixtures', 'annotated.readouts');

/** The passage of `doc` that is exactly `quote` (its only occurrence). */
function passageOf(source: Passage['source'], doc: SourceDoc, quote: string): Passage {
  const at = doc.text.indexOf(quote);
  if (at < 0 || doc.text.indexOf(quote, at + 1) >= 0) throw new Error(`${doc.file}: "${quote}" is not there exactly once`);
  return passageAt(source, doc.text, at, at + quote.length);
}

/** Builds the example comparison file from the sample. */
export async function makeAnnotatedFixture(): Promise<ReadoutsFile> {
  const load = (name: string): Promise<SourceDoc> => loadDoc(SAMPLE, name);
  const [a, b] = [await load('whitehouse.txt'), await load('kremlin.txt')];
  const claims = await loadClaimsFile('claims.json', { cwd: SAMPLE });
  if (!claims.ok) throw new Error(claims.error.message);
  const meta = await loadMetaFile('meta.json', { cwd: SAMPLE });
  if (!meta.ok) throw new Error(meta.error.message);
  // The article as the app loads it for the sample: its text and meta.json's meta; the claims file as written.
  const article = await load('article.txt');

  const comparison = compare(a, b, loadResources());
  const row = buildRows(comparison).find((r) => r.a.includes('a6' as SentenceId) && r.b.includes('b10' as SentenceId));
  if (!row) throw new Error('the aligner no longer puts a6 and b10 in one row');
  const sentence = (id: SentenceId) => comparison[id[0] as 'a' | 'b'].sentences.find((s) => s.id === id)!;
  const rowSentences = [...row.a, ...row.b].map((id) => ({ source: id[0] as 'a' | 'b', sentence: sentence(id) }));

  const at = (hour: number, minute = 0) => `2025-03-19T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
  const annotations: Annotation[] = [
    createAnnotation({
      id: 'ann-1', now: at(9), label: 'omission',
      target: { kind: 'passage', ...passageOf('a', a, 'technical negotiations on implementation of a maritime ceasefire in the Black Sea') },
      note: 'Kremlin omits the Black Sea talks. Its copy here is incomplete, and its note lists Black Sea navigation among what the copy lacks: check the full Kremlin statement before citing this as an omission.',
    }),
    createAnnotation({
      id: 'ann-2', now: at(9, 10), label: 'framing',
      target: rowTarget(rowSentences, { a: a.text, b: b.text }),
      note: 'The White House frames the energy and infrastructure ceasefire as a joint agreement ("The leaders agreed"); the Kremlin as Trump\'s proposal of a 30-day pause in strikes on energy infrastructure, to which Putin "responded positively".',
    }),
    createAnnotation({
      id: 'ann-3', now: at(9, 20), label: 'disagreement',
      target: { kind: 'passage', ...passageOf('b', b, 'the key condition for preventing the escalation of the conflict and working towards its resolution through political and diplomatic means should be the complete cessation of foreign military assistance and the provision of intelligence information to Kiev') },
      note: 'The Kremlin\'s key condition, a complete halt to foreign military aid and intelligence for Kyiv, is absent from the White House readout.',
      links: [{ kind: 'item', id: 'c1' as ClaimId }],
    }),
    createAnnotation({
      id: 'ann-4', now: at(9, 30), label: 'factual error',
      target: { kind: 'passage', ...passageOf('article', article, 'would begin') },
      note: 'The article quotes the White House readout as "would begin"; the readout says "will begin".',
      links: [{ kind: 'passage', ...passageOf('a', a, 'the movement to peace will begin'), status: 'anchored' }, { kind: 'item', id: 'a6' as SentenceId }],
    }),
    createAnnotation({
      id: 'ann-5', now: at(9, 40), label: 'check full text',
      target: { kind: 'passage', ...passageOf('b', b, 'Vladimir Putin responded positively to this initiative […]') },
      note: 'The copy is cut here; the full Kremlin statement goes on (Putin\'s order to the military on energy strikes).',
      links: [{ kind: 'annotation', id: 'ann-2' }],
    }),
  ];
  // The analyst edited ann-1's note a little later.
  annotations[0] = { ...annotations[0]!, modified: at(10, 5) };

  return readoutsFile({
    savedBy: version,
    event: meta.metaFile.event ?? null,
    date: meta.metaFile.date ?? null,
    a, b,
    article: { doc: article, claims: claims.claims, manualLinks: claims.claims.manualLinks as ManualLink[] },
    annotations,
    labels: ['check full text'],
  });
}

runFixtureScript('make-annotated-fixture.ts', OUT, makeAnnotatedFixture, (file) => `${file.annotations.length} annotations`);
