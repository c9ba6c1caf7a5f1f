import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messageVerbs, routeTable, type RouteHandlers } from '../src/bot/routes';
import type { Storage, StoreItems } from 'botbuilder';
import { FileStorage } from '../src/storage/fileStorage';
import { Conversation, headlines, newStateDir } from './support/conversation';

const CARDS = path.resolve(__dirname, '..', 'cards');

/** Every `[action type, verb]` a card template sends with a fixed verb (templated verbs are left out). */
function cardVerbs(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    const data = element.data as Record<string, unknown> | undefined;
    const verb = element.type === 'Action.Execute' ? element.verb : data?.verb;
    if (typeof verb === 'string' && !verb.includes('${')) found.push([String(element.type), verb]);
    Object.values(element).forEach(walk);
  };
  for (const file of readdirSync(CARDS).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(path.join(CARDS, file), 'utf8')));
  return found;
}

describe('the route table', () => {
  // Handlers are not run here: every one is the same stub, so the table can be read without a bot.
  const stub: unknown = new Proxy(() => Promise.resolve(), { get: () => stub });
  const table = routeTable(stub as RouteHandlers);

  it('has a row for every verb a card sends: a submit in the message rows, a Universal Action in the invokes', () => {
    const submits = messageVerbs(table);
    const executes = new Set(table.flatMap((route) => (route.on === 'execute' ? [route.verb] : [])));
    const verbs = cardVerbs();
    expect(verbs.length).toBeGreaterThan(0);
    const missing = verbs.filter(([type, verb]) =>
      type === 'Action.Execute' ? !executes.has(verb) : !submits.has(verb),
    );
    expect(missing).toEqual([]);
  });
});

describe('routing by teams-ai', () => {
  it('treats a message whose card data is null as one without card data', async () => {
    const typed = headlines(await new Conversation().say(''));
    const withNullData = headlines(await new Conversation().say('', { value: null }));
    expect(typed.length).toBeGreaterThan(0);
    expect(withNullData).toEqual(typed);
  });
});

describe('a slow turn', () => {
  it('sends its replies and no »typing« after them (teams-ai would start its typing timer regardless)', async () => {
    const files = new FileStorage(newStateDir(), 30 * 86_400_000);
    // Storage that answers after more than teams-ai's one second typing delay, as a loaded machine may.
    const slow: Storage = {
      read: async (keys: string[]) => {
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        return files.read(keys);
      },
      write: (changes: StoreItems) => files.write(changes),
      delete: (keys: string[]) => files.delete(keys),
    };
    const replies = await new Conversation(undefined, undefined, undefined, undefined, { storage: slow }).say(
      '',
    );
    expect(replies.map((reply) => reply.type)).toEqual(['message', 'message']);
    expect(headlines(replies)).toEqual(['Velkommen til Handleguiden', 'Hvad er du bekymret for?']);
  });
});
