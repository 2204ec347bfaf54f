/**
 * Errors as values: Node-side functions that can fail on the user's input return
 * `{ ok: true, ...value }` or `{ ok: false, error }` instead of throwing, so the
 * CLI and Electron's main process can show the message and switch on the code.
 */

/** A failure the user can act on. */
export interface CodedError<C extends string> {
  /** What went wrong, for callers to switch on. */
  code: C;
  /** One line for the user that names the file and the problem, e.g. "x.txt: the file is empty". */
  message: string;
}

/** A successful value (its fields spread next to `ok`) or a coded error. */
export type Result<T extends object, C extends string> = ({ ok: true } & T) | { ok: false; error: CodedError<C> };

/** Builds a failed result. */
export function failure<C extends string>(code: C, message: string): { ok: false; error: CodedError<C> } {
  return { ok: false, error: { code, message } };
}
