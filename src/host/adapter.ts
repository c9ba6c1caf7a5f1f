// Its own module, not teams-ai's index (see src/bot/app.ts).
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import {
  ActivityTypes,
  CallerIdConstants,
  type Activity,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../config';
import { sendDirect, type ConnectorEndpoint } from './directSends';

/** Turn state: this turn's replies go out through `sendDirect`, each attempt bounded by this many ms. */
export const DIRECT_SENDS = Symbol('handleguide.directSends');

/** Connector clients (one per app id, service URL and audience) and user-token clients kept for reuse. */
const REUSED_CLIENTS_LIMIT = 64;

function remembered<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = create();
    // A failed creation (a login endpoint down) is not kept: the next turn tries again.
    value.catch(() => cache.delete(key));
    cache.set(key, value);
    if (cache.size > REUSED_CLIENTS_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  return value;
}

/** The app id botframework-connector builds a turn's clients for (audience claim, else app id claim). */
function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/**
 * The Teams adapter with the one call the host needs: process an activity that the edge has already parsed and
 * checked, returning the invoke response, so the host owns the HTTP answer and the log line of a refused token.
 */
export class HostAdapter extends TeamsAdapter {
  private readonly connectorClients = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // botbuilder asks for a user-token client (an ms-rest client of its own) in every turn; the bot never signs
    // anyone in, but the adapter insists on one: the same app id gets the same client.
    const tokens = this.botFrameworkAuthentication;
    const createUserTokenClient = tokens.createUserTokenClient.bind(tokens);
    tokens.createUserTokenClient = (claims) =>
      remembered(this.userTokenClients, appIdOf(claims), () => createUserTokenClient(claims));
  }

  /**
   * The token of every request is validated as before; what is reused is what botbuilder would build anew for
   * every turn from the same app id, service URL and audience: the connector client (with its credentials) and
   * the user-token client. Clients of proactive turns (reminders, the leader hand-off) are built as before.
   */
  async processInbound(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    const factory = authenticated.connectorFactory;
    const appId = appIdOf(authenticated.claimsIdentity);
    const reusing: ConnectorFactory | undefined = factory && {
      create: (serviceUrl, audience) =>
        remembered(this.connectorClients, JSON.stringify([appId, serviceUrl, audience ?? null]), () =>
          factory.create(serviceUrl, audience),
        ),
    };
    return this.processActivity({ ...authenticated, connectorFactory: reusing }, activity, logic);
  }

  /**
   * In an inbound turn (`DIRECT_SENDS` set by the host), messages go to the connector as plain JSON over a
   * kept-alive connection, signed with the connector client's own credentials; everything else (invoke
   * responses, updates, deletes, proactive turns) goes through botbuilder as before.
   */
  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const timeoutMs = context.turnState.get(DIRECT_SENDS) as number | undefined;
    const client = context.turnState.get(this.ConnectorClientKey) as ConnectorEndpoint | undefined;
    if (timeoutMs === undefined || !client?.baseUri) return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (
        activity.type === 'delay' ||
        activity.type === ActivityTypes.InvokeResponse ||
        activity.type === ActivityTypes.Trace
      ) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      responses.push(await sendDirect(client, activity, timeoutMs));
    }
    return responses;
  }
}

/**
 * The Teams adapter for the mode. Local passes no credentials, so botbuilder skips token validation (and the
 * config only allows loopback then). Production always validates the Bot Framework JWT of every request.
 */
export function createAdapter(
  config: Config,
  credentialsFactory?: ServiceClientCredentialsFactory,
): HostAdapter {
  if (config.mode === 'local') return new HostAdapter({});
  const credentials = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  // botbuilder takes either all public-cloud endpoints or all given ones: when one is overridden (tests,
  // sovereign clouds), the rest must be spelled out, or outbound calls lose their login URL.
  const endpoints =
    config.BOT_OPENID_METADATA_URL || config.BOT_TOKEN_ISSUER
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer:
            config.BOT_TOKEN_ISSUER ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl:
            config.BOT_OPENID_METADATA_URL ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {};
  return new HostAdapter({ ...credentials, ...endpoints }, credentialsFactory);
}
