import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { CaseStore } from '../src/bot/caseStore';
import { isStorageConflict } from '../src/bot/storageConflict';
import { FileStorage, StorageConflictError } from '../src/storage/fileStorage';
import { knowledge } from './helpers';

const NOW = new Date('2026-03-27T10:00:00+01:00');
const fieldsOf = (label: string) => ({
  case: { label, municipality: 'vejen', level: null, redFlags: [] },
  answers: { text: 'Sulten i skole', redFlags: [] },
});

/** A storage whose next write is preceded by another turn's write of the same document. */
class RacedStorage implements Storage {
  race: (() => Promise<unknown>) | undefined;
  constructor(private readonly inner: Storage) {}
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    const race = this.race;
    this.race = undefined;
    if (race) await race();
    return this.inner.write(changes);
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

describe('a refused conditional write', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'handleguide-conflict-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is recognised by the storages’ error code, not by words in a message', () => {
    expect(isStorageConflict(new StorageConflictError('conflict'))).toBe(true);
    expect(isStorageConflict(new Error('eTag conflict on a stored document'))).toBe(false);
  });

  it('two cases saved at once by two turns are both kept: the later write reads again and retries', async () => {
    const files = new FileStorage(dir, 30 * 86_400_000, () => NOW);
    const raced = new RacedStorage(files);
    const store = new CaseStore(raced, knowledge.national, () => NOW);
    const other = new CaseStore(files, knowledge.national, () => NOW);
    // The document exists already (a first write is unconditional); the race is on changing it.
    await store.save('user-1', fieldsOf('Dreng 1.C'), undefined, 'da', NOW, 'activity-0');
    raced.race = () => other.save('user-1', fieldsOf('Pige 2.A'), undefined, 'da', NOW, 'activity-1');
    await store.save('user-1', fieldsOf('Dreng 3.B'), undefined, 'da', NOW, 'activity-2');
    const labels = (await store.list('user-1', NOW)).map((stored) => stored.case.label).sort();
    expect(labels).toEqual(['Dreng 1.C', 'Dreng 3.B', 'Pige 2.A']);
  });
});
