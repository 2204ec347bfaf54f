/**
 * What the benchmark measures, in order, each with its target. A measurement is
 * a function from the shared context (and the figures measured before it) to
 * one number; to add a figure, append an entry to {@link MEASUREMENTS}.
 */
import { diffWords } from 'diff';
import type { AlignResources } from '../shared/align/resources';
import { analyzeArticle } from '../shared/article/analyze';
import { compare, type Comparison } from '../shared/compare/compare';
import { summaryWording } from '../shared/compare/wording';
import { applyCorrections } from '../shared/corrections/apply';
import { createCorrection, type Correction } from '../shared/corrections/model';
import { buildRows } from '../shared/view/rows';
import { barsPath, layoutOverview, overviewPaths } from '../shared/view/overview';
import { sentencesInView } from '../shared/view/overview-nav';
import { longPair } from './report-fixture';
import { differencesFor } from '../shared/differences/detect';
import { buildFindings } from '../shared/findings/findings';
import type { SourceDoc } from '../shared/model/types';
import type { BrowserFigures } from './cold-start';
import { medianTime, timeOnce, type Clock } from './timing';

/** Everything a measurement may use; built once by bench.ts, outside any timing. */
export interface BenchContext {
  /** The aligner's resources, loaded before anything is timed. */
  resources: AlignResources;
  /** The monotonic clock in ms. */
  clock: Clock;
  /** The generated pair of about `words` words per side (generated once per size, untimed). */
  pair(words: number): [SourceDoc, SourceDoc];
  /** The 2025 sample pair (White House, Kremlin) with its meta.json meta. */
  sample: [SourceDoc, SourceDoc];
  /** The 2025 sample's article. */
  sampleArticle: SourceDoc;
  /** Elapsed ms of the first loadResources() + compare() of the sample in a fresh process. */
  coldStart(): number;
  /** The browser figures (bench/browser.ts), measured once for the three keys. */
  browser(): BrowserFigures;
  /** The PDF figures (bench/pdf.ts), measured once for the three keys. */
  pdf(): { pdf_sample_ms: number; pdf_1000rows_ms: number; pdf_launch_ms: number };
}

/** A figure the benchmark reports with its target, if any. */
export interface Measurement {
  /** Name in the summary line, e.g. "compare5k_ms". */
  key: string;
  /** One line on what is measured. */
  what: string;
  /** Decimals shown (0 for whole milliseconds). */
  decimals: number;
  /** Measures the figure; `results` holds the figures measured before it, by key. */
  run(ctx: BenchContext, results: ReadonlyMap<string, number>): number;
  /** The target, when there is one. */
  target?: {
    /** The target as the table shows it, e.g. "≤ 300 ms". */
    text: string;
    /** Whether `value` meets it; `results` holds every figure of the run. */
    met(value: number, results: ReadonlyMap<string, number>): boolean;
  };
}

/** compare() of the generated pair of `words` words per side: median of `runs` after one warm-up. */
function compareGenerated(ctx: BenchContext, words: number, runs: number): number {
  const [a, b] = ctx.pair(words);
  return medianTime(() => compare(a, b, ctx.resources), { warmup: 1, runs }, ctx.clock);
}

/** A link of the first statement only A made with the first only B made, and an unlink of the middle machine link. */
export function benchCorrections(machine: Comparison, texts: { a: string; b: string }): Correction[] {
  const find = (side: 'a' | 'b', id: string | undefined) => machine[side].sentences.find((s) => s.id === id) ?? null;
  const middle = machine.pairs[machine.pairs.length >> 1];
  if (!middle || machine.onlyA.length === 0 || machine.onlyB.length === 0) throw new Error('bench: the long pair has no link or no omission to correct');
  const now = '2026-01-01T00:00:00.000Z';
  return [
    createCorrection({ id: 'bench-link', now, op: 'link', a: find('a', machine.onlyA[0]), b: find('b', machine.onlyB[0]), texts }),
    createCorrection({ id: 'bench-unlink', now, op: 'unlink', a: find('a', middle.a[0]), b: find('b', middle.b[0]), texts }),
  ];
}

/** The figures, in the order they are measured and printed. */
export const MEASUREMENTS: Measurement[] = [
  {
    key: 'compare5k_ms',
    what: 'compare() on a generated 5,000-word pair, median of 5 after 1 warm-up',
    decimals: 0,
    run: (ctx) => compareGenerated(ctx, 5_000, 5),
  },
  {
    key: 'diffWords5k_ms',
    what: 'baseline: jsdiff diffWords(a, b) on the whole 5,000-word documents, once',
    decimals: 0,
    run: (ctx) => {
      const [a, b] = ctx.pair(5_000);
      const intlSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
      return timeOnce(() => diffWords(a.text, b.text, { intlSegmenter }), ctx.clock);
    },
  },
  {
    key: 'ratio5k',
    what: 'diffWords5k_ms / compare5k_ms: how many times faster than a flat word diff',
    decimals: 1,
    run: (_ctx, results) => (results.get('diffWords5k_ms') ?? Number.NaN) / (results.get('compare5k_ms') ?? Number.NaN),
    target: { text: '≥ 50', met: (value) => value >= 50 },
  },
  {
    key: 'compare20k_ms',
    what: 'compare() (typed differences included) on a generated 20,000-word pair, median of 3 after 1 warm-up',
    decimals: 0,
    run: (ctx) => compareGenerated(ctx, 20_000, 3),
    target: { text: '≤ 300 ms', met: (value) => value <= 300 },
  },
  {
    key: 'compare50k_ms',
    what: 'compare() on a generated 50,000-word pair, median of 3 after 1 warm-up',
    decimals: 0,
    run: (ctx) => compareGenerated(ctx, 50_000, 3),
    target: { text: '≤ 3 × compare20k_ms', met: (value, results) => value <= 3 * (results.get('compare20k_ms') ?? Number.NaN) },
  },
  {
    key: 'sample_warm_ms',
    what: 'compare() on the 2025 sample (whitehouse.txt, kremlin.txt), median of 20 after 1 warm-up',
    decimals: 2,
    run: (ctx) => medianTime(() => compare(ctx.sample[0], ctx.sample[1], ctx.resources), { warmup: 1, runs: 20 }, ctx.clock),
    target: { text: '≤ 10 ms', met: (value) => value <= 10 },
  },
  {
    key: 'article_sample_ms',
    what: 'analyzeArticle() of the 2025 sample\'s article against its compared readouts, median of 20 after 1 warm-up',
    decimals: 1,
    run: (ctx) => {
      const [a, b] = ctx.sample;
      const comparison = compare(a, b, ctx.resources);
      return medianTime(() => analyzeArticle(ctx.sampleArticle, { a, b, comparison }, ctx.resources), { warmup: 1, runs: 20 }, ctx.clock);
    },
    target: { text: '≤ 100 ms', met: (value) => value <= 100 },
  },
  {
    key: 'correction_1000rows_ms',
    what: 'one link and one unlink applied to a 1,000-row comparison (bench/report-fixture.ts), its rows, counts and coverage recomputed; median of 20 after 2 warm-ups',
    decimals: 1,
    run: (ctx) => {
      const [a, b] = longPair();
      const machine = compare(a, b, ctx.resources);
      const corrections = benchCorrections(machine, { a: a.text, b: b.text });
      return medianTime(() => {
        const corrected = applyCorrections(machine, corrections);
        return [buildRows(corrected), summaryWording(corrected), corrected.a.coverage];
      }, { warmup: 2, runs: 20 }, ctx.clock);
    },
    target: { text: '≤ 50 ms', met: (value) => value <= 50 },
  },
  {
    key: 'overview_1000rows_ms',
    what: 'the overview map of a 1,000-row comparison (bench/report-fixture.ts: 3,208 sentences a side and about ten thousand links, their number moving with the alignment model) as the window draws it in a frame: layout at 108 × 700 px, its paths, the band of 8 rows in view (its text alternative follows in a deferred render); median of 20 after 2 warm-ups',
    decimals: 2,
    run: (ctx) => {
      const [a, b] = longPair();
      const c = compare(a, b, ctx.resources);
      const rows = buildRows(c);
      return medianTime(() => {
        const layout = layoutOverview(c, { width: 108, height: 700 });
        return [overviewPaths(layout), barsPath(layout, sentencesInView(rows, 500, 507), 3)];
      }, { warmup: 2, runs: 20 }, ctx.clock);
    },
    // "Draws in one frame" (issue 19): the map's work within a frame of 16.7 ms.
    target: { text: '≤ 16 ms', met: (value) => value <= 16 },
  },
  {
    key: 'findings_sample_ms',
    what: 'typed differences of every pair and the findings of the 2025 sample with its article (compared and analysed once, untimed), median of 20 after 1 warm-up',
    decimals: 2,
    run: (ctx) => {
      const [a, b] = ctx.sample;
      const comparison = compare(a, b, ctx.resources);
      const article = analyzeArticle(ctx.sampleArticle, { a, b, comparison }, ctx.resources);
      const index = (ids: readonly string[], side: typeof comparison.a) => side.sentences.findIndex((s) => s.id === ids[0]);
      return medianTime(() => {
        const differences = differencesFor({
          a: { sentences: comparison.a.sentences, language: comparison.a.language, label: comparison.a.label },
          b: { sentences: comparison.b.sentences, language: comparison.b.language, label: comparison.b.label },
        });
        for (const p of comparison.pairs) differences(index(p.a, comparison.a), index(p.b, comparison.b), p.reasons);
        buildFindings({ comparison, article, annotations: [] });
      }, { warmup: 1, runs: 20 }, ctx.clock);
    },
    target: { text: '≤ 20 ms', met: (value) => value <= 20 },
  },
  {
    key: 'sample_cold_ms',
    what: 'first loadResources() + compare() of the sample in a fresh process (bench/cold.ts)',
    decimals: 0,
    run: (ctx) => ctx.coldStart(),
  },
  {
    key: 'first_paint_ms',
    what: 'built renderer in Chromium: navigation start to the first frame with the sample\'s rows, initial() over the e2e harness\'s transport (DevTools protocol), median of 5 (bench/browser.ts)',
    decimals: 0,
    run: (ctx) => ctx.browser().first_paint_ms,
    target: { text: '≤ 800 ms', met: (value) => value <= 800 },
  },
  {
    key: 'first_paint_ipc_ms',
    what: 'first_paint_ms with initial() answered over HTTP, as Electron\'s IPC, not over the DevTools protocol (same app code and handlers; pages alternating with first_paint_ms), median of 5 (bench/browser.ts)',
    decimals: 0,
    run: (ctx) => ctx.browser().first_paint_ipc_ms,
  },
  {
    key: 'scroll_frame_ms',
    what: 'mean frame time scrolling a 1,000-row comparison top to bottom, vsync off (bench/browser.ts)',
    decimals: 1,
    run: (ctx) => ctx.browser().scroll_frame_ms,
    target: { text: '≤ 16 ms', met: (value) => value <= 16 },
  },
  {
    key: 'pdf_sample_ms',
    what: 'PDF report of the 2025 sample with its article: rendered, printed by Chromium (running), written; median of 3 after 1 warm-up (bench/pdf.ts)',
    decimals: 0,
    run: (ctx) => ctx.pdf().pdf_sample_ms,
    target: { text: '≤ 2000 ms', met: (value) => value <= 2000 },
  },
  {
    key: 'pdf_1000rows_ms',
    what: 'PDF report of a 1,000-row comparison (bench/report-fixture.ts): rendered, printed, written; one run (bench/pdf.ts)',
    decimals: 0,
    run: (ctx) => ctx.pdf().pdf_1000rows_ms,
    target: { text: '≤ 20000 ms', met: (value) => value <= 20000 },
  },
  {
    key: 'pdf_launch_ms',
    what: 'starting headless Chromium, which the CLI adds to each PDF export (the app prints in its own running Electron)',
    decimals: 0,
    run: (ctx) => ctx.pdf().pdf_launch_ms,
  },
];
