/**
 * Where UTF-8 goes wrong. `TextDecoder` with `fatal: true` says whether bytes are
 * valid UTF-8 but not where they stop being so; this scanner finds the place, by
 * the same rules (the WHATWG Encoding Standard's UTF-8 decoder: no overlong forms,
 * no surrogates, nothing above U+10FFFF).
 */

/**
 * Byte offset at which the first invalid UTF-8 sequence starts (its lead byte, or
 * the stray continuation byte), or -1 when all of `bytes` is valid UTF-8.
 * Linear in the number of bytes.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/**
 * How many valid multi-byte UTF-8 sequences `bytes` holds, stepping over invalid bytes one at a
 * time. A text in a single-byte legacy encoding almost never forms one by chance (its accented
 * letters and quotation marks stand alone, not as a lead byte and continuation bytes), so any
 * count above zero says the bytes are UTF-8 gone wrong rather than a legacy encoding.
 */
export function validMultibyteSequences(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 1) count++;
    i += Math.max(length, 1);
  }
  return count;
}

/** Length of the valid UTF-8 sequence starting at byte `i`: 1 to 4, or 0 when it is invalid there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  // Length of the sequence and the allowed range of its second byte.
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // UTF-16 surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // above U+10FFFF
  } else return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/** 1-based line number of byte `offset` (counting LF bytes before it). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
