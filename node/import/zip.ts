/**
 * A zip archive's table of contents, checked before anything is inflated: a
 * .docx is a zip, and a zip can be a bomb (a small file that inflates to
 * gigabytes). mammoth inflates with jszip, which trusts the archive; so first
 * the central directory is read here, the declared sizes are added up against
 * a limit, and every entry is inflated once with a ceiling of its declared size
 * (a bomb that lies about its sizes is stopped at the lie, not at the end).
 */
import { inflateRawSync } from 'node:zlib';

/** Largest total uncompressed size of an archive's entries (a long .docx readout is well under 1 MB). */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

/** Most entries in an archive (a .docx has a dozen or two; images add some). */
export const MAX_ENTRIES = 2000;

/** An entry as the central directory declares it. */
export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header from the start of the archive. */
  localOffset: number;
}

/** Why an archive is refused. */
export type ZipProblem =
  | { kind: 'not-zip'; detail: string }
  | { kind: 'too-large'; detail: string };

/** The archive's entries, or the problem with it. */
export type ZipCheck = { ok: true; entries: ZipEntryInfo[] } | { ok: false; problem: ZipProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory of `bytes` and checks the declared sizes against the limits. */
export function readZipDirectory(bytes: Uint8Array, maxUncompressed = MAX_UNCOMPRESSED_BYTES): ZipCheck {
  const notZip = (detail: string): ZipCheck => ({ ok: false, problem: { kind: 'not-zip', detail } });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return notZip('it is not a zip archive');
  // The end-of-central-directory record: in the last 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return notZip('the zip archive is incomplete (no central directory)');
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) return { ok: false, problem: { kind: 'too-large', detail: 'it is a ZIP64 archive, far larger than a document' } };
  if (count > MAX_ENTRIES) return { ok: false, problem: { kind: 'too-large', detail: `it has ${count} entries` } };
  if (dirOffset + dirSize > end) return notZip('the zip archive is damaged (its directory lies outside the file)');
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return notZip('the zip archive is damaged (a bad directory entry)');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntryInfo = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      return { ok: false, problem: { kind: 'too-large', detail: 'it holds a ZIP64 entry, far larger than a document' } };
    total += entry.uncompressedSize;
    if (total > maxUncompressed) return { ok: false, problem: { kind: 'too-large', detail: `its contents would inflate to more than ${mib(maxUncompressed)}` } };
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

/**
 * Inflates every entry with a ceiling of its declared size, so that an entry
 * that would inflate to more than it declares stops at the ceiling. Returns the
 * problem, or null when every entry is what it says.
 */
export function checkZipEntries(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): ZipProblem | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { kind: 'not-zip', detail: `the zip archive is damaged (entry ${entry.name})` };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) return { kind: 'not-zip', detail: `the zip archive is truncated (entry ${entry.name})` };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) return { kind: 'not-zip', detail: `the zip archive is damaged (entry ${entry.name})` };
      continue;
    }
    if (entry.method !== 8) return { kind: 'not-zip', detail: `entry ${entry.name} uses an unsupported compression method (${entry.method})` };
    let inflated: Buffer;
    try {
      // One byte over the declared size: reaching it proves the declaration false.
      inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return { kind: 'too-large', detail: `entry ${entry.name} inflates to more than it declares` };
      return { kind: 'not-zip', detail: `the zip archive is damaged (entry ${entry.name} does not inflate)` };
    }
    if (inflated.length !== entry.uncompressedSize) return { kind: 'not-zip', detail: `the zip archive is damaged (entry ${entry.name} has the wrong size)` };
  }
  return null;
}

/** The inflated content of the entry named `name`, or null when there is none or it cannot be read. Call after {@link checkZipEntries}. */
export function zipEntryText(bytes: Uint8Array, entries: readonly ZipEntryInfo[], name: string): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const raw = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    return new TextDecoder().decode(raw);
  } catch {
    return null;
  }
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
