/**
 * The app icon files packaging uses (scripts/render-icons.ts renders them from
 * assets/icons/icon.svg): there, of the sizes each platform needs, and rendered from
 * the SVG as it is now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, ICON_SVG, PNG_SIZES, pngPath, renderAll } from '../../scripts/render-icons';

/** Width and height from a PNG's IHDR chunk; throws when `bytes` is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The square sizes listed in an .ico's directory (a 0 byte means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1); // 1 = icon
  const count = bytes.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    const width = bytes[entry] || 256;
    const height = bytes[entry + 1] || 256;
    expect(height).toBe(width);
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(bytes.length);
    sizes.push(width);
  }
  return sizes;
}

/** The element types of an .icns file, checking that their lengths add up. */
function icnsTypes(bytes: Buffer): string[] {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4)) {
    expect(bytes.readUInt32BE(at + 4)).toBeGreaterThan(8);
    types.push(bytes.toString('latin1', at, at + 4));
  }
  return types;
}

describe('the app icon', () => {
  it('is drawn as one square SVG with a 1024 viewBox', () => {
    const svg = readFileSync(ICON_SVG, 'utf8');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 1024 1024"/);
  });

  it('is rendered to a PNG of each Linux size, of exactly that many pixels', () => {
    for (const size of PNG_SIZES) {
      const path = pngPath(size);
      expect(existsSync(path), path).toBe(true);
      expect(pngSize(readFileSync(path)), path).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico holding every size from 16 to 256 px', () => {
    const sizes = icoSizes(readFileSync(join(BUILD_DIR, 'icon.ico')));
    for (const size of [16, 24, 32, 48, 64, 128, 256]) expect(sizes).toContain(size);
  });

  it('has a macOS .icns holding 16 px to 1024 px', () => {
    const types = icnsTypes(readFileSync(join(BUILD_DIR, 'icon.icns')));
    // ic10: 1024 px (512@2x), ic09: 512, ic08: 256, ic07: 128, and a 16 px form (icp4, or is32 + s8mk)
    for (const type of ['ic10', 'ic09', 'ic08', 'ic07']) expect(types).toContain(type);
    expect(types.some((t) => t === 'icp4' || t === 'is32')).toBe(true);
  });

  it('files are up to date with the SVG: rendering it again gives the same bytes', () => {
    const fresh = renderAll();
    expect(fresh.size).toBe(PNG_SIZES.length + 2);
    for (const [path, bytes] of fresh) {
      expect(readFileSync(path).equals(bytes), `${path} differs from a fresh rendering of ${ICON_SVG}: run npm run icons`).toBe(true);
    }
  });
});
