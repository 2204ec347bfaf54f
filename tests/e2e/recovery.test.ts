/**
 * Recovery in Chromium, on the real main-side handlers: an error while rendering
 * shows the recovery screen (not a blank page) and is reported to main's log;
 * Reload, and the page loaded in its recovery state after a renderer crash
 * (`#recovery=<reason>`, as electron/recovery.ts loads it), both bring back the
 * comparison with the annotation made before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createHandlers, type MainHandlers } from '../../node/app/handlers';
import type { EditsRequest, LoadedComparison, Result } from '../../shared/ipc/contract';
import { ROOT, until } from './harness';
import { appSuite, SCREENSHOTS } from './suite';

const suite = appSuite();

/** Real handlers that also record the work the page reports. */
function recordingHandlers(): { handlers: MainHandlers; reported: EditsRequest[] } {
  const real = createHandlers({ assetsDir: join(ROOT, 'assets') });
  const reported: EditsRequest[] = [];
  return { handlers: { ...real, autosave: (request) => { reported.push(request); return real.autosave(request); } }, reported };
}

const annotationsButton = (page: Page) => page.getByRole('button', { name: 'Annotations (1)', exact: true });

describe('recovering from errors', () => {
  it('shows the recovery screen on a render error, logs it, and Reload brings back the annotated comparison', async () => {
    const { handlers, reported } = recordingHandlers();
    const app = await suite.open({ handlers });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    // An annotation on the first difference's row, reported to main as every change is.
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+Shift+A');
    const editor = page.getByRole('form', { name: 'New annotation' });
    await editor.waitFor();
    await editor.getByLabel('Note', { exact: true }).fill('Survives a crash');
    await editor.getByLabel('Note', { exact: true }).press('Enter');
    await annotationsButton(page).waitFor();
    await until(page, 'true', () => reported.some((r) => r.edits.annotations.length === 1));

    // Main sends a comparison the page cannot render (its parts missing): the render fails.
    await app.emitLoaded({ ok: true, value: { event: 'broken', document: 99 } } as unknown as Result<LoadedComparison>);
    const heading = page.getByRole('heading', { name: 'Something went wrong' });
    await heading.waitFor();
    expect(await page.locator('.recovery').textContent()).toContain('The window could not show the comparison.');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Reload');
    await until(page, 'true', () => app.logged.length > 0);
    expect(app.logged[0]).toMatchObject({ kind: 'render', message: expect.stringMatching(/^TypeError: /) });
    expect(app.logged[0]!.stack).toContain('Components:');
    await page.screenshot({ path: join(SCREENSHOTS, 'recovery-render-error.png') });

    await page.getByRole('button', { name: 'Reload' }).click();
    await annotationsButton(page).waitFor();
    await page.getByRole('button', { name: 'Annotations (1)', exact: true }).click();
    expect(await page.locator('.annotation-note').textContent()).toBe('Survives a crash');

    // After a crash of the renderer main loads the page in its recovery state.
    const home = page.url().replace(/#.*$/u, '');
    await page.goto('about:blank');
    await page.goto(`${home}#recovery=oom`);
    await heading.waitFor();
    expect(await page.locator('.recovery p').first().textContent()).toBe('The window stopped working: it ran out of memory (oom).');
    await page.screenshot({ path: join(SCREENSHOTS, 'recovery-crash.png') });
    await page.getByRole('button', { name: 'Reload' }).click();
    await annotationsButton(page).waitFor();
    expect(await page.evaluate('location.hash')).toBe('');
    await app.close();
  });

  it('keeps the notice that a damaged autosave was moved aside until the analyst dismisses it, with its path, as a status', async () => {
    // The autosave cut short and its backup garbage: main moves it aside and shows the sample instead.
    const userData = mkdtempSync(join(tmpdir(), 'readouts-damaged-'));
    writeFileSync(join(userData, 'autosave.readouts'), '{"format":"readout-compare","version":2,"sources":');
    writeFileSync(join(userData, 'autosave.readouts.bak'), 'garbage');
    const app = await suite.open({ handlers: createHandlers({ assetsDir: join(ROOT, 'assets'), userData }) });
    const { page } = app;
    const notice = page.locator('.notice-banner');
    await notice.waitFor();
    // The sample's article follows the rows; once it is in, the notice must still be there.
    await until<string>(page, `document.querySelector('.status-bar .status')?.textContent ?? ''`, (v) => v.startsWith('Article loaded'), 30000);
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(1);
    expect(await notice.getAttribute('role')).toBe('status');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('The comparison you were working on could not be restored');
    expect(text).toContain(join(userData, 'autosave damaged '));
    await page.screenshot({ path: join(SCREENSHOTS, 'damaged-autosave-notice.png') });
    await page.getByRole('button', { name: 'Dismiss the notice' }).click();
    await notice.waitFor({ state: 'detached' });
    await app.close();
  });

  it('is dark in the dark theme (in Electron, View > Theme sets what prefers-color-scheme reports)', async () => {
    const app = await suite.open({ colorScheme: 'dark' });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();
    const home = page.url().replace(/#.*$/u, '');
    await page.goto('about:blank');
    await page.goto(`${home}#recovery=crashed`);
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(13, 17, 23)');
    expect(await page.evaluate('getComputedStyle(document.querySelector(".recovery")).backgroundColor')).toBe('rgb(22, 27, 34)');
    await page.screenshot({ path: join(SCREENSHOTS, 'recovery-crash-dark.png') });
    await app.close();
  });
});

