import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const lines: string[] = [];
    createLogger('debug', (l) => lines.push(l)).info('request', { status: 200, path: '/api/ask' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ time: expect.any(String), level: 'info', msg: 'request', status: 200, path: '/api/ask' });
  });

  it('drops lines below the configured level; silent drops all', () => {
    const lines: string[] = [];
    const warn = createLogger('warn', (l) => lines.push(l));
    warn.debug('a');
    warn.info('b');
    warn.warn('c');
    warn.error('d');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['c', 'd']);
    const silent = createLogger('silent', (l) => lines.push(l));
    silent.error('e');
    expect(lines).toHaveLength(2);
  });
});
