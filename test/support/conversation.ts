import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { createBot, type BotOptions } from '../../src/bot/app';
import type { BotServices } from '../../src/turn/services';
import { FileStorage } from '../../src/storage/fileStorage';
import { buildLexicon } from '../../src/text';
import { buildObjectivityLexicon } from '../../src/draft';
import { knowledge } from '../helpers';

const lexicon = buildLexicon(knowledge.national);
const objectivity = buildObjectivityLexicon(knowledge.national);

export function services(now: string, defaultMunicipality = 'vejen'): BotServices {
  return { knowledge, lexicon, objectivity, clock: () => new Date(now), defaultMunicipality };
}

/**
 * A concern typed answer by answer up to its last card (draft and case tests): the description, the
 * confirmation card answered word by word (municipality, role, the red-flag question), the score; then
 * `DETAILED_DETAILS` fills in every detail on the details card and brings the result.
 */
export const DETAILED_CONCERN = [
  'Hun er 8 år og kommer ofte sulten i skole. Jeg tror, mor drikker.',
  'vejen',
  'lærer',
  'nej',
  '4',
];

export const DETAILED_DETAILS = {
  verb: 'answer',
  step: 'details',
  observed: 'Mandag sagde hun, at der ikke var aftensmad.',
  duration: 'Siden efterårsferien',
  actionsTaken: 'Samtale med mor den 2. november.',
  parentsSay: 'Mor siger, at det går bedre.',
  childSays: '',
};

/** The state folders this test file made: removed after its tests, so test runs do not fill the machine's tmpdir. */
const stateDirs: string[] = [];
// The benches load this module outside jest, where there is no afterAll (they remove their own folders).
if (typeof afterAll === 'function')
  afterAll(() => {
    for (const dir of stateDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

/** A new, empty state folder for a file store, removed after the test file. */
export function newStateDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'handleguide-state-'));
  stateDirs.push(dir);
  return dir;
}

/** The texts of a reply: its text, or every TextBlock/FactSet/choice text of its card, joined. */
export function replyText(activity: Partial<Activity>): string {
  if (activity.attachments?.length) return JSON.stringify(activity.attachments.map((a) => a.content));
  return activity.text ?? '';
}

export function cardsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  return replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as Record<string, unknown>));
}

/** One user talking to the bot through botbuilder's TestAdapter, with real file storage under `stateDir`. */
export class Conversation {
  readonly adapter: TestAdapter;
  readonly errors: unknown[] = [];

  constructor(
    readonly stateDir: string = newStateDir(),
    now = '2026-11-24T10:00:00+01:00',
    defaultMunicipality = 'vejen',
    retentionDays = 30,
    extra: Partial<BotOptions> = {},
  ) {
    const bot = createBot({
      storage: new FileStorage(stateDir, retentionDays * 86_400_000, () => new Date(now)),
      services: services(now, defaultMunicipality),
      onError: (error) => this.errors.push(error),
      ...extra,
    });
    this.adapter = new TestAdapter((context) => bot.run(context));
  }

  /** Sends typed text, or a card submit when given an object; returns every reply of that turn. */
  async say(
    input: string | Record<string, unknown>,
    as: Partial<Activity> = {},
  ): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> = {
      ...(typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', value: input }),
      ...as,
    };
    await this.adapter.receiveActivity(activity);
    const replies = this.adapter.activeQueue.splice(0);
    if (this.errors.length > 0) throw this.errors[0];
    return replies;
  }

  /** For turns meant to fail: the replies the user still got, and the errors the bot reported. */
  async sayFailing(
    input: string | Record<string, unknown>,
  ): Promise<{ replies: Partial<Activity>[]; errors: unknown[] }> {
    const activity: Partial<Activity> =
      typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', value: input };
    await this.adapter.receiveActivity(activity);
    return { replies: this.adapter.activeQueue.splice(0), errors: this.errors.splice(0) };
  }

  async sayText(input: string | Record<string, unknown>): Promise<string> {
    return (await this.say(input)).map(replyText).join('\n');
  }
}

interface CardElement {
  type?: string;
  text?: string;
  weight?: string;
  items?: CardElement[];
  body?: CardElement[];
}

function firstBoldText(elements: CardElement[] | undefined): string | undefined {
  for (const element of elements ?? []) {
    if (element.type === 'TextBlock' && element.weight === 'Bolder' && element.text) return element.text;
    const inner = firstBoldText(element.items);
    if (inner) return inner;
  }
  return undefined;
}

/** The headline of each reply: a card's first bold text, or a message's text. */
export function headlines(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((reply) =>
    reply.attachments?.length
      ? reply.attachments.map((a) => firstBoldText((a.content as CardElement).body) ?? '(card)')
      : [reply.text ?? ''],
  );
}
