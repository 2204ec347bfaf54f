/**
 * A read-only file chosen in a save dialog (issue 15, item 3): in Chromium, on the
 * real main-side handlers, a save or an export over a 0444 file is refused with a
 * banner naming the file, which offers "Save As…"; that asks again, and the file
 * chosen then is written. The read-only file stays as it was (also as root: it is
 * refused for its mode).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../node/app/handlers';
import { ROOT, until } from './harness';
import { appSuite } from './suite';

const suite = appSuite();
const temp = (name: string) => mkdtempSync(join(tmpdir(), `e2e-${name}-`));
const handlersOn = (userData: string) => createHandlers({ assetsDir: join(ROOT, 'assets'), userData, autosaveDelayMs: 20 });

describe('a read-only file chosen to save or export to', () => {
  it.fails('is refused with a banner naming it and offering Save As…, which writes under the name chosen then', async () => {
    const dir = temp('read-only');
    const locked = join(dir, 'locked.readouts');
    writeFileSync(locked, 'kept as it is');
    chmodSync(locked, 0o444);
    const app = await suite.open({ handlers: handlersOn(temp('userdata')) });
    const { page } = app;
    await page.getByTestId('rows-scroll').getByRole('listitem').first().waitFor();

    app.dialogs.nextPaths.push(locked);
    await page.keyboard.press('Control+Shift+S');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${locked}: cannot save (the file is read-only): choose another name`);
    app.dialogs.nextPaths.push(join(dir, 'other.readouts'));
    await alert.getByRole('button', { name: 'Save As…' }).click();
    await until(page, `document.querySelector('.status').textContent.startsWith('Saved in ')`);
    expect(existsSync(join(dir, 'other.readouts'))).toBe(true);

    const csv = join(dir, 'locked.csv');
    writeFileSync(csv, 'kept too');
    chmodSync(csv, 0o444);
    app.dialogs.nextPaths.push(csv);
    await app.emitCommand('export-csv');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${csv}: cannot save (the file is read-only)`);
    app.dialogs.nextPaths.push(join(dir, 'other.csv'));
    await alert.getByRole('button', { name: 'Save As…' }).click();
    await until(page, `!document.querySelector('[role=alert]')`);
    expect(existsSync(join(dir, 'other.csv'))).toBe(true);

    expect(readFileSync(locked, 'utf8')).toBe('kept as it is');
    expect(readFileSync(csv, 'utf8')).toBe('kept too');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
