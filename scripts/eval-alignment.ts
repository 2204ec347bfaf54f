/**
 * `npm run eval:alignment`: the alignment's quality by leave-one-pair-out
 * cross-validation over the development pairs (tests/fixtures/pairs): per pair and
 * micro-averaged link F1 and omission F1 (the official scorer's definitions), and
 * the calibration of the pooled held-out confidences (ECE over five equal-width
 * bins, a reliability table, AUC) for links and for omissions. Every fitted
 * quantity is fitted without the pair scored (scripts/alignment/cv.ts).
 *
 *   npm run eval:alignment [-- --l2 1] [-- --no-inherit] [-- --no-context] [-- --direct] [-- --dump DIR]
 *                          [-- --semantic] [-- --dense K] [-- --dense-floor F]
 *                          [-- --drop-context f,g] [-- --max-links N] [-- --coverage] [-- --points] [-- --point-split]
 *
 * --direct scores the committed model on every pair without refitting (an
 * in-sample figure, for comparison only; never quote it as quality). --dump DIR
 * writes each held-out pair's errors, with the sentences, to DIR (keep it outside git);
 * --no-context fits the first look only (no second look, context-features.ts); --semantic
 * computes the word-vector features (semantic.ts; off in the app, docs/alignment.md); --dense K adds each sentence's K nearest
 * sentences by word vectors as candidates, from a dense cosine of --dense-floor up;
 * --drop-context f,g fits the second look without those CONTEXT_FEATURES (columns zeroed);
 * --max-links N caps the links per sentence at N instead of the app's 4; --coverage fits the
 * coverage rule (shared/align/coverage.ts) in each fold too (off in `npm run fit`: measured, no gain);
 * --points computes the point features (point-features.ts; 0 in the app: measured, no gain), and
 * --point-split takes their points from the tagger's split (points.ts) instead of the score's clauses.
 */
import { alignExplained, DEFAULT_ALIGN_OPTIONS } from '../shared/align/align';
import { loadResources, loadResourcesWithVectors } from '../node/resources';
import { LINK_FEATURES, type LinkFeature } from '../shared/align/link-features';
import { CONFIDENT, PROBABLE, shownConfidence } from '../shared/align/strength';
import type { OmissionFeature } from '../shared/align/omission-features';
import { crossValidate, DEFAULT_FIT } from './alignment/cv';
import { loadPairs } from './alignment/dataset';
import { writeErrorDump } from './alignment/dump';
import { addTally, auc, ece, figures, reliability, scoreLinks, zeroTally, type Tally } from './alignment/metrics';

const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : Number(process.argv[i + 1]);
};
const list = (name: string): OmissionFeature[] | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : (process.argv[i + 1]!.split(',') as OmissionFeature[]);
};
const x = (v: number): string => v.toFixed(3);
function line(t: Tally): string {
  const f = figures(t);
  return `link P=${x(f.link.p)} R=${x(f.link.r)} F1=${x(f.link.f1)} | omission P=${x(f.omission.p)} R=${x(f.omission.r)} F1=${x(f.omission.f1)}`;
}

function calibration(name: string, d: { p: number[]; y: number[] }): void {
  console.log(`${name}: n=${d.p.length} ECE(5 bins)=${x(ece(d.p, d.y))} AUC=${x(auc(d.p, d.y))}`);
  for (const b of reliability(d.p, d.y)) {
    console.log(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: n=${String(b.count).padStart(4)} mean confidence ${x(b.meanConfidence)} observed ${x(b.observed)}`);
  }
}

/**
 * The omissions made by the wording band they get (shared/align/strength.ts: "possibly" under
 * PROBABLE, "probably" to CONFIDENT, plain from it), with the tenths inside the "probably" band:
 * whether each word holds on the held-out pairs. Structural lines (structure.ts) apart, as the app lists them apart.
 */
function wordingBands(d: { p: number[]; y: number[]; structure: boolean[] }): void {
  const edges: Array<[string, number, number]> = [
    ['possibly (< 0.50)', 0, PROBABLE], ['probably (0.50–0.80)', PROBABLE, CONFIDENT], ['  0.50–0.60', 0.5, 0.6], ['  0.60–0.70', 0.6, 0.7], ['  0.70–0.80', 0.7, 0.8], ['only in (≥ 0.80)', CONFIDENT, 1.01],
  ];
  for (const [structure, name] of [[false, 'statements'], [true, 'structural lines']] as const) {
    console.log(`omissions made by wording band (${name}):`);
    for (const [label, from, to] of edges) {
      const k = d.p.flatMap((p, i) => (d.structure[i] === structure && shownConfidence(p) >= from && shownConfidence(p) < to ? [i] : []));
      const mean = k.reduce((s, i) => s + d.p[i]!, 0) / Math.max(1, k.length);
      const observed = k.reduce((s, i) => s + d.y[i]!, 0);
      console.log(`  ${label}: n=${String(k.length).padStart(3)} mean confidence ${x(mean)} one-sided in gold ${observed}/${k.length}`);
    }
  }
}

function main(): void {
  const resources = process.argv.includes('--semantic') ? loadResourcesWithVectors() : loadResources();
  const settings = {
    l2: arg('--l2') ?? DEFAULT_FIT.l2,
    omissionL2: arg('--omission-l2') ?? DEFAULT_FIT.omissionL2,
    omissionFeatures: { unlinked: list('--omission-unlinked') ?? DEFAULT_FIT.omissionFeatures.unlinked, linked: list('--omission-linked') ?? DEFAULT_FIT.omissionFeatures.linked },
    align: {
      ...DEFAULT_ALIGN_OPTIONS, threshold: arg('--floor') ?? DEFAULT_ALIGN_OPTIONS.threshold, inheritReferences: !process.argv.includes('--no-inherit'),
      semantic: process.argv.includes('--semantic'), pointFeatures: process.argv.includes('--points') || DEFAULT_ALIGN_OPTIONS.pointFeatures, pointSplit: process.argv.includes('--point-split'), denseCandidates: arg('--dense') ?? DEFAULT_ALIGN_OPTIONS.denseCandidates,
      denseFloor: arg('--dense-floor') ?? DEFAULT_ALIGN_OPTIONS.denseFloor,
      maxLinksPerSentence: arg('--max-links') ?? DEFAULT_ALIGN_OPTIONS.maxLinksPerSentence,
    },
    context: !process.argv.includes('--no-context'),
    dropContext: list('--drop-context') as string[] | undefined,
    coverage: process.argv.includes('--coverage'),
  };
  const pairs = loadPairs(resources, undefined, settings.align);
  // --drop f,g: those link features left out of the fit (their columns zeroed: a constant column gets weight 0).
  for (const f of list('--drop') ?? []) {
    const at = LINK_FEATURES.indexOf(f as LinkFeature);
    if (at < 0) throw new Error(`--drop: no link feature ${f}`);
    for (const p of pairs) for (const c of p.candidates) c.row[at] = 0;
  }
  if (process.argv.includes('--direct')) {
    const total = zeroTally();
    for (const p of pairs) {
      const t = scoreLinks(p.gold, alignExplained(p.a, p.b, resources, settings.align).links.map((l): [string, string] => [p.gold.aUnits[l.a]!, p.gold.bUnits[l.b]!]));
      addTally(total, t);
      console.log(`${p.name}: ${line(t)}`);
    }
    console.log(`direct (committed model, in-sample), micro over ${pairs.length} pairs: ${line(total)}`);
    return;
  }
  const dumpAt = process.argv.indexOf('--dump');
  const dump = dumpAt < 0 ? undefined : process.argv[dumpAt + 1];
  const cv = crossValidate(pairs, resources, settings, dump ? (held, model, alignment) => writeErrorDump(dump, held, model, alignment) : undefined);
  for (const p of cv.perPair) console.log(`${p.name}: ${line(p.tally)} (threshold ${p.linkThreshold.toFixed(2)}${p.coverage ? `, coverage from ${p.coverage.floor.toFixed(2)} at gain ${p.coverage.gain.toFixed(1)}` : ''})`);
  console.log(`leave-one-pair-out, micro over ${pairs.length} pairs: ${line(cv.micro)}`);
  calibration('links (every candidate of the held-out pairs)', cv.links);
  calibration('links made (the held-out alignments)', cv.chosenLinks);
  calibration('omissions (every sentence: P(one-sided))', cv.units);
  calibration('omissions made (the sentences left one-sided)', cv.omissions);
  wordingBands(cv.omissions);
  const f = figures(cv.micro);
  console.log(`cv_link_f1=${x(f.link.f1)} cv_omission_f1=${x(f.omission.f1)} link_ece=${x(ece(cv.links.p, cv.links.y))} link_auc=${x(auc(cv.links.p, cv.links.y))} omission_ece=${x(ece(cv.units.p, cv.units.y))} omission_auc=${x(auc(cv.units.p, cv.units.y))}`);
}

main();
