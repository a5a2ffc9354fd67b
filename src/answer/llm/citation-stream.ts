// Passes streamed model text on as it arrives, with markers already checked: holds back a marker until it is complete.
import { rewriteMarkers } from './check-citations.js';
import { visibleOutput } from './visible-output.js';

/** A sink for streamed deltas: push raw model deltas, flush at the end. */
export interface CitationStream {
  push(delta: string): void;
  flush(): void;
}

// An opening bracket that may still become a marker, at the end of the text.
const PARTIAL_MARKER = /[[【][\d\s,，、]*$/;

/** Where streamed text can safely be cut: before a trailing partial marker and the whitespace in front of it. */
function safeEnd(text: string): number {
  let end = PARTIAL_MARKER.exec(text)?.index ?? text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

/** Emits the reader-visible text of a stream through `emit`, markers rewritten and those outside 1..count removed. */
export function createCitationStream(count: number, emit: (text: string) => void): CitationStream {
  let raw = '';
  let sent = 0;
  const send = (final: boolean): void => {
    const visible = visibleOutput(raw);
    const end = final ? visible.trimEnd().length : safeEnd(visible);
    if (end <= sent) return;
    const piece = rewriteMarkers(visible.slice(sent, end), count).text;
    sent = end;
    if (piece) emit(piece);
  };
  return {
    push(delta) {
      raw += delta;
      send(false);
    },
    flush() {
      send(true);
    },
  };
}
