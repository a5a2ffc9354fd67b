// Passes streamed model text on as it arrives, with markers already checked: holds back a marker until it is complete.
import { MARKER_RUN, rewriteMarkers } from './check-citations.js';
import { visibleOutput } from './visible-output.js';

/** A sink for streamed deltas: push raw model deltas, flush at the end. */
export interface CitationStream {
  push(delta: string): void;
  flush(): void;
}

// What may still grow into (or join) a run of markers at the end of the text: whitespace, complete markers,
// and an opening bracket followed only by digits, spaces and commas.
// Read only in the last TAIL_WINDOW characters: the pattern is quadratic on a long run of spaces or digits.
const OPEN_TAIL = new RegExp(String.raw`(?:${MARKER_RUN})?\s*(?:[[【][\d\s,，、]*)?$`);
const TAIL_WINDOW = 256;

/** Where streamed text can safely be cut: before a trailing run of markers, a partial marker and the whitespace in front. */
function safeEnd(text: string): number {
  const from = Math.max(0, text.length - TAIL_WINDOW);
  const tail = OPEN_TAIL.exec(text.slice(from));
  return tail ? from + tail.index : text.length;
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
