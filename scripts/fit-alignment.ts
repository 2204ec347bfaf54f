/**
 * `npm run fit`: fits the selection model on all the development pairs
 * (tests/fixtures/pairs) and writes it to shared/align/data/link-model.json, which
 * the app applies (shared/align/link-model.ts). Deterministic: the same pairs and
 * code give the same file. Re-run it whenever the features change (vocabulary,
 * scoring, link-features.ts), then `npm run eval:alignment` for the figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../node/resources';
import type { Standardised } from '../shared/align/link-model';
import { DEFAULT_FIT, fitModel } from './alignment/cv';
import { loadPairs } from './alignment/dataset';

const OUT = join(__dirname, '..', 'shared', 'align', 'data', 'link-model.json');
const round = (v: number): number => Math.round(v * 1e6) / 1e6;
const rounded = (m: Standardised): Standardised => ({ mean: m.mean.map(round), scale: m.scale.map(round), weights: m.weights.map(round), bias: round(m.bias) });

function main(): void {
  const pairs = loadPairs(loadResources(), undefined, DEFAULT_FIT.align);
  const m = fitModel(pairs, DEFAULT_FIT);
  const out = {
    about: 'The selection model of the aligner: a logistic regression (L2 = ' + DEFAULT_FIT.l2 + ', standardised features) over the candidate features of shared/align/link-features.ts, its link threshold, the second look (a logistic regression over the candidate features and how each candidate stands among its sentences\' other candidates by the first look\'s probabilities, shared/align/context-features.ts; `reference` is the first look\'s probability from which a sentence counts as taken) and the omission model (two logistic regressions, for sentences left one-sided and for linked ones, L2 = ' + DEFAULT_FIT.omissionL2 + ', over the sentence features of shared/align/omission-features.ts), written by `npm run fit` (scripts/fit-alignment.ts) from the development pairs in tests/fixtures/pairs. Do not edit by hand: re-run the fit. Method and cross-validated figures: docs/alignment.md.',
    fittedOn: pairs.map((p) => p.name),
    features: m.features,
    mean: m.mean.map(round), scale: m.scale.map(round), weights: m.weights.map(round), bias: round(m.bias),
    linkThreshold: round(m.linkThreshold),
    ...(m.coverage ? { coverage: { floor: round(m.coverage.floor), gain: round(m.coverage.gain) } } : {}),
    omission: { features: m.omission.features, unlinked: rounded(m.omission.unlinked), linked: rounded(m.omission.linked) },
    ...(m.context ? { context: { features: m.context.features, reference: round(m.context.reference), ...rounded(m.context) } } : {}),
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${OUT}: ${pairs.length} pairs, link threshold ${out.linkThreshold}`);
}

main();
