import type { Storage, StoreItems } from 'botbuilder';
import { startServer, type RunningServer } from '../src/server';
import { BlobStorage, containerFromConnectionString } from '../src/storage/blobStorage';
import { startAzurite, type RunningAzurite } from '../src/host/azurite';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';
import { WALK, blobEnv, signatureOf } from './support/cluster';

/**
 * An instance dies in the middle of a turn and the channel sends the same activity (same id) to another instance
 * on the same blob container, as App Service's front end does. Two points of death, at every turn of the walk:
 * after the first state document of the turn's save is written and before the next one, and after the whole
 * save, before any reply reached the connector. The re-sent turn must show what the turn was to show (the question
 * now waiting, the result, the acute route of a red flag that turn raised), and the conversation must go on
 * exactly as the reference does: nothing the dead instance had written may be lost or half applied.
 */

/**
 * The walk, with a red flag named at the confirmation card: the acute cards come in the middle of the dialog.
 * Its second and third turns (municipality, role) save both the conversation's and the user's document.
 */
const RED_FLAG_TURN = 3;
const RED_WALK = [...WALK.slice(0, RED_FLAG_TURN), 'hun siger at far slår hende', '9', 'ja', '5'];
/** On the acute contacts card, never on a question card. */
const ACUTE_MARK = 'Ring nu';
/** The result card's button to save the concern as a case: on the result only. */
const RESULT_MARK = 'Gem som sag';

let azurite: RunningAzurite;
let connector: FakeConnector;
/** Never answers: the replies of an instance about to die go here, so none reaches the user. */
let blackHole: FakeConnector;
let container = 0;

beforeAll(async () => {
  [azurite, connector, blackHole] = await Promise.all([
    startAzurite(),
    startFakeConnector(),
    startFakeConnector(false),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([connector?.close(), blackHole?.close(), azurite?.stop()]);
});

/**
 * The blob store of an instance that can die: `dieBeforeSecondDocument()` makes it stop dead before it writes the
 * next turn's second document; `die()` stops it now. A dead store refuses every call (a killed process neither
 * finishes nor starts a write), so nothing the in-process instance still had under way reaches storage; what it
 * still sends goes to the activity's service URL, the black hole.
 */
class MortalStorage implements Storage {
  private dead = false;
  private writtenSinceArmed: number | undefined;
  /** Resolves when the store died. */
  readonly died: Promise<void>;
  private markDied: () => void = () => undefined;

  constructor(private readonly inner: BlobStorage) {
    this.died = new Promise((resolve) => (this.markDied = resolve));
  }

  die(): void {
    this.dead = true;
    this.markDied();
  }

  dieBeforeSecondDocument(): void {
    this.writtenSinceArmed = 0;
  }

  private whileAlive<T>(call: () => Promise<T>): Promise<T> {
    return this.dead ? Promise.reject(new Error('the instance died')) : call();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.whileAlive(() => this.inner.read(keys));
  }

  delete(keys: string[]): Promise<void> {
    return this.whileAlive(() => this.inner.delete(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      if (this.writtenSinceArmed !== undefined && this.writtenSinceArmed >= 1) this.die();
      await this.whileAlive(() => this.inner.write({ [key]: change }));
      if (this.writtenSinceArmed !== undefined) this.writtenSinceArmed += 1;
    }
  }
}

interface Pair {
  mortal: RunningServer;
  store: MortalStorage;
  survivor: RunningServer;
  close(): Promise<void>;
}

async function startPair(): Promise<Pair> {
  const name = `redelivery-${process.pid}-${++container}`;
  const env = blobEnv(azurite.connectionString, name);
  const store = new MortalStorage(
    new BlobStorage(containerFromConnectionString(azurite.connectionString, name), 30 * 86_400_000),
  );
  // A short send timeout: once dead, what it still tries to send gives up soon (and cannot reach storage).
  const mortal = await startServer(
    { ...env, STATE_DIR: newStateDir(), SEND_ATTEMPT_TIMEOUT_MS: '2000', SEND_BUDGET_MS: '4000' },
    { storage: store },
  );
  const survivor = await startServer({ ...env, STATE_DIR: newStateDir() });
  return {
    mortal,
    store,
    survivor,
    close: async () => {
      mortal.kill();
      await survivor.close();
    },
  };
}

type Message = ReturnType<typeof teamsMessage>;

async function post(url: string, activity: Message): Promise<number> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Posts one activity; what the user saw of it: the signature and every reply's text, as JSON. */
async function send(
  url: string,
  activity: Message,
): Promise<{ status: number; signature: string; json: string }> {
  const before = connector.received.length;
  const status = await post(url, activity);
  const path = `/v3/conversations/${encodeURIComponent(activity.conversation.id)}/`;
  const replies = connector.received.slice(before).filter((r) => r.path.startsWith(path));
  return { status, signature: signatureOf(replies), json: JSON.stringify(replies) };
}

const message = (text: string, conversationId: string) =>
  teamsMessage(connector.url, text, conversationId, `29:user-of-${conversationId}`);

/** What one instance on the blob store shows on each turn of `walk`. */
async function referenceOf(walk: string[]): Promise<{ signature: string; json: string }[]> {
  const pair = await startPair();
  try {
    const seen = [];
    for (const text of walk)
      seen.push(await send(pair.survivor.url, message(text, `a:reference-${container}`)));
    return seen;
  } finally {
    await pair.close();
  }
}

type Death = 'between documents' | 'before replies';

/**
 * Walks `walk` on the mortal instance up to turn `dying`, which kills it at `death`; the same activity is then
 * sent to the survivor, which takes the rest of the walk. Returns what the user saw on each turn.
 */
async function walkWithDeath(walk: string[], dying: number, death: Death) {
  const pair = await startPair();
  const conversationId = `a:dies-${container}-at-${dying}`;
  try {
    const seen = [];
    for (const [i, text] of walk.entries()) {
      if (i < dying) {
        seen.push(await send(pair.mortal.url, message(text, conversationId)));
        continue;
      }
      if (i > dying) {
        seen.push(await send(pair.survivor.url, message(text, conversationId)));
        continue;
      }
      const activity = message(text, conversationId);
      // A turn that writes one document only dies before its replies either way.
      if (death === 'between documents') pair.store.dieBeforeSecondDocument();
      // Its replies go nowhere: the first one to leave means the save is over, and the instance dies there.
      blackHole.faults = () => (pair.store.die(), 'hang');
      const lost = post(pair.mortal.url, { ...activity, serviceUrl: blackHole.url }).catch(() => 0);
      await pair.store.died;
      blackHole.faults = undefined;
      pair.mortal.kill();
      await lost;
      seen.push(await send(pair.survivor.url, activity));
    }
    return seen;
  } finally {
    await pair.close();
  }
}

const question = (signature: string) => signature.replace(/^\d+\|/, '');

describe('an instance dies mid-turn and the same activity goes to another instance', () => {
  const walk = RED_WALK;
  let reference: { signature: string; json: string }[];

  beforeAll(async () => {
    reference = await referenceOf(walk);
  }, 30_000);

  it('the reference shows the acute route where the red flag is named, and ends with the result', () => {
    expect(reference.map((r) => r.json.includes(RESULT_MARK))).toEqual(
      walk.map((_, i) => i === walk.length - 1),
    );
    // The result of a concern with a red flag repeats whom to call now.
    expect(reference.map((r) => r.json.includes(ACUTE_MARK))).toEqual(
      walk.map((_, i) => i === RED_FLAG_TURN || i === walk.length - 1),
    );
  });

  for (const death of ['between documents', 'before replies'] as const) {
    it.each(walk.map((_, i) => i))(
      `${death}, at turn %i: the re-sent turn shows what the turn was to show, and every later turn is exact`,
      async (dying) => {
        const seen = await walkWithDeath(walk, dying, death);
        const resent = seen[dying];
        expect(resent?.status).toBe(200);
        // The re-sent turn may lack a message before its question (a help text), never the question itself.
        expect(question(resent?.signature ?? '')).toBe(question(reference[dying]?.signature ?? ''));
        // Safety first: the acute route of a red flag named in that turn is shown again, phone numbers and all.
        expect(resent?.json.includes(ACUTE_MARK)).toBe(reference[dying]?.json.includes(ACUTE_MARK));
        // After the last answer: the result, never silence.
        expect(resent?.json.includes(RESULT_MARK)).toBe(reference[dying]?.json.includes(RESULT_MARK));
        expect(seen.map((s, i) => (i === dying ? '(re-sent)' : s.signature))).toEqual(
          reference.map((r, i) => (i === dying ? '(re-sent)' : r.signature)),
        );
      },
      30_000,
    );
  }
});

it('a command sent again (its replies lost) is answered with a word that it arrived, never with silence', async () => {
  const pair = await startPair();
  try {
    const help = message('hjælp', `a:command-${container}`);
    const first = await send(pair.survivor.url, help);
    expect(first.signature).toMatch(/^[1-9]/);
    const again = await send(pair.survivor.url, help);
    expect(again.status).toBe(200);
    expect(again.json).toContain('Den besked har jeg fået');
    expect(again.json).toContain('112');
  } finally {
    await pair.close();
  }
});
