import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

/**
 * The layers, top first: a file may import from its own layer and the layers below it, never from one above.
 * This is the one place the order is written down (docs/architecture.md draws it). A message flows down the
 * same way: the host hands a turn to the bot's routes, a route to a dialog, a dialog asks the conversation's
 * questions and sends the turn's replies, which the engine's assessment and the view models fill.
 * The view models sit above the engine because they are built from its results (an `Assessment`, a `Case`).
 */
const LAYERS: { layer: string; paths: string[] }[] = [
  {
    layer: 'host',
    paths: ['src/server.ts', 'src/config.ts', 'src/host', 'src/storage', 'src/cli', 'src/appPackage'],
  },
  { layer: 'bot', paths: ['src/bot'] },
  { layer: 'dialogs', paths: ['dialogs'] },
  { layer: 'turn', paths: ['src/turn'] },
  { layer: 'conversation', paths: ['src/conversation'] },
  { layer: 'view models', paths: ['src/cards', 'src/i18n'] },
  {
    layer: 'engine',
    paths: ['src/rules', 'src/draft', 'src/checklists', 'src/dilemmas', 'src/cases', 'src/search'],
  },
  {
    layer: 'foundation',
    paths: ['src/knowledge', 'src/text', 'src/dates', 'src/projectPaths.ts', 'src/types'],
  },
];

/** The pure core: no botbuilder, teams-ai or restify, so a move to another host touches only the layers above. */
const PURE_LAYERS = ['conversation', 'view models', 'engine', 'foundation'];
const FORBIDDEN = /from ['"](botbuilder[^'"]*|@microsoft\/teams-ai[^'"]*|restify)['"]/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** The layer of a file (a path relative to the repository), from the folder it lies in. */
function layerOf(file: string): number | undefined {
  const index = LAYERS.findIndex(({ paths }) => paths.some((p) => file === p || file.startsWith(`${p}/`)));
  return index === -1 ? undefined : index;
}

/** The repository path a relative import points at (`../turn/state` → `src/turn/state.ts`). */
function importedFile(from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`];
  return (
    candidates.find((c) => existsSync(path.join(ROOT, c)) && statSync(path.join(ROOT, c)).isFile()) ?? base
  );
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.[^'"]*)['"]/g;

/** Every import of a file that reaches a layer above the file's own, as »file (layer) imports target (layer)«. */
function upwardImports(files: { file: string; source: string }[]): string[] {
  return files.flatMap(({ file, source }) => {
    const own = layerOf(file);
    if (own === undefined) return [];
    return [...source.matchAll(IMPORT)].flatMap(([, specifier = '']) => {
      const target = importedFile(file, specifier);
      const layer = layerOf(target);
      return layer !== undefined && layer < own
        ? [`${file} (${LAYERS[own]?.layer}) imports ${target} (${LAYERS[layer]?.layer})`]
        : [];
    });
  });
}

const everyFile = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'dialogs'))].map(
  (file) => ({ file: relative(file), source: readFileSync(file, 'utf8') }),
);

describe('the layers', () => {
  it('place every source file in src/ and dialogs/ in a layer', () => {
    expect(everyFile.filter(({ file }) => layerOf(file) === undefined).map(({ file }) => file)).toEqual([]);
  });

  it('import only downwards: no file imports from a layer above its own', () => {
    expect(upwardImports(everyFile)).toEqual([]);
  });

  it('are checked: an upward import is reported with the file, what it imports and both layers', () => {
    const reported = upwardImports([
      { file: 'dialogs/concernDialog.ts', source: "import { createBot } from '../src/bot/app';" },
      { file: 'src/bot/app.ts', source: "import type {\n  Logger,\n} from '../host/logger';" },
      { file: 'src/cards/render.ts', source: "import { ROLES } from '../rules/roles';" },
    ]);
    expect(reported).toEqual([
      'dialogs/concernDialog.ts (dialogs) imports src/bot/app.ts (bot)',
      'src/bot/app.ts (bot) imports src/host/logger.ts (host)',
    ]);
  });
});

/** The bot layer stays readable: a file over this many lines does more than one job (issue 12). */
const BOT_LAYER_FILE_LIMIT = 250;

function overLong(files: { file: string; source: string }[]): string[] {
  return files
    .filter(({ file }) => file.startsWith('src/bot/') || file.startsWith('dialogs/'))
    .map(({ file, source }) => ({ file, lines: source.split('\n').length - (source.endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > BOT_LAYER_FILE_LIMIT)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
}

describe('the bot layer', () => {
  it(`has no file over ${BOT_LAYER_FILE_LIMIT} lines in src/bot or dialogs/`, () => {
    expect(overLong(everyFile)).toEqual([]);
  });

  it('is checked: a long file in src/bot or dialogs/ is reported, one elsewhere is not', () => {
    const long = 'const x = 1;\n'.repeat(BOT_LAYER_FILE_LIMIT + 1);
    const exact = 'const x = 1;\n'.repeat(BOT_LAYER_FILE_LIMIT);
    expect(
      overLong([
        { file: 'src/bot/app.ts', source: long },
        { file: 'dialogs/concernDialog.ts', source: exact },
        { file: 'src/conversation/questions.ts', source: long },
      ]),
    ).toEqual([`src/bot/app.ts: ${BOT_LAYER_FILE_LIMIT + 1} lines`]);
  });
});

describe('the pure core', () => {
  const files = everyFile.filter(({ file }) => PURE_LAYERS.includes(LAYERS[layerOf(file) ?? 0]?.layer ?? ''));

  it('imports nothing from botbuilder, teams-ai or restify, so a host migration touches only the host', () => {
    expect(files.filter(({ source }) => FORBIDDEN.test(source)).map(({ file }) => file)).toEqual([]);
  });
});

describe('municipal differences are data in knowledge/', () => {
  const national = parse(readFileSync(path.join(ROOT, 'knowledge', 'national.yaml'), 'utf8')) as {
    sources: Record<string, { title: string }>;
  };
  const municipalities = readdirSync(path.join(ROOT, 'knowledge', 'municipalities')).map((f) =>
    f.replace(/\.ya?ml$/, ''),
  );
  // A municipality's guide is a source like any other; its id is the municipality's, or its title names a Kommune.
  const municipalSources = [
    ...new Set([
      ...municipalities,
      ...Object.entries(national.sources)
        .filter(([, source]) => /Kommune/.test(source.title))
        .map(([id]) => id),
    ]),
  ];

  const branch = new RegExp(`(===|!==|case)\\s*['"](${municipalities.join('|')})['"]`);
  const citation = new RegExp(`\\b(${municipalSources.join('|')})#`);
  const offenders = (pattern: RegExp, files: { file: string; source: string }[]) =>
    files.filter(({ source }) => pattern.test(source)).map(({ file }) => file);

  it('no code branches on a municipality', () => {
    expect(offenders(branch, everyFile)).toEqual([]);
  });

  it('no code cites a municipality’s source: references live in knowledge/', () => {
    expect(offenders(citation, everyFile)).toEqual([]);
  });

  it('are checked: a branch on a municipality and a citation of a municipal guide are reported', () => {
    const files = [
      { file: 'src/bot/a.ts', source: "if (municipality === 'dragoer') return;" },
      { file: 'src/bot/b.ts', source: "const step = { source: 'vejen#Forord' };" },
      { file: 'src/bot/c.ts', source: "const step = { source: 'laesoe#Underretningspligt' };" },
      { file: 'src/bot/d.ts', source: "const law = { source: 'barnetslov#§ 133' };" },
    ];
    expect([...offenders(branch, files), ...offenders(citation, files)]).toEqual([
      'src/bot/a.ts',
      'src/bot/b.ts',
      'src/bot/c.ts',
    ]);
  });

  it('keeps the rule set’s sentences in knowledge: src/rules writes no Danish prose of its own', () => {
    const rules = everyFile.filter(({ file }) => file.startsWith('src/rules/') && !file.endsWith('roles.ts'));
    // A Danish sentence in a string literal: a capital letter, words, and a full stop inside quotes.
    const prose = /['"`][A-ZÆØÅ][a-zæøå]+ [^'"`\n]*[a-zæøå]{3,}\.['"`]/;
    expect(rules.filter(({ source }) => prose.test(source)).map(({ file }) => file)).toEqual([]);
  });
});

describe('tracked files', () => {
  /** Git's conflict markers, at the start of a line, as a merge leaves them. */
  const CONFLICT_MARKER = /^(<{7} |>{7} |={7}$)/m;
  const trackedTextFiles = (): string[] =>
    execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => /\.(ts|json|ya?ml|md|js|cjs|mjs|sh)$/.test(file) || file.startsWith('.ci/'))
      .filter((file) => existsSync(path.join(ROOT, file)));

  it('hold no merge conflict left unresolved (prettier does not see one in a Markdown file)', () => {
    const unresolved = trackedTextFiles().filter((file) =>
      CONFLICT_MARKER.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(unresolved).toEqual([]);
  });

  it('is checked: a conflict marker is found, a line of equals signs inside text is not', () => {
    expect(CONFLICT_MARKER.test('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n')).toBe(true);
    expect(CONFLICT_MARKER.test('Heading\n=========\n')).toBe(false);
  });
});

/** The names a file takes at run time (not `type` only) from teams-ai's index module. */
function teamsAiIndexValues(source: string): string[] {
  const imports = source.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+['"]@microsoft\/teams-ai['"]/g);
  return [...imports].flatMap(([, typeOnly, clause = '']) => {
    if (typeOnly) return [];
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!named) return [clause.trim()];
    return (named[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '));
  });
}

describe('start-up', () => {
  // teams-ai's index also loads its AI planners, models and GPT tokenizers, which this bot never uses: about
  // 110 ms of CPU at every start (issue 16's cold start).
  it('takes teams-ai classes from their own modules, never from its index', () => {
    const offenders = everyFile.flatMap(({ file, source }) =>
      teamsAiIndexValues(source).map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('is checked: a value from the index is reported, types are not', () => {
    expect(
      teamsAiIndexValues(
        "import { type Query, Application } from '@microsoft/teams-ai';\nimport type { TurnState } from '@microsoft/teams-ai';",
      ),
    ).toEqual(['Application']);
  });
});
