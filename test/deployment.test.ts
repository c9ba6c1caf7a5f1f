import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EnvShape, readConfig } from '../src/config';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const bicep = read('infra/azure.bicep');
// Settings App Service itself reads, not the bot.
const PLATFORM_SETTINGS = ['WEBSITES_PORT', 'SCM_DO_BUILD_DURING_DEPLOYMENT'];

/** `{ name: 'X', value: … }` pairs of the web app's settings, with literal values where they are literals. */
function appSettings(): Record<string, string | null> {
  return Object.fromEntries(
    [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value: ('([^']*)'|[^}]+) \}/g)].map((m) => [
      m[1],
      m[3] ?? null,
    ]),
  );
}

describe('deployment files (checked offline; nothing here deploys)', () => {
  it('every app setting in infra/azure.bicep is a variable the bot reads, or one App Service reads', () => {
    const known = new Set([...Object.keys(EnvShape.shape), ...PLATFORM_SETTINGS]);
    const unknown = Object.keys(appSettings()).filter((name) => !known.has(name));
    expect(Object.keys(appSettings()).length).toBeGreaterThan(8);
    expect(unknown).toEqual([]);
  });

  it('those settings start the bot in production with authentication, on the App Service port', () => {
    const settings = appSettings();
    const guid = '11111111-2222-4333-8444-555555555555';
    const env = Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [
        name,
        value ?? (name === 'MUNICIPALITY' ? 'vejen' : guid),
      ]),
    );
    const config = readConfig({ ...env, MicrosoftAppPassword: 'secret' }, ['vejen', 'dragoer', 'assens']);
    expect(config).toMatchObject({
      mode: 'production',
      PORT: 8080,
      HOST: '0.0.0.0',
      MicrosoftAppType: 'SingleTenant',
    });
    expect(bicep).toContain("appCommandLine: 'node dist/src/server.js'");
    expect(bicep).toContain("msaAppType: 'SingleTenant'");
  });

  it('the parameters file and the Bicep template agree on the parameter names', () => {
    const parameters = Object.keys(
      (JSON.parse(read('infra/azure.parameters.json')) as { parameters: object }).parameters,
    );
    const declared = [...bicep.matchAll(/^param (\w+)/gm)].map((m) => m[1]);
    expect(parameters.filter((p) => !declared.includes(p))).toEqual([]);
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
    expect(required.filter((p) => !parameters.includes(p ?? ''))).toEqual([]);
  });

  it('m365agents.yml points at files that exist', () => {
    const project = parse(read('m365agents.yml')) as Record<string, { with?: Record<string, unknown> }[]>;
    const paths = Object.values(project)
      .filter(Array.isArray)
      .flat()
      .flatMap((step) => [
        step.with?.manifestPath,
        step.with?.ignoreFile,
        ...((step.with?.templates as { path: string; parameters: string }[] | undefined) ?? []).flatMap(
          (t) => [t.path, t.parameters],
        ),
      ])
      .filter((p): p is string => typeof p === 'string');
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});
