import { describe, expect, it } from 'vitest';
import { ruleIds } from './lint';

// The lint rules that keep shared/ pure (eslint.config.mjs), checked on code that breaks them.

describe('the layer rules', () => {
  it('forbid Node built-ins in shared/', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { join } from 'path';\nexport const x = join;\n", 'shared/x.ts')).toContain('no-restricted-imports');
  });

  it('forbid every built-in, subpaths included, with or without the node: prefix', async () => {
    for (const name of ['fs/promises', 'perf_hooks', 'stream/web', 'node:fs/promises', 'worker_threads', 'fs/anything-a-later-node-adds']) {
      expect(await ruleIds(`import * as m from '${name}';\nexport const x = m;\n`, 'shared/x.ts'), name).toContain('no-restricted-imports');
    }
    expect(await ruleIds("import 'fs/promises';\n", 'shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import 'perf_hooks';\n", 'shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("export * from 'fs/promises';\n", 'shared/x.ts')).toContain('no-restricted-imports');
  });

  it('allow a file in shared/ named like a built-in', async () => {
    expect(await ruleIds("import * as m from './events';\nimport * as n from '../text/events/x';\nexport const x = [m, n];\n", 'shared/align/x.ts')).toEqual([]);
  });

  it('forbid dynamic import() and import = require() in shared/', async () => {
    expect(await ruleIds("export const load = async () => await import('node:fs');\n", 'shared/x.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds("export const load = () => import('./words');\n", 'shared/x.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds("import fs = require('fs');\nexport const x = fs;\n", 'shared/x.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds("export type S = import('fs').Stats;\n", 'shared/x.ts')).toContain('no-restricted-syntax');
  });

  it('forbid the global object in shared/, which reaches process and the DOM', async () => {
    expect(await ruleIds('export const x = globalThis.process;\n', 'shared/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const x = self.location;\n', 'shared/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const x = global.process;\n', 'shared/x.ts')).toContain('no-restricted-globals');
  });

  it('forbid electron and react in shared/', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", 'shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'shared/x.ts')).toContain('no-restricted-imports');
  });

  it('forbid the DOM and process in shared/', async () => {
    expect(await ruleIds('export const x = document.title;\n', 'shared/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const x = window.innerWidth;\n', 'shared/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const x = process.env.HOME;\n', 'shared/x.ts')).toContain('no-restricted-globals');
  });

  it('allow Node built-ins, dynamic import and the global object outside shared/', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'node/x.ts')).toEqual([]);
    expect(await ruleIds("import { open } from 'fs/promises';\nexport const x = [open, globalThis.process, await import('node:fs')];\n", 'node/x.ts')).toEqual([]);
  });
});
