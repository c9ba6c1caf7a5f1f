import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { errorSummary } from '../bot/logFields';
import type * as BlobStore from './blobStorage';
import { FileStorage } from './fileStorage';
import { FolderLock } from './folderLock';
import { BlobLeaseLock, OWN_FOLDER, Sweeper } from './sweeper';

const DAY_MS = 86_400_000;
/** How long start-up waits for the blob container before listening anyway (and saying storage is down). */
const CONTAINER_CHECK_MS = 5_000;
const CONTAINER_RETRY_MS = 2_000;

export interface OpenedStorage {
  storage: Storage;
  sweeper: Sweeper;
  /** Stops the sweeper and releases the locks. */
  close(): Promise<void>;
  /** As a crash would: nothing is released, the locks expire by themselves. */
  abandon(): void;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The state store the configuration asks for, with its retention sweeper (not yet started). The file store locks
 * its folder (a second instance on it refuses to start); the blob store is shared, and sweeps under a blob lease.
 */
export async function openStorage(config: Config, logger: Logger): Promise<OpenedStorage> {
  const retentionMs = config.STATE_RETENTION_DAYS * DAY_MS;
  const onSwept = (outcome: { removed: number; seen: number; ms: number }) =>
    logger.info({ event: 'retention_sweep', storage: config.STORAGE, ...outcome });
  const onError = (error: unknown) =>
    logger.warn({ event: 'retention_sweep_failed', storage: config.STORAGE, err: errorSummary(error) });

  if (config.STORAGE === 'blob') {
    // Loaded only here: the Azure SDK costs a file-store instance some 100 ms of start-up for nothing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build: `import()` would be ESM
    const { BlobStorage, containerFromConnectionString } = require('./blobStorage') as typeof BlobStore;
    const container = containerFromConnectionString(
      config.AZURE_STORAGE_CONNECTION_STRING ?? '',
      config.AZURE_STORAGE_CONTAINER ?? '',
    );
    const storage = new BlobStorage(container, retentionMs, undefined, () =>
      logger.warn({ event: 'state_corrupt_removed', storage: 'blob' }),
    );
    let retry: NodeJS.Timeout | undefined;
    const ensure = (): Promise<void> =>
      withTimeout(storage.ensureContainer(), CONTAINER_CHECK_MS).then(
        () => {
          if (retry) logger.info({ event: 'storage_available', storage: 'blob' });
          clearInterval(retry);
        },
        (error: unknown) => {
          if (!retry) {
            logger.error(
              { event: 'storage_unavailable', storage: 'blob', err: errorSummary(error) },
              `state storage (Azure Blob Storage, container ${config.AZURE_STORAGE_CONTAINER}) is unreachable: ` +
                'turns get the fallback reply with the emergency numbers until it is back',
            );
            retry = setInterval(() => void ensure(), CONTAINER_RETRY_MS);
            retry.unref();
          }
        },
      );
    await ensure();
    const sweeper = new Sweeper({ store: storage, lock: new BlobLeaseLock(container), onSwept, onError });
    return {
      storage,
      sweeper,
      close: async () => {
        clearInterval(retry);
        await sweeper.stop();
      },
      abandon: () => {
        clearInterval(retry);
        sweeper.abandon();
      },
    };
  }

  const dir = path.resolve(config.STATE_DIR);
  const storage = new FileStorage(dir, retentionMs, undefined, (file) =>
    logger.warn({ event: 'state_corrupt_set_aside', file }),
  );
  const folderLock = FolderLock.acquire(dir);
  const sweeper = new Sweeper({ store: storage, lock: OWN_FOLDER, onSwept, onError });
  return {
    storage,
    sweeper,
    close: async () => {
      await sweeper.stop();
      folderLock.release();
    },
    abandon: () => {
      sweeper.abandon();
      folderLock.abandon();
    },
  };
}
