// POST /api/ask: the Answer as JSON, or streamed as server-sent events (sources, delta…, done | error).
import type { Request, RequestHandler, Response } from 'express';
import type { Answer, AskInput } from '../answer/types.js';
import type { AskEvent, Assistant } from '../assistant.js';
import { ApiError, validate } from './api-error.js';
import { askBody } from './api-schemas.js';
import type { Logger } from './logger.js';
import { ANSWER_OUTCOME, type Metrics } from './metrics.js';
import { requestId } from './observe-requests.js';
import { openEventStream } from './sse.js';
import { toNewAnswer } from '../store/stored-answer.js';
import type { AnswerStore } from '../store/types.js';

/** What the ask handler needs. */
export interface AskRouteDeps {
  assistant: Assistant;
  metrics: Metrics;
  log: Logger;
  /** Where each answer is stored under the id its permalink (/a/:id) uses. */
  answers: AnswerStore;
}

const wantsEventStream = (req: Request) => (req.get('accept') ?? '').includes('text/event-stream');

/** Counts a given answer by refusal and by outcome (answer, hedge, refuse). */
function countAnswer(metrics: Metrics, answer: Answer): void {
  metrics.asks.inc({ outcome: answer.refused ? 'refused' : 'answered' });
  metrics.answerOutcomes.inc({ outcome: ANSWER_OUTCOME[answer.confidence] });
}

/** Counts a failed question, unless it was turned away on purpose (busy, loading: an ApiError). */
function countFailure(metrics: Metrics, err: unknown): void {
  if (!(err instanceof ApiError)) metrics.asks.inc({ outcome: 'error' });
}

/**
 * Streams one answer: `sources` (array of retrieved records), `delta` ({text}) chunks, `done` (the Answer) or `error`.
 * The first event is awaited before the stream opens, so that a question turned away (busy) gets a plain HTTP error.
 */
async function streamAnswer(res: Response, input: AskInput, deps: AskRouteDeps): Promise<void> {
  const events = deps.assistant.askStream(input)[Symbol.asyncIterator]();
  let step: IteratorResult<AskEvent> | null;
  try {
    step = await events.next();
  } catch (err) {
    countFailure(deps.metrics, err);
    throw err;
  }
  const stream = openEventStream(res);
  const gone = stream.closed.then(() => null);
  try {
    for (; ; step = await Promise.race([events.next(), gone])) {
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
        countAnswer(deps.metrics, event.answer);
        const { id } = await deps.answers.put(toNewAnswer(input.question, event.answer));
        stream.send('done', { id, ...event.answer });
        return;
      }
    }
  } catch (err) {
    countFailure(deps.metrics, err);
    deps.log.error({ reqId: requestId(res), err: err instanceof Error ? err.message : String(err) }, 'ask stream failed');
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
      countAnswer(deps.metrics, answer);
      const { id } = await deps.answers.put(toNewAnswer(input.question, answer));
      res.json({ id, ...answer });
    } catch (err) {
      countFailure(deps.metrics, err);
      throw err;
    }
  };
}
