/** Ids for new annotations: a UUID where the page has `crypto.randomUUID`, else a time-and-counter id (model.ts `annotationId`). */
import { annotationId } from '../shared/annotations/model';

let counter = 0;

/** A fresh annotation id. */
export function newAnnotationId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter += 1;
  return annotationId(Date.now(), counter);
}
