import { deserialize, serialize } from 'node:v8';
import { gramAt, gramTableOf } from '../src/text/gramTable';
import { knowledge } from './helpers';

/**
 * The model's letter n-grams (`c:` features), looked up in a word without slicing it: every gram of the model file
 * must be found with its row, and a gram the file lacks must not be, or a new word would be weighed wrongly.
 */
const file = knowledge.national.textModel;
const grams = new Map(
  Object.entries(file?.weights ?? {}).flatMap(([feature, row]) =>
    feature.startsWith('c:') ? [[feature.slice(2), row] as const] : [],
  ),
);

describe('the n-gram table of a new word', () => {
  const table = gramTableOf(grams, 3);

  it('finds every gram of the model file with its row, wherever it stands in a word', () => {
    expect(grams.size).toBeGreaterThan(1000);
    const wrong: string[] = [];
    for (const [gram, row] of grams) {
      const g = gramAt(table, `^ø${gram}å$`, 2, 2 + gram.length);
      const found = g < 0 ? undefined : [...table.rows.subarray(g * 3, g * 3 + 3)];
      if (found?.join() !== [0, 1, 2].map((f) => row[f] ?? 0).join()) wrong.push(gram);
    }
    expect(wrong).toEqual([]);
  });

  it('finds no gram the file lacks: not a longer or shorter stretch, not one letter off', () => {
    let checked = 0;
    const found: string[] = [];
    for (const gram of [...grams.keys()].slice(0, 3000)) {
      for (const other of [`${gram}x`, gram.slice(1), `q${gram.slice(1)}`, gram.toUpperCase()]) {
        if (grams.has(other) || other.length === 0) continue;
        checked++;
        if (gramAt(table, `^${other}$`, 1, 1 + other.length) !== -1) found.push(other);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('reads the same after the start-up cache has serialized it', () => {
    const copy = deserialize(serialize(table)) as typeof table;
    for (const gram of [...grams.keys()].slice(0, 500))
      expect(gramAt(copy, gram, 0, gram.length)).toBe(gramAt(table, gram, 0, gram.length));
  });
});
