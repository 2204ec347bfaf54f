/**
 * Decodes a plain-text or Markdown file. The rule (docs/importers.md):
 *
 * 1. A byte order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.
 * 2. Otherwise bytes that are valid UTF-8 are UTF-8.
 * 3. Otherwise Windows-1251 and KOI8-R are tried, and one is accepted only when
 *    the result reads as Russian (russian.ts).
 * 4. Otherwise Windows-1252, with a warning, when the bytes read as a Western
 *    text in it ({@link readsAsWindows1252}).
 * 5. Anything else is an error, as before importers existed.
 *
 * An encoding named by the user (`--encoding`) skips the rule; the bytes must
 * then decode without errors in it. One exception: bytes that are valid UTF-8
 * with characters beyond ASCII are read as UTF-8, with a warning, since one
 * `--encoding` names the encoding of every file of a command and decoding such
 * a file in a legacy encoding would turn each ’ into â€™. The BOM is removed;
 * nothing else changes (CRLF stays), so offsets are into the decoded text as it stands.
 */
import { decodeText, type InputRole, type ReadTextErrorCode } from '../read-text';
import { failure, type Result } from '../result';
import { validMultibyteSequences } from '../utf8';
import { readsAsRussian } from './russian';

/** What the decoder found: the text and the encoding it was in (WHATWG name: "utf-8", "utf-16le", "windows-1251", …). */
export type DecodedText = Result<{ text: string; encoding: string; warning?: string }, ReadTextErrorCode>;

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

/** Decodes the bytes of the text file `name` (for messages) by the rule above, or in `encoding` when given (by the user, or `declared` by a web page). */
export function decodeTextBytes(bytes: Uint8Array, name: string, encoding?: string, role: InputRole = 'readout', encodingFrom: 'given' | 'declared' = 'given'): DecodedText {
  if (encoding !== undefined) return keptUtf8(bytes, name, encoding, role, encodingFrom) ?? decodeAs(bytes, name, encoding, role);
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
  if (readsAsWindows1252(bytes)) {
    const western = finish(decodeStrict(bytes, 'windows-1252')!, name, 'windows-1252', role);
    return western.ok ? { ...western, warning: `${name}: not UTF-8, so read as Windows-1252 (as a "Plain text" file saved on Windows often is); check its quotation marks and accented letters, or save it as UTF-8` } : western;
  }
  // The message of the UTF-8 check: the file is most likely UTF-8 gone wrong.
  return utf8;
}

/**
 * Bytes that are valid UTF-8 with characters beyond ASCII, read as UTF-8 with a warning, when the
 * user names another encoding (see the rule above); null when the named encoding applies.
 */
function keptUtf8(bytes: Uint8Array, name: string, label: string, role: InputRole, from: 'given' | 'declared'): DecodedText | null {
  const named = encodingName(label);
  if (named === null || named.startsWith('utf-') || !bytes.some((b) => b >= 0x80)) return null;
  // One strict decode (decodeText's fatal TextDecoder) both checks the bytes and reads them: not UTF-8, or empty or binary, and the named encoding applies.
  const utf8 = decodeText(bytes, name, role);
  if (!utf8.ok) return null;
  return { ok: true, text: utf8.text, encoding: 'utf-8', warning: `${name}: valid UTF-8, so read as UTF-8 (${from === 'declared' ? 'the page declares' : 'the encoding given,'} ${displayName(named)}${from === 'declared' ? '; not applied' : ', was not applied to it'})` };
}

/**
 * Whether bytes that are not UTF-8 read as a Western text in Windows-1252, the legacy encoding the
 * WHATWG Encoding Standard and the HTML standard's sniffing algorithm fall back to for Western
 * locales: none of the five bytes Windows-1252 leaves undefined; no valid multi-byte UTF-8 sequence
 * (then the file is UTF-8 gone wrong: `validMultibyteSequences`); at least
 * {@link WINDOWS_1252_MIN_LETTERS} ASCII letters; and bytes beyond ASCII at most
 * {@link WINDOWS_1252_MAX_HIGH_SHARE} of them. Calibration: English with curly quotes has 1–2
 * such bytes per 100 letters, French or German 2–5; Russian in Windows-1251 or KOI8-R has more
 * such bytes than ASCII letters, so it never passes (and is tried first).
 */
export function readsAsWindows1252(bytes: Uint8Array): boolean {
  if (validMultibyteSequences(bytes) > 0) return false;
  let letters = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      if (WINDOWS_1252_UNDEFINED.includes(b)) return false;
      high++;
    } else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
  }
  return letters >= WINDOWS_1252_MIN_LETTERS && high <= letters * WINDOWS_1252_MAX_HIGH_SHARE;
}

/** The fewest ASCII letters a text must have to be judged Windows-1252 (a short scrap is refused). */
export const WINDOWS_1252_MIN_LETTERS = 20;

/** The most bytes beyond ASCII per ASCII letter in a Western text (ten times English's share). */
export const WINDOWS_1252_MAX_HIGH_SHARE = 0.1;

/** The bytes Windows-1252 leaves undefined. */
const WINDOWS_1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

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
    'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1251': 'Windows-1251', 'windows-1252': 'Windows-1252', 'koi8-r': 'KOI8-R',
  };
  return names[encoding] ?? encoding;
}

