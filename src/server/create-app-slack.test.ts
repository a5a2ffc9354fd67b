import type { Express } from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createFakeAssistant } from '../../test/api/fake-assistant.js';
import { openMemoryStore } from '../../test/api/memory-store.js';
import { loadConfig } from '../config.js';
import { createApp } from './create-app.js';

// Stand-in for the Slack integration: echoes the raw body it receives, as a signature check would read it.
vi.mock('../slack/mount-slack.js', () => ({
  mountSlack: vi.fn((app: Express) => {
    app.post('/slack/events', (req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (raw += c));
      req.on('end', () => res.json({ raw, parsedBefore: req.body !== undefined }));
    });
  }),
}));

const { mountSlack } = await import('../slack/mount-slack.js');

const deps = (env: Record<string, string>) => ({
  assistant: createFakeAssistant(),
  config: loadConfig({ LOG_LEVEL: 'silent', ...env }),
  store: openMemoryStore(),
});

describe('Slack mounting', () => {
  it('mounts Slack only when configured, ahead of any body parser', async () => {
    const app = createApp(deps({ SLACK_SIGNING_SECRET: 'secret', SLACK_BOT_TOKEN: 'xoxb-test' }));
    expect(mountSlack).toHaveBeenCalledTimes(1);
    const body = '{"type":"url_verification",  "challenge":"决议"}';
    const res = await request(app).post('/slack/events').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ raw: body, parsedBefore: false });
  });

  it('leaves Slack out without its secrets', async () => {
    vi.mocked(mountSlack).mockClear();
    const app = createApp(deps({}));
    expect(mountSlack).not.toHaveBeenCalled();
    expect((await request(app).post('/slack/events').send({})).status).toBe(404);
  });
});
