import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestAdapter, type Storage } from 'botbuilder';
import { createBot } from '../src/bot/app';
import { FALLBACK_TEXT } from '../src/turn/replies';
import { FileStorage, StorageConflictError } from '../src/storage/fileStorage';
import { headlines, newStateDir, services } from './support/conversation';

const DAY = 86_400_000;

describe('file storage', () => {
  it('writes, reads back in a new instance, and deletes', async () => {
    const dir = newStateDir();
    await new FileStorage(dir, DAY).write({ 'msteams/bot/conversations/a:1': { step: 3 } });
    const items = await new FileStorage(dir, DAY).read(['msteams/bot/conversations/a:1', 'missing']);
    expect(items['msteams/bot/conversations/a:1']).toMatchObject({ step: 3 });
    expect(items.missing).toBeUndefined();
    await new FileStorage(dir, DAY).delete(['msteams/bot/conversations/a:1']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names files by a hash, so no user or conversation id is on disk', async () => {
    const dir = newStateDir();
    await new FileStorage(dir, DAY).write({ 'msteams/bot/users/29:secret-user': { municipality: 'vejen' } });
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(readFileSync(path.join(dir, file ?? ''), 'utf8')).not.toContain('secret-user');
  });

  it('rejects a write with a stale eTag', async () => {
    const storage = new FileStorage(newStateDir(), DAY);
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { n: 2, eTag: first.eTag } });
    await expect(storage.write({ k: { n: 3, eTag: first.eTag } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    await expect(storage.write({ k: { n: 4, eTag: '*' } })).resolves.toBeUndefined();
  });

  it('purges documents past the retention limit by their file time, without reading them', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, 30 * DAY, () => now);
    await storage.write({ old: { a: 1 } });
    now = new Date('2026-11-20T10:00:00Z');
    await storage.write({ fresh: { a: 2 } });
    // Old and unparseable: the sweep goes by the file's time, so it is removed without being read.
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{not json');
    utimesSync(broken, new Date('2026-10-01T10:00:00Z'), new Date('2026-10-01T10:00:00Z'));
    now = new Date('2026-12-05T10:00:00Z');
    expect(await storage.purgeExpired()).toBe(2);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(Object.keys(await storage.read(['old', 'fresh']))).toEqual(['fresh']);
  });

  it('sweeps in bounded slices: each slice looks at no more entries than asked', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, 30 * DAY, () => now);
    for (let i = 0; i < 25; i++) await storage.write({ [`k${i}`]: { i } });
    now = new Date('2026-12-05T10:00:00Z');
    const slices: number[] = [];
    let cursor: string | undefined;
    do {
      const slice = await storage.sweepSlice(cursor, 10);
      slices.push(slice.seen);
      cursor = slice.next;
    } while (cursor);
    expect(Math.max(...slices)).toBeLessThanOrEqual(10);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(25);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('when storage fails', () => {
  it('the user still gets the emergency numbers, and the turn does not crash', async () => {
    const broken: Storage = {
      read: () => Promise.reject(new Error('disk unavailable')),
      write: () => Promise.reject(new Error('disk unavailable')),
      delete: () => Promise.reject(new Error('disk unavailable')),
    };
    const errors: unknown[] = [];
    const bot = createBot({
      storage: broken,
      services: services('2026-11-24T10:00:00+01:00'),
      onError: (e) => errors.push(e),
    });
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.receiveActivity({ type: 'message', text: 'hej' });
    expect(adapter.activeQueue.splice(0).map((r) => r.text)).toEqual([FALLBACK_TEXT]);
    await adapter.receiveActivity({ type: 'message', text: 'Far slår hende' });
    const replies = adapter.activeQueue.splice(0);
    // A red flag in the message still gets the acute route, worked out without any stored state.
    expect(headlines(replies)).toEqual(['Akut: handl nu', 'Ring nu – i denne rækkefølge', FALLBACK_TEXT]);
    // The message the user actually got names both numbers.
    expect(replies.at(-1)?.text).toContain('112');
    expect(replies.at(-1)?.text).toContain('114');
    expect(errors).toHaveLength(2);
  });
});

describe('retention and a document that asks to be kept longer', () => {
  it('the background sweep keeps a saved case with a later keepUntil, and removes it once that has passed', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, 30 * DAY, () => now);
    await storage.write({
      case: { label: 'Pigen i 3.b', keepUntil: '2027-03-01T00:00:00Z' },
      plain: { label: 'en samtale' },
    });
    // Both files are now older than the 30-day retention by file time.
    const old = new Date('2026-10-01T10:00:00Z');
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), old, old);
    now = new Date('2026-12-15T10:00:00Z');
    expect(await storage.purgeExpired()).toBe(1);
    expect(Object.keys(await storage.read(['case', 'plain']))).toEqual(['case']);
    now = new Date('2027-03-02T10:00:00Z');
    await storage.purgeExpired();
    expect(await storage.read(['case'])).toEqual({});
  });
});
