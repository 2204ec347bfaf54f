/**
 * axe-core in the browser tests: `axeViolations(page)` runs axe on the page (or a
 * part of it) and answers every violation, whatever its impact (minor, moderate,
 * serious, critical), each with its rule, impact, help text and the first elements
 * concerned. The tests require none: a moderate finding (content outside any
 * landmark, rule "region") fails them as a serious one does.
 *
 * How axe gets into the page: the renderer's CSP (`script-src 'self'`, no
 * 'unsafe-inline'/'unsafe-eval') blocks `page.addScriptTag({ content })`, an inline
 * script. `page.evaluate(source)` of a string is not blocked: playwright hands it to
 * the DevTools protocol's Runtime.evaluate, which CSP does not govern. So axe's source
 * is evaluated as a string, once per page, and `axe.run` is called the same way
 * (strings, not functions: code compiled for the tests carries helpers the page lacks).
 * Works on any page of the app, e.g. the report view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** A violation as the tests report it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the first elements concerned. */
  nodes: string[];
}

/** Makes sure axe is loaded in the page (again after a navigation). */
export async function injectAxe(page: Page): Promise<void> {
  if ((await page.evaluate('typeof window.axe')) === 'object') return;
  await page.evaluate(AXE_SOURCE);
  if ((await page.evaluate('typeof window.axe')) !== 'object') throw new Error('axe-core did not load in the page');
}

/** Every violation axe finds in `include` (a CSS selector; default the whole document), with WCAG 2.x A/AA and best-practice rules. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await injectAxe(page);
  const context = include ? JSON.stringify({ include: [include] }) : 'document';
  return (await page.evaluate(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  })))`)) as AxeViolation[];
}
