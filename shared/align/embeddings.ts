/**
 * A table of word vectors (GloVe 100d, derived by scripts/derive-embeddings.ts; see
 * docs/alignment.md, "Word vectors") in a compact binary form, and its reader. The
 * reader builds nothing per vector: the table is a typed-array view over the file's
 * bytes, plus one map from word to row.
 *
 * Format (little-endian):
 *   0  8 bytes  magic "RCWV0001"
 *   8  u32      number of words n
 *  12  u32      dimensions d
 *  16  u32      byte length w of the word list
 *  20  u32      0 (reserved)
 *  24  w bytes  the words, UTF-8, separated by "\n", in row order; then zero padding to a multiple of 4
 *      n f32    per row, its scale
 *      n·d i8   per row, its components: component k of row i is data[i·d + k] · scale[i]
 * Each row is a unit vector before quantisation, so a dot product of two rows is their cosine
 * (off by a few thousandths at most, from the quantisation).
 */

const MAGIC = 'RCWV0001';
const HEADER = 24;

/** A word-vector table. */
export interface Embeddings {
  /** Dimensions of each vector. */
  dims: number;
  /** Row of each word. */
  index: ReadonlyMap<string, number>;
  /** Per row, the factor that turns its int8 components into the vector's. */
  scales: Float32Array;
  /** The int8 components, row after row. */
  data: Int8Array;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Encodes unit-scaled, int8-quantised vectors of `words` (each of `dims` components) in the format above. */
export function encodeEmbeddings(words: readonly string[], vectors: readonly ArrayLike<number>[], dims: number): Uint8Array {
  if (words.length !== vectors.length) throw new Error(`encodeEmbeddings: ${words.length} words but ${vectors.length} vectors`);
  const list = new TextEncoder().encode(words.join('\n'));
  const scalesAt = HEADER + pad4(list.length);
  const dataAt = scalesAt + 4 * words.length;
  const out = new Uint8Array(dataAt + words.length * dims);
  const view = new DataView(out.buffer);
  for (let k = 0; k < MAGIC.length; k++) out[k] = MAGIC.charCodeAt(k);
  view.setUint32(8, words.length, true);
  view.setUint32(12, dims, true);
  view.setUint32(16, list.length, true);
  out.set(list, HEADER);
  const data = new Int8Array(out.buffer, dataAt);
  vectors.forEach((v, i) => {
    if (v.length < dims) throw new Error(`encodeEmbeddings: the vector of "${words[i]}" has ${v.length} components, not ${dims}`);
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm);
    let max = 0;
    for (let k = 0; k < dims; k++) max = Math.max(max, Math.abs(v[k]! / (norm || 1)));
    const scale = max > 0 ? max / 127 : 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    for (let k = 0; k < dims; k++) data[i * dims + k] = Math.round(v[k]! / (norm || 1) / scale);
  });
  return out;
}

/** Reads a table written by encodeEmbeddings; throws, saying what is wrong, for anything else. */
export function decodeEmbeddings(bytes: Uint8Array): Embeddings {
  if (bytes.length < HEADER) throw new Error(`word vectors: ${bytes.length} bytes is shorter than the header`);
  for (let k = 0; k < MAGIC.length; k++) {
    if (bytes[k] !== MAGIC.charCodeAt(k)) throw new Error('word vectors: not a table of this format (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const listLength = view.getUint32(16, true);
  const scalesAt = HEADER + pad4(listLength);
  const dataAt = scalesAt + 4 * n;
  if (bytes.length !== dataAt + n * dims) throw new Error(`word vectors: ${bytes.length} bytes, expected ${dataAt + n * dims} for ${n} words × ${dims}`);
  const words = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + listLength)).split('\n');
  if (words.length !== n) throw new Error(`word vectors: ${words.length} words listed, header says ${n}`);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  // A Float32Array view needs a 4-aligned offset; a file read into a pooled buffer may not give one.
  const aligned = (bytes.byteOffset + scalesAt) % 4 === 0;
  const scales = aligned
    ? new Float32Array(bytes.buffer, bytes.byteOffset + scalesAt, n)
    : new Float32Array(bytes.slice(scalesAt, dataAt).buffer);
  return { dims, index, scales, data: new Int8Array(bytes.buffer, bytes.byteOffset + dataAt, n * dims) };
}

/** The vector of `word` (lower-case), dequantised into `into` (or a new array); null when the table lacks the word. */
export function vectorOf(e: Embeddings, word: string, into?: Float32Array): Float32Array | null {
  const row = e.index.get(word);
  if (row === undefined) return null;
  const out = into ?? new Float32Array(e.dims);
  const s = e.scales[row]!;
  const base = row * e.dims;
  for (let k = 0; k < e.dims; k++) out[k] = e.data[base + k]! * s;
  return out;
}
