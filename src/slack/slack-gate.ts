// In front of Bolt on POST /slack/events: signature and timestamp checks (±5 min), 400 for malformed payloads, and
// exactly-once delivery of events through the shared claim store (retries and repeats are acknowledged and dropped).
import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { sendError } from '../server/api-error.js';
import type { ClaimStore } from '../store/types.js';

/** Requests signed further than this from now (in the past or the future) are refused, as Slack recommends. */
const MAX_CLOCK_SKEW_S = 5 * 60;

/** Largest body Slack sends (interactivity payloads of big messages stay far below). */
const BODY_LIMIT = '1mb';

/** An object field Bolt reads into: absent, or an object (never null, a string or a number). */
const objectField = z.looseObject({}).optional();

/** A field Slack sends as an id string or as an object with the id. */
const idOrObject = z.union([z.string(), z.looseObject({})]).optional();

const EventCallback = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1).max(200),
  team_id: z.string().optional(),
  authorizations: z.array(z.looseObject({})).optional(),
  event: z.looseObject({
    type: z.string().min(1),
    channel: idOrObject,
    channel_id: z.string().optional(),
    channel_type: z.string().optional(),
    user: idOrObject,
    item: objectField,
    subteam: objectField,
    ts: z.string().optional(),
  }),
});

/** The fields of an interaction payload that Bolt reads before any listener runs. */
const interaction = {
  user: z.looseObject({ id: z.string() }),
  team: z.looseObject({}).nullable().optional(),
  enterprise: z.looseObject({}).nullable().optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
  actions: z.array(z.looseObject({})).optional(),
};

/**
 * What Slack posts to the request URL: events, URL verification, SSL checks, slash commands and interaction payloads,
 * each with the fields Bolt dereferences in the shape Bolt expects (anything else would make Bolt fail with a 500).
 */
const SlackBody = z.union([
  EventCallback,
  z.object({ type: z.literal('url_verification'), challenge: z.string() }),
  z.object({ ssl_check: z.string() }),
  z.object({ command: z.string().regex(/^\/\S+$/), text: z.string().optional(), response_url: z.url().optional() }),
  z.looseObject({
    type: z.enum(['block_actions', 'block_suggestion', 'shortcut', 'message_action', 'interactive_message', 'dialog_submission', 'dialog_cancellation']),
    ...interaction,
  }),
  z.looseObject({ type: z.enum(['view_submission', 'view_closed']), ...interaction, view: z.looseObject({}) }),
]);

/** What the gate needs. */
export interface SlackGateOptions {
  signingSecret: string;
  claims: ClaimStore;
}

/** True when `signature` is Slack's v0 HMAC of `timestamp` and `body` under `secret` (compared in constant time). */
function signatureMatches(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body as Bolt reads it: a form (its `payload` field as JSON when present) or JSON. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    return payload === null ? Object.fromEntries(form) : JSON.parse(payload);
  }
  return JSON.parse(raw);
}

/** The claim keys that make an event be handled once: its event_id, and (channel, ts) for messages that get answers. */
function claimKeys(body: z.infer<typeof EventCallback>): string[] {
  const { event } = body;
  const keys = [`slack:event:${body.event_id}`];
  const answered = event.type === 'app_mention' || (event.type === 'message' && event.channel_type === 'im');
  if (answered && typeof event.channel === 'string' && event.ts) keys.push(`slack:message:${event.channel}:${event.ts}`);
  return keys;
}

/** Middleware chain to mount at the Slack path before Bolt's receiver; Bolt reads the verified raw body it leaves on `req.rawBody`. */
export function slackGate({ signingSecret, claims }: SlackGateOptions): RequestHandler[] {
  const gate: RequestHandler = async (req: Request & { rawBody?: Buffer }, res, next) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const timestamp = req.get('x-slack-request-timestamp') ?? '';
    const signature = req.get('x-slack-signature') ?? '';
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S) {
      sendError(res, 401, 'unauthorized', 'Slack request timestamp missing or more than 5 minutes from now');
      return;
    }
    if (!signatureMatches(signingSecret, timestamp, raw, signature)) {
      sendError(res, 401, 'unauthorized', 'Slack request signature does not match');
      return;
    }
    let payload: unknown;
    try {
      payload = parseBody(raw.toString('utf8'), req.get('content-type'));
    } catch {
      payload = undefined;
    }
    if (!SlackBody.safeParse(payload).success) {
      sendError(res, 400, 'invalid_request', 'Not a Slack event, command or interaction payload');
      return;
    }
    const callback = EventCallback.safeParse(payload);
    if (callback.success) {
      for (const key of claimKeys(callback.data)) {
        if (!(await claims.claim(key))) {
          // Already being handled or handled (a retry, a repeat, or the same message as another event): acknowledge only.
          res.setHeader('X-Slack-No-Retry', '1');
          res.status(200).end();
          return;
        }
      }
    }
    req.rawBody = raw;
    next();
  };
  return [express.raw({ type: () => true, limit: BODY_LIMIT }), gate];
}
