/**
 * The limits the renderer and main both apply to requests, apart from the zod
 * schemas of contract.ts: the renderer imports them without bundling zod (the
 * first paint pays for every byte of the page's script).
 */

/** The largest file the renderer may send, in bytes: the importers' limit (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The longest message and stack of a `RendererError`, in characters (the renderer cuts to these). */
export const RENDERER_ERROR_LIMITS = { message: 2_000, stack: 8_000 } as const;
