// Incremental parser of a server-sent-events byte stream (already decoded to text) into named events.

/** One dispatched server-sent event. */
export interface SseEvent {
  event: string;
  data: string;
}

/** Feeds text chunks in any split and returns the events completed by each chunk (WHATWG event-stream rules). */
export class SseParser {
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  /** Adds a chunk and returns the events it completed. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    const lineEnd = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = lineEnd.exec(this.buffer); m; m = lineEnd.exec(this.buffer)) {
      // A lone trailing "\r" may be the first half of "\r\n": wait for the next chunk.
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break;
      this.takeLine(this.buffer.slice(start, m.index), events);
      start = lineEnd.lastIndex;
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private takeLine(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) events.push({ event: this.eventName || 'message', data: this.dataLines.join('\n') });
      this.eventName = '';
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventName = value;
    else if (field === 'data') this.dataLines.push(value);
  }
}
