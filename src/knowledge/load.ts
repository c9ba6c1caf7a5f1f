import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { version as yamlVersion } from 'yaml/package.json';
import type { z } from 'zod/v4';
import { findProjectFolder } from '../projectPaths';
import {
  DilemmaCatalogue,
  MunicipalityKnowledge,
  NationalKnowledge,
  TextLexiconFile,
  TextModelFile,
  type Dilemma,
  type LexiconPattern,
  type NationalFile,
  type Knowledge,
} from './schema';

/** A knowledge file is wrong; the message names the file, the path inside it and what is wrong. */
export class KnowledgeError extends Error {
  readonly code = 'KNOWLEDGE_INVALID';
  constructor(
    readonly file: string,
    readonly at: string,
    readonly problem: string,
  ) {
    super(`${file}: ${at ? `${at}: ` : ''}${problem}`);
    this.name = 'KnowledgeError';
  }
}

/** Finds the project's `knowledge/` folder whether we run from src/ (ts) or dist/src/ (compiled). */
export function defaultKnowledgeDir(): string {
  const dir = findProjectFolder(__dirname, 'knowledge', 'national.yaml');
  if (!dir) throw new KnowledgeError('knowledge/', '', 'folder with national.yaml not found');
  return dir;
}

function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

/**
 * Parsed YAML by content: parsing the knowledge's YAML takes some 400 ms of a cold start (JSON.parse of the same
 * takes a few), so a restart reads what an earlier start parsed. The key is the file's text and the parser's
 * version, so an edited file or another parser is parsed again; the result is validated as always. The cache is
 * the project's own (node_modules/.cache, beside the code), never a shared temporary folder another user could
 * write to; when it cannot be read or written, the YAML is simply parsed.
 */
const yamlCacheDir = (() => {
  const modules = findProjectFolder(__dirname, 'node_modules', '');
  return modules ? path.join(modules, '.cache', 'handleguide-knowledge') : undefined;
})();

/** Only what JSON keeps exactly (no Infinity, NaN or -0 from `.inf`/`.nan`, no undefined) may be cached. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value as object).every(jsonSafe);
  return false;
}

function parseYamlCached(text: string): unknown {
  if (!yamlCacheDir) return parseYaml(text);
  const key = createHash('sha256').update(`yaml ${yamlVersion}\0${text}`).digest('hex');
  const cached = path.join(yamlCacheDir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as unknown;
  } catch {
    // Not cached yet (or unreadable): parse it.
  }
  const parsed: unknown = parseYaml(text);
  if (jsonSafe(parsed)) {
    try {
      mkdirSync(yamlCacheDir, { recursive: true, mode: 0o700 });
      const temporary = `${cached}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(parsed), { mode: 0o600 });
      renameSync(temporary, cached);
    } catch {
      // A read-only install parses every time, as before.
    }
  }
  return parsed;
}

function readYaml(file: string, label: string): unknown {
  try {
    return parseYamlCached(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0] ? `line ${error.linePos[0].line}` : '';
      throw new KnowledgeError(label, where, error.message.split('\n')[0] ?? 'invalid YAML');
    }
    throw new KnowledgeError(label, '', `cannot be read (${(error as Error).message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, data: unknown, label: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new KnowledgeError(label, issue ? formatPath(issue.path) : '', issue?.message ?? 'invalid');
}

/** Collects every `source` string in a parsed document together with where it sits. */
function* sourceRefs(value: unknown, at: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* sourceRefs(item, `${at}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = at ? `${at}.${key}` : key;
      if ((key === 'source' || key === 'olderRuleSource') && typeof item === 'string') yield [item, here];
      else yield* sourceRefs(item, here);
    }
  }
}

function checkUnique(ids: string[], label: string, at: string): void {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) throw new KnowledgeError(label, `${at}[${i}].id`, `duplicate id "${id}"`);
    seen.add(id);
  }
}

function checkCoversScale(ranges: { from: number; to: number }[], label: string, at: string): void {
  for (let score = 1; score <= 10; score++) {
    if (!ranges.some((r) => r.from <= score && score <= r.to)) {
      throw new KnowledgeError(label, at, `score ${score} belongs to no entry (1-10 must be covered)`);
    }
  }
}

function checkNational(national: NationalFile, label: string): void {
  checkUnique(national.legal.map((l) => l.id), label, 'legal');
  checkUnique(national.contacts.map((c) => c.id), label, 'contacts');
  checkUnique(national.signals.map((s) => s.id), label, 'signals');
  checkCoversScale(national.trivselslineal.zones, label, 'trivselslineal.zones');
  const categories = new Set(national.signalCategories.map((c) => c.id));
  const topics = new Set(national.topics.map((t) => t.id));
  const legal = new Set(national.legal.map((l) => l.id));
  national.signals.forEach((signal, i) => {
    if (!categories.has(signal.category))
      throw new KnowledgeError(label, `signals[${i}].category`, `unknown category "${signal.category}"`);
    signal.topics.forEach((topic, j) => {
      if (!topics.has(topic)) throw new KnowledgeError(label, `signals[${i}].topics[${j}]`, `unknown topic "${topic}"`);
    });
  });
  national.deadlines.forEach((deadline, i) => {
    if (!legal.has(deadline.legal))
      throw new KnowledgeError(label, `deadlines[${i}].legal`, `unknown legal reference "${deadline.legal}"`);
  });
  for (const id of ['politi', 'alarm', 'ankestyrelsen', 'ankestyrelsen_web']) {
    if (!national.contacts.some((c) => c.id === id))
      throw new KnowledgeError(label, 'contacts', `the national contact "${id}" is required`);
  }
  const signals = new Set(national.signals.map((s) => s.id));
  const contacts = new Set(national.contacts.map((c) => c.id));
  const needSignal = (id: string, at: string) => {
    if (!signals.has(id)) throw new KnowledgeError(label, at, `unknown signal "${id}"`);
  };
  const needLegal = (id: string | undefined, at: string) => {
    if (id !== undefined && !legal.has(id)) throw new KnowledgeError(label, at, `unknown legal reference "${id}"`);
  };
  national.selfHarm.signals.forEach((id, i) => needSignal(id, `selfHarm.signals[${i}]`));
  national.selfHarm.lines.forEach(({ contact: id }, i) => {
    if (!contacts.has(id)) throw new KnowledgeError(label, `selfHarm.lines[${i}].contact`, `unknown contact "${id}"`);
  });
  national.unbornChild.signals.forEach((id, i) => needSignal(id, `unbornChild.signals[${i}]`));
  needLegal(national.unbornChild.legal, 'unbornChild.legal');
  needLegal(national.generalDuty.legal, 'generalDuty.legal');
  national.guidance.forEach((g, i) => needLegal(g.legal, `guidance[${i}].legal`));
  checkUnique(national.guidance.map((g) => g.id), label, 'guidance');
  for (const [id, entry] of Object.entries(national.texts)) {
    const broken = entry.text.match(/\{(?![a-zA-Z]+\})|(?<!\{[a-zA-Z]*)\}/);
    if (broken) throw new KnowledgeError(label, `texts.${id}.text`, 'a placeholder must look like {name}');
  }
}

function checkMunicipality(m: MunicipalityKnowledge, national: NationalKnowledge, label: string): void {
  checkUnique(m.contacts.map((c) => c.id), label, 'contacts');
  checkCoversScale(m.levels, label, 'levels');
  checkUnique(m.levels.map((l) => l.id), label, 'levels');
  const contacts = new Set(m.contacts.map((c) => c.id));
  const topics = new Set(national.topics.map((t) => t.id));
  const legal = new Set(national.legal.map((l) => l.id));
  const needContact = (id: string, at: string) => {
    if (!contacts.has(id)) throw new KnowledgeError(label, at, `unknown contact "${id}"`);
  };
  needContact(m.intake, 'intake');
  if (m.switchboard !== undefined) needContact(m.switchboard, 'switchboard');
  needContact(m.notification.anonymousAdvice.contact, 'notification.anonymousAdvice.contact');
  m.redFlagRoutes.forEach((route, i) => needContact(route.contact, `redFlagRoutes[${i}].contact`));
  m.partners.forEach((partner, i) =>
    partner.topics.forEach((topic, j) => {
      if (!topics.has(topic)) throw new KnowledgeError(label, `partners[${i}].topics[${j}]`, `unknown topic "${topic}"`);
    }),
  );
  m.informationSharing.forEach((rule, i) => {
    if (rule.legal !== undefined && !legal.has(rule.legal))
      throw new KnowledgeError(label, `informationSharing[${i}].legal`, `unknown legal reference "${rule.legal}"`);
  });
}

function checkSources(document: unknown, known: ReadonlySet<string>, label: string): void {
  for (const [ref, at] of sourceRefs(document, '')) {
    for (const part of ref.split(/; ?/)) {
      const id = part.split('#')[0] ?? '';
      if (!known.has(id)) throw new KnowledgeError(label, at, `unknown source "${id}" (add it to national.yaml sources)`);
    }
  }
}

/**
 * Loads and validates `national.yaml`, `lexicon.yaml`, `textModel.json` and every `municipalities/*.yaml`; throws
 * KnowledgeError at the first fault. `textModel: false` skips the model (the trainer, which writes it).
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir(), options: { textModel?: boolean } = {}): Knowledge {
  const relative = (file: string) => path.join('knowledge', path.relative(dir, file));
  const nationalFile = path.join(dir, 'national.yaml');
  const nationalLabel = relative(nationalFile);
  if (!existsSync(nationalFile)) throw new KnowledgeError(nationalLabel, '', 'file is missing');
  const nationalData = validate(NationalKnowledge, readYaml(nationalFile, nationalLabel), nationalLabel);
  checkNational(nationalData, nationalLabel);
  const knownSources = new Set(Object.keys(nationalData.sources));
  checkSources(nationalData, knownSources, nationalLabel);
  const lexicon = loadLexicon(dir, relative, knownSources, new Set(nationalData.signals.map((s) => s.id)));
  const national = { ...nationalData, lexicon, textModel: options.textModel === false ? undefined : loadTextModel(dir, relative) };

  const municipalities = new Map<string, MunicipalityKnowledge>();
  const folder = path.join(dir, 'municipalities');
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  if (files.length === 0) throw new KnowledgeError(relative(folder), '', 'no municipality files');
  for (const file of files) {
    const full = path.join(folder, file);
    const label = relative(full);
    const municipality = validate(MunicipalityKnowledge, readYaml(full, label), label);
    if (`${municipality.id}.yaml` !== file && `${municipality.id}.yml` !== file)
      throw new KnowledgeError(label, 'id', `"${municipality.id}" must match the file name`);
    checkMunicipality(municipality, national, label);
    checkSources(municipality, knownSources, label);
    municipalities.set(municipality.id, municipality);
  }
  return { national, municipalities, dilemmas: loadDilemmas(dir, relative, knownSources) };
}

function loadDilemmas(dir: string, relative: (file: string) => string, knownSources: ReadonlySet<string>): Dilemma[] {
  const file = path.join(dir, 'dilemmas.yaml');
  const label = relative(file);
  if (!existsSync(file)) throw new KnowledgeError(label, '', 'file is missing');
  const catalogue = validate(DilemmaCatalogue, readYaml(file, label), label);
  checkUnique(catalogue.dilemmas.map((d) => d.id), label, 'dilemmas');
  catalogue.dilemmas.forEach((dilemma, i) => {
    checkUnique(dilemma.options.map((o) => o.id), label, `dilemmas[${i}].options`);
    if (!dilemma.options.some((o) => o.id === dilemma.answer))
      throw new KnowledgeError(label, `dilemmas[${i}].answer`, `"${dilemma.answer}" is not one of the options`);
  });
  checkSources(catalogue, knownSources, label);
  return catalogue.dilemmas;
}

/** Every concept and word sense a lexicon entry names must exist, and every signal must be in national.yaml. */
function checkLexicon(lexicon: TextLexiconFile, signalIds: ReadonlySet<string>, label: string): void {
  const concepts = new Set(Object.keys(lexicon.concepts));
  const senses = new Set(Object.keys(lexicon.senses));
  const needConcepts = (ids: string[] | undefined, at: string) =>
    ids?.forEach((id, i) => {
      if (!concepts.has(id)) throw new KnowledgeError(label, `${at}[${i}]`, `unknown concept "${id}"`);
    });
  const needSenses = (ids: string[] | undefined, at: string) =>
    ids?.forEach((id, i) => {
      if (!senses.has(id)) throw new KnowledgeError(label, `${at}[${i}]`, `unknown word sense "${id}"`);
    });
  for (const [id, concept] of Object.entries(lexicon.concepts)) needConcepts(concept.include, `concepts.${id}.include`);
  needConcepts(lexicon.corroboration?.notCorroborating, 'corroboration.notCorroborating');
  lexicon.coreference?.forEach((rule, i) =>
    needConcepts([rule.antecedent, rule.concept], `coreference[${i}]`),
  );
  for (const [id, sense] of Object.entries(lexicon.senses)) {
    for (const key of ['before', 'after', 'near', 'overlap'] as const) {
      needConcepts(sense[key], `senses.${id}.${key}`);
      sense.keepIf?.forEach((keep, i) => needConcepts(keep[key], `senses.${id}.keepIf[${i}].${key}`));
    }
  }
  const checkPatterns = (patterns: LexiconPattern[], at: string) =>
    patterns.forEach((pattern, i) => {
      if (!concepts.has(pattern.head)) throw new KnowledgeError(label, `${at}[${i}].head`, `unknown concept "${pattern.head}"`);
      for (const key of ['before', 'after', 'near'] as const) needConcepts(pattern[key], `${at}[${i}].${key}`);
      needSenses(pattern.unless, `${at}[${i}].unless`);
    });
  for (const [flag, patterns] of Object.entries(lexicon.redFlags)) {
    checkUnique(patterns.map((p) => p.id), label, `redFlags.${flag}`);
    checkPatterns(patterns, `redFlags.${flag}`);
  }
  for (const [id, signal] of Object.entries(lexicon.signals)) {
    if (!signalIds.has(id)) throw new KnowledgeError(label, `signals.${id}`, `unknown signal "${id}" (not in national.yaml)`);
    needSenses(signal.unless, `signals.${id}.unless`);
    if (signal.patterns) checkPatterns(signal.patterns, `signals.${id}.patterns`);
  }
}

function loadLexicon(
  dir: string,
  relative: (file: string) => string,
  knownSources: ReadonlySet<string>,
  signalIds: ReadonlySet<string>,
): TextLexiconFile {
  const file = path.join(dir, 'lexicon.yaml');
  const label = relative(file);
  if (!existsSync(file)) throw new KnowledgeError(label, '', 'file is missing');
  const lexicon = validate(TextLexiconFile, readYaml(file, label), label);
  checkLexicon(lexicon, signalIds, label);
  checkSources(lexicon, knownSources, label);
  return lexicon;
}

function loadTextModel(dir: string, relative: (file: string) => string): TextModelFile {
  const file = path.join(dir, 'textModel.json');
  const label = relative(file);
  if (!existsSync(file)) throw new KnowledgeError(label, '', 'file is missing (npm run train:text writes it)');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(label, '', `is not valid JSON (${(error as Error).message})`);
  }
  return validate(TextModelFile, data, label);
}
