/**
 * The zod schema of corrections as a `.readouts` file (version 2) stores them
 * (docs/file-format.md). Strict, like the annotations' schema.
 */
import { z } from 'zod';
import { annotationIdSchema, anchorStatusSchema, isoDateTime, rowSentenceSchema } from '../annotations/schema';
import type { Correction } from './model';

const end = rowSentenceSchema.nullable();

/** One correction. */
export const correctionSchema = z.strictObject({
  id: annotationIdSchema,
  op: z.enum(['link', 'unlink', 'confirm'], { error: 'expected "link", "unlink" or "confirm"' }),
  a: end,
  b: end,
  created: isoDateTime,
  status: anchorStatusSchema,
}).superRefine((c, ctx) => {
  if (c.a && c.a.source !== 'a') ctx.addIssue({ code: 'custom', path: ['a', 'source'], message: 'the end "a" is a sentence of readout A' });
  if (c.b && c.b.source !== 'b') ctx.addIssue({ code: 'custom', path: ['b', 'source'], message: 'the end "b" is a sentence of readout B' });
  if (c.op !== 'confirm' && (!c.a || !c.b)) ctx.addIssue({ code: 'custom', path: [c.a ? 'b' : 'a'], message: `a ${c.op} needs a sentence on each side` });
  if (!c.a && !c.b) ctx.addIssue({ code: 'custom', path: ['a'], message: 'a correction needs at least one sentence' });
});

// The schema and the model must describe the same thing.
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
const sameShape: Same<z.output<typeof correctionSchema>, Correction> = true;
void sameShape;
