import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABOUT_FILE_LIMIT, aboutFiles, readAbout } from '../../../node/app/about';
import { createHandlers } from '../../../node/app/handlers';

/** An app folder with `assets/` and, as asked, the licence and notice files. */
function appDir(files: { license?: string; notices?: string; samples?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'about-'));
  const assets = join(root, 'assets');
  mkdirSync(join(assets, 'notices'), { recursive: true });
  if (files.license !== undefined) writeFileSync(join(root, 'LICENSE'), files.license);
  if (files.notices !== undefined) writeFileSync(join(assets, 'notices', 'third-party.txt'), files.notices);
  if (files.samples !== undefined) writeFileSync(join(assets, 'notices', 'samples.md'), files.samples);
  return assets;
}

describe('the About dialog’s content', () => {
  it('reads the licence beside the assets folder and the notices inside it', async () => {
    const assets = appDir({ license: '\uFEFFMIT License\n\nCopyright', notices: 'react 19.3.1 — MIT', samples: '# Samples\n\n<b>White House</b>' });
    expect(await readAbout(assets, '1.2.3')).toEqual({
      ok: true,
      value: { version: '1.2.3', license: 'MIT License\n\nCopyright', notices: 'react 19.3.1 — MIT', samplesProvenance: '# Samples\n\n<b>White House</b>' },
    });
  });

  it('says which file is missing or empty instead of failing', async () => {
    const assets = appDir({ notices: '  \n' });
    const about = await readAbout(assets, '0.1.0');
    if (!about.ok) throw new Error('About failed');
    expect(about.value.license).toBe(`The licence file was not found (${aboutFiles(assets).license}).`);
    expect(about.value.notices).toBe(`The third-party notices file is empty (${aboutFiles(assets).notices}).`);
    expect(about.value.samplesProvenance).toMatch(/^The samples’ provenance file was not found \(.*samples\.md\)\.$/);
  });

  it('says a file cannot be read when it is a folder', async () => {
    const assets = appDir();
    mkdirSync(join(assets, 'notices', 'samples.md'));
    const about = await readAbout(assets, '0.1.0');
    expect(about.ok && about.value.samplesProvenance).toMatch(/^The samples’ provenance file could not be read \(.*samples\.md\): EISDIR\.$/);
  });

  it('cuts a notice file longer than the limit, and says so', async () => {
    const assets = appDir({ notices: 'x'.repeat(ABOUT_FILE_LIMIT + 10) });
    const about = await readAbout(assets, '0.1.0');
    if (!about.ok) throw new Error('About failed');
    expect(about.value.notices.startsWith('x'.repeat(ABOUT_FILE_LIMIT) + '\n\n[… cut: the file ')).toBe(true);
    expect(about.value.notices).toMatch(/third-party\.txt is longer than 2,000,000 characters\]$/);
  });

  it('is served by the handlers with the app’s version', async () => {
    const assets = appDir({ license: 'MIT License' });
    const about = await createHandlers({ assetsDir: assets, appVersion: '9.9.9' }).about();
    expect(about).toMatchObject({ ok: true, value: { version: '9.9.9', license: 'MIT License' } });
  });
});
