import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceClientCredentialsFactory } from 'botframework-connector';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** An RSA key as the Bot Framework publishes its keys: modulus and exponent, endorsed for msteams. */
export class SigningKey {
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;

  constructor(readonly kid: string) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    const { n, e } = publicKey.export({ format: 'jwk' });
    this.jwk = { kty: 'RSA', use: 'sig', kid, n, e, endorsements: ['msteams'] };
  }

  /** A signed RS256 JWT, like the channel's token on every request to the bot. */
  sign(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const payload = base64url(
      JSON.stringify({ iss: BOT_FRAMEWORK_ISSUER, nbf: now - 60, exp: now + 3600, ...claims }),
    );
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(this.privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }
}

/** An OpenID metadata document and its key set on loopback, in place of login.botframework.com. */
export async function startOpenIdServer(
  keys: SigningKey[],
): Promise<{ metadataUrl: string; close(): Promise<void> }> {
  let base = '';
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') res.end(JSON.stringify({ keys: keys.map((k) => k.jwk) }));
    else res.end(JSON.stringify({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/.well-known/openidconfiguration`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Outbound credentials that need no login server: replies go to the fake connector unsigned. Inbound
 * validation is untouched; it still checks every token against the app id.
 */
export class OfflineCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super();
  }
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials() {
    return { signRequest: async <T>(request: T) => request };
  }
}
