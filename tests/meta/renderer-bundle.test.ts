import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The page's first script is parsed before the first paint: what the renderer imports from
// shared/ must not drag in Node-side libraries. zod (the IPC schemas) crept in once through two
// constants; the findings' Snowball stemmers (~360 KB) once doubled it, and now load after the
// first paint in their own chunk (renderer/hooks/useFindingsEngine.ts); the article panel, not on
// screen at start, likewise (renderer/components/LazyArticlePanel.tsx).
const RENDERER = join(__dirname, '..', '..', 'out', 'renderer');
const ASSETS = join(RENDERER, 'assets');
/**
 * The first script's budget: 412 KB before the Findings tab and the overview map, which add ~20 KB
 * of UI; 442 KB after session 9's view-reducer table, shared item names and keyboard model (+3 KB).
 * It guards against a library dragged in (tens to hundreds of KB), not against a few KB of UI.
 */
const ENTRY_BUDGET = 450_000;
/** The chunks loaded later (the findings' engine). */
const LATER_BUDGET = 400_000;

describe('the built renderer', () => {
  it('bundles no zod, and keeps its first script and its later chunks within their budgets', () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    const entry = /<script type="module"[^>]* src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(RENDERER, 'index.html'), 'utf8'))?.[1];
    expect(entry && scripts.includes(entry)).toBe(true);
    const size = (f: string) => readFileSync(join(ASSETS, f), 'utf8').length;
    for (const f of scripts) expect(readFileSync(join(ASSETS, f), 'utf8'), f).not.toContain('ZodError');
    expect(size(entry!)).toBeLessThan(ENTRY_BUDGET);
    const later = scripts.filter((f) => f !== entry);
    expect(later.length).toBeGreaterThan(0);
    expect(later.reduce((n, f) => n + size(f), 0)).toBeLessThan(LATER_BUDGET);
    // The stemmers are not in the first script.
    expect(readFileSync(join(ASSETS, entry!), 'utf8')).not.toMatch(/snowball/i);
    // Nor the article panel (its heading's id), which a later chunk holds.
    expect(readFileSync(join(ASSETS, entry!), 'utf8')).not.toContain('article-panel-title');
    expect(later.some((f) => readFileSync(join(ASSETS, f), 'utf8').includes('article-panel-title'))).toBe(true);
  });
});
