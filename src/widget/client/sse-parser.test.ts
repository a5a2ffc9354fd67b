import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.js';

describe('SseParser', () => {
  it('parses named events with JSON data', () => {
    const p = new SseParser();
    const events = p.push('event: sources\ndata: []\n\nevent: delta\ndata: {"text":"第17研究组"}\n\n');
    expect(events).toEqual([
      { event: 'sources', data: '[]' },
      { event: 'delta', data: '{"text":"第17研究组"}' },
    ]);
  });

  it('keeps partial lines and events across chunks split anywhere, including inside CRLF', () => {
    const stream = 'event: delta\r\ndata: {"text":"安全"}\r\n\r\nevent: done\r\ndata: {"a":1}\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const p = new SseParser();
      const events = [...p.push(stream.slice(0, cut)), ...p.push(stream.slice(cut))];
      expect(events.map((e) => e.event), `cut at ${cut}`).toEqual(['delta', 'done']);
      expect(events[0]?.data).toBe('{"text":"安全"}');
    }
  });

  it('joins multi-line data, ignores comments and defaults the event name to message', () => {
    const p = new SseParser();
    expect(p.push(': keep-alive\ndata: a\ndata:b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('does not dispatch an event before its blank line arrives', () => {
    const p = new SseParser();
    expect(p.push('event: done\ndata: {}\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ event: 'done', data: '{}' }]);
  });
});
