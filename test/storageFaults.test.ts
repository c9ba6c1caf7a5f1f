import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { FileStorage } from '../src/storage/fileStorage';
import { startServer } from '../src/server';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage } from './support/fakeConnector';

const DAY = 86_400_000;
const fileOf = (dir: string, key: string) =>
  path.join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);

describe('a damaged state folder', () => {
  it('a corrupt document is set aside (renamed and reported) and reads as empty, so the key works again', async () => {
    const dir = newStateDir();
    const setAside: string[] = [];
    const storage = new FileStorage(
      dir,
      DAY,
      () => new Date(),
      (file) => setAside.push(file),
    );
    writeFileSync(fileOf(dir, 'k'), '{"savedAt": "2026-11-24T10:00:00Z", "item": {');
    expect(await storage.read(['k'])).toEqual({});
    expect(setAside).toHaveLength(1);
    expect(readdirSync(dir).some((name) => name.endsWith('.corrupt'))).toBe(true);
    await storage.write({ k: { n: 1 } });
    expect(await storage.read(['k'])).toMatchObject({ k: { n: 1 } });
  });

  it('over HTTP, a conversation whose state file is corrupt starts cleanly instead of failing every turn', async () => {
    const connector = await startFakeConnector();
    const dir = newStateDir();
    const key = 'msteams/28:handleguide-bot/conversations/a:corrupt';
    writeFileSync(fileOf(dir, key), 'not json at all');
    const bot = await startServer({ PORT: '0', STATE_DIR: dir, LOG_LEVEL: 'silent' });
    try {
      const before = connector.received.length;
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          teamsMessage(connector.url, 'Hun er 8 år og kommer ofte sulten i skole', 'a:corrupt'),
        ),
      });
      expect(response.status).toBe(200);
      const replies = JSON.stringify(connector.received.slice(before));
      expect(replies).toContain('Hvilken kommune bor barnet i?');
      expect(replies).not.toContain('gik noget galt');
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('temporary files left by a crash are removed by the first sweep, after the server listens', async () => {
    const dir = newStateDir();
    const leftover = path.join(dir, `${'a'.repeat(64)}.json.0b7c.tmp`);
    writeFileSync(leftover, '{"half": ');
    const earlier = new Date(Date.now() - 5_000);
    utimesSync(leftover, earlier, earlier);
    const bot = await startServer({ PORT: '0', STATE_DIR: dir, LOG_LEVEL: 'silent' });
    try {
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      expect(await bot.firstSweep).toMatchObject({ ran: true, removed: 1 });
      expect(existsSync(leftover)).toBe(false);
    } finally {
      await bot.close();
    }
  });

  it('a lock left by an instance that died is taken over: its process is gone, or it was not refreshed', async () => {
    const gone = newStateDir();
    // A pid above the kernel's limit cannot be a live process on this host.
    writeFileSync(
      path.join(gone, 'instance.lock'),
      JSON.stringify({ pid: 4_194_305, host: hostname(), startedAt: '2026-11-01T00:00:00Z' }),
    );
    const first = await startServer({ PORT: '0', STATE_DIR: gone, LOG_LEVEL: 'silent' });
    await first.close();

    const elsewhere = newStateDir();
    const lock = path.join(elsewhere, 'instance.lock');
    writeFileSync(
      lock,
      JSON.stringify({ pid: 1, host: 'another-machine', startedAt: '2026-11-01T00:00:00Z' }),
    );
    await expect(startServer({ PORT: '0', STATE_DIR: elsewhere, LOG_LEVEL: 'silent' })).rejects.toThrow(
      'in use by another instance (pid 1 on another-machine)',
    );
    const longAgo = new Date(Date.now() - 5 * 60_000);
    utimesSync(lock, longAgo, longAgo);
    const second = await startServer({ PORT: '0', STATE_DIR: elsewhere, LOG_LEVEL: 'silent' });
    await second.close();
  });

  it('a second instance on the same state folder refuses to start, naming the folder', async () => {
    const dir = newStateDir();
    const first = await startServer({ PORT: '0', STATE_DIR: dir, LOG_LEVEL: 'silent' });
    try {
      await expect(startServer({ PORT: '0', STATE_DIR: dir, LOG_LEVEL: 'silent' })).rejects.toThrow(
        `STATE_DIR ${dir} is in use by another instance`,
      );
    } finally {
      await first.close();
    }
    const again = await startServer({ PORT: '0', STATE_DIR: dir, LOG_LEVEL: 'silent' });
    await again.close();
  });
});

describe('health and readiness', () => {
  it('/healthz says the process lives; /readyz says whether storage can be written', async () => {
    let broken = false;
    const inner = new FileStorage(newStateDir(), DAY);
    const flaky: Storage = {
      read: (keys) => (broken ? Promise.reject(new Error('down')) : inner.read(keys)),
      write: (changes) => (broken ? Promise.reject(new Error('down')) : inner.write(changes)),
      delete: (keys) => (broken ? Promise.reject(new Error('down')) : inner.delete(keys)),
    };
    const bot = await startServer(
      { PORT: '0', STATE_DIR: newStateDir(), LOG_LEVEL: 'silent' },
      { storage: flaky },
    );
    try {
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
      broken = true;
      const notReady = await fetch(`${bot.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ready: false, storage: 'unavailable' });
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});

describe('when storage cannot be written', () => {
  it('the user gets one clear message with the emergency numbers, no question card, and the acute cards once', async () => {
    const connector = await startFakeConnector();
    const inner = new FileStorage(newStateDir(), DAY);
    const readOnly: Storage = {
      read: (keys) => inner.read(keys),
      write: () => Promise.reject(new Error('disk full')),
      delete: (keys) => inner.delete(keys),
    };
    const bot = await startServer(
      { PORT: '0', STATE_DIR: newStateDir(), LOG_LEVEL: 'silent' },
      { storage: readOnly },
    );
    const send = async (text: string, id: string) => {
      const before = connector.received.length;
      await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage(connector.url, text, id)),
      });
      return connector.received.slice(before).map((r) => JSON.stringify(r.activity));
    };
    try {
      const ordinary = await send('Hun er 8 år og kommer ofte sulten i skole', 'a:write-fails-1');
      expect(ordinary).toHaveLength(1);
      expect(ordinary[0]).toContain('ring 112');
      expect(ordinary[0]).not.toContain('"step":');

      const redFlag = await send('Min elev fortæller, at hendes far slår hende', 'a:write-fails-2');
      const acute = redFlag.filter((reply) => reply.includes('Akut: handl nu'));
      expect(acute).toHaveLength(1);
      expect(redFlag.some((reply) => reply.includes('"step":'))).toBe(false);
      expect(redFlag.at(-1)).toContain('ring 112');
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe('a card action when storage is down', () => {
  it('is answered in place with the fallback and the emergency numbers, and nothing is posted in the chat', async () => {
    const connector = await startFakeConnector();
    const down: Storage = {
      read: () => Promise.reject(new Error('down')),
      write: () => Promise.reject(new Error('down')),
      delete: () => Promise.reject(new Error('down')),
    };
    const bot = await startServer(
      { PORT: '0', STATE_DIR: newStateDir(), LOG_LEVEL: 'silent' },
      { storage: down },
    );
    try {
      const tick = {
        ...teamsMessage(connector.url, '', 'a:tick-while-down'),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        replyToId: 'card-1',
        value: { action: { type: 'Action.Execute', verb: 'checklistTick', data: { item: 0 } } },
      };
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(tick),
      });
      expect(response.status).toBe(200);
      expect(JSON.stringify(await response.json())).toContain('112');
      expect(connector.received).toEqual([]);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
