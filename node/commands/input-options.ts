/**
 * The options that say what is compared, shared by `compare` and `export`: two readouts (with
 * their meta, encoding, and an article or a claims file), or a saved comparison instead.
 */
import type { ParsedArgs } from './command';

/** The input options, as `util.parseArgs` takes them. */
export const INPUT_OPTIONS = {
  meta: { type: 'string' },
  'no-meta': { type: 'boolean' },
  article: { type: 'string' },
  claims: { type: 'string' },
  encoding: { type: 'string' },
  comparison: { type: 'string' },
} as const;

/** The input options' values as parsed. */
export type InputValues = Extract<ParsedArgs<typeof INPUT_OPTIONS>, { ok: true }>['values'];

/** The options a saved comparison carries itself (its readouts, meta and article). */
const SOURCE_FLAGS = ['article', 'claims', 'meta', 'no-meta', 'encoding'] as const;

/** With --comparison: A and B, or a source option, given beside it; null when there is none (or no --comparison). */
export function savedComparisonProblem(values: InputValues, positionals: readonly string[]): string | null {
  if (values.comparison === undefined) return null;
  if (positionals.length > 0) return '--comparison carries its own readouts: give no A and B with it';
  for (const flag of SOURCE_FLAGS) if (values[flag] !== undefined) return `--${flag} cannot be used with --comparison (the file carries its own sources)`;
  return null;
}

/** What to load for two readouts A and B: the request `prepareComparison` takes, without the output options. */
export const sourcesRequest = (values: InputValues, [a, b]: readonly [string, string]) => ({
  a, b, metaPath: values.meta, noMeta: values['no-meta'] ?? false, article: values.article, claims: values.claims, encoding: values.encoding,
});
