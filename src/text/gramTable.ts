/**
 * The model's letter n-grams (`c:` features) and their rows, looked up by a stretch of a word without slicing it. A
 * word seen for the first time looks up some 25 n-grams; as a Map keyed by strings each look-up made a string, hashed
 * it and probed a large table (about 120 ns). Here the hash is computed on the letters in place and the rows are one
 * flat array; a candidate is checked letter by letter, so a look-up finds exactly what the Map found.
 */
export interface GramTable {
  /** Open addressing: a gram's index + 1 in the slot its hash names (or the next free one), 0 for none. */
  slots: Int32Array;
  /** The grams' letters (UTF-16 code units), one after the other: gram g is `letters[starts[g]..starts[g + 1]]`. */
  letters: Uint16Array;
  starts: Int32Array;
  /** Gram g's row: `rows[g * width .. g * width + width]`, a missing weight as 0. */
  rows: Float64Array;
  width: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units text[from..to]. */
function hashOf(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export function gramTableOf(rows: ReadonlyMap<string, readonly number[]>, width: number): GramTable {
  const grams = [...rows.keys()];
  let size = 8;
  while (size < grams.length * 2) size *= 2;
  const table: GramTable = {
    slots: new Int32Array(size),
    letters: new Uint16Array(grams.reduce((sum, gram) => sum + gram.length, 0)),
    starts: new Int32Array(grams.length + 1),
    rows: new Float64Array(grams.length * width),
    width,
  };
  let at = 0;
  grams.forEach((gram, g) => {
    table.starts[g] = at;
    for (let i = 0; i < gram.length; i++) table.letters[at++] = gram.charCodeAt(i);
    const row = rows.get(gram) ?? [];
    for (let f = 0; f < width; f++) table.rows[g * width + f] = row[f] ?? 0;
    let slot = hashOf(gram, 0, gram.length) & (size - 1);
    while (table.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    table.slots[slot] = g + 1;
  });
  table.starts[grams.length] = at;
  return table;
}

/** The index of the gram text[from..to] in the table, or -1 when the model has no such gram. */
export function gramAt(table: GramTable, text: string, from: number, to: number): number {
  const { slots, letters, starts } = table;
  const mask = slots.length - 1;
  for (let slot = hashOf(text, from, to) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] as number;
    if (entry === 0) return -1;
    const g = entry - 1;
    const start = starts[g] as number;
    if ((starts[g + 1] as number) - start !== to - from) continue;
    let same = true;
    for (let i = 0; same && i < to - from; i++) same = letters[start + i] === text.charCodeAt(from + i);
    if (same) return g;
  }
}
