// Bolt's authorize hook for our single workspace: no Slack call at start-up, at most one auth.test ever.
import type { Authorize, AuthorizeResult, webApi } from '@slack/bolt';

/** The bot's token and, when configured, its ids (SLACK_BOT_ID, SLACK_BOT_USER_ID). */
export interface BotCredentials {
  botToken: string;
  botId?: string;
  botUserId?: string;
}

/**
 * Returns the configured identity as is; without both ids, asks auth.test on the first request only and
 * remembers the answer (a failed call is retried on the next request).
 */
export function singleWorkspaceAuthorize(credentials: BotCredentials, client: webApi.WebClient): Authorize<boolean> {
  const { botToken, botId, botUserId } = credentials;
  if (botId && botUserId) return async () => ({ botToken, botId, botUserId });
  let identity: Promise<AuthorizeResult> | null = null;
  return async () => {
    identity ??= client.auth.test({ token: botToken }).then(
      (r) => ({ botToken, botId: r.bot_id, botUserId: r.user_id }),
      (error: unknown) => {
        identity = null;
        throw error;
      },
    );
    return identity;
  };
}
