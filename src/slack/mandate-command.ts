// /mandate <study group>: the group's mandate card, privately, answered inside the acknowledgement; and its share button.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseStudyGroup } from '../corpus/study-groups.js';
import { FULL_MANDATE, SHARE_MANDATE } from './action-ids.js';
import { unknownGroup } from './help-messages.js';
import { fullMandateView, mandateMessages } from './mandate-message.js';
import { slackTextToPlain } from './mrkdwn.js';
import type { SlackContext } from './slack-context.js';

const SlackUserId = z.string().regex(/^[UW][A-Z0-9]+$/);
const ShareMandateBody = z.object({
  user: z.object({ id: SlackUserId }),
  actions: z.array(z.object({ action_id: z.literal(SHARE_MANDATE), value: z.string().max(20) })).min(1),
});

const FullMandateBody = z.object({
  trigger_id: z.string().min(1).max(200),
  actions: z.array(z.object({ action_id: z.literal(FULL_MANDATE), value: z.string().max(20) })).min(1),
});

/** Registers /mandate and the "完整职责" and "share in channel" buttons of its card. */
export function registerMandateCommand(app: App, ctx: SlackContext): void {
  app.command('/mandate', async ({ command, ack, respond }) => {
    const input = slackTextToPlain(z.string().catch('').parse(command.text)).slice(0, 200);
    const group = parseStudyGroup(input);
    const mandate = group ? ctx.assistant.mandate(group) : null;
    if (!mandate) {
      await ack({ response_type: 'ephemeral', ...unknownGroup(input, ctx.assistant.studyGroups()) });
      return;
    }
    const [first, ...more] = mandateMessages(mandate, { kind: 'private' }, ctx.publicBaseUrl);
    await ack({ response_type: 'ephemeral', ...first });
    for (const message of more) await respond({ response_type: 'ephemeral', ...message });
  });

  app.action(SHARE_MANDATE, async ({ ack, body, respond }) => {
    await ack();
    const parsed = ShareMandateBody.safeParse(body);
    const mandate = parsed.success ? ctx.assistant.mandate(parsed.data.actions[0]!.value) : null;
    if (!parsed.success || !mandate) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: '无法分享这张卡片，请重新运行 /mandate。' });
      return;
    }
    for (const message of mandateMessages(mandate, { kind: 'shared', userId: parsed.data.user.id }, ctx.publicBaseUrl)) {
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    }
  });

  app.action(FULL_MANDATE, async ({ ack, body, client }) => {
    await ack();
    const parsed = FullMandateBody.safeParse(body);
    const mandate = parsed.success ? ctx.assistant.mandate(parsed.data.actions[0]!.value) : null;
    if (!parsed.success || !mandate) return;
    await client.views.open({ trigger_id: parsed.data.trigger_id, view: fullMandateView(mandate, ctx.publicBaseUrl) });
  });
}
