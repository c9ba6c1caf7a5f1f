import { z } from 'zod/v4';

// 0 asks the OS for a free port (tests).
const Port = z.coerce.number().int().min(0).max(65535);
const Guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Environment variables the host reads; everything has a local default except the bot credentials. */
export const EnvShape = z.object({
  /** `local`: no authentication, loopback only. `production`: every request authenticated. */
  BOT_MODE: z.enum(['local', 'production']).optional(),
  PORT: Port.default(3978),
  HOST: z.string().min(1).optional(),
  MUNICIPALITY: z
    .string()
    .regex(/^[a-z]+$/, 'must be a municipality id such as "vejen"')
    .default('vejen'),
  /** `file`: one instance, documents under STATE_DIR. `blob`: Azure Blob Storage, shared by several instances. */
  STORAGE: z.enum(['file', 'blob']).default('file'),
  STATE_DIR: z.string().min(1).default('.data'),
  /** For STORAGE=blob: the storage account's connection string (Azurite's for local runs). */
  AZURE_STORAGE_CONNECTION_STRING: z
    .string()
    .refine(
      (value) =>
        /UseDevelopmentStorage=true/i.test(value) ||
        (/(AccountName|BlobEndpoint)=/i.test(value) && /(AccountKey|SharedAccessSignature)=/i.test(value)),
      'must be a storage connection string (AccountName=…;AccountKey=… or BlobEndpoint=…;SharedAccessSignature=…)',
    )
    .optional(),
  /** For STORAGE=blob: the container holding the state documents. */
  AZURE_STORAGE_CONTAINER: z
    .string()
    .regex(
      /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
      'must be a blob container name: 3-63 lower-case letters, digits and single hyphens',
    )
    .optional(),
  STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * Turns this instance runs or queues at once before it answers new messages with a short »one moment« (plus
   * 112/114, and the acute route on a red flag) instead of queueing them without bound. 200 is about a second of
   * queue on two cores, far below the 15 s within which Teams wants an answer.
   */
  MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** Longest wait for one call to the Bot Connector before it is aborted and retried. */
  SEND_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5_000),
  /** Longest time all sends of one turn may take; Teams expects an answer to the inbound request in ~15 s. */
  SEND_BUDGET_MS: z.coerce.number().int().min(1_000).max(120_000).default(12_000),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  /** Comma-separated tenant ids; empty means every tenant that can reach the bot. */
  ALLOWED_TENANTS: z.string().default(''),
  /** For sovereign clouds and tests only: where the channel's token signing keys are published. */
  BOT_OPENID_METADATA_URL: z.url().optional(),
  BOT_TOKEN_ISSUER: z.string().min(1).optional(),
});

export interface Config extends Omit<z.infer<typeof EnvShape>, 'BOT_MODE' | 'HOST' | 'ALLOWED_TENANTS'> {
  mode: 'local' | 'production';
  HOST: string;
  allowedTenants: string[];
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

const fail = (variable: string, problem: string): never => {
  throw new ConfigError(`configuration: ${variable}: ${problem}`);
};

/**
 * Reads the configuration; a wrong or missing variable stops start-up with its name and the problem.
 * Production never runs without authentication: there is no flag that turns it off.
 */
export function readConfig(
  env: Record<string, string | undefined>,
  knownMunicipalities: readonly string[],
): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = EnvShape.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(String(issue?.path[0] ?? '?'), issue?.message ?? 'invalid');
  }
  const { BOT_MODE, HOST, ALLOWED_TENANTS, ...rest } = parsed.data;
  const mode = BOT_MODE ?? (rest.MicrosoftAppId ? 'production' : 'local');
  const config: Config = {
    ...rest,
    mode,
    HOST: HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    allowedTenants: ALLOWED_TENANTS.split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  };
  if (!knownMunicipalities.includes(config.MUNICIPALITY)) {
    fail(
      'MUNICIPALITY',
      `unknown municipality "${config.MUNICIPALITY}" (known: ${knownMunicipalities.join(', ')})`,
    );
  }
  if (config.STORAGE === 'blob') {
    if (!config.AZURE_STORAGE_CONNECTION_STRING)
      fail('AZURE_STORAGE_CONNECTION_STRING', 'required with STORAGE=blob');
    if (!config.AZURE_STORAGE_CONTAINER) fail('AZURE_STORAGE_CONTAINER', 'required with STORAGE=blob');
  }
  for (const tenant of config.allowedTenants) {
    if (!Guid.safeParse(tenant).success) fail('ALLOWED_TENANTS', `"${tenant}" is not a tenant id (a GUID)`);
  }
  if (mode === 'local') {
    if (config.MicrosoftAppId) {
      fail(
        'BOT_MODE',
        'local mode has no authentication, so it refuses to run with a MicrosoftAppId; use production',
      );
    }
    if (!LOOPBACK.has(config.HOST)) {
      fail('HOST', `without authentication the bot only listens on loopback (got "${config.HOST}")`);
    }
    return config;
  }
  if (!config.MicrosoftAppId) fail('MicrosoftAppId', "required in production (the Azure Bot's app id)");
  if (!Guid.safeParse(config.MicrosoftAppId).success) fail('MicrosoftAppId', 'must be a GUID');
  if (config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    fail('MicrosoftAppPassword', 'required in production (the client secret of the app registration)');
  }
  if (config.MicrosoftAppType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
    fail('MicrosoftAppTenantId', `required in production for a ${config.MicrosoftAppType} bot`);
  }
  return config;
}
