// POST /api/ask: the Answer as JSON, or streamed as server-sent events (sources, delta…, done | error).
import type { Request, RequestHandler, Response } from 'express';
import type { AskInput } from '../answer/types.js';
import type { Assistant } from '../assistant.js';
import { validate } from './api-error.js';
import { askBody } from './api-schemas.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { openEventStream } from './sse.js';

/** What the ask handler needs. */
export interface AskRouteDeps {
  assistant: Assistant;
  metrics: Metrics;
  log: Logger;
}

const wantsEventStream = (req: Request) => (req.get('accept') ?? '').includes('text/event-stream');

/** Streams one answer: `sources` (array of retrieved records), `delta` ({text}) chunks, `done` (the Answer) or `error`. */
async function streamAnswer(res: Response, input: AskInput, deps: AskRouteDeps): Promise<void> {
  const events = deps.assistant.askStream(input)[Symbol.asyncIterator]();
  const stream = openEventStream(res);
  const gone = stream.closed.then(() => null);
  try {
    for (;;) {
      const step = await Promise.race([events.next(), gone]);
      if (step === null) {
        // The client went away: stop the generator at its next step and drop the rest.
        events.return?.()?.catch(() => undefined);
        return;
      }
      if (step.done) throw new Error('answer stream ended without a final answer');
      const event = step.value;
      if (event.type === 'sources') stream.send('sources', event.retrieved);
      else if (event.type === 'delta') stream.send('delta', { text: event.text });
      else {
        deps.metrics.countAsk(event.answer.refused ? 'refused' : 'answered');
        stream.send('done', event.answer);
        return;
      }
    }
  } catch (err) {
    deps.metrics.countAsk('error');
    deps.log.error('ask stream failed', { err: err instanceof Error ? err.message : String(err) });
    stream.send('error', { error: { code: 'internal_error', message: 'The answer could not be completed' } });
  } finally {
    stream.end();
  }
}

/** Handler of POST /api/ask. */
export function askRoute(deps: AskRouteDeps): RequestHandler {
  return async (req, res) => {
    const input = validate(askBody, req.body);
    if (wantsEventStream(req)) return streamAnswer(res, input, deps);
    try {
      const answer = await deps.assistant.ask(input);
      deps.metrics.countAsk(answer.refused ? 'refused' : 'answered');
      res.json(answer);
    } catch (err) {
      deps.metrics.countAsk('error');
      throw err;
    }
  };
}
