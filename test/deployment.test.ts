import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EnvShape, readConfig } from '../src/config';
import { REQUIRED_NODE_MAJOR } from '../src/host/nodeVersion';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const bicep = read('infra/azure.bicep');
/** The Node.js majors the project tests on: .ci/run reads the same file. */
const testedNodeMajors = read('.ci/node-versions')
  .split('\n')
  .filter((line) => /^\d+$/.test(line.trim()))
  .map(Number);
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
        value ??
          ({ MUNICIPALITY: 'vejen', STATE_RETENTION_DAYS: '30' } as Record<string, string>)[name] ??
          guid,
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

  it('state is shared blob storage: private container, TLS only, no public blob access, several instances', () => {
    const settings = appSettings();
    expect(settings.STORAGE).toBe('blob');
    expect(settings.AZURE_STORAGE_CONNECTION_STRING).toMatch(/^DefaultEndpointsProtocol=https;/);
    expect(bicep).toContain("publicAccess: 'None'");
    expect(bicep).toContain('allowBlobPublicAccess: false');
    expect(bicep).toContain('supportsHttpsTrafficOnly: true');
    expect(bicep).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(bicep).toMatch(/sku: \{ name: webAppSKU, capacity: instanceCount \}/);
    expect(bicep).toMatch(/param instanceCount int = [2-9]/);
    expect(bicep).toContain('clientAffinityEnabled: false');
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

  it('the App Service runs a Node.js LTS line that CI tests on', () => {
    const runtime = /linuxFxVersion: 'NODE\|(\d+)-lts'/.exec(bicep);
    expect(testedNodeMajors.length).toBeGreaterThan(1);
    expect(testedNodeMajors).toContain(Number(runtime?.[1]));
  });

  it("package.json's engines and the start-up check require the oldest tested line", () => {
    const oldest = Math.min(...testedNodeMajors);
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines;
    expect(engines.node).toBe(`>=${oldest}`);
    expect(REQUIRED_NODE_MAJOR).toBe(oldest);
  });

  it("the README's requirement and the deployment guide's App Service name Node.js versions CI tests on", () => {
    const required = /Requires Node\.js ([^(]+)\(/.exec(read('README.md'))?.[1] ?? '';
    const deployed = /App Service on Node\.js (\d+)/.exec(read('docs/deployment.md'))?.[1] ?? '';
    const named = `${required} ${deployed}`.match(/\d+/g)?.map(Number) ?? [];
    expect(named.length).toBeGreaterThan(1);
    expect(named.filter((major) => !testedNodeMajors.includes(major))).toEqual([]);
  });
});
