import { randomUUID } from 'node:crypto';
import { TeamsInfo, TurnContext, type Activity, type ConversationReference, type Storage } from 'botbuilder';
import type { CloudAdapter } from 'botbuilder';
import { isStorageConflict } from './storageConflict';
import type { Lang } from '../cards/labels';

export interface Person {
  id: string;
  name: string;
}

/** Sends messages outside the current turn: to another person 1:1, or back to a stored conversation. */
export interface Messenger {
  sendToPerson(context: TurnContext, person: Person, activity: Partial<Activity>): Promise<void>;
  sendToConversation(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

/** The people of the current conversation, for choosing a leader where the people picker does not work. */
export interface MemberDirectory {
  members(context: TurnContext): Promise<Person[]>;
  /** Offer the user themself as »leader« (the local playground, to see what a leader receives). */
  readonly includesSelf?: boolean;
}

/** Proactive messages through the Teams adapter. The person must have the app installed, or Teams refuses. */
export class TeamsMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async sendToPerson(context: TurnContext, person: Person, activity: Partial<Activity>): Promise<void> {
    const { activity: incoming } = context;
    const tenantId =
      incoming.conversation.tenantId ?? (incoming.channelData as { tenant?: { id?: string } })?.tenant?.id;
    await this.adapter.createConversationAsync(
      this.botAppId,
      incoming.channelId,
      incoming.serviceUrl,
      'https://api.botframework.com',
      {
        isGroup: false,
        bot: incoming.recipient,
        members: [{ id: person.id, name: person.name }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      },
      async (leaderContext) => {
        await leaderContext.sendActivity(activity);
      },
    );
  }

  async sendToConversation(
    reference: Partial<ConversationReference>,
    activity: Partial<Activity>,
  ): Promise<void> {
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      await context.sendActivity(activity);
    });
  }
}

export class TeamsMemberDirectory implements MemberDirectory {
  async members(context: TurnContext): Promise<Person[]> {
    try {
      const page = await TeamsInfo.getPagedMembers(context, 50);
      return page.members.map((m) => ({ id: m.aadObjectId ?? m.id, name: m.name ?? m.givenName ?? m.id }));
    } catch {
      // Outside Teams (or without permission) there is no member list; the people picker remains.
      return [];
    }
  }
}

/** One request to a leader: who asked and where to send the answer. No draft text is kept here. */
export interface Handoff {
  id: string;
  senderName: string;
  senderId: string;
  senderReference: Partial<ConversationReference>;
  /** The id the request was sent to; only that person may answer it. */
  leaderId: string;
  leaderName: string;
  createdAt: string;
  /** The sender's language, for passing the leader's answer on (Danish when unset: requests made before). */
  senderLang?: Lang;
  /** The sender's saved case the answer is recorded on (»Mine bekymringer«). */
  caseId?: string;
  /** Set once the leader answered (recorded before the answer is passed on): the card's buttons are spent. */
  answered?: { answer: 'approved' | 'call' | 'comment'; comment?: string; at: string; by: string };
}

const KEY_PREFIX = 'handleguide/handoffs/';

export class HandoffStore {
  constructor(private readonly storage: Storage) {}

  async create(
    context: TurnContext,
    leader: Person,
    now: Date,
    caseId?: string,
    senderLang?: Lang,
  ): Promise<Handoff> {
    const handoff: Handoff = {
      ...(caseId ? { caseId } : {}),
      ...(senderLang ? { senderLang } : {}),
      id: randomUUID(),
      senderName: context.activity.from.name ?? 'En kollega',
      senderId: context.activity.from.id,
      senderReference: TurnContext.getConversationReference(context.activity),
      leaderId: leader.id,
      leaderName: leader.name,
      createdAt: now.toISOString(),
    };
    await this.storage.write({ [KEY_PREFIX + handoff.id]: handoff });
    return handoff;
  }

  async find(id: string): Promise<Handoff | undefined> {
    const items = await this.storage.read([KEY_PREFIX + id]);
    return items[KEY_PREFIX + id] as Handoff | undefined;
  }

  /**
   * Records the answer, unless the request was answered before; returns the request as stored afterwards.
   * Written with the record's eTag, so of two answers racing (two devices) one wins and the other sees it.
   */
  async answer(id: string, answered: NonNullable<Handoff['answered']>): Promise<Handoff | undefined> {
    for (let attempt = 1; ; attempt++) {
      const items = await this.storage.read([KEY_PREFIX + id]);
      const current = items[KEY_PREFIX + id] as (Handoff & { eTag?: string }) | undefined;
      if (!current || current.answered) return current;
      const next = { ...current, answered };
      try {
        await this.storage.write({ [KEY_PREFIX + id]: next });
        return next;
      } catch (error) {
        if (attempt >= 3 || !isStorageConflict(error)) throw error;
      }
    }
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.storage.delete(ids.map((id) => KEY_PREFIX + id));
  }
}

/** Whether this turn comes from the person a request was sent to (by AAD object id, or Teams id locally). */
export function isFromLeader(context: TurnContext, handoff: Handoff): boolean {
  const { from } = context.activity;
  return from.aadObjectId === handoff.leaderId || from.id === handoff.leaderId;
}
