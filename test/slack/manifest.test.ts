// Guards slack/manifest.yml against drifting from what the code serves (commands, route, events, scopes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { SLACK_EVENTS_PATH } from '../../src/slack/mount-slack.js';

const manifest = readFileSync(resolve(ROOT, 'slack/manifest.yml'), 'utf8');

describe('slack/manifest.yml', () => {
  it('declares both slash commands the bot listens to', () => {
    expect(manifest).toMatch(/- command: \/wtsa\n/);
    expect(manifest).toMatch(/- command: \/mandate\n/);
    expect(manifest).toMatch(/display_name: 决议助手/);
  });

  it('points every request URL at the mounted route', () => {
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(url).toBe(`https://YOUR_HOST${SLACK_EVENTS_PATH}`);
  });

  it('subscribes to mentions, direct messages and App Home, and asks for the scopes the listeners use', () => {
    expect(manifest).toMatch(/bot_events:\n\s+- app_mention\n/);
    expect(manifest).toMatch(/\n\s+- message\.im\n/);
    expect(manifest).toMatch(/\n\s+- app_home_opened\n/);
    expect(manifest).toMatch(/app_home:\n\s+home_tab_enabled: true\n\s+messages_tab_enabled: true/);
    for (const scope of ['commands', 'chat:write', 'app_mentions:read', 'channels:history', 'groups:history', 'im:history']) {
      expect(manifest).toMatch(new RegExp(`\\n\\s+- ${scope}\\n`));
    }
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });
});
