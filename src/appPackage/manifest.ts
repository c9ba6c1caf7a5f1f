import { readFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { z } from 'zod/v4';
import { findProjectFolder } from '../projectPaths';
import { iconFiles } from './icons';

/** The variables the manifest template needs, checked before anything is written. */
export const PackageEnv = z.object({
  TEAMS_APP_ID: z.uuid({ message: 'must be a GUID (the Teams app id)' }),
  BOT_ID: z.uuid({ message: 'must be a GUID (the Azure Bot / app registration id)' }),
  BOT_DOMAIN: z
    .string()
    .regex(
      /^[a-z0-9.-]+\.[a-z]{2,}$/i,
      'must be a host name without https://, e.g. handleguide.azurewebsites.net',
    ),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0')
    .default('1.0.0'),
});
export type PackageEnv = z.infer<typeof PackageEnv>;

export class PackageError extends Error {
  readonly code = 'PACKAGE_INVALID';
}

export const PACKAGE_FILES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;

function manifestDir(): string {
  const dir = findProjectFolder(__dirname, 'manifest', 'manifest.json');
  if (!dir) throw new PackageError('manifest/ folder not found');
  return dir;
}

export function readPackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = PackageEnv.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackageError(`${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The manifest with `${{NAME}}` placeholders filled; an unknown placeholder is an error, never left in. */
export function fillManifest(template: string, env: PackageEnv): Record<string, unknown> {
  const filled = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = (env as Record<string, string>)[name];
    if (value === undefined) throw new PackageError(`manifest.json: unknown placeholder \${{${name}}}`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Validates against the Teams JSON schemas in `schemaDir` (draft-04); returns readable errors. */
export function validateAgainstSchemas(
  manifest: object,
  localizations: Record<string, object>,
  schemaDir: string,
): string[] {
  // The Teams schemas hold patterns that are not valid with the u flag, which ajv adds by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const load = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as object;
  const check = (name: string, schema: object, data: object) => {
    const validate = ajv.compile(schema);
    return validate(data)
      ? []
      : (validate.errors ?? []).map((e) => `${name}${e.instancePath || ''}: ${e.message ?? 'invalid'}`);
  };
  return [
    ...check('manifest.json', load('MicrosoftTeams.schema.json'), manifest),
    ...Object.entries(localizations).flatMap(([name, data]) =>
      check(name, load('MicrosoftTeams.Localization.schema.json'), data),
    ),
  ];
}

/** The schemas that ship with @microsoft/app-manifest (identical to the vendored copy in ../shared/schemas). */
export function bundledSchemaDir(): string {
  return path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
    'v1.22',
  );
}

/** Builds the Teams app package in memory: filled manifest, localization, icons; validated first. */
export function buildAppPackage(env: PackageEnv, schemaDir = bundledSchemaDir()): Buffer {
  const dir = manifestDir();
  const manifest = fillManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), env);
  const english = JSON.parse(readFileSync(path.join(dir, 'en.json'), 'utf8')) as object;
  const errors = validateAgainstSchemas(manifest, { 'en.json': english }, schemaDir);
  if (errors.length > 0) throw new PackageError(`the manifest does not validate:\n${errors.join('\n')}`);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  zip.addFile('en.json', Buffer.from(JSON.stringify(english, null, 2)));
  for (const [name, data] of Object.entries(iconFiles())) zip.addFile(name, data);
  return zip.toBuffer();
}
