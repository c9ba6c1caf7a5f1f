import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { ChecklistDefinition } from '../checklists/checklists';

export interface Tick {
  userId: string;
  name: string;
  at: string;
}

/** One shared checklist card: its items (a snapshot) and who ticked what. No child is ever named here. */
export interface SharedChecklist extends ChecklistDefinition {
  id: string;
  municipality: string;
  ticks: Record<string, Tick>;
  /** Teams ids of everyone who has ticked, for the card's refresh (at most 60). */
  participants: string[];
  createdAt: string;
  eTag?: string;
}

const KEY = (id: string) => `handleguide/checklists/${id}`;
const ATTEMPTS = 5;

/** Checklist state per card instance, updated by read-modify-write with eTags (two ticks at once both count). */
export class ChecklistStore {
  constructor(private readonly storage: Storage) {}

  async create(definition: ChecklistDefinition, municipality: string, now: Date): Promise<SharedChecklist> {
    const checklist: SharedChecklist = {
      ...definition,
      id: randomUUID(),
      municipality,
      ticks: {},
      participants: [],
      createdAt: now.toISOString(),
    };
    await this.storage.write({ [KEY(checklist.id)]: checklist });
    return checklist;
  }

  async find(id: string): Promise<SharedChecklist | undefined> {
    return (await this.storage.read([KEY(id)]))[KEY(id)] as SharedChecklist | undefined;
  }

  /** Ticks an item, or unticks it if it was ticked; retries when another tick landed in between. */
  async toggle(
    id: string,
    itemId: string,
    user: { id: string; name: string },
    now: Date,
  ): Promise<SharedChecklist | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.find(id);
      if (!current || !current.items.some((item) => item.id === itemId)) return undefined;
      const ticks = current.ticks[itemId]
        ? Object.fromEntries(Object.entries(current.ticks).filter(([id]) => id !== itemId))
        : { ...current.ticks, [itemId]: { userId: user.id, name: user.name, at: now.toISOString() } };
      const participants = current.participants.includes(user.id)
        ? current.participants
        : [...current.participants, user.id].slice(-60);
      const next = { ...current, ticks, participants };
      try {
        await this.storage.write({ [KEY(id)]: next });
        return next;
      } catch (error) {
        if (attempt >= ATTEMPTS || !/etag/i.test(error instanceof Error ? error.message : '')) throw error;
      }
    }
  }
}
