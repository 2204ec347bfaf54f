/**
 * What a file given as plain text really is, told by its first bytes, so that the
 * message says so ("this is a PDF: name it .pdf") instead of "binary" or "not
 * UTF-8" (issue 15, item 14). Signatures: `%PDF-` (ISO 32000-1, 7.5.2), `PK\x03\x04`
 * (a zip's local file header, as a .docx is), an HTML document's `<!DOCTYPE html` or
 * `<html` (after white space or a UTF-8 BOM). UTF-16 without a byte-order mark is
 * recognised by its NUL bytes: text mostly in Latin or Cyrillic letters, spaces and
 * punctuation has a NUL in the high byte of many characters (every ASCII one) and
 * none in the low byte, so NULs fall on one side of each byte pair only.
 */

/** Share of byte pairs that must have a NUL on one side for UTF-16 (a Russian text has one per space at least). */
const UTF16_NUL_SHARE = 0.1;

/** What `bytes` look like, when they are not what their name says: a message tail, or null. */
export function recognisedFormat(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (head.startsWith('%PDF-')) return 'this is a PDF: name it .pdf or open it as PDF';
  if (head.startsWith('PK\u0003\u0004')) return 'this is a zip archive (a Word .docx file?): name it .docx or open it as a Word file';
  if (/^(?:\u00ef\u00bb\u00bf)?\s*<(?:!doctype\s+html|html[\s>])/i.test(head)) return 'this is a web page (HTML): name it .html or open it as a web page';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return `this looks like UTF-16 (${utf16}) without a byte-order mark: save it as UTF-8 (or, on the command line, give --encoding utf-16${utf16 === 'little-endian' ? 'le' : 'be'})`;
  return null;
}

/** 'little-endian' or 'big-endian' when the NUL bytes of `bytes` sit on one side of its byte pairs only. */
function utf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  const pairs = Math.floor(Math.min(bytes.length, 1 << 16) / 2);
  // with its mark it is read as UTF-16 (text.ts)
  if (pairs < 2 || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const order = odd >= pairs * UTF16_NUL_SHARE && even === 0 ? 'little-endian' : even >= pairs * UTF16_NUL_SHARE && odd === 0 ? 'big-endian' : null;
  return order && readsAsText(bytes.subarray(0, pairs * 2), order) ? order : null;
}

/** Fewest bytes a text must have to be called UTF-16 (a few bytes of a binary file can have NULs on one side by chance). */
const UTF16_MIN_BYTES = 16;

/** Whether the bytes, read as UTF-16, are text: no control characters but white space, and mostly letters, digits, spaces and punctuation. */
function readsAsText(bytes: Uint8Array, order: 'little-endian' | 'big-endian'): boolean {
  if (bytes.length < UTF16_MIN_BYTES) return false;
  const text = new TextDecoder(order === 'little-endian' ? 'utf-16le' : 'utf-16be').decode(bytes);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u.test(text)) return false;
  const plain = text.match(/[\p{L}\p{N}\p{P}\s]/gu)?.length ?? 0;
  return plain >= text.length * 0.9;
}
