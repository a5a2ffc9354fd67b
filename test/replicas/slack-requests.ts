// Signed Slack requests (v0 HMAC of the raw body, as Slack signs them) for a chosen replica's /slack/events.
import { createHmac } from 'node:crypto';

/** The signing secret the test's replicas are configured with. */
export const SLACK_SECRET = 'replicas-test-signing-secret';

/** POSTs a form body to `base`/slack/events with a valid signature; returns the response. */
function postSigned(base: string, body: string): Promise<Response> {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) },
    body,
  });
}

/** A slash command (`/wtsa <question>`) whose reply goes to `responseUrl`. */
export function sendSlashCommand(base: string, command: string, text: string, responseUrl: string): Promise<Response> {
  return postSigned(
    base,
    new URLSearchParams({
      token: 'legacy', team_id: 'T1', team_domain: 'itu', channel_id: 'C1', channel_name: 'wtsa', user_id: 'U1', user_name: 'li',
      command, text, api_app_id: 'A1', response_url: responseUrl, trigger_id: '1.2.3',
    }).toString(),
  );
}

/** A click on a message button (`actionId` with `value`) by `user`, replying to `responseUrl`. */
export function sendButtonClick(base: string, actionId: string, value: string, responseUrl: string, user = 'U2'): Promise<Response> {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', team: { id: 'T1' }, user: { id: user }, channel: { id: 'C1' },
    container: { type: 'message', is_ephemeral: true }, trigger_id: '1.2.3', response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1800000000.1' }],
  };
  return postSigned(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
}
