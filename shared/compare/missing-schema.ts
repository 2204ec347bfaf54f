/**
 * The schema of a `missing` entry (shared/compare/missing.ts says what the parts mean). Its own
 * module so that the rule, which the renderer bundles, does not bring zod into the window's
 * first script (tests/meta/renderer-bundle.test.ts).
 */
import { z } from 'zod';
import type { MissingPart, MissingPartName } from '../model/types';

/** The names of the parts of a copy that can be missing, as a meta.json writes them. */
export const MISSING_PART_NAMES = ['lead', 'ending', 'middle', 'unknown'] as const satisfies readonly MissingPartName[];

/** One entry of a `missing` list, as a meta.json or a comparison file writes it: `{ "part": "lead", "note": "…" }`. */
export const missingPartSchema = z.strictObject({
  part: z.enum(MISSING_PART_NAMES, { error: `expected one of ${MISSING_PART_NAMES.map((p) => `"${p}"`).join(', ')}` }),
  note: z.string().nullish(),
}).transform((m): MissingPart => ({ part: m.part, note: m.note ?? null }));

