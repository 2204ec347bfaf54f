/**
 * The limits the renderer and main both apply to requests, apart from the zod
 * schemas of contract.ts: the renderer imports them without bundling zod (the
 * first paint pays for every byte of the page's script).
 */

/** The largest file the renderer may send, in bytes: the importers' limit (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The longest message and stack of a `RendererError`, in characters (the renderer cuts to these). */
export const RENDERER_ERROR_LIMITS = { message: 2_000, stack: 8_000 } as const;

/**
 * Bounds of the analyst's work as a request carries it (contract.ts checks them;
 * the comparison file's own schema stays as it is, so no file that opens is refused
 * here). Each is far above what the app makes, and small enough that no request can
 * make main hold an unbounded string or array.
 */
export const WORK_LIMITS = {
  /** Links of one annotation (the editor adds them one by one). */
  links: 1_000,
  /** Sentences of a row target (a connected group of a few statements). */
  rowSentences: 10_000,
  /** A quote's `exact`, in UTF-16 code units: the largest text the importers read (20 MiB). */
  exact: MAX_IMPORT_BYTES,
  /** A quote's `prefix` and `suffix` (the app keeps 32 characters: CONTEXT_LENGTH). */
  context: 256,
  /** A sentence, claim or commentary id ("a12", "c3"): its number's digits are otherwise unbounded. */
  itemId: 24,
  /** A source's label (the details editor allows 80). */
  label: 200,
  /** Every other text of a source's details: publisher, title, note, provenance. */
  metaText: 10_000,
} as const;
