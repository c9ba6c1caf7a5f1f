import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CORE = [
  'knowledge',
  'rules',
  'text',
  'draft',
  'dates',
  'conversation',
  'cards',
  'checklists',
  'dilemmas',
  'search',
  'cases',
];
const FORBIDDEN = /from ['"](botbuilder[^'"]*|@microsoft\/teams-ai[^'"]*|restify)['"]/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the pure core', () => {
  const files = CORE.flatMap((module) => sourceFiles(path.resolve(__dirname, '..', 'src', module)));

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports nothing from botbuilder, teams-ai or restify, so a host migration touches only the host', () => {
    const offenders = files.filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports nothing from the host layer (bot, host, storage, dialogs)', () => {
    const offenders = files.filter((file) =>
      /from ['"](\.\.\/)+(bot|host|storage|server|dialogs)(\/|['"])/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('has no municipality-specific branches: municipal differences are data', () => {
    const offenders = files.filter((file) =>
      /===\s*['"](vejen|dragoer|assens)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('cites no municipality source and holds no municipality’s prose: references live in knowledge/', () => {
    const municipalities = readdirSync(path.resolve(__dirname, '..', 'knowledge', 'municipalities')).map(
      (f) => f.replace(/\.ya?ml$/, ''),
    );
    expect(municipalities.length).toBeGreaterThanOrEqual(3);
    const everySource = sourceFiles(path.resolve(__dirname, '..', 'src'));
    const reference = new RegExp(`\\b(${municipalities.join('|')})#`);
    const offenders = everySource.filter((file) => reference.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the rule set’s sentences in knowledge: src/rules writes no Danish prose of its own', () => {
    const rules = sourceFiles(path.resolve(__dirname, '..', 'src', 'rules')).filter(
      (file) => !file.endsWith('roles.ts'),
    );
    // A Danish sentence in a string literal: a capital letter, words, and a full stop inside quotes.
    const prose = /['"`][A-ZÆØÅ][a-zæøå]+ [^'"`\n]*[a-zæøå]{3,}\.['"`]/;
    const offenders = rules.filter((file) => prose.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
