import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const lines: string[] = [];
    createLogger('debug', (l) => lines.push(l)).info({ status: 200, path: '/api/ask' }, 'request');
    expect(lines).toHaveLength(1);
    expect(parse(lines)[0]).toEqual({ time: expect.any(String), level: 'info', msg: 'request', status: 200, path: '/api/ask' });
    expect(Number.isNaN(Date.parse(String(parse(lines)[0]!.time)))).toBe(false);
  });

  it('drops lines below the configured level; silent drops all', () => {
    const lines: string[] = [];
    const warn = createLogger('warn', (l) => lines.push(l));
    warn.debug('a');
    warn.info('b');
    warn.warn('c');
    warn.error('d');
    expect(parse(lines).map((l) => l.msg)).toEqual(['c', 'd']);
    const silent = createLogger('silent', (l) => lines.push(l));
    silent.error('e');
    expect(lines).toHaveLength(2);
  });

  it('redacts tokens, secrets, authorization headers and cookies at any depth it logs', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).info(
      {
        token: 'xoxb-1',
        headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'set-cookie': 'sid=2' },
        req: { headers: { 'x-slack-signature': 'v0=f00' } },
        slack: { signing: { secret: 's3cret' } },
        path: '/api/ask',
      },
      'request',
    );
    const text = lines.join('\n');
    for (const secret of ['xoxb-1', 'Bearer abc', 'sid=1', 'sid=2', 'v0=f00', 's3cret']) expect(text).not.toContain(secret);
    expect(parse(lines)[0]).toMatchObject({ token: '[redacted]', headers: { authorization: '[redacted]' }, path: '/api/ask' });
  });
});
