import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint rules that keep shared/ pure (eslint.config.mjs), checked on code that breaks them.
const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', '..', filePath) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the layer rules', () => {
  it('forbid Node built-ins in shared/', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { join } from 'path';\nexport const x = join;\n", 'shared/x.ts')).toContain('no-restricted-imports');
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

  it('allow Node built-ins outside shared/', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'node/x.ts')).toEqual([]);
  });
});
