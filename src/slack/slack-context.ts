// What every Slack listener needs: the product, the feedback store, the answer cache and a logger.
import type { Logger } from '@slack/bolt';
import type { Assistant } from '../assistant.js';
import type { FeedbackStore } from '../feedback/types.js';
import type { AnswerCache } from './answer-cache.js';

/** Shared dependencies of the Slack listeners. */
export interface SlackContext {
  assistant: Assistant;
  feedback: FeedbackStore;
  answers: AnswerCache;
  logger: Logger;
  /** PUBLIC_BASE_URL: messages link their sources and answers to the web when it is set. */
  publicBaseUrl?: string | undefined;
}
