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
 * The first scripts' budget (the early question's and the app's together): 412 KB before the Findings tab and the overview map, which add ~20 KB
 * of UI; 442 KB after session 9's view-reducer table, shared item names and keyboard model (+3 KB); 451.7 KB after
 * session 12's missing-part rule of the counts, the count line's short parts and focus after a correction (+2 KB),
 * budget 455 KB; 457–458 KB after session 14's corrections UI (the weak link's check, partly checked rows, focus
 * after undo), the structural row, the count line's unlinked part and the contradiction's words (+5 KB; no library:
 * the entry holds no compromise, Snowball or zod), budget 462 KB; 464.1 KB after session 16's notices by kind
 * (renderer/state/notices.ts), the machine's link beside an unlinked statement, the measured "probably" (its figure as
 * data), the map's weak rows as the rows have them and an analyst's link's differences arriving from the engine
 * (+4 KB; no library), budget 466 KB. It guards against a library dragged in (tens to
 * hundreds of KB, as zod was once the missing-part schema came in with the rule: now
 * shared/compare/missing-schema.ts), not against a few KB of UI.
 */
const ENTRY_BUDGET = 466_000;
/** The early question's script (renderer/ask-initial.ts with the bundler's helpers). */
const ASK_BUDGET = 4_000;
/**
 * The chunks loaded later (the findings' engine and the article panel): 393 KB at the end of session 10,
 * 402 KB after session 11's typed-difference rules and their data (numbers, conditions, lists, evaluation
 * stances) and the rows' weak links; no library came in. 422.9 KB after session 15's rules (pronoun actors, shared views,
 * undertakings, WordNet verb antonyms), the weak row's hedged differences and one finding per multi-sentence quotation
 * (+3 KB of code and data; the chunks hold no compromise or zod, checked): budget 426 KB. 427.3 KB after session
 * 16's one table of quotation severities with its sources, typographic variants and reporter's changes
 * (data/misquotation.json, +1.3 KB; no library): budget 429 KB. About 468 KB after session 16's typed differences
 * of an analyst's link (tester 10, T6: the difference rules themselves, shared/differences/detect.ts and its rules,
 * now in the findings' engine; no library came in); 477.6 KB once diff16's scope rules and data (classifier.ts,
 * data/scope.json, the second act) came in with them at the merge: budget 480 KB.
 */
const LATER_BUDGET = 480_000;

describe('the built renderer', () => {
  it('bundles no zod, and keeps its first scripts and its later chunks within their budgets', () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    // The page's scripts, in order: the early question (ask-initial.ts, a few KB) and then the app's.
    const entries = [...html.matchAll(/<script type="module"[^>]* src="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(2);
    for (const f of entries) expect(scripts).toContain(f);
    const size = (f: string) => readFileSync(join(ASSETS, f), 'utf8').length;
    const [ask, app] = entries as [string, string];
    expect(size(ask)).toBeLessThan(ASK_BUDGET);
    for (const f of scripts) expect(readFileSync(join(ASSETS, f), 'utf8'), f).not.toContain('ZodError');
    expect(size(ask) + size(app)).toBeLessThan(ENTRY_BUDGET);
    const later = scripts.filter((f) => !entries.includes(f));
    expect(later.length).toBeGreaterThan(0);
    expect(later.reduce((n, f) => n + size(f), 0)).toBeLessThan(LATER_BUDGET);
    // The stemmers are not in the first scripts.
    for (const f of entries) expect(readFileSync(join(ASSETS, f), 'utf8')).not.toMatch(/snowball/i);
    // Nor the article panel (its heading's id), which a later chunk holds.
    for (const f of entries) expect(readFileSync(join(ASSETS, f), 'utf8')).not.toContain('article-panel-title');
    expect(later.some((f) => readFileSync(join(ASSETS, f), 'utf8').includes('article-panel-title'))).toBe(true);
  });

  it('runs the early question before the app\'s script, under the page\'s Content-Security-Policy', () => {
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    const first = html.indexOf('<script');
    expect(csp).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(csp);
    const entries = [...html.matchAll(/<script type="module"[^>]* src="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    // The early chunk asks main (window.readouts.initial) and holds none of React.
    const ask = readFileSync(join(ASSETS, entries[0]!), 'utf8');
    expect(ask).toContain('initial');
    expect(ask).not.toContain('react.transitional.element');
  });
});
