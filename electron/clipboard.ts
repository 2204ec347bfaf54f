/**
 * What the clipboard holds, for Paste (node/app/handlers.ts `pasteSource`): its HTML
 * and its plain text, read by main with Electron's asynchronous clipboard API, so
 * copied HTML never reaches the page. Takes the clipboard as an argument: tested
 * with a fake.
 */
import type { Clipboard } from 'electron';

/** The clipboard's HTML and plain text ('' for what it does not hold). */
export async function readClipboard(clipboard: Pick<Clipboard, 'read'>): Promise<{ html: string; text: string }> {
  let html = '';
  let text = '';
  for (const item of await clipboard.read()) {
    if (html === '' && item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
    if (text === '' && item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
  }
  return { html, text };
}
