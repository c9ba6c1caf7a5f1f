import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AssessmentShape } from '../src/rules';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI as a separate process, the way `npm run --silent assess < concern.json` does. */
function assessCli(stdin: string, args: string[] = []) {
  const result = spawnSync(tsx, [path.join(root, 'src/cli/assess.ts'), ...args], {
    input: stdin,
    encoding: 'utf8',
    cwd: root,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('assess CLI', () => {
  it('prints one assessment as JSON for a valid concern', () => {
    const out = assessCli(
      JSON.stringify({
        municipality: 'vejen',
        role: 'skole',
        childAge: 9,
        score: 4,
        now: '2026-04-30T10:00:00+02:00',
      }),
    );
    expect(out.code).toBe(0);
    const assessment = AssessmentShape.parse(JSON.parse(out.stdout));
    expect(assessment.level).toBe('tertiaer');
    expect(assessment.deadlines.find((d) => d.id === 'kvittering')?.due).toBe('2026-05-08');
  });

  it('accepts a plain date for notifiedAt and counts the deadlines from that day', () => {
    const out = assessCli(
      JSON.stringify({
        municipality: 'vejen',
        score: 2,
        now: '2026-05-20T10:00:00+02:00',
        notifiedAt: '2026-04-30',
      }),
    );
    expect(out.code).toBe(0);
    const assessment = AssessmentShape.parse(JSON.parse(out.stdout));
    expect(assessment.deadlines.find((d) => d.id === 'kvittering')?.due).toBe('2026-05-08');
    expect(assessment.deadlines.find((d) => d.id === 'vurdering')?.due).toBe('2026-05-01');
  });

  it.each([
    ['{"municipality":"vejen","notifiedAt":"30-04-2026"}', /^notifiedAt: must be an ISO 8601 date/],
    ['{"municipality":"vejen","score":11}', /^score: /],
    ['{"municipality":"odense","score":5}', /^municipality: unknown municipality "odense"/],
    ['{"municipality":"vejen","signals":["ok","nope"]}', /^signals\[0\]: unknown signal "ok"/],
    ['{"municipality":"vejen","redFlags":["vold"]}', /^redFlags\[0\]: /],
    ['{"municipality":"vejen","now":"tomorrow"}', /^now: must be an ISO 8601 date-time/],
    ['{"score":5}', /^municipality: /],
    ['{"municipality":"vejen","colour":"red"}', /colour/],
    ['not json', /^\(root\): not valid JSON/],
  ])('exits 2 with one line naming the field for %s', (input, message) => {
    const out = assessCli(input);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('explains itself on --help, with an example the CLI accepts', () => {
    const out = assessCli('', ['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Usage: npm run --silent assess < concern\.json/);
    const example = /echo '(\{.*\})' \| npm run/.exec(out.stdout)?.[1];
    expect(example).toBeDefined();
    const assessed = assessCli(example ?? '');
    expect(assessed.code).toBe(0);
    expect(AssessmentShape.parse(JSON.parse(assessed.stdout)).redFlags).toContain('overgreb');
  });
});
