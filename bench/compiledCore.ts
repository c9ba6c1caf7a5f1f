import path from 'node:path';
import type * as Knowledge from '../src/knowledge';
import type * as Rules from '../src/rules';
import type * as Text from '../src/text/analyse';
import { buildServer } from './buildServer';

export interface Core {
  knowledge: typeof Knowledge;
  rules: typeof Rules;
  text: typeof Text;
  /** `compiled` (tsc's dist/, as production runs it) or `sources` (src/ through tsx, BENCH_SOURCES=1). */
  code: 'compiled' | 'sources';
}

/**
 * The pure core as production runs it: compiled by tsc into the ignored dist/ (bench/buildServer.ts) and loaded from
 * there, as the bot and cold-start benches run the server. Through tsx the same code is some 20 % slower (esbuild's
 * `keepNames` wraps every function expression), which measures the dev tool rather than the product; BENCH_SOURCES=1
 * measures that instead.
 */
export function loadCore(): Core {
  const root = path.resolve(__dirname, '..');
  const code = process.env.BENCH_SOURCES === '1' ? 'sources' : 'compiled';
  const base = code === 'compiled' ? path.dirname(buildServer(root)) : path.join(root, 'src');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- dist/ is CommonJS, loaded by its path
  const load = (name: string): unknown => require(path.join(base, name));
  return {
    knowledge: load('knowledge') as typeof Knowledge,
    rules: load('rules') as typeof Rules,
    text: load(path.join('text', 'analyse')) as typeof Text,
    code,
  };
}
