import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../config';

/**
 * The Teams adapter with the one call the host needs: process an activity that the edge has already parsed and
 * checked, returning the invoke response, so the host owns the HTTP answer and the log line of a refused token.
 */
export class HostAdapter extends TeamsAdapter {
  processInbound(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
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
