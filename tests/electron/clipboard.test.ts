import { describe, expect, it } from 'vitest';
import type { Clipboard } from 'electron';
import { readClipboard } from '../../electron/clipboard';

/** A clipboard holding items of the given types and contents. */
function fakeClipboard(...items: Array<Record<string, string>>): Pick<Clipboard, 'read'> {
  return {
    read: async () => items.map((content) => ({
      types: Object.keys(content),
      getType: async (type: string) => new Blob([content[type]!], { type }),
    })) as unknown as Awaited<ReturnType<Clipboard['read']>>,
  };
}

describe('reading the clipboard for Paste', () => {
  it('gives its HTML and its plain text', async () => {
    expect(await readClipboard(fakeClipboard({ 'text/html': '<p>Peace.</p>', 'text/plain': 'Peace.' }))).toEqual({ html: '<p>Peace.</p>', text: 'Peace.' });
  });

  it('gives empty strings for what it does not hold, and the first item of each kind', async () => {
    expect(await readClipboard(fakeClipboard({ 'image/png': 'x' }))).toEqual({ html: '', text: '' });
    expect(await readClipboard(fakeClipboard({ 'text/plain': 'one' }, { 'text/plain': 'two', 'text/html': '<b>two</b>' }))).toEqual({ html: '<b>two</b>', text: 'one' });
  });
});
