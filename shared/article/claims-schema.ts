/**
 * The schema of a curated claims file (docs/claims-file.md), on its own so that
 * what only validates files (the comparison file, the main process) does not load
 * the article analysis. shared/article/curated.ts builds the analysis from it.
 */
import { z } from 'zod';

export const CLAIMS_FORMAT = 'readout-compare/claims';

const side = z.enum(['a', 'b']);
const verdict = z.enum(['supported', 'partial', 'not-found']);
const sentenceRef = z.string().regex(/^[ab][1-9]\d*$/, 'expected a sentence id such as "a3" or "b12"');
const itemRef = z.string().regex(/^[abc][1-9]\d*$/, 'expected a sentence id ("a3", "b12") or a claim id ("c2")');
const text = z.string().trim().min(1, 'must not be empty');
const optional = z.string().nullish();

const articleMeta = {
  label: optional, publisher: optional, title: optional, url: optional, note: optional, provenance: optional,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').nullish(),
  language: z.string().min(2).nullish(),
};

/** The claims file, validated. Unknown fields are refused (a misspelt field must not be silently ignored). */
export const claimsFileSchema = z.strictObject({
  format: z.literal(CLAIMS_FORMAT, { error: `expected "${CLAIMS_FORMAT}"` }),
  version: z.literal(1, { error: 'this version of the app reads version 1' }),
  article: z.union([
    z.strictObject({ file: text, ...articleMeta }),
    z.strictObject({ text, ...articleMeta }),
  ], { error: 'expected { "file": "…" } or { "text": "…" }, with optional label, publisher, title, url, date, note, provenance, language' }),
  claims: z.array(z.strictObject({
    text,
    readouts: z.array(side).max(2).default([]),
    links: z.array(sentenceRef).optional(),
    verdicts: z.strictObject({ a: verdict.optional(), b: verdict.optional() }).optional(),
  })).default([]),
  commentary: z.array(z.strictObject({
    quote: text,
    speaker: text,
    role: z.string().nullish(),
    party: z.boolean().default(false),
    timing: z.enum(['before', 'after']).nullish(),
    links: z.array(itemRef).optional(),
  })).default([]),
  manualLinks: z.array(z.strictObject({
    from: z.string().regex(/^[cq][1-9]\d*$/, 'expected a claim or commentary id ("c1", "q2")'),
    to: itemRef,
    op: z.enum(['add', 'remove']),
  })).default([]),
});

export type ClaimsFile = z.infer<typeof claimsFileSchema>;

/** The first problems of a failed validation, on one line: `claims.2.readouts.0: expected "a" or "b"`. */
export function schemaProblems(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message.replace(/^Invalid input: /, '')}`);
  return shown.join('; ') + (error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : '');
}
