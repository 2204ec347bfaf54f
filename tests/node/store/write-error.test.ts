import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically, writeErrorReason } from '../../../node/store/atomic-write';

const dir = mkdtempSync(join(tmpdir(), 'write-error-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('why a write failed', () => {
  it('does not say a folder that exists does not: /proc takes no new files (ENOENT)', async () => {
    const result = await writeAtomically('/proc/readout-compare-test.pdf', 'x', '/proc/readout-compare-test.pdf');
    expect(result).toEqual({ ok: false, code: 'failed', message: '/proc/readout-compare-test.pdf: cannot save (/proc takes no new files (ENOENT))' });
  });

  it('says a missing folder is missing, and a file in the path is not a folder', async () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(await writeErrorReason(failure('ENOENT'), join(dir, 'nowhere'))).toBe('its folder does not exist');
    expect(await writeErrorReason(failure('ENOTDIR'), join(dir, 'plain'))).toBe('a part of its path is not a folder');
  });

  it('names the system’s code with the reason', async () => {
    expect(await writeErrorReason(failure('EROFS'), dir)).toBe('the disk is read-only (EROFS)');
    expect(await writeErrorReason(failure('EPERM'), dir)).toBe('permission denied (EPERM)');
    expect(await writeErrorReason(failure('EACCES'), dir)).toBe('permission denied (EACCES)');
    expect(await writeErrorReason(failure('EIO'), dir)).toBe('EIO: failed');
  });
});
