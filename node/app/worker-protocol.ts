/** The messages between the main process and the compare worker (compare-worker.ts). */
import type { SourceDoc } from '../../shared/model/types';
import type { Compared, CompareOptions } from './compare-job';

/** Compare these two readouts (and analyse the article, if any). */
export interface WorkerRequest extends CompareOptions {
  id: number;
  a: SourceDoc;
  b: SourceDoc;
}

/** The comparison and the article's analysis, or why they failed. */
export type WorkerReply = ({ id: number; ok: true } & Compared) | { id: number; ok: false; message: string };
