import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';

const PROBE_KEY = `handleguide/readiness/${randomUUID()}`;
const PROBE_TIMEOUT_MS = 2_000;

/** Writes, reads back and deletes a probe document: storage is ready only when all three work in time. */
export async function storageReadiness(storage: Storage): Promise<{ ready: boolean; storage: string }> {
  let timer: NodeJS.Timeout | undefined;
  const probe = (async () => {
    await storage.write({ [PROBE_KEY]: { at: new Date().toISOString(), eTag: '*' } });
    const read = await storage.read([PROBE_KEY]);
    await storage.delete([PROBE_KEY]);
    return read[PROBE_KEY] !== undefined;
  })();
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const ok = await Promise.race([probe, timeout])
    .catch(() => false)
    .finally(() => clearTimeout(timer));
  return { ready: ok, storage: ok ? 'ok' : 'unavailable' };
}
