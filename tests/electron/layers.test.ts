import { describe, expect, it } from 'vitest';
import { ruleIds } from '../meta/lint';

// The lint rules for electron/ (eslint.config.mjs), checked on code that breaks them.

describe('the electron/ layer rules', () => {
  it('forbid importing the renderer or React from electron/', async () => {
    expect(await ruleIds("import { App } from '../renderer/App';\nexport const x = App;\n", 'electron/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'electron/x.ts')).toContain('no-restricted-imports');
  });

  it('allow electron, node:*, shared/ and node/ in electron/', async () => {
    const code = [
      "import { app } from 'electron';",
      "import { join } from 'node:path';",
      "import { CHANNELS } from '../shared/ipc/contract';",
      "import { createHandlers } from '../node/app/handlers';",
      'export const x = [app, join, CHANNELS, createHandlers];',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'electron/x.ts')).toEqual([]);
  });

  it('let the preload import only electron, the channel names and the held relay at run time', async () => {
    const ok = "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/ipc/channels';\nimport { relayStep } from '../shared/ipc/held-relay';\n"
      + "import type { ReadoutsApi } from '../shared/ipc/contract';\nexport const x: [unknown, unknown, unknown, ReadoutsApi | null] = [contextBridge, CHANNELS, relayStep, null];\n";
    expect(await ruleIds(ok, 'electron/preload.ts')).toEqual([]);
  });

  it.each([
    ["import { CHANNELS } from '../shared/ipc/contract';", 'the contract (it bundles zod)'],
    ["import { z } from 'zod';", 'an npm package'],
    ["import { join } from 'node:path';", 'a Node built-in'],
    ["import { isAppUrl } from './app-url';", 'another electron/ module'],
  ])('forbid %s in the preload: %s', async (line) => {
    expect(await ruleIds(`${line}\nexport const x = 1;\n`, 'electron/preload.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });
});
