/** The 2025 sample as the renderer receives it, for renderer tests. */
import { join } from 'node:path';
import { createHandlers } from '../../node/app/handlers';
import type { LoadedComparison } from '../../shared/ipc/contract';

export async function loadSample(): Promise<LoadedComparison> {
  const r = await createHandlers({ assetsDir: join(__dirname, '..', '..', 'assets') }).initial();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
