import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../node/asar';

describe('unpackedPath', () => {
  it('maps a file inside a packaged app archive to its unpacked copy', () => {
    expect(unpackedPath('/opt/Readout Compare/resources/app.asar/node_modules/unpdf/dist/pdfjs.mjs'))
      .toBe('/opt/Readout Compare/resources/app.asar.unpacked/node_modules/unpdf/dist/pdfjs.mjs');
  });

  it('maps Windows paths too', () => {
    expect(unpackedPath('C:\\Users\\a\\AppData\\Local\\Programs\\Readout Compare\\resources\\app.asar\\node_modules\\unpdf\\dist\\pdfjs.mjs'))
      .toBe('C:\\Users\\a\\AppData\\Local\\Programs\\Readout Compare\\resources\\app.asar.unpacked\\node_modules\\unpdf\\dist\\pdfjs.mjs');
  });

  it('leaves a path outside an archive, or a folder merely named like one, unchanged', () => {
    expect(unpackedPath('/home/a/readout-compare/node_modules/unpdf/dist/pdfjs.mjs')).toBe('/home/a/readout-compare/node_modules/unpdf/dist/pdfjs.mjs');
    expect(unpackedPath('/home/a/my-app.asar.d/x.mjs')).toBe('/home/a/my-app.asar.d/x.mjs');
    expect(unpackedPath('/r/app.asar.unpacked/x.mjs')).toBe('/r/app.asar.unpacked/x.mjs');
  });
});
