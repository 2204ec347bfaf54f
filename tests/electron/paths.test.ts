import { describe, expect, it } from 'vitest';
import { assetsDirFor, preloadPathFor, rendererIndexFor } from '../../electron/paths';

describe('assetsDirFor', () => {
  it('is <repo>/assets when run from the source tree', () => {
    expect(assetsDirFor(false, '/home/me/readout-compare', '/ignored/resources')).toBe('/home/me/readout-compare/assets');
  });

  it('is <resources>/assets when packaged', () => {
    expect(assetsDirFor(true, '/Applications/Readout Compare.app/Contents/Resources/app.asar', '/Applications/Readout Compare.app/Contents/Resources'))
      .toBe('/Applications/Readout Compare.app/Contents/Resources/assets');
  });
});

describe('the built files', () => {
  it('are found next to out/main', () => {
    expect(preloadPathFor('/repo/out/main')).toBe('/repo/out/preload/index.js');
    expect(rendererIndexFor('/repo/out/main')).toBe('/repo/out/renderer/index.html');
  });
});
