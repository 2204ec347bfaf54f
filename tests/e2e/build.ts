/**
 * Vitest global setup: builds the app (electron-vite build: main, preload and the
 * renderer the browser tests open) once before the tests, as the normal build does.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'pipe' });
}
