import { BlobStorage, containerFromConnectionString } from '../src/storage/blobStorage';
import { StorageConflictError } from '../src/storage/fileStorage';
import { BlobLeaseLock, LEASE_SECONDS, Sweeper } from '../src/storage/sweeper';
import { readConfig } from '../src/config';
import { startAzurite, type RunningAzurite } from '../src/host/azurite';

const DAY = 86_400_000;
let azurite: RunningAzurite;
let containers = 0;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);

afterAll(async () => {
  await azurite?.stop();
});

async function newStore(clock: () => Date = () => new Date()) {
  const container = containerFromConnectionString(azurite.connectionString, `unit-${++containers}`);
  const store = new BlobStorage(container, 30 * DAY, clock);
  await store.ensureContainer();
  return store;
}

async function blobNames(store: BlobStorage): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of store.container.listBlobsFlat()) names.push(blob.name);
  return names.sort();
}

describe('blob storage on Azurite', () => {
  it('writes, reads back from another client, and deletes; blob names are hashes, never ids', async () => {
    const store = await newStore();
    const key = 'msteams/bot/users/29:secret-user';
    await store.write({ [key]: { municipality: 'vejen' } });
    const other = new BlobStorage(store.container, 30 * DAY);
    expect((await other.read([key, 'missing']))[key]).toMatchObject({ municipality: 'vejen' });
    const names = await blobNames(store);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^state\/[0-9a-f]{64}\.json$/);
    await other.delete([key]);
    expect(await store.read([key])).toEqual({});
  });

  it('every write is conditional: a stale eTag or a document created meanwhile is a conflict; * overwrites', async () => {
    const store = await newStore();
    await store.write({ k: { n: 1 } });
    await expect(store.write({ k: { n: 2 } })).rejects.toBeInstanceOf(StorageConflictError);
    const first = (await store.read(['k'])).k as { eTag: string };
    await store.write({ k: { n: 2, eTag: first.eTag } });
    const conflict = store.write({ k: { n: 3, eTag: first.eTag } });
    await expect(conflict).rejects.toBeInstanceOf(StorageConflictError);
    await expect(conflict).rejects.toMatchObject({ code: 'ETAG_CONFLICT' });
    await store.write({ k: { n: 4, eTag: '*' } });
    expect((await store.read(['k'])).k).toMatchObject({ n: 4 });
  });

  it('of ten instances racing to create one document, exactly one wins', async () => {
    const store = await newStore();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => new BlobStorage(store.container, DAY).write({ fresh: { i } })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });

  it('a document past retention reads as gone, and a new one can be written in its place', async () => {
    let now = new Date();
    const store = await newStore(() => now);
    await store.write({ old: { n: 1 } });
    now = new Date(Date.now() + 31 * DAY);
    expect(await store.read(['old'])).toEqual({});
    await store.write({ old: { n: 2 } });
    expect((await store.read(['old'])).old).toMatchObject({ n: 2 });
  });

  it('a saved case with a later keepUntil outlives the retention, in a read and in the sweep', async () => {
    let now = new Date();
    const store = await newStore(() => now);
    const keepUntil = new Date(Date.now() + 150 * DAY).toISOString();
    await store.write({ case: { label: 'Pigen i 3.b', keepUntil }, plain: { n: 1 } });
    now = new Date(Date.now() + 31 * DAY);
    let cursor: string | undefined;
    do cursor = (await store.sweepSlice(cursor, 5)).next;
    while (cursor);
    expect(Object.keys(await store.read(['case', 'plain']))).toEqual(['case']);
    now = new Date(Date.now() + 151 * DAY);
    expect(await store.read(['case'])).toEqual({});
  });

  it('the retention sweep goes by last-modified, in bounded slices, without downloading documents', async () => {
    let now = new Date();
    const store = await newStore(() => now);
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.write({ [`k${i}`]: { i } })));
    expect((await store.sweepSlice(undefined, 5)).removed).toBe(0);
    now = new Date(Date.now() + 31 * DAY);
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const slice = await store.sweepSlice(cursor, 5);
      sizes.push(slice.seen);
      cursor = slice.next;
    } while (cursor);
    expect(sizes).toEqual([5, 5, 2]);
    expect(await blobNames(store)).toEqual([]);
  });

  it(
    'the sweep lock is a blob lease: one holder at a time, and it moves to another instance when the holder dies',
    async () => {
      let now = new Date();
      const store = await newStore(() => now);
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.write({ [`k${i}`]: { i } })));
      now = new Date(Date.now() + 31 * DAY);
      // Instance A sweeps slowly (one blob per slice) and dies a moment into its sweep.
      const holder = new Sweeper({
        store,
        lock: new BlobLeaseLock(store.container),
        sliceSize: 1,
        pauseMs: 300,
      });
      const other = new Sweeper({ store, lock: new BlobLeaseLock(store.container) });
      const dying = holder.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await other.runOnce()).toMatchObject({ ran: false });
      holder.abandon();
      const diedAt = Date.now();
      await dying;
      expect((await blobNames(store)).length).toBeGreaterThan(0);
      let outcome = await other.runOnce();
      while (!outcome.ran && Date.now() - diedAt < (LEASE_SECONDS + 10) * 1000) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        outcome = await other.runOnce();
      }
      expect(outcome.ran).toBe(true);
      // Not before the dead holder's lease ran out.
      expect(Date.now() - diedAt).toBeGreaterThan((LEASE_SECONDS - 6) * 1000);
      expect((await blobNames(store)).filter((name) => name.startsWith('state/'))).toEqual([]);
      // A finished sweep releases the lease at once: the next sweep, anywhere, can run.
      expect(await new Sweeper({ store, lock: new BlobLeaseLock(store.container) }).runOnce()).toMatchObject({
        ran: true,
      });
    },
    (LEASE_SECONDS + 20) * 1000,
  );
});

describe('configuration of the blob store', () => {
  const base = { STORAGE: 'blob' };
  it.each([
    [{}, 'AZURE_STORAGE_CONNECTION_STRING: required with STORAGE=blob'],
    [
      { AZURE_STORAGE_CONNECTION_STRING: 'not a connection string' },
      'AZURE_STORAGE_CONNECTION_STRING: must be',
    ],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }, 'AZURE_STORAGE_CONTAINER: required'],
    [
      { AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_CONTAINER: 'Bad_Name' },
      'AZURE_STORAGE_CONTAINER: must be a blob container name',
    ],
    [{ STORAGE: 'cloud' }, 'STORAGE:'],
  ])('%j is refused with the variable named', (env, message) => {
    expect(() => readConfig({ ...base, ...env }, ['vejen'])).toThrow(message);
  });

  it('a valid blob configuration is accepted', () => {
    const config = readConfig(
      {
        ...base,
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: 'state',
      },
      ['vejen'],
    );
    expect(config).toMatchObject({ STORAGE: 'blob', AZURE_STORAGE_CONTAINER: 'state' });
  });
});
