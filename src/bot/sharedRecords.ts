import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { isStorageConflict } from './storageConflict';

const ATTEMPTS = 30;

/**
 * Records that several people change at once (checklist ticks, votes), each in its own storage document and
 * updated by read-modify-write with its eTag: when two changes race, the loser reads again and reapplies.
 */
export class SharedRecords<T extends { id: string; eTag?: string }> {
  constructor(
    private readonly storage: Storage,
    private readonly prefix: string,
  ) {}

  private key(id: string): string {
    return `handleguide/${this.prefix}/${id}`;
  }

  async create(fields: Omit<T, 'id' | 'eTag'>): Promise<T> {
    const record = { ...fields, id: randomUUID() } as T;
    await this.storage.write({ [this.key(record.id)]: record });
    return record;
  }

  async find(id: string): Promise<T | undefined> {
    return (await this.storage.read([this.key(id)]))[this.key(id)] as T | undefined;
  }

  /** Applies `change` to the stored record; `undefined` from `change` (or no record) changes nothing. */
  async update(id: string, change: (current: T) => T | undefined): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.find(id);
      const next = current && change(current);
      if (!next) return undefined;
      try {
        await this.storage.write({ [this.key(id)]: next });
        return next;
      } catch (error) {
        const conflict = isStorageConflict(error);
        if (attempt >= ATTEMPTS || !conflict) throw error;
        // Many people tick one card at once in a meeting: spread the retries so they do not collide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  }
}
