import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { types } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { buildObjectivityLexicon, type ObjectivityLexicon } from '../draft';
import { loadKnowledge } from '../knowledge';
import type { Knowledge } from '../knowledge/schema';
import { findProjectFolder } from '../projectPaths';
import { adoptLexicon, lexiconOf, type Lexicon } from '../text';
import { readCheckedFile, writeCheckedFile } from './checkedFile';

/** What start-up makes of the knowledge files: the validated knowledge and the two compiled lexicons. */
export interface StartupData {
  knowledge: Knowledge;
  lexicon: Lexicon;
  objectivity: ObjectivityLexicon;
}

export interface LoadedStartupData extends StartupData {
  /** `hit`: read from the cache; `miss`: validated and built (and cached by `remember`); `off`: no cache folder. */
  cache: 'hit' | 'miss' | 'off';
  /** After a miss, writes the cache (call it once the server listens, so a first start is not slowed). */
  remember(): void;
}

/**
 * Validating the knowledge (zod and the cross-checks, ~180 ms on a cold process) and compiling the text lexicon
 * (~250 ms) are about a third of a cold start's CPU. Their result depends only on the knowledge files, on our code
 * that reads and compiles them, on the parser, schema and stemmer packages and on the Node version (V8's
 * serialisation format). A start with all of these unchanged reads the result V8-serialised from the cache
 * (~100 ms) instead of doing the work again.
 *
 * Never trusted blindly: the file name is a SHA-256 of all those inputs, so an edited knowledge file, a new build
 * or another package version looks for another file, does not find it, and validates from scratch, stopping with
 * the usual `KnowledgeError` on a fault (a broken file never reaches the cache, since only a validated result is
 * written). The file starts with a SHA-256 of its contents, checked before it is read, so a truncated or damaged
 * file is ignored and rebuilt. The folder is the project's own (node_modules/.cache, beside the code, never
 * tracked), not a shared temporary folder another user could write to. A read-only install builds every time.
 */
const FORMAT = 'handleguide-startup-data 1';
const MAGIC = Buffer.from('HGSD1\n');
/** Older cache files (other builds, other knowledge) kept beside the newest: enough for a few versions of Node. */
const KEEP_FILES = 6;

/** The folders of our code whose output is cached (knowledge: the loader and schema; text and draft: the compilers). */
const CODE_FOLDERS = ['knowledge', 'text', 'draft'];
const CODE_FILES = ['projectPaths.ts', 'projectPaths.js'];
/** Packages whose behaviour shapes the result: the YAML parser, the schema library, the Danish stemmer. */
const PACKAGES = ['yaml', 'zod', '@nlpjs/lang-da', '@nlpjs/core'];

export function defaultStartupCacheDir(): string | undefined {
  const modules = findProjectFolder(__dirname, 'node_modules', '');
  return modules ? path.join(modules, '.cache', 'handleguide-startup') : undefined;
}

/** Every file below `dir` (sorted, so the order never depends on the file system), relative names. */
function filesBelow(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesBelow(path.join(dir, entry.name), name);
      return entry.isFile() ? [name] : [];
    });
}

function packageManifest(name: string): string {
  try {
    // @nlpjs/core may sit under @nlpjs/lang-da's own node_modules: resolve it from there first.
    const from = [path.dirname(require.resolve('@nlpjs/lang-da/package.json')), __dirname];
    return readFileSync(require.resolve(`${name}/package.json`, { paths: from }), 'utf8');
  } catch {
    return `${name}: not found`;
  }
}

/** The cache key: a SHA-256 of everything the result depends on. */
export function startupDataKey(knowledgeDir: string): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) => {
    hash.update(`${label}\0${content.length}\0`);
    hash.update(content);
  };
  add('format', `${FORMAT} ${process.version} ${process.arch}`);
  for (const file of filesBelow(knowledgeDir))
    add(`knowledge/${file}`, readFileSync(path.join(knowledgeDir, file)));
  const codeRoot = path.resolve(__dirname, '..');
  for (const folder of CODE_FOLDERS)
    for (const file of filesBelow(path.join(codeRoot, folder)))
      add(`code/${folder}/${file}`, readFileSync(path.join(codeRoot, folder, file)));
  for (const file of CODE_FILES) {
    try {
      add(`code/${file}`, readFileSync(path.join(codeRoot, file)));
    } catch {
      // Only one of the two exists (src/ under tsx, dist/src/ compiled).
    }
  }
  for (const name of PACKAGES) add(`package/${name}`, packageManifest(name));
  return hash.digest('hex');
}

/** The cached result, or undefined when there is none or it is not exactly what was written. */
function readCached(file: string): StartupData | undefined {
  const payload = readCheckedFile(file, MAGIC);
  if (!payload) return undefined;
  try {
    const data = deserialize(payload) as Partial<StartupData> | undefined;
    if (!types.isMap(data?.knowledge?.municipalities) || !data.lexicon || !data.objectivity) return undefined;
    return data as StartupData;
  } catch {
    return undefined;
  }
}

function writeCached(dir: string, file: string, data: StartupData): void {
  try {
    writeCheckedFile(file, MAGIC, serialize(data));
    // Keep the newest few: each edit of the knowledge or new build leaves one file of some 4 MB behind.
    const others = readdirSync(dir)
      .filter((name) => name.endsWith('.bin') && path.join(dir, name) !== file)
      .map((name) => ({ name, time: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of others.slice(KEEP_FILES - 1)) rmSync(path.join(dir, old.name), { force: true });
  } catch {
    // A read-only install (or a full disk) validates and builds at every start, as it did without the cache.
  }
}

/** The lexicons compiled from `knowledge` now, without a cache. */
export function startupDataOf(knowledge: Knowledge): StartupData {
  return {
    knowledge,
    lexicon: lexiconOf(knowledge.national),
    objectivity: buildObjectivityLexicon(knowledge.national),
  };
}

/**
 * Loads the knowledge from `knowledgeDir` and compiles the lexicons, from the cache when its key matches
 * (see above). Throws `KnowledgeError` exactly as `loadKnowledge` does. `cacheDir: false` never uses a cache.
 */
export function loadStartupData(
  knowledgeDir: string,
  options: { cacheDir?: string | false } = {},
): LoadedStartupData {
  const dir = options.cacheDir === undefined ? defaultStartupCacheDir() : options.cacheDir || undefined;
  const file = dir ? path.join(dir, `${startupDataKey(knowledgeDir)}.bin`) : undefined;
  const cached = file ? readCached(file) : undefined;
  if (cached) {
    // The engine's findings read with the same lexicon as the bot (src/text/analyse.ts, lexiconOf), its cues with
    // the same compiled concepts (src/rules/cues.ts).
    adoptLexicon(cached.knowledge.national, cached.lexicon);
    return { ...cached, cache: 'hit', remember: () => undefined };
  }
  const built = startupDataOf(loadKnowledge(knowledgeDir));
  let remembered = false;
  return {
    ...built,
    cache: dir && file ? 'miss' : 'off',
    remember: () => {
      if (remembered || !dir || !file) return;
      remembered = true;
      writeCached(dir, file, built);
    },
  };
}
