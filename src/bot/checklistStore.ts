import type { Storage } from 'botbuilder';
import type { ChecklistDefinition, SharedChecklist } from '../checklists/checklists';

export type { SharedChecklist };
import { SharedRecords } from './sharedRecords';

/** Adds a participant for the card's refresh list; Teams takes at most 60 ids there. */
export const withParticipant = (participants: string[], userId: string): string[] =>
  participants.includes(userId) ? participants : [...participants, userId].slice(-60);

export class ChecklistStore {
  private readonly records: SharedRecords<SharedChecklist>;

  constructor(storage: Storage) {
    this.records = new SharedRecords(storage, 'checklists');
  }

  create(
    definition: ChecklistDefinition,
    municipality: string,
    now: Date,
    lang?: SharedChecklist['lang'],
  ): Promise<SharedChecklist> {
    return this.records.create({
      ...definition,
      municipality,
      ...(lang ? { lang } : {}),
      ticks: {},
      participants: [],
      createdAt: now.toISOString(),
    });
  }

  find(id: string): Promise<SharedChecklist | undefined> {
    return this.records.find(id);
  }

  forget(id: string, userId: string): Promise<SharedChecklist | undefined> {
    return this.records.update(id, (current) => withoutUser(current, userId, 'En kollega'));
  }

  /** Ticks an item, or unticks it if it was ticked. */
  toggle(
    id: string,
    itemId: string,
    user: { id: string; name: string },
    now: Date,
  ): Promise<SharedChecklist | undefined> {
    return this.records.update(id, (current) => {
      if (!current.items.some((item) => item.id === itemId)) return undefined;
      const ticks = current.ticks[itemId]
        ? Object.fromEntries(Object.entries(current.ticks).filter(([item]) => item !== itemId))
        : { ...current.ticks, [itemId]: { userId: user.id, name: user.name, at: now.toISOString() } };
      return { ...current, ticks, participants: withParticipant(current.participants, user.id) };
    });
  }
}

/** Removes a user from a checklist: their ticks stay (the team's work), their name and id go. */
export function withoutUser(
  checklist: SharedChecklist,
  userId: string,
  anonymousName: string,
): SharedChecklist {
  const ticks = Object.fromEntries(
    Object.entries(checklist.ticks).map(([item, tick]) => [
      item,
      tick.userId === userId ? { ...tick, userId: '', name: anonymousName } : tick,
    ]),
  );
  return { ...checklist, ticks, participants: checklist.participants.filter((id) => id !== userId) };
}
