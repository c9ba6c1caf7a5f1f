import { z } from 'zod/v4';

// 0 asks the OS for a free port (tests).
const Port = z.coerce.number().int().min(0).max(65535);

/** Environment variables the host reads; everything has a local default except the bot credentials. */
export const ConfigShape = z
  .object({
    PORT: Port.default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    MUNICIPALITY: z
      .string()
      .regex(/^[a-z]+$/, 'must be a municipality id such as "vejen"')
      .default('vejen'),
    STATE_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: z.string().default(''),
  })
  .transform((env) => ({ ...env, mode: env.MicrosoftAppId ? ('production' as const) : ('local' as const) }));

export type Config = z.infer<typeof ConfigShape>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Reads the configuration; a wrong or missing variable stops start-up with its name and the problem. */
export function readConfig(
  env: Record<string, string | undefined>,
  knownMunicipalities: readonly string[],
): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigShape.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`configuration: ${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}`);
  }
  if (!knownMunicipalities.includes(parsed.data.MUNICIPALITY)) {
    throw new ConfigError(
      `configuration: MUNICIPALITY: unknown municipality "${parsed.data.MUNICIPALITY}" (known: ${knownMunicipalities.join(', ')})`,
    );
  }
  if (
    parsed.data.mode === 'production' &&
    !parsed.data.MicrosoftAppPassword &&
    parsed.data.MicrosoftAppType !== 'UserAssignedMSI'
  ) {
    throw new ConfigError('configuration: MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  return parsed.data;
}
