/**
 * The zod schema of the report's options, apart from options.ts so that the
 * renderer (which needs the options, not the schema) does not bundle zod for it.
 * Main checks every export request against it.
 */
import { z } from 'zod';
import { FILTERS } from '../view/filter';
import { PAGE_SIZES, type ReportOptions } from './options';

export const reportOptionsSchema = z.strictObject({
  pageSize: z.enum(PAGE_SIZES),
  rows: z.enum(FILTERS),
  annotations: z.boolean(),
  claims: z.boolean(),
}) satisfies z.ZodType<ReportOptions>;
