import { SharedRecords } from '../src/bot/sharedRecords';
import { FileStorage } from '../src/storage/fileStorage';
import { newStateDir } from './support/conversation';

interface Tally {
  id: string;
  eTag?: string;
  ticks: string[];
}

describe('shared records under concurrent updates', () => {
  it('keeps every one of twelve simultaneous ticks on one record (a conflict re-reads and retries)', async () => {
    const records = new SharedRecords<Tally>(new FileStorage(newStateDir(), 86_400_000), 'tally');
    const { id } = await records.create({ ticks: [] });
    const people = Array.from({ length: 12 }, (_, i) => `person-${i}`);
    await Promise.all(
      people.map((person) =>
        records.update(id, (current) => ({ ...current, ticks: [...current.ticks, person] })),
      ),
    );
    expect((await records.find(id))?.ticks.sort()).toEqual([...people].sort());
  });

  it('does not retry an error that is not a conflict', async () => {
    let writes = 0;
    const failing = new FileStorage(newStateDir(), 86_400_000);
    const records = new SharedRecords<Tally>(
      {
        read: (keys) => failing.read(keys),
        delete: (keys) => failing.delete(keys),
        write: (changes) => {
          writes += 1;
          return writes === 1 ? failing.write(changes) : Promise.reject(new Error('disk full'));
        },
      },
      'tally',
    );
    const { id } = await records.create({ ticks: [] });
    await expect(records.update(id, (current) => ({ ...current, ticks: ['x'] }))).rejects.toThrow(
      'disk full',
    );
    expect(writes).toBe(2);
  });
});
