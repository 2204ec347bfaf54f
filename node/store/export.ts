/**
 * The export of a comparison's annotations (shared/annotations/export.ts) with
 * Node's SHA-256 for sources without a URL: what the CLI and the app's
 * File > Export annotations… call.
 */
import { createHash } from 'node:crypto';
import { exportAnnotations, type ExportFormat } from '../../shared/annotations/export';
import type { ExportContext } from '../../shared/annotations/export-context';
import type { ReadoutsFile } from '../../shared/file/readouts-file';

/** Hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The text of the export of `file`'s annotations in `format`, with the comparison's context (sentences, rows, linked texts) when given. */
export function exportComparisonAnnotations(file: ReadoutsFile, format: ExportFormat, context: ExportContext | null = null): string {
  return exportAnnotations(file, format, sha256Hex, context);
}
