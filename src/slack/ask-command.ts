// /wtsa <question>: acknowledged at once, then a private answer through response_url.
import type { App } from '@slack/bolt';
import { answerMessages } from './answer-message.js';
import { ANSWER_FAILED } from './help-messages.js';
import { readQuestion } from './question-input.js';
import type { SlackContext } from './slack-context.js';

/** Registers /wtsa. */
export function registerAskCommand(app: App, ctx: SlackContext): void {
  app.command('/wtsa', async ({ command, ack, respond }) => {
    const input = readQuestion(command.text);
    if ('help' in input) {
      await ack({ response_type: 'ephemeral', ...input.help });
      return;
    }
    await ack();
    const { question } = input;
    try {
      const answer = await ctx.assistant.ask({ question });
      const key = await ctx.answers.put({ question, answer });
      for (const message of answerMessages(question, answer, key, { kind: 'private' }, { publicBaseUrl: ctx.publicBaseUrl })) {
        await respond({ response_type: 'ephemeral', ...message });
      }
    } catch (error) {
      ctx.logger.error('slack /wtsa failed', error);
      await respond({ response_type: 'ephemeral', text: ANSWER_FAILED });
    }
  });
}
