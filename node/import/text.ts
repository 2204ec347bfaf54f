/**
 * Decodes a plain-text or Markdown file. The rule (docs/importers.md):
 *
 * 1. A byte order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.
 * 2. Otherwise bytes that are valid UTF-8 are UTF-8.
 * 3. Otherwise Windows-1251 and KOI8-R are tried, and one is accepted only when
 *    the result reads as Russian (russian.ts).
 * 4. Anything else is an error, as before importers existed.
 *
 * An encoding named by the user (`--encoding`) skips the rule; the bytes must
 * then decode without errors in it. The BOM is removed; nothing else changes
 * (CRLF stays), so offsets are into the decoded text as it stands.
 */
import { decodeText, type InputRole, type ReadTextErrorCode } from '../read-text';
import { failure, type Result } from '../result';
import { readsAsRussian } from './russian';

/** What the decoder found: the text and the encoding it was in (WHATWG name: "utf-8", "utf-16le", "windows-1251", …). */
export type DecodedText = Result<{ text: string; encoding: string }, ReadTextErrorCode>;

/** The single-byte encodings tried, in this order, for bytes that are not UTF-8. */
export const RUSSIAN_ENCODINGS = ['windows-1251', 'koi8-r'] as const;

/**
 * The WHATWG name of an encoding label the decoder accepts ("cp1251" →
 * "windows-1251", "UTF8" → null), or null when it knows no such encoding.
 */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Decodes the bytes of the text file `name` (for messages) by the rule above, or in `encoding` when given. */
export function decodeTextBytes(bytes: Uint8Array, name: string, encoding?: string, role: InputRole = 'readout'): DecodedText {
  if (encoding !== undefined) return decodeAs(bytes, name, encoding, role);
  if (bytes.length === 0) return failure('empty', `${name}: the file is empty`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, name, 'utf-16le', role);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, name, 'utf-16be', role);
  const utf8 = decodeText(bytes, name, role);
  if (utf8.ok) return { ok: true, text: utf8.text, encoding: 'utf-8' };
  if (utf8.error.code !== 'encoding' || hasUtf8Bom(bytes)) return utf8;
  for (const candidate of RUSSIAN_ENCODINGS) {
    const text = decodeStrict(bytes, candidate);
    if (text !== null && readsAsRussian(text)) return finish(text, name, candidate, role);
  }
  // The message of the UTF-8 check: the file is most likely UTF-8 gone wrong.
  return utf8;
}

/** Decodes in a named encoding: every byte must be a character of it. */
function decodeAs(bytes: Uint8Array, name: string, label: string, role: InputRole): DecodedText {
  const encoding = encodingName(label);
  if (encoding === null) return failure('encoding', `${name}: unknown encoding '${label}'`);
  if (bytes.length === 0) return failure('empty', `${name}: the file is empty`);
  const text = decodeStrict(bytes, encoding);
  if (text === null) return failure('encoding', `${name}: the file is not valid ${displayName(encoding)}`);
  return finish(text, name, encoding, role);
}

/** The text with a leading BOM removed, unless it is binary or blank. */
function finish(decoded: string, name: string, encoding: string, role: InputRole): DecodedText {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.includes('\u0000'))
    return failure('binary', `${name}: this looks like a binary file (it contains NUL characters), not a text ${role}`);
  if (text.trim() === '') return failure('empty', text === '' ? `${name}: the file is empty` : `${name}: the file is empty (it holds only whitespace)`);
  return { ok: true, text, encoding };
}

/** `bytes` decoded in `encoding`, or null when some bytes are no character of it. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  // Node 20's decoder reads windows-1252 as ISO-8859-1, leaving C1 controls where the quotes and dashes are.
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/** What bytes 0x80–0x9F are in Windows-1252 (the five it leaves undefined stay as they are). */
export const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** "UTF-16 LE", "Windows-1251", "KOI8-R" for messages. */
export function displayName(encoding: string): string {
  const names: Record<string, string> = {
    'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1251': 'Windows-1251', 'koi8-r': 'KOI8-R',
  };
  return names[encoding] ?? encoding;
}

