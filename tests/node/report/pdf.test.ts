/**
 * The PDF report, printed for real by Debian's Chromium (the printer Electron uses)
 * and read back with poppler: pdftotext for the text of every section, pdfinfo for
 * the page size, pdftoppm for pictures of every page (out/screenshots/report-*.png,
 * for people to look at).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longPair } from '../../../bench/report-fixture';
import { exportCommand, exportCommandWith } from '../../../node/commands/export';
import { writeReport } from '../../../node/report/export';
import { launchPrinter, type HtmlPrinter } from '../../../node/report/pdf';
import { loadResources } from '../../../node/resources';
import { compare } from '../../../shared/compare/compare';
import { buildRows } from '../../../shared/view/rows';
import { CHROMIUM } from '../../e2e/harness';
import { ANNOTATED, APP, GENERATED, ROOT, SAMPLE_DIR } from '../../report-inputs';
import { version } from '../../../package.json';

const SHOTS = join(ROOT, 'out', 'screenshots');
const context = { cwd: ROOT, color: false, width: 100 };
// White space as one space; a line broken after a hyphen ("de-\noccupied") joined again, in both texts compared.
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/- /g, '-').trim();
const tmp = mkdtempSync(join(tmpdir(), 'report-pdf-'));

/** The text of a PDF (or of one page), in the order it was drawn. */
function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', ...range, path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), size: /^Page size:\s+(.*)$/m.exec(info)![1]! };
}

/** Renders every page to PNG (kept for people to look at); returns how many were rendered. */
function renderPages(path: string, name: string): number {
  mkdirSync(SHOTS, { recursive: true });
  for (const f of readdirSync(SHOTS)) if (f.startsWith(`${name}-`)) execFileSync('rm', ['-f', join(SHOTS, f)]);
  execFileSync('pdftoppm', ['-png', '-r', '50', path, join(SHOTS, name)]);
  return readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
}

const run = (args: string[]) => exportCommand.run(args, context);

describe('export: the sample with its article, A4', () => {
  const pdf = join(tmp, 'sample.pdf');
  const htmlPath = join(tmp, 'sample.html');
  let text = '';
  let pages = 0;

  beforeAll(async () => {
    const out = await run([join(SAMPLE_DIR, 'whitehouse.txt'), join(SAMPLE_DIR, 'kremlin.txt'), '--article', join(SAMPLE_DIR, 'article.txt'), '--pdf', pdf, '--html', htmlPath, '--page-size', 'A4']);
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe(`${htmlPath}\n${pdf}\n`);
    text = squash(pdfText(pdf));
    pages = pdfInfo(pdf).pages;
  }, 120_000);

  it('is an A4 PDF with selectable text in every section', () => {
    expect(pdfInfo(pdf).size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)|^595\.\d+ x 842\.\d+ pts \(A4\)/);
    for (const heading of ['READOUT COMPARISON', 'Telephone call between US President Donald Trump and Russian President Vladimir Putin', '18 March 2025',
      'Sources', 'Summary', 'How to read this report', 'Side by side', 'What each side alone said',
      'What the article says the readouts say', 'Commentary quoted in the article']) expect(text).toContain(heading);
    // the one-sided sections, with their counts (which statements are one-sided follows the aligner)
    expect(text).toMatch(/Not in Kremlin's \(incomplete\) copy \(\d+\)/);
    expect(text).toMatch(/Only in Kremlin \(\d+\)/);
    // the sources with their notes and provenance
    expect(text).toContain('Readout of President Donald J. Trump');
    expect(text).toContain('Incomplete English translation.');
  });

  it('has every statement of both readouts, the claims with their quote checks, and the commentary', () => {
    const html = readFileSync(htmlPath, 'utf8');
    const ids = [...html.matchAll(/<span class="sid">([ab]\d+)<\/span>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(24);
    for (const id of ids) expect(text).toMatch(new RegExp(`\\b${id} `));
    for (const s of ['The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire',
      'the complete cessation of foreign military assistance and the provision of intelligence information to Kiev',
      'Donald Trump supported Vladimir Putin\'s idea to organize hockey matches']) expect(text).toContain(s);
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'q1', 'q13']) expect(text).toContain(`${id} `);
    expect(text).toContain('would will begin'); // the quote check: the article's word struck, the readout's after it
    for (const speaker of ['Ruth Deyermond', 'Daniel Szegelowski', 'Volodymyr Zelensky']) expect(text).toContain(speaker);
  });

  it('numbers every page in its footer, with the generation date and the app version, and has no blank page', () => {
    expect(pages).toBeGreaterThan(3);
    for (let p = 1; p <= pages; p++) {
      const page = squash(pdfText(pdf, p));
      expect(page).toContain(`Page ${p} of ${pages}`);
      expect(page).toMatch(new RegExp(`Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by Readout Compare ${version.replace(/\./g, '\\.')}`));
      // more than the footer on every page
      expect(page.replace(/Generated .* Page \d+ of \d+/, '').length).toBeGreaterThan(100);
    }
    expect(renderPages(pdf, 'report-sample')).toBe(pages);
  });

  it('repeats the table’s column header on every page the table spans', () => {
    const tablePages = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => /^\d+ [ab]\d+ /m.test(pdfText(pdf, p)));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const p of tablePages) expect(squash(pdfText(pdf, p))).toContain('Row White House Kremlin');
  });
});

describe('export: options', () => {
  it('prints on Letter, one-sided rows only (--differences-only, the older name), without the article', async () => {
    const pdf = join(tmp, 'letter.pdf');
    const out = await run([join(SAMPLE_DIR, 'whitehouse.txt'), join(SAMPLE_DIR, 'kremlin.txt'), '--article', join(SAMPLE_DIR, 'article.txt'), '--pdf', pdf, '--page-size', 'Letter', '--differences-only', '--no-claims']);
    expect(out.exitCode).toBe(0);
    expect(pdfInfo(pdf).size).toMatch(/^612 x 792 pts \(letter\)/);
    const text = squash(pdfText(pdf));
    expect(text).toContain('Side by side: one-sided only');
    expect(text).not.toContain('What the article says the readouts say');
    expect(text).not.toContain('Commentary quoted in the article');
    renderPages(pdf, 'report-letter');
  }, 120_000);

  it('reports a saved comparison with its annotations, notes beside their rows and listed at the end', async () => {
    const pdf = join(tmp, 'annotated.pdf');
    const out = await run(['--comparison', ANNOTATED, '--pdf', pdf]);
    expect(out.exitCode).toBe(0);
    const text = squash(pdfText(pdf));
    expect(text).toContain('Annotations (5)');
    expect(text).toContain('The Kremlin\'s key condition, a complete halt to foreign military aid and intelligence for Kyiv, is absent from the White House readout.');
    expect(text).toContain('✎3');
    const without = join(tmp, 'annotated-without.pdf');
    expect((await run(['--comparison', ANNOTATED, '--pdf', without, '--no-annotations'])).exitCode).toBe(0);
    expect(squash(pdfText(without))).not.toContain('✎3');
    renderPages(pdf, 'report-annotated');
  }, 120_000);
});

describe('export: labels that cannot break (file names)', () => {
  it('wraps them instead of shrinking or clipping the page', async () => {
    const dir = mkdtempSync(join(tmp, 'long-'));
    // Names without a separator: the labels made from them (shared/text/file-label.ts) cannot break either.
    const names = ['ReadoutOfPresidentDonaldJTrumpsCallWithPresidentVladimirPutinOfRussiaOn18March.txt', 'TelephoneConversationWithPresidentOfTheUnitedStatesDonaldTrump18March2025.txt'];
    writeFileSync(join(dir, names[0]!), readFileSync(join(SAMPLE_DIR, 'whitehouse.txt')));
    writeFileSync(join(dir, names[1]!), readFileSync(join(SAMPLE_DIR, 'kremlin.txt')));
    const pdf = join(dir, 'r.pdf');
    expect((await run([join(dir, names[0]!), join(dir, names[1]!), '--pdf', pdf])).exitCode).toBe(0);
    // Page 1 names the sources by label; the full details, file names included, close the report.
    expect(pdfText(pdf, 1).replace(/\s+/g, '')).toContain(names[0]!.replace('.txt', ''));
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const name of names) expect(text).toContain(name);
    // Chromium shrinks a page whose content is wider than it: the 13 pt heading would come out smaller
    const box = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">Sources<\/word>/.exec(execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }))!;
    expect(Number(box[4]) - Number(box[2])).toBeGreaterThan(13);
    renderPages(pdf, 'report-long-labels');
  }, 120_000);
});

describe('export: a 1,000-row comparison', () => {
  let printer: HtmlPrinter;
  beforeAll(async () => { printer = await launchPrinter(CHROMIUM); });
  afterAll(async () => { await printer?.close(); });

  it('loses and clips no row: every statement is in the PDF’s text, every row number too', async () => {
    const [a, b] = longPair();
    const comparison = compare(a, b, loadResources());
    const rows = buildRows(comparison);
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    const pdf = join(tmp, 'long.pdf');
    const written = await writeReport(
      { event: null, date: null, a, b, comparison, article: null, annotations: [], generated: GENERATED, app: APP },
      { pageSize: 'A4', rows: 'all', annotations: true, claims: true }, { pdf }, printer.print,
    );
    expect(written).toEqual({ ok: true, paths: [pdf] });
    // The typed differences' badges (ACTOR, NUMBER…) stand inside the statements: they are left out here.
    // A row taller than a page goes on over the footer and the repeated column header: they are left out too.
    const raw = pdfText(pdf).replace(/\b(?:NUMBER|MODALITY|POLARITY|ACTOR|COMMITMENT|EVALUATION|SCOPE|CONDITION) /g, '')
      .replace(/\nGenerated [^\n]* Page \d+ of \d+\n(?:Row Side A Side B\n)?/g, '\n');
    // Words only: line breaks in the PDF fall after hyphens and, in its text, before punctuation drawn apart.
    const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    const text = ` ${words(raw)} `;
    // Every word of a statement, in order, after its id: a row taller than a page goes on on the next page, after
    // the other column's part, so its words need not be contiguous; a clipped row loses words and fails.
    const inOrder = (all: string, id: string, sentence: string): boolean => {
      let at = all.indexOf(` ${id} `);
      if (at < 0) return false;
      for (const w of sentence.split(' ')) {
        at = all.indexOf(` ${w} `, at);
        if (at < 0) return false;
        at += w.length + 1;
      }
      return true;
    };
    for (const side of ['a', 'b'] as const) {
      for (const s of comparison[side].sentences) expect(inOrder(text, s.id, words(s.text)), `${s.id} is missing or cut`).toBe(true);
    }
    // row numbers stand at the start of their row's first line, before a statement's id or the caption of a gap,
    // or on a line of their own above the "weak" mark of a weak match
    const lines = raw.split('\n');
    const numbers = new Set(lines.map((line, k) => /^(\d+) (?:[ab]\d+ |(?:(?:probably|possibly) )?only in |(?:(?:probably|possibly) )?not in |matched only weakly with )/.exec(line)?.[1] ?? (lines[k + 1] === 'weak' ? /^(\d+)$/.exec(line)?.[1] : undefined)).filter((n) => n !== undefined).map(Number));
    for (let i = 1; i <= rows.length; i++) expect(numbers.has(i), `row ${i}`).toBe(true);
  }, 300_000);
});

describe('export: bad input and failed writes', () => {
  const readouts = [join(SAMPLE_DIR, 'whitehouse.txt'), join(SAMPLE_DIR, 'kremlin.txt')];

  it('says when no browser can be found, and writes nothing', async () => {
    const pdf = join(tmp, 'nobrowser.pdf');
    const out = await run([...readouts, '--pdf', pdf, '--browser', join(tmp, 'no-such-browser')]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: --browser ${join(tmp, 'no-such-browser')}: no executable file there\n`);
    expect(existsSync(pdf)).toBe(false);
    const none = exportCommandWith({
      search: () => ({ env: { PATH: tmp }, platform: 'linux', cwd: tmp, isExecutable: () => false }),
      printer: () => { throw new Error('not reached'); }, env: {}, now: () => GENERATED,
    });
    const nothing = await none.run([...readouts, '--pdf', pdf], context);
    expect(nothing.exitCode).toBe(1);
    expect(nothing.stderr).toContain('no Chromium-family browser found');
    expect(nothing.stderr).toContain('--browser PATH');
  });

  it('says when a path cannot be written, naming it', async () => {
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, 'x');
    const html = join(blocker, 'report.html');
    const out = await run([...readouts, '--html', html]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: ${html}: cannot save (a part of its path is not a folder)\n`);
  });

  it('keeps the file that was there when printing fails', async () => {
    const pdf = join(tmp, 'kept.pdf');
    writeFileSync(pdf, 'the previous report');
    const failing = exportCommandWith({
      search: () => ({ env: {}, platform: 'linux', cwd: tmp, isExecutable: () => true }),
      printer: async () => ({ print: async () => { throw new Error('Printing failed\nstack…'); }, close: async () => {} }),
      env: { CHROMIUM_PATH: '/usr/bin/chromium' }, now: () => GENERATED,
    });
    const out = await failing.run([...readouts, '--pdf', pdf], context);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe(`error: ${pdf}: the report could not be printed (Printing failed); nothing was written there\n`);
    expect(readFileSync(pdf, 'utf8')).toBe('the previous report');
  });

  it('leaves no partial file when the write fails half-way (a file size limit hit mid-write)', () => {
    const dir = mkdtempSync(join(tmp, 'half-'));
    const target = join(dir, 'report.pdf');
    writeFileSync(target, 'the previous report');
    // A child process limited to 64 KiB files writes 1 MiB: its writes come up short, then fail with EFBIG
    // (it handles SIGXFSZ, which would otherwise kill it; Node resets an inherited 'ignore').
    const script = `process.on('SIGXFSZ', () => {});
import { writeAtomically } from ${JSON.stringify(join(ROOT, 'node', 'store', 'atomic-write.ts'))};
void writeAtomically(process.argv[1], new Uint8Array(1 << 20).fill(37), process.argv[1]).then((r) => process.stdout.write(JSON.stringify(r)));`;
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawnSync('bash', ['-c', `ulimit -f 64; exec "${process.execPath}" "${tsx}" --eval "$0" "$1"`, script, target], { encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'failed', message: `${target}: cannot save (the file grew past the size the system allows)` });
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('says what it wrote before a later file failed', async () => {
    const html = join(tmp, 'written.html');
    const pdf = join(tmp, 'no-such-folder', 'r.pdf');
    const failing = exportCommandWith({
      search: () => ({ env: {}, platform: 'linux', cwd: tmp, isExecutable: () => true }),
      printer: async () => ({ print: async () => { throw new Error('Printing failed'); }, close: async () => {} }),
      env: { CHROMIUM_PATH: '/usr/bin/chromium' }, now: () => GENERATED,
    });
    // a missing folder is found before anything is printed or written
    const early = await failing.run([...readouts, '--html', html, '--pdf', pdf], context);
    expect(early.stderr).toBe(`error: ${pdf}: cannot save (its folder does not exist); nothing was written there\n`);
    expect(existsSync(html)).toBe(false);
    // a print that fails after the HTML was written says so, and lists it
    const late = await failing.run([...readouts, '--html', html, '--pdf', join(tmp, 'late.pdf')], context);
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toBe(`${html}\n`);
    expect(late.stderr).toContain(`(the HTML was written: ${html})`);
  });

  it('never writes over a file it reads, and takes the page size in any case', async () => {
    const copy = join(tmp, 'a-copy.txt');
    writeFileSync(copy, readFileSync(readouts[0]!));
    const out = await run([copy, readouts[1]!, '--html', copy]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain(`--html ${copy} is one of the files read`);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(readouts[0]!, 'utf8'));
    expect((await run([...readouts, '--html', join(tmp, 'lower.html'), '--page-size', 'letter'])).exitCode).toBe(0);
    expect(readFileSync(join(tmp, 'lower.html'), 'utf8')).toContain('@page { size: Letter; }');
  });

  it('refuses wrong arguments with the usage', async () => {
    for (const [args, problem] of [
      [readouts, 'say what to write'],
      [[...readouts, '--pdf', 'x.pdf', '--page-size', 'A3'], '--page-size must be A4 or Letter'],
      [['--comparison', ANNOTATED, readouts[0]!, '--pdf', 'x.pdf'], 'give no A and B with it'],
      [['--comparison', ANNOTATED, '--article', 'x.txt', '--pdf', 'x.pdf'], '--article cannot be used with --comparison'],
      [[readouts[0]!, '--pdf', 'x.pdf'], 'export needs two readouts'],
      [[...readouts, '--pdf', 'same', '--html', 'same'], 'name the same file'],
      [[...readouts, '--pdf', ''], '--pdf needs a file name'],
    ] as const) {
      const out = await run([...args]);
      expect(out.exitCode, args.join(' ')).toBe(2);
      expect(out.stderr).toContain(problem);
    }
  });
});
