/** The messages between the main process and the compare worker (compare-worker.ts). */
import type { Comparison } from '../../shared/compare/compare';
import type { SourceDoc } from '../../shared/model/types';

/** Compare these two readouts. */
export interface WorkerRequest {
  id: number;
  a: SourceDoc;
  b: SourceDoc;
}

/** The comparison, or why it failed. */
export type WorkerReply = { id: number; ok: true; comparison: Comparison } | { id: number; ok: false; message: string };
