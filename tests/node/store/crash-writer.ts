/**
 * The child process of crash.test.ts: saves two versions of a comparison file to
 * one path, alternately and forever, through the store's write path
 * (node/store/atomic-write.ts) as `saveComparison` calls it: the current good
 * content is kept as `.bak`, then the new content replaces the file. The test
 * kills it at random moments. Arguments: FILE VERSION1 VERSION2 (the two files'
 * exact texts). Prints "ready" when it starts writing. It stops by itself when
 * the test goes away (its stdin closes) or after 20 s, so that a test that is
 * interrupted leaves no writer behind.
 */
import { readFile } from 'node:fs/promises';
import { replaceKeepingPrevious } from '../../../node/store/atomic-write';

async function main(): Promise<void> {
  process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();
  setTimeout(() => process.exit(4), 20_000);
  const [file, v1, v2] = process.argv.slice(2) as [string, string, string];
  const versions = await Promise.all([readFile(v1, 'utf8'), readFile(v2, 'utf8')]);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const next = versions[i % 2]!;
    // What saveComparison does: the current file (always a good comparison here) becomes the backup.
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === next) continue;
    const written = await replaceKeepingPrevious(file, next, file, current);
    if (!written.ok) {
      process.stderr.write(`${written.message}\n`);
      process.exit(3);
    }
  }
}

void main();
