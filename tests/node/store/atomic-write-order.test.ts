import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../node/store/atomic-write';

describe('writeAtomically', () => {
  it('completes overlapping writes to one path in the order they were asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-order-'));
    const path = join(dir, 'f.txt');
    // a large first write and a small second one: unordered, the second would rename first and lose
    const big = 'x'.repeat(8 << 20);
    const results = await Promise.all([writeAtomically(path, big, 'f.txt'), writeAtomically(path, 'last', 'f.txt')]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(readFileSync(path, 'utf8')).toBe('last');
    expect(readdirSync(dir)).toEqual(['f.txt']);
  });

  it('writes bytes as they are, and keeps the permissions of the file it replaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-bytes-'));
    const path = join(dir, 'f.bin');
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    expect(await writeAtomically(path, bytes, 'f.bin')).toEqual({ ok: true });
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
    const { chmodSync, statSync } = await import('node:fs');
    chmodSync(path, 0o600);
    expect(await writeAtomically(path, 'again', 'f.bin')).toEqual({ ok: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
