// Mounts the Slack integration (Bolt) at POST /slack/events on the product's Express app.
import type { Express } from 'express';
import type { Assistant } from '../assistant.js';
import type { Config } from '../config.js';
import type { FeedbackStore } from '../feedback/types.js';

/** What the Slack integration needs from the rest of the product. */
export interface SlackDeps {
  assistant: Assistant;
  config: Config;
  feedback: FeedbackStore;
}

/** Adds the Slack routes to `app`; must be called before any global body parser (signatures need the raw body). */
export function mountSlack(app: Express, deps: SlackDeps): void {
  void app;
  void deps;
  throw new Error('Slack integration not implemented yet');
}
