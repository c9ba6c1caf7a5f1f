import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Corpus, type CorpusItem } from '../text/evaluate';

/** The labelled text corpus: test/corpus/*.yaml (format in docs/knowledge.md). */
export const corpusDir = path.resolve(__dirname, '..', '..', 'test', 'corpus');

/** The held-out set: scored in aggregate by eval:text, never trained or tuned on, never printed. */
export const HELDOUT = 'heldout.yaml';

/** Reads and validates one corpus file; undefined when it is not there. */
export function loadCorpusFile(file: string, dir: string = corpusDir): CorpusItem[] | undefined {
  const full = path.join(dir, file);
  if (!existsSync(full)) return undefined;
  const parsed = Corpus.safeParse(parseYaml(readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`test/corpus/${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** The files the model may learn from: every corpus file but the held-out set, sorted. */
export function trainingFiles(dir: string = corpusDir): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== HELDOUT)
    .sort();
}
