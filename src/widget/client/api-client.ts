// Talks to the assistant's HTTP API from the browser: streamed /api/ask, /api/feedback, /api/docs, /api/docs/:id and
// /api/records/:id.
import type { Turn } from '../../answer/types.js';
import type { FeedbackEntry } from '../../feedback/types.js';
import {
  answerSchema,
  deltaSchema,
  documentListSchema,
  documentViewSchema,
  errorBodySchema,
  recordWithNotesSchema,
  sourcesSchema,
  type WidgetAnswer,
  type WidgetDocumentList,
  type WidgetDocumentView,
  type WidgetRecord,
  type WidgetRecordWithNotes,
} from './api-schemas.js';
import { SseParser } from './sse-parser.js';

/** Why a request failed, in the terms the interface explains to readers. */
export type FailureKind = 'offline' | 'interrupted' | 'rate_limited' | 'busy' | 'bad_request' | 'not_found' | 'server';

/** A failed API call. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Callbacks of a streamed answer, called in order: sources once, then text deltas. */
export interface AskHandlers {
  onSources(records: WidgetRecord[]): void;
  onDelta(text: string): void;
}

/** Seconds to wait from a Retry-After header (seconds or HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value.trim()));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - now) / 1000));
}

/** The failure an HTTP error response stands for. */
export async function failureFrom(res: Response): Promise<ApiFailure> {
  let message = `HTTP ${res.status}`;
  let code = '';
  let retryAfter = parseRetryAfter(res.headers.get('Retry-After'));
  try {
    const body = errorBodySchema.safeParse(await res.json());
    if (body.success) {
      ({ message, code } = body.data.error);
      retryAfter = body.data.error.retryAfterSeconds ?? retryAfter;
    }
  } catch {
    // Not JSON (a proxy's error page): keep the status line.
  }
  if (res.status === 429) return new ApiFailure('rate_limited', message, retryAfter);
  if (res.status === 503 && code === 'busy') return new ApiFailure('busy', message, retryAfter);
  if (res.status === 404) return new ApiFailure('not_found', message);
  if (res.status >= 400 && res.status < 500) return new ApiFailure('bad_request', message);
  return new ApiFailure('server', message);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if (init.signal?.aborted) throw err;
    throw new ApiFailure('offline', err instanceof Error ? err.message : String(err));
  }
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ApiFailure('server', 'malformed event data');
  }
}

function parsed<T>(result: { success: true; data: T } | { success: false }, what: string): T {
  if (!result.success) throw new ApiFailure('server', `unexpected ${what} from the server`);
  return result.data;
}

/** Asks a question with streaming; resolves with the final (authoritative) answer. Aborting rejects with an AbortError. */
export async function askStream(
  apiOrigin: string,
  input: { question: string; history: Turn[] },
  handlers: AskHandlers,
  signal: AbortSignal,
): Promise<WidgetAnswer> {
  const res = await send(`${apiOrigin}/api/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(input),
    signal,
  });
  if (!res.ok) throw await failureFrom(res);
  if (!(res.headers.get('Content-Type') ?? '').includes('text/event-stream') || !res.body) {
    return parsed(answerSchema.safeParse(await res.json()), 'answer');
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  for (;;) {
    let chunk: ReadableStreamReadResult<string>;
    try {
      chunk = await reader.read();
    } catch (err) {
      if (signal.aborted) throw err;
      throw new ApiFailure('interrupted', err instanceof Error ? err.message : String(err));
    }
    if (chunk.done) break;
    for (const ev of parser.push(chunk.value)) {
      const data = parseJson(ev.data);
      if (ev.event === 'sources') handlers.onSources(parsed(sourcesSchema.safeParse(data), 'sources'));
      else if (ev.event === 'delta') handlers.onDelta(parsed(deltaSchema.safeParse(data), 'delta').text);
      else if (ev.event === 'done') {
        void reader.cancel().catch(() => undefined);
        return parsed(answerSchema.safeParse(data), 'answer');
      } else if (ev.event === 'error') {
        const body = errorBodySchema.safeParse(data);
        const error = body.success ? body.data.error : { code: 'internal', message: 'stream error', retryAfterSeconds: undefined };
        const kind = error.code === 'rate_limited' ? 'rate_limited' : error.code === 'busy' ? 'busy' : 'server';
        throw new ApiFailure(kind, error.message, error.retryAfterSeconds ?? null);
      }
    }
  }
  throw new ApiFailure('interrupted', 'the answer stream ended early');
}

/** Stores a 👍/👎 with its reason, optional comment, the answer's id and the cited records. */
export async function postFeedback(apiOrigin: string, entry: Omit<FeedbackEntry, 'source'>): Promise<void> {
  const res = await send(`${apiOrigin}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...entry, source: 'widget' }),
  });
  if (!res.ok) throw await failureFrom(res);
}

/** Fetches the list of all documents for the document index. */
export async function fetchDocuments(apiOrigin: string): Promise<WidgetDocumentList> {
  const res = await send(`${apiOrigin}/api/docs`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failureFrom(res);
  return parsed(documentListSchema.safeParse(await res.json()), 'document list');
}

/** Fetches one document with all its records for the document view. */
export async function fetchDocument(apiOrigin: string, doc: string): Promise<WidgetDocumentView> {
  const res = await send(`${apiOrigin}/api/docs/${encodeURIComponent(doc)}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failureFrom(res);
  return parsed(documentViewSchema.safeParse(await res.json()), 'document');
}

/** Fetches one record with its footnotes and, for a footnote, the records that refer to it. */
export async function fetchRecordWithNotes(apiOrigin: string, id: string): Promise<WidgetRecordWithNotes> {
  const res = await send(`${apiOrigin}/api/records/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failureFrom(res);
  return parsed(recordWithNotesSchema.safeParse(await res.json()), 'record');
}
