import { describe, expect, it } from 'vitest';
import type { webApi } from '@slack/bolt';
import { singleWorkspaceAuthorize } from './authorize.js';

const source = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false };

function fakeClient(results: Array<Error | { bot_id: string; user_id: string }>) {
  const calls: string[] = [];
  const client = {
    auth: {
      test: async ({ token }: { token: string }) => {
        calls.push(token);
        const next = results.shift();
        if (!next || next instanceof Error) throw next ?? new Error('no more results');
        return { ok: true, ...next };
      },
    },
  } as unknown as webApi.WebClient;
  return { client, calls };
}

describe('singleWorkspaceAuthorize', () => {
  it('never calls Slack when both ids are configured', async () => {
    const { client, calls } = fakeClient([]);
    const authorize = singleWorkspaceAuthorize({ botToken: 'xoxb-1', botId: 'B1', botUserId: 'U1' }, client);
    await expect(authorize(source)).resolves.toEqual({ botToken: 'xoxb-1', botId: 'B1', botUserId: 'U1' });
    expect(calls).toEqual([]);
  });

  it('calls auth.test on the first request only, not at creation', async () => {
    const { client, calls } = fakeClient([{ bot_id: 'B2', user_id: 'U2' }]);
    const authorize = singleWorkspaceAuthorize({ botToken: 'xoxb-2' }, client);
    expect(calls).toEqual([]);
    await expect(authorize(source)).resolves.toEqual({ botToken: 'xoxb-2', botId: 'B2', botUserId: 'U2' });
    await authorize(source);
    expect(calls).toEqual(['xoxb-2']);
  });

  it('tries again after a failed auth.test', async () => {
    const { client, calls } = fakeClient([new Error('offline'), { bot_id: 'B3', user_id: 'U3' }]);
    const authorize = singleWorkspaceAuthorize({ botToken: 'xoxb-3' }, client);
    await expect(authorize(source)).rejects.toThrow('offline');
    await expect(authorize(source)).resolves.toMatchObject({ botId: 'B3' });
    expect(calls).toHaveLength(2);
  });
});
