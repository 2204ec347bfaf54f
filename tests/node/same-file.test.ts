import { linkSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneFileByStats, sameFile, type FileIdentity } from '../../node/same-file';

/** Stats as fs.stat({ bigint: true }) gives them: Windows file ids above 2^53 differ only in their low bits. */
const file = (ino: bigint, nlink = 2n, dev = 7n): FileIdentity => ({ isFile: () => true, ino, dev, nlink });

describe('sameFile (R7)', () => {
  it('tells apart two NTFS files whose 64-bit ids round to the same Number', () => {
    const a = 55732045388927856n;
    const b = a + 1n;
    expect(Number(a)).toBe(Number(b));
    expect(oneFileByStats(file(a), file(b))).toBe(false);
    expect(oneFileByStats(file(a), file(a))).toBe(true);
  });

  it('never takes a zero id (FAT, exFAT) or a file with one link for one file under two paths', () => {
    expect(oneFileByStats(file(0n), file(0n))).toBe(false);
    expect(oneFileByStats(file(12n, 1n), file(12n, 1n))).toBe(false);
    expect(oneFileByStats(file(12n, 2n, 1n), file(12n, 2n, 2n))).toBe(false);
  });

  it('finds a hard link and a symbolic link to one file, and two files with one text apart, on this disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'same-file-'));
    writeFileSync(join(dir, 'a.txt'), 'The ministers met.');
    writeFileSync(join(dir, 'b.txt'), 'The ministers met.');
    linkSync(join(dir, 'a.txt'), join(dir, 'hard.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'soft.txt'));
    expect(await sameFile('a.txt', 'hard.txt', dir)).toBe(join(dir, 'a.txt'));
    expect(await sameFile('soft.txt', 'a.txt', dir)).toBe(join(dir, 'a.txt'));
    expect(await sameFile('a.txt', 'b.txt', dir)).toBeNull();
  });
});
