/**
 * Named pipes for the tests of readers that must never wait on one: a pipe put where a
 * file is expected, and a race between the reader and a second (a reader that opened
 * the pipe blocks until a writer comes: this gives it its end of file afterwards).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';

/** Makes a named pipe at `path` (POSIX `mkfifo`). */
export function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** `work`'s answer, or 'hung' when it takes over a second; a reader still waiting on `fifo` then gets its end of file. */
export async function withinASecond<T>(work: Promise<T>, fifo: string): Promise<T | 'hung'> {
  const answer = await Promise.race([work, new Promise<'hung'>((ok) => setTimeout(() => ok('hung'), 1000))]);
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader left
  }
  await work.catch(() => undefined);
  return answer;
}
