/**
 * The zod schemas of annotations as a `.readouts` file stores them (docs/file-format.md).
 * Objects are strict: a field this version does not know is refused rather than
 * dropped, since a file re-saved by an app that dropped it would lose it.
 */
import { z } from 'zod';
import type { ClaimId, CommentaryId } from '../model/article';
import type { SentenceId } from '../model/types';
import type { Annotation } from './model';

const offset = z.number().int().nonnegative();

/** An ISO 8601 date-time in UTC or with an offset: 2025-03-19T09:00:00.000Z. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time such as "2025-03-19T09:00:00.000Z"' });

const quote = z.strictObject({
  exact: z.string().min(1, 'the quoted text must not be empty'),
  prefix: z.string(),
  suffix: z.string(),
});

const position = z.strictObject({ start: offset, end: offset }).refine((p) => p.start < p.end, 'start must be before end');

const source = z.enum(['a', 'b', 'article']);
const sentenceId = z.string().regex(/^[ab][1-9]\d*$/, 'expected a sentence id such as "a3" or "b12"').transform((s) => s as SentenceId);
const itemId = z.string().regex(/^[abcq][1-9]\d*$/, 'expected a sentence ("a3"), claim ("c2") or commentary ("q4") id')
  .transform((s) => s as SentenceId | ClaimId | CommentaryId);
const status = z.enum(['anchored', 'orphan']);

/** An annotation id: letters, digits and `._:-`, at most 100 characters (UUIDs and `ann-…` ids both fit). */
export const annotationIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'expected an id of letters, digits and ._:- (at most 100)');

/** A label: not empty, at most 60 characters, no line breaks. */
export const labelSchema = z.string().trim().min(1, 'a label must not be empty').max(60, 'a label has at most 60 characters')
  .regex(/^[^\r\n]*$/, 'a label is one line');

/** One sentence of a row target (also an end of a correction, shared/corrections/). */
export const rowSentenceSchema = z.strictObject({ source: z.enum(['a', 'b']), sentence: sentenceId, quote, position });

/** Whether a passage was found in the text as it is. */
export const anchorStatusSchema = status;

const target = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passage'), source, quote, position }),
  z.strictObject({
    kind: z.literal('row'),
    sentences: z.array(rowSentenceSchema).min(1, 'a row has at least one sentence'),
  }),
], { error: 'expected a target of kind "passage" or "row"' });

const link = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('item'), id: itemId }),
  z.strictObject({ kind: z.literal('passage'), source, quote, position, status }),
  z.strictObject({ kind: z.literal('annotation'), id: annotationIdSchema }),
], { error: 'expected a link of kind "item", "passage" or "annotation"' });

/** One annotation. */
export const annotationSchema = z.strictObject({
  id: annotationIdSchema,
  label: labelSchema,
  note: z.string().max(100_000, 'a note has at most 100,000 characters'),
  target,
  links: z.array(link),
  created: isoDateTime,
  modified: isoDateTime,
  status,
});

// The schema and the model must describe the same thing.
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
const sameShape: Same<z.output<typeof annotationSchema>, Annotation> = true;
void sameShape;
