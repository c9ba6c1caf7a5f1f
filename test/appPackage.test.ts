import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import {
  buildAppPackage,
  fillManifest,
  PACKAGE_FILES,
  readPackageEnv,
  validateAgainstSchemas,
} from '../src/appPackage/manifest';
import { iconFiles } from '../src/appPackage/icons';
import { commandOf } from '../src/conversation/commands';
import { decodePng } from './support/png';

const ROOT = path.resolve(__dirname, '..');
// The vendored copy beside the project (CI clones main with ../shared next to it).
const VENDORED = path.resolve(ROOT, '..', 'shared', 'schemas', 'teams', 'v1.22');
const ENV = {
  TEAMS_APP_ID: '3f1c2b9e-5d4a-4e8f-9a7b-1c2d3e4f5a6b',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_DOMAIN: 'handleguide.example.dk',
};
const template = readFileSync(path.join(ROOT, 'manifest', 'manifest.json'), 'utf8');
const english = JSON.parse(readFileSync(path.join(ROOT, 'manifest', 'en.json'), 'utf8')) as Record<
  string,
  string
>;

describe('the Teams app manifest (v1.22)', () => {
  const manifest = fillManifest(template, readPackageEnv(ENV)) as {
    bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
    validDomains: string[];
    localizationInfo: { defaultLanguageTag: string };
  };

  it('the vendored schema is there to validate against', () => {
    expect(existsSync(path.join(VENDORED, 'MicrosoftTeams.schema.json'))).toBe(true);
  });

  it('validates, with its English localization, against the vendored schema', () => {
    expect(validateAgainstSchemas(manifest, { 'en.json': english }, VENDORED)).toEqual([]);
  });

  it('a broken manifest is reported (so the check above can fail)', () => {
    const broken = { ...manifest, manifestVersion: '0.1', accentColor: 'green', bots: [{ botId: 'x' }] };
    expect(
      validateAgainstSchemas(broken, { 'en.json': { 'name.short': 'x' } }, VENDORED).length,
    ).toBeGreaterThan(3);
  });

  it('is Danish by default, a bot in personal, group chat and team scope, on the bot’s own domain', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('da');
    expect(manifest.bots[0]?.botId).toBe(ENV.BOT_ID);
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'groupChat', 'team']);
    expect(manifest.validDomains).toEqual([ENV.BOT_DOMAIN]);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('every command in the manifest, Danish and English, is one the bot understands', () => {
    const danish = manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title) ?? [];
    const englishTitles = Object.entries(english)
      .filter(([key]) => key.startsWith('bots[') && key.endsWith('.title'))
      .map(([, title]) => title);
    expect(danish).toEqual(['ny bekymring', 'tjekliste', 'hjælp', 'skift kommune', 'slet mine data']);
    for (const title of [...danish, ...englishTitles])
      expect(commandOf({ text: title, value: undefined })).not.toBeNull();
  });

  it.each([
    [{ ...ENV, BOT_ID: 'my-bot' }, 'BOT_ID: must be a GUID'],
    [{ ...ENV, BOT_DOMAIN: 'https://x.dk/' }, 'BOT_DOMAIN: must be a host name'],
    [{ BOT_ID: ENV.BOT_ID, BOT_DOMAIN: ENV.BOT_DOMAIN }, 'TEAMS_APP_ID'],
  ])('a wrong variable is named: %o', (env, message) => {
    expect(() => readPackageEnv(env)).toThrow(message);
  });
});

describe('the app package', () => {
  const zip = new AdmZip(buildAppPackage(readPackageEnv(ENV)));

  it('contains exactly the manifest, the localization and the two icons', () => {
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual([...PACKAGE_FILES].sort());
  });

  it('holds a filled, valid manifest', () => {
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as object;
    const en = JSON.parse(zip.readAsText('en.json')) as object;
    expect(JSON.stringify(manifest)).toContain(ENV.TEAMS_APP_ID);
    expect(validateAgainstSchemas(manifest, { 'en.json': en }, VENDORED)).toEqual([]);
  });

  it('has a 192 × 192 colour icon, opaque', () => {
    const colour = decodePng(zip.readFile('color.png') ?? Buffer.alloc(0));
    expect([colour.width, colour.height, colour.colourType]).toEqual([192, 192, 6]);
    for (const [x, y] of [
      [0, 0],
      [191, 191],
      [96, 96],
    ] as const)
      expect(colour.pixel(x, y)[3]).toBe(255);
    expect(colour.pixel(96, 96)).toEqual([255, 255, 255, 255]);
    expect(colour.pixel(0, 0)).not.toEqual([255, 255, 255, 255]);
  });

  it('has a 32 × 32 outline icon: white on transparent, nothing else', () => {
    const outline = decodePng(zip.readFile('outline.png') ?? Buffer.alloc(0));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a > 0) {
          expect([r, g, b]).toEqual([255, 255, 255]);
          drawn++;
        }
      }
    }
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
      [16, 16],
    ] as const)
      expect(outline.pixel(x, y)[3]).toBe(0);
    expect(drawn).toBeGreaterThan(60);
  });

  it('the icons in manifest/ are the generated ones (npm run icons)', () => {
    for (const [name, data] of Object.entries(iconFiles())) {
      expect(readFileSync(path.join(ROOT, 'manifest', name)).equals(data)).toBe(true);
    }
  });
});
