/**
 * The cold-start probe, run in a fresh process by the benchmark
 * (`node --import tsx bench/cold.ts`): loads the aligner's resources and
 * compares the sample pair once, and prints the elapsed milliseconds of those
 * two steps (nothing else) on stdout. Reading the sample files happens before
 * the clock starts; module loading happens before this code runs at all.
 */
import { performance } from 'node:perf_hooks';
import { loadResources } from '../node/resources';
import { compare } from '../shared/compare/compare';
import { loadSample } from './fixtures';

const [a, b] = loadSample();
const start = performance.now();
compare(a, b, loadResources());
const elapsed = performance.now() - start;
console.log(elapsed.toFixed(3));
