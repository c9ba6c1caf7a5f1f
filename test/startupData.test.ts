import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildObjectivityLexicon } from '../src/draft';
import { loadStartupData } from '../src/host/startupData';
import { defaultKnowledgeDir, KnowledgeError, loadKnowledge } from '../src/knowledge';
import { assess, ConcernShape } from '../src/rules';
import { analyseText, buildLexicon, lexiconOf } from '../src/text';

/** The start-up cache (src/host/startupData.ts): a restart reads what an earlier start validated and compiled. */
describe('the start-up cache', () => {
  let scratch: string;
  const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.bin'));

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'handleguide-startup-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** What a start without any cache makes of the knowledge. */
  const fresh = (dir: string) => {
    const knowledge = loadKnowledge(dir);
    return {
      knowledge,
      lexicon: buildLexicon(knowledge.national),
      objectivity: buildObjectivityLexicon(knowledge.national),
    };
  };
  /**
   * The same data: every value, every Map and Set in its order, every key in its order. Under jest the cached objects
   * come from Node's own realm, so prototypes are compared by kind, not by identity.
   */
  const sameData = (a: unknown, b: unknown): boolean => {
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
    const kind = Object.prototype.toString.call(a);
    if (kind !== Object.prototype.toString.call(b)) return false;
    if (
      kind === '[object Map]' ||
      kind === '[object Set]' ||
      kind === '[object Array]' ||
      ArrayBuffer.isView(a)
    ) {
      const left = [...(a as Iterable<unknown>)];
      const right = [...(b as Iterable<unknown>)];
      return left.length === right.length && left.every((item, i) => sameData(item, right[i]));
    }
    const keys = Object.keys(a);
    return (
      sameData(keys, Object.keys(b)) &&
      keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  };
  const sameAs = (loaded: ReturnType<typeof loadStartupData>, expected: ReturnType<typeof fresh>): boolean =>
    sameData(
      { knowledge: loaded.knowledge, lexicon: loaded.lexicon, objectivity: loaded.objectivity },
      expected,
    );

  /** Serialisation keeps plain data only: a class instance would come back as a plain object. */
  const plainDataOnly = (value: unknown, seen = new Set<unknown>()): boolean => {
    if (value === null || typeof value !== 'object') return typeof value !== 'function';
    if (seen.has(value)) return true;
    seen.add(value);
    if (value instanceof Map)
      return [...value].every(([k, v]) => plainDataOnly(k, seen) && plainDataOnly(v, seen));
    if (value instanceof Set || Array.isArray(value)) return [...value].every((v) => plainDataOnly(v, seen));
    // Typed arrays (the typo buckets' letters, packed terms, …) are serialised as what they are.
    if (ArrayBuffer.isView(value) || value instanceof RegExp) return true;
    return (
      Object.getPrototypeOf(value) === Object.prototype &&
      Object.values(value).every((v) => plainDataOnly(v, seen))
    );
  };

  it('gives a restart exactly what validating and compiling gave, and the engine reads with it', () => {
    const cacheDir = path.join(scratch, 'cache');
    const first = loadStartupData(defaultKnowledgeDir(), { cacheDir });
    expect(first.cache).toBe('miss');
    first.remember();
    expect(cacheFiles(cacheDir)).toHaveLength(1);

    const second = loadStartupData(defaultKnowledgeDir(), { cacheDir });
    expect(second.cache).toBe('hit');
    const expected = fresh(defaultKnowledgeDir());
    expect(plainDataOnly(expected)).toBe(true);
    expect(sameAs(second, expected)).toBe(true);
    // The engine's findings use the bot's lexicon, not a second build of it.
    expect(lexiconOf(second.knowledge.national)).toBe(second.lexicon);
    const text = 'Han fortæller, at far slår ham med en bøjle, når mor ikke er hjemme.';
    expect(analyseText(text, second.lexicon).redFlags.map((f) => f.id)).toEqual(['overgreb']);
    const concern = ConcernShape.parse({ municipality: 'vejen', text, now: '2026-03-02T10:00:00+01:00' });
    const assessment = assess(concern, second.knowledge, () => new Date('2026-03-02T09:00:00Z'));
    expect(assessment.redFlags).toEqual(['overgreb']);
  });

  it.each([
    [
      'one byte changed',
      (bytes: Buffer) =>
        Buffer.concat([bytes.subarray(0, 5000), Buffer.from([(bytes[5000] ?? 0) ^ 1]), bytes.subarray(5001)]),
    ],
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['empty', () => Buffer.alloc(0)],
  ])('does not trust a cache file that is %s: it validates and builds again', (_, damage) => {
    const cacheDir = path.join(scratch, 'cache');
    loadStartupData(defaultKnowledgeDir(), { cacheDir }).remember();
    const [name = 'none'] = cacheFiles(cacheDir);
    const file = path.join(cacheDir, name);
    writeFileSync(file, damage(readFileSync(file)));

    const again = loadStartupData(defaultKnowledgeDir(), { cacheDir });
    expect(again.cache).toBe('miss');
    expect(sameAs(again, fresh(defaultKnowledgeDir()))).toBe(true);
  });

  it('validates an edited knowledge file again: a fault still stops the start, a fix is read as written', () => {
    const knowledgeDir = path.join(scratch, 'knowledge');
    cpSync(defaultKnowledgeDir(), knowledgeDir, { recursive: true });
    const cacheDir = path.join(scratch, 'cache');
    const before = loadStartupData(knowledgeDir, { cacheDir });
    before.remember();
    const vejen = path.join(knowledgeDir, 'municipalities', 'vejen.yaml');
    const original = readFileSync(vejen, 'utf8');
    const phone = before.knowledge.municipalities.get('vejen')?.contacts[0]?.phone ?? 'none';

    writeFileSync(vejen, original.replace(`phone: "${phone}"`, 'phone: "5143"'));
    const broken = () => loadStartupData(knowledgeDir, { cacheDir });
    expect(broken).toThrow(KnowledgeError);
    expect(broken).toThrow('knowledge/municipalities/vejen.yaml: contacts[0].phone');

    writeFileSync(vejen, original.replace(`phone: "${phone}"`, 'phone: "11 22 33 44"'));
    const edited = loadStartupData(knowledgeDir, { cacheDir });
    expect(edited.cache).toBe('miss');
    expect(edited.knowledge.municipalities.get('vejen')?.contacts[0]?.phone).toBe('11 22 33 44');
  });

  it('works without a cache folder', () => {
    const loaded = loadStartupData(defaultKnowledgeDir(), { cacheDir: false });
    expect(loaded.cache).toBe('off');
    loaded.remember();
    expect(loaded.knowledge.municipalities.size).toBeGreaterThan(0);
  });
});
