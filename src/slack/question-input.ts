// Reads a question typed in Slack (slash command text or mention) and says what is wrong with it, if anything.
import { z } from 'zod';
import { askUsage } from './help-messages.js';
import { slackTextToPlain } from './mrkdwn.js';
import type { SlackMessage } from './slack-message.js';

/** Longest question accepted from Slack, in characters. */
export const QUESTION_LIMIT = 1000;

/** The plain question, or the help message to send instead when it is empty or too long. */
export function readQuestion(slackText: unknown): { question: string } | { help: SlackMessage } {
  const question = slackTextToPlain(z.string().catch('').parse(slackText));
  if (!question) return { help: askUsage() };
  if (question.length > QUESTION_LIMIT) return { help: askUsage(`问题太长（最多 ${QUESTION_LIMIT} 字），请缩短后再问。`) };
  return { question };
}
