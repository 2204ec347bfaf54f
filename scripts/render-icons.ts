/**
 * Development tool: renders the app icon, drawn once as assets/icons/icon.svg, to every
 * file packaging needs (electron-builder.yml points at them):
 *
 * - `build/icons/<n>x<n>.png` for Linux (the AppImage and the .deb install each size into
 *   the icon theme), n = 16, 24, 32, 48, 64, 128, 256, 512, 1024;
 * - `build/icon.ico` for Windows (16–256 px; below 64 px as bitmaps, which older Windows
 *   shows best in an executable's properties, the larger ones as PNG);
 * - `build/icon.icns` for macOS (16–1024 px).
 *
 * The PNGs are rendered from the SVG at each size by resvg (no browser, same pixels on
 * every machine); the .ico and .icns are assembled by png2icons from the 256 and 1024 px
 * renderings. The files are committed, since they are inputs of packaging;
 * tests/packaging/icons.test.ts renders them again and compares, so an edited SVG
 * without a new rendering fails the tests.
 *
 *   npx tsx scripts/render-icons.ts      (npm run icons)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BICUBIC2, createICNS, createICO } from 'png2icons';

const ROOT = join(__dirname, '..');

/** The drawing every icon file is rendered from. */
export const ICON_SVG = join(ROOT, 'assets', 'icons', 'icon.svg');

/** Where electron-builder finds the icons (`directories.buildResources`). */
export const BUILD_DIR = join(ROOT, 'build');

/** Pixel sizes of the Linux PNGs (square). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The Linux icon of `size` px, relative to the repository. */
export function pngPath(size: number): string {
  return join(BUILD_DIR, 'icons', `${size}x${size}.png`);
}

/** The SVG rendered as a square PNG of `size` px. */
export function renderPng(svg: Buffer, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** The Windows icon (16–256 px; png2icons' mode for icons embedded in an executable). */
export function renderIco(svg: Buffer): Buffer {
  const ico = createICO(renderPng(svg, 256), BICUBIC2, 0, false, true);
  if (!ico) throw new Error(`${ICON_SVG}: png2icons could not make the .ico`);
  return ico;
}

/** The macOS icon (16–1024 px). */
export function renderIcns(svg: Buffer): Buffer {
  const icns = createICNS(renderPng(svg, 1024), BICUBIC2, 0);
  if (!icns) throw new Error(`${ICON_SVG}: png2icons could not make the .icns`);
  return icns;
}

/** Every icon file, path → bytes. */
export function renderAll(svg: Buffer = readFileSync(ICON_SVG)): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const size of PNG_SIZES) files.set(pngPath(size), renderPng(svg, size));
  files.set(join(BUILD_DIR, 'icon.ico'), renderIco(svg));
  files.set(join(BUILD_DIR, 'icon.icns'), renderIcns(svg));
  return files;
}

if (process.argv[1]?.endsWith('render-icons.ts')) {
  try {
    mkdirSync(join(BUILD_DIR, 'icons'), { recursive: true });
    for (const [path, bytes] of renderAll()) {
      writeFileSync(path, bytes);
      console.log(`wrote ${path.slice(ROOT.length + 1)} (${bytes.length} bytes)`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
