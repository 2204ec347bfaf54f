import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The page's script is parsed before the first paint: what the renderer imports from shared/
// must not drag in Node-side libraries. zod (the IPC schemas) crept in once through two constants.
const ASSETS = join(__dirname, '..', '..', 'out', 'renderer', 'assets');

describe('the built renderer', () => {
  it('bundles no zod, and stays within its size budget', () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((f) => readFileSync(join(ASSETS, f), 'utf8')).join('\n');
    expect(code).not.toContain('ZodError');
    expect(code.length).toBeLessThan(420_000);
  });
});
