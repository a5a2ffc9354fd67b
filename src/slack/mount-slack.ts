// Mounts the Slack integration (Bolt) at POST /slack/events on the product's Express app.
import { App, ExpressReceiver, LogLevel, webApi } from '@slack/bolt';
import type { Express } from 'express';
import type { Assistant } from '../assistant.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { registerAnswerActions } from './answer-actions.js';
import { registerAppHome } from './app-home.js';
import { slackAnswerCache } from './answer-cache.js';
import { registerAskCommand } from './ask-command.js';
import { singleWorkspaceAuthorize } from './authorize.js';
import { registerMandateCommand } from './mandate-command.js';
import { registerMentionEvents } from './mention-events.js';
import { slackGate } from './slack-gate.js';

/** What the Slack integration needs from the rest of the product. */
export interface SlackDeps {
  assistant: Assistant;
  config: Config;
  /** Feedback, the stored answers behind the buttons and the claims that de-duplicate events (shared by every replica). */
  store: Store;
}

/** The one path Slack posts slash commands, events and interactions to (CONTRACT §5). */
export const SLACK_EVENTS_PATH = '/slack/events';

const LOG_LEVELS: Record<Config['LOG_LEVEL'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Adds the Slack routes to `app`; must be called before any global body parser (signatures need the raw body). */
export function mountSlack(app: Express, deps: SlackDeps): void {
  const { config, assistant, store } = deps;
  if (!config.SLACK_SIGNING_SECRET || !config.SLACK_BOT_TOKEN) {
    throw new Error('mountSlack: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN must be set (see slackEnabled)');
  }
  const logLevel = LOG_LEVELS[config.LOG_LEVEL];
  const clientOptions: webApi.WebClientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL.replace(/\/?$/, '/') } : {}),
    retryConfig: { retries: 3 },
    timeout: 10_000,
  };
  // Registered before Bolt's receiver, which adds its own route to `app`: verified, well-formed, first deliveries only.
  app.post(SLACK_EVENTS_PATH, ...slackGate({ signingSecret: config.SLACK_SIGNING_SECRET, claims: store.claims }));
  const receiver = new ExpressReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET,
    endpoints: SLACK_EVENTS_PATH,
    app,
    logLevel,
  });
  const bolt = new App({
    receiver,
    logLevel,
    clientOptions,
    authorize: singleWorkspaceAuthorize(
      { botToken: config.SLACK_BOT_TOKEN, botId: config.SLACK_BOT_ID, botUserId: config.SLACK_BOT_USER_ID },
      new webApi.WebClient(undefined, { ...clientOptions, logLevel }),
    ),
  });
  const ctx = { assistant, feedback: store.feedback, answers: slackAnswerCache(store.answers), logger: bolt.logger, publicBaseUrl: config.PUBLIC_BASE_URL };
  registerMandateCommand(bolt, ctx);
  registerAskCommand(bolt, ctx);
  registerAnswerActions(bolt, ctx);
  registerMentionEvents(bolt, ctx);
  registerAppHome(bolt, ctx);
  bolt.error(async (error) => {
    bolt.logger.error('slack listener failed', error);
  });
}
