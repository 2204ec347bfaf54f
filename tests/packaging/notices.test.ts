/**
 * The notices the app ships (scripts/notices.ts writes them): every production
 * dependency with its licence, in step with the lockfile, and the samples' provenance.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLES_NOTICE, THIRD_PARTY, samplesNotice, shippedPackages, thirdPartyNotices } from '../../scripts/notices';

const ROOT = join(__dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const pkg = readJson<{ dependencies: Record<string, string> }>(join(ROOT, 'package.json'));
const lock = readJson<{ packages: Record<string, { version?: string; dev?: boolean; license?: string }> }>(join(ROOT, 'package-lock.json'));
const notices = readFileSync(THIRD_PARTY, 'utf8');

/** The summary lines of the notices: "  name version: licence". */
function listed(): Array<{ name: string; version: string; license: string }> {
  const start = notices.indexOf('\nPackages (');
  const block = notices.slice(start, notices.indexOf('\n\nData\n', start));
  return [...block.matchAll(/^ {2}(\S+) (\S+): (.+)$/gm)].map((m) => ({ name: m[1]!, version: m[2]!, license: m[3]! }));
}

describe('the third-party notices', () => {
  it('list every production dependency of package.json, at its installed version, with a licence', () => {
    const entries = listed();
    for (const name of Object.keys(pkg.dependencies)) {
      const version = lock.packages[`node_modules/${name}`]?.version;
      const entry = entries.find((e) => e.name === name && e.version === version);
      expect(entry, `${name} ${version}`).toBeDefined();
      expect(entry!.license).not.toBe('no licence declared');
      // its full entry, with the licence text
      expect(notices).toContain(`\n${name} ${version}\nLicense: ${entry!.license}\n`);
    }
  });

  it('list exactly the packages the lockfile installs for production', () => {
    const production = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.dev)
      .map(([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)} ${entry.version}`);
    expect(listed().map((e) => `${e.name} ${e.version}`).sort()).toEqual(production.sort());
  });

  it('give each package its licence text, or say why there is none', () => {
    for (const p of shippedPackages()) {
      const at = notices.indexOf(`\n${p.name} ${p.version}\nLicense:`);
      expect(at, p.path).toBeGreaterThan(0);
      const next = notices.indexOf(`\n${'='.repeat(78)}\n`, at + 1);
      const entry = notices.slice(at, next < 0 ? undefined : next);
      if (p.texts.length === 0) expect(entry, p.path).toMatch(/has no licence file/);
      else expect(entry).toContain(p.texts[0]!.text.slice(0, 200));
    }
  });

  it('credit Electron, the runtime, and the data sets inside the packages', () => {
    expect(notices).toMatch(/^electron \d+\.\d+\.\d+\nLicense: MIT\n/m);
    expect(notices).toContain('LICENSES.chromium.html');
    expect(notices).toMatch(/SUBTLEX-US/);
  });

  it('credit WordNet, from which the word families are derived, with its licence text', () => {
    const entry = notices.slice(notices.indexOf('WordNet 3.1 (data derived from it)'));
    expect(entry).toMatch(/^WordNet 3\.1 \(data derived from it\)\nLicense: WordNet licence/);
    expect(entry).toContain('shared/align/data/wordnet.json');
    expect(entry).toContain('Permission to use, copy, modify and distribute this software and');
    expect(notices).not.toContain('No WordNet data is used.');
  });

  it('are up to date with the lockfile and node_modules: generating them again gives the same text', () => {
    expect(thirdPartyNotices()).toBe(notices);
  });
});

describe('the dependency walk', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });
  const write = (path: string, json: object): void => {
    mkdirSync(dirname(join(root!, path)), { recursive: true });
    writeFileSync(join(root!, path), JSON.stringify(json));
  };

  it('finds nested copies where Node would, each once, and skips what only development needs', () => {
    root = mkdtempSync(join(tmpdir(), 'readouts-notices-'));
    write('package.json', { dependencies: { a: '1', b: '1' }, devDependencies: { tool: '1' } });
    write('node_modules/a/package.json', { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { b: '2' } });
    writeFileSync(join(root, 'node_modules/a/LICENSE'), 'A licence\r\n');
    write('node_modules/a/node_modules/b/package.json', { name: 'b', version: '2.0.0', license: { type: 'ISC' } });
    write('node_modules/b/package.json', { name: 'b', version: '1.0.0', licenses: [{ type: 'BSD' }], optionalDependencies: { gone: '1' } });
    write('node_modules/tool/package.json', { name: 'tool', version: '9.0.0', license: 'MIT' });
    expect(shippedPackages(root).map((p) => [p.path, p.version, p.license, p.texts])).toEqual([
      ['node_modules/a', '1.0.0', 'MIT', [{ file: 'LICENSE', text: 'A licence' }]],
      ['node_modules/a/node_modules/b', '2.0.0', 'ISC', []],
      ['node_modules/b', '1.0.0', 'BSD', []],
    ]);
  });

  it('stops with a message naming the package whose dependency is not installed', () => {
    root = mkdtempSync(join(tmpdir(), 'readouts-notices-'));
    write('package.json', { dependencies: { a: '1' } });
    write('node_modules/a/package.json', { name: 'a', version: '1.0.0', dependencies: { missing: '1' } });
    expect(() => shippedPackages(root)).toThrow('node_modules/a/package.json: its dependency missing is not installed in node_modules (run npm ci)');
  });
});

describe('the samples\' provenance', () => {
  const text = readFileSync(SAMPLES_NOTICE, 'utf8');

  it('gives the publisher, title and provenance of every readout of every sample, from its meta.json', () => {
    for (const id of ['2025-03-18-trump-putin', '2021-07-09-biden-putin']) {
      const meta = readJson<{ event: string; readouts: Array<{ publisher: string; title: string; provenance: string }> }>(join(ROOT, 'assets', 'samples', id, 'meta.json'));
      expect(text).toContain(`assets/samples/${id}/`);
      expect(text).toContain(meta.event);
      for (const r of meta.readouts) {
        expect(text).toContain(r.publisher);
        expect(text).toContain(r.title);
        expect(text).toContain(r.provenance);
      }
    }
  });

  it('says that the seed article\'s source was not recorded', () => {
    expect(text).toContain('The source of this article (`2025-03-18-trump-putin/article.txt`) was not recorded.');
  });

  it('is up to date with the samples: generating it again gives the same text', () => {
    expect(samplesNotice()).toBe(text);
  });
});
