import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// package.json "engines" promises the Node versions the project works on: it may promise
// none that a tool it needs refuses (eslint 10 and vite refuse Node 21 and 22.0–22.12).
const ROOT = join(__dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

type Version = [number, number, number];

/** "22.13.0", or "22.13" and "24" with the missing parts 0 (as lower bounds mean them). */
function parseVersion(text: string): Version {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a version: ${text}`);
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

function compareVersions(x: Version, y: Version): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Whether `version` is in `range`: the forms engines fields use here (`>=X.Y.Z`, `^X.Y.Z`, joined by `||`). */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((part) => {
    const clause = part.trim();
    if (clause.startsWith('>=')) return compareVersions(version, parseVersion(clause.slice(2))) >= 0;
    if (clause.startsWith('^')) {
      const low = parseVersion(clause.slice(1));
      if (low[0] === 0) throw new Error(`^0.x is not handled: ${range}`);
      return compareVersions(version, low) >= 0 && version[0] === low[0];
    }
    throw new Error(`range form not handled (extend satisfies()): ${range}`);
  });
}

const ours = readJson(join(ROOT, 'package.json'));
// Refusals accepted on purpose, with why.
const EXEMPT: Record<string, string> = {
  // Its range is for install.js, the binary download, which scripts/start.mjs runs on the first
  // `npm start` and warns about below Node 22; the CLI, tests and build do not need it.
  electron: 'only the binary download wants Node 22.12',
};
const probes: Version[] = [];
for (let major = 16; major <= 28; major++) for (let minor = 0; minor <= 40; minor++) probes.push([major, minor, 0]);

describe('package.json engines', () => {
  it('reads the range forms it meets', () => {
    expect(satisfies([22, 13, 0], '^20.19.0 || ^22.13.0 || >=24')).toBe(true);
    expect(satisfies([22, 12, 0], '^20.19.0 || ^22.13.0 || >=24')).toBe(false);
    expect(satisfies([21, 7, 0], '^20.19.0 || >=22.12.0')).toBe(false);
  });

  it('promises no Node version that a dependency refuses', () => {
    const range = ours.engines?.node ?? '';
    const names = Object.keys({ ...ours.dependencies, ...ours.devDependencies }).filter((name) => !(name in EXEMPT));
    const refused = names.flatMap((name) => {
      const theirs = readJson(join(ROOT, 'node_modules', name, 'package.json')).engines?.node;
      if (!theirs) return [];
      return probes.filter((v) => satisfies(v, range) && !satisfies(v, theirs)).slice(0, 1).map((v) => `${name} (${theirs}) refuses ${v.join('.')}`);
    });
    expect(refused).toEqual([]);
  });

  it('still promises the current releases of Node 20, 22 and 24', () => {
    const range = ours.engines?.node ?? '';
    expect([[20, 19, 0], [22, 13, 0], [24, 0, 0]].map((v) => satisfies(v as Version, range))).toEqual([true, true, true]);
  });
});
