import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
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

describe('file storage reads what it must, once', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a turn reads each key from disk at most once, and its eTag-checked write reads nothing', async () => {
    const dir = newStateDir();
    await new FileStorage(dir, DAY).write({ conversation: { step: 1 }, user: { municipality: 'vejen' } });
    const reads = jest.spyOn(fsPromises, 'readFile');
    // A store that has seen the files (as the server's has after the first turn) reads nothing from disk.
    const storage = new FileStorage(dir, DAY);
    for (let turn = 2; turn <= 4; turn++) {
      const items = await storage.read(['conversation', 'user']);
      const conversation = items.conversation as { step: number; eTag: string };
      expect(conversation.step).toBe(turn - 1);
      await storage.write({ conversation: { ...conversation, step: turn } });
    }
    expect(reads).not.toHaveBeenCalled();
    // What is on disk is what was written, and a stale eTag is still refused.
    const onDisk = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
    expect(onDisk.filter((text) => text.includes('"step":4'))).toHaveLength(1);
    await expect(storage.write({ conversation: { step: 9, eTag: 'stale' } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
  });

  it('a file it has not seen is read from disk once, and a missing one is not asked for again', async () => {
    const dir = newStateDir();
    const writer = new FileStorage(dir, DAY);
    await writer.write({ a: { n: 1 } });
    // The same file in a folder this process has never seen, as a restarted server finds its folder.
    const file = path.join(dir, readdirSync(dir)[0] ?? '');
    const copy = newStateDir();
    writeFileSync(path.join(copy, path.basename(file)), readFileSync(file, 'utf8'));
    const reads = jest.spyOn(fsPromises, 'readFile');
    const storage = new FileStorage(copy, DAY);
    expect(await storage.read(['a', 'missing'])).toMatchObject({ a: { n: 1 } });
    expect(await storage.read(['a', 'missing'])).toMatchObject({ a: { n: 1 } });
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('each read gets its own copy: changing what one turn read does not change what the next reads', async () => {
    const storage = new FileStorage(newStateDir(), DAY);
    await storage.write({ k: { list: [1] } });
    const first = (await storage.read(['k'])).k as { list: number[] };
    first.list.push(2);
    expect(((await storage.read(['k'])).k as { list: number[] }).list).toEqual([1]);
  });

  it("two stores on one folder in one process see each other's writes and eTags", async () => {
    const dir = newStateDir();
    const server = new FileStorage(dir, DAY);
    const scheduler = new FileStorage(dir, DAY);
    await server.write({ k: { n: 1 } });
    const seen = (await scheduler.read(['k'])).k as { n: number; eTag: string };
    await scheduler.write({ k: { n: 2, eTag: seen.eTag } });
    expect(await server.read(['k'])).toMatchObject({ k: { n: 2 } });
    await expect(server.write({ k: { n: 3, eTag: seen.eTag } })).rejects.toBeInstanceOf(StorageConflictError);
    await scheduler.delete(['k']);
    expect(await server.read(['k'])).toEqual({});
  });

  it('a document it knows that has passed the retention reads as gone, and its file is removed', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, 30 * DAY, () => now);
    await storage.write({ k: { n: 1 } });
    now = new Date('2026-12-05T10:00:00Z');
    expect(await storage.read(['k'])).toEqual({});
    expect(readdirSync(dir)).toEqual([]);
    await storage.write({ k: { n: 2, eTag: 'from-before' } });
    expect(await storage.read(['k'])).toMatchObject({ k: { n: 2 } });
    expect(existsSync(dir)).toBe(true);
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
  it('rewrites a small document in place: the file is the new document alone, and its time is the save time', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, 30 * DAY, () => now);
    const description = 'Hun kommer ofte sulten i skole og har blå mærker på armene';
    await storage.write({ k: { text: description, step: 1 } });
    const [name] = readdirSync(dir);
    const file = path.join(dir, name ?? '');
    const inode = statSync(file).ino;
    now = new Date('2026-11-02T10:00:00Z');
    // Shorter than before, within the padding the file may keep.
    await storage.write({ k: { text: description.slice(0, 40), step: 2 } });
    expect(statSync(file).ino).toBe(inode);
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain('blå mærker');
    expect(JSON.parse(onDisk)).toMatchObject({ item: { text: description.slice(0, 40), step: 2 } });
    expect(statSync(file).mtime).toEqual(now);
    expect(readdirSync(dir)).toEqual([name]);
    // A new process (here: the disk, not what this one remembers) reads the same document.
    expect(JSON.parse(onDisk).item).toEqual((await storage.read(['k'])).k);
  });

  it('cuts the file of a document that shrank by much to its own size, in place (an idle conversation stays small)', async () => {
    const dir = newStateDir();
    let now = new Date('2026-11-01T10:00:00Z');
    const storage = new FileStorage(dir, DAY, () => now);
    await storage.write({ k: { text: 'x'.repeat(2_000) } });
    const [name] = readdirSync(dir);
    const file = path.join(dir, name ?? '');
    const inode = statSync(file).ino;
    const renames = jest.spyOn(fsPromises, 'rename');
    now = new Date('2026-11-01T11:00:00Z');
    await storage.write({ k: { step: 1 } });
    expect(renames).not.toHaveBeenCalled();
    renames.mockRestore();
    expect(statSync(file).ino).toBe(inode);
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).toBe(onDisk.trimEnd());
    expect(onDisk.length).toBeLessThan(200);
    expect(statSync(file).mtime).toEqual(now);
    // The next rewrite pads to the cut length, not the old one, and reads back the same.
    await storage.write({ k: { step: 2 } });
    expect(readFileSync(file, 'utf8').length).toBe(onDisk.length);
    expect((await storage.read(['k'])).k).toMatchObject({ step: 2 });
  });

  it('leaves the padded document, which reads the same, when the cut after the write fails', async () => {
    const dir = newStateDir();
    const storage = new FileStorage(dir, DAY);
    await storage.write({ k: { text: 'x'.repeat(2_000) } });
    const cut = jest.spyOn(fs, 'ftruncateSync').mockImplementation(() => {
      throw new Error('EIO');
    });
    await storage.write({ k: { step: 1 } });
    expect(cut).toHaveBeenCalled();
    cut.mockRestore();
    const [name] = readdirSync(dir);
    const onDisk = readFileSync(path.join(dir, name ?? ''), 'utf8');
    expect(onDisk.length).toBeGreaterThan(2_000);
    expect(JSON.parse(onDisk)).toMatchObject({ item: { step: 1 } });
    expect(JSON.parse(onDisk).item).toEqual((await storage.read(['k'])).k);
  });

  it('keeps writes in place and reads of one document in order under concurrency', async () => {
    const dir = newStateDir();
    const storage = new FileStorage(dir, DAY);
    await storage.write({ k: { n: 0 } });
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, n) => {
        await storage.write({ k: { n: n + 1, pad: 'p'.repeat(n * 10) } });
        seen.push(((await storage.read(['k'])).k as { n: number }).n);
      }),
    );
    expect(seen.every((n) => n >= 1 && n <= 50)).toBe(true);
    const [name] = readdirSync(dir);
    const last = JSON.parse(readFileSync(path.join(dir, name ?? ''), 'utf8')) as { item: { n: number } };
    expect(((await storage.read(['k'])).k as { n: number }).n).toBe(last.item.n);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('writes a new small document straight into its own file, and a file a crash left empty reads as none', async () => {
    const dir = newStateDir();
    const storage = new FileStorage(dir, DAY);
    // A turn reads its keys first: the store then knows the conversation has no file yet.
    expect(await storage.read(['conversation'])).toEqual({});
    const renames = jest.spyOn(fsPromises, 'rename');
    await storage.write({ conversation: { step: 1 } });
    expect(renames).not.toHaveBeenCalled();
    renames.mockRestore();
    const [name] = readdirSync(dir);
    const file = path.join(dir, name ?? '');
    expect(readdirSync(dir)).toEqual([name]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ item: { step: 1 } });
    // A process that died between creating a new file and writing it: the next process finds it empty.
    const restarted = newStateDir();
    writeFileSync(path.join(restarted, name ?? ''), '');
    const setAside: string[] = [];
    const next = new FileStorage(restarted, DAY, undefined, (corrupt) => setAside.push(corrupt));
    expect(await next.read(['conversation'])).toEqual({});
    expect(setAside).toEqual([]);
    expect(readdirSync(restarted)).toEqual([]);
    await next.write({ conversation: { step: 1 } });
    expect(await new FileStorage(restarted, DAY).read(['conversation'])).toMatchObject({
      conversation: { step: 1 },
    });
  });

  it('a file replaced behind its back gets the next write by its name, not into the replaced file', async () => {
    const dir = newStateDir();
    const storage = new FileStorage(dir, DAY);
    await storage.read(['k']);
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { ...first, n: 2 } });
    const [name] = readdirSync(dir);
    const file = path.join(dir, name ?? '');
    // Another file put in its place (a restore from a backup, an operator's copy).
    writeFileSync(`${file}.copy`, readFileSync(file, 'utf8'));
    renameSync(`${file}.copy`, file);
    const second = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { ...second, n: 3 } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ item: { n: 3 } });
    expect(await new FileStorage(dir, DAY).read(['k'])).toMatchObject({ k: { n: 3 } });
  });

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
