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
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
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
    } else return i;
    if (i + 1 >= n || bytes[i + 1]! < low || bytes[i + 1]! > high) return i;
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line number of byte `offset` (counting LF bytes before it). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
