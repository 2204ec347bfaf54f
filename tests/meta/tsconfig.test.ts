import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `tsc -p tsconfig.json` checks only what its "include" names: a folder left out is never type-checked.
const ROOT = join(__dirname, '..', '..');
// The browser side has its own config, with the DOM library: what its "include" names.
const WEB = (ts.readConfigFile(join(ROOT, 'tsconfig.web.json'), ts.sys.readFile).config as { include: string[] }).include;
const SKIPPED = new Set(['node_modules', 'out', 'dist', 'coverage', '.git']);

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : typeScriptFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

function filesOf(config: string): Set<string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  return new Set(parsed!.fileNames.map((f) => resolve(f)));
}

describe('tsconfig.json', () => {
  it('type-checks every TypeScript file outside the browser side, scripts/ included', () => {
    const checked = filesOf('tsconfig.json');
    const left = typeScriptFiles(ROOT)
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !WEB.some((entry) => f === entry || f.startsWith(entry + '/')))
      .filter((f) => !checked.has(join(ROOT, f)));
    expect(checked.has(join(ROOT, 'scripts', 'eval-alignment.ts'))).toBe(true);
    expect(left).toEqual([]);
  });
});
