import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { readConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';

/** Memory storage whose reads can be held, so a turn stays in flight as long as the test wants. */
class HeldStorage implements Storage {
  private readonly inner = new MemoryStorage();
  private gate: Promise<void> | undefined;
  private open: () => void = () => undefined;
  private reached: () => void = () => undefined;
  /** Resolves when a read is waiting at the gate. */
  readonly waiting = new Promise<void>((resolve) => (this.reached = resolve));

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.gate = undefined;
    this.open();
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (this.gate) {
      this.reached();
      await this.gate;
    }
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

let bot: RunningServer;
let connector: FakeConnector;
const storage = new HeldStorage();

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startServer(
    {
      PORT: '0',
      STATE_DIR: newStateDir(),
      MUNICIPALITY: 'vejen',
      LOG_LEVEL: 'silent',
      MAX_TURNS_IN_FLIGHT: '1',
    },
    { storage },
  );
});

afterAll(async () => {
  storage.release();
  await bot.close();
  await connector.close();
});

const post = (text: string, conversationId: string) =>
  fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(teamsMessage(connector.url, text, conversationId)),
  });

/** Everything the connector got for one conversation since `from`, as text. */
const repliesTo = (conversationId: string, from: number) =>
  connector.received
    .slice(from)
    .filter((r) => r.path.includes(encodeURIComponent(conversationId)))
    .map((r) => JSON.stringify(r.activity));

describe('load shedding over HTTP', () => {
  it('answers beyond the in-flight limit at once with »one moment« and 112/114, never hides the acute route, and runs the held turn normally', async () => {
    storage.hold();
    const before = connector.received.length;
    const held = post('Jeg er bekymret for en dreng i min gruppe, han er ofte træt', 'a:held');
    await storage.waiting;

    const busy = await post('hej', 'a:busy');
    expect(busy.status).toBe(200);
    const busyReplies = repliesTo('a:busy', before);
    expect(busyReplies).toHaveLength(1);
    expect(busyReplies[0]).toContain('Et øjeblik');
    expect(busyReplies[0]).toContain('112');
    expect(busyReplies[0]).toContain('114');

    // A red flag while overloaded: the acute route from the engine comes with the »one moment«.
    await post('Min elev fortæller, at hendes far slår hende', 'a:red-flag');
    const redFlagReplies = repliesTo('a:red-flag', before).join('\n');
    expect(redFlagReplies).toContain('Akut: handl nu');
    expect(redFlagReplies).toContain('112');
    expect(redFlagReplies).toContain('Et øjeblik');

    storage.release();
    expect((await held).status).toBe(200);
    const heldReplies = repliesTo('a:held', before).join('\n');
    expect(heldReplies).not.toContain('Et øjeblik');
    expect(heldReplies.length).toBeGreaterThan(0);

    // With the load gone, the same message is run, not shed.
    const again = connector.received.length;
    await post('hej', 'a:busy');
    const normal = repliesTo('a:busy', again);
    expect(normal.length).toBeGreaterThan(0);
    expect(normal.join('\n')).not.toContain('Et øjeblik');
  });

  it('reads the limit from the configuration and refuses a limit below one', () => {
    expect(readConfig({}, ['vejen']).MAX_TURNS_IN_FLIGHT).toBe(200);
    expect(readConfig({ MAX_TURNS_IN_FLIGHT: '50' }, ['vejen']).MAX_TURNS_IN_FLIGHT).toBe(50);
    expect(() => readConfig({ MAX_TURNS_IN_FLIGHT: '0' }, ['vejen'])).toThrow('MAX_TURNS_IN_FLIGHT');
  });
});
