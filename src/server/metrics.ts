// The server's Prometheus metrics (prom-client): default process metrics plus requests, answers, cache and queue.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Confidence } from '../answer/types.js';

/** How an /api/ask request ended, for the ask counter. */
export type AskOutcome = 'answered' | 'refused' | 'error';

/** What an answer did, read from its confidence: stated (high), hedged (low) or refused (none). */
export type AnswerOutcome = 'answer' | 'hedge' | 'refuse';

/** The answer outcome label of each confidence. */
export const ANSWER_OUTCOME: Record<Confidence, AnswerOutcome> = { high: 'answer', low: 'hedge', none: 'refuse' };

/** The server's metrics, each registered in `registry`. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  httpDuration: Histogram<'route'>;
  /** /api/ask requests by how they ended. */
  asks: Counter<'outcome'>;
  /** Answers given, by outcome (answer, hedge, refuse). */
  answerOutcomes: Counter<'outcome'>;
  /** Answer cache lookups by result (hit, miss). */
  answerCache: Counter<'result'>;
  /** Answers waiting for a free worker. */
  askQueueLength: Gauge;
  /** Questions refused with 503 busy because the queue was full. */
  busyRejections: Counter;
}

/** Creates a registry with Node's default process metrics and the product's own (one registry per app). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({ name: 'http_requests_total', help: 'HTTP requests by route, method and status.', labelNames: ['route', 'method', 'status'], registers }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route.',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    asks: new Counter({ name: 'wtsa_ask_total', help: 'Questions asked, by outcome.', labelNames: ['outcome'], registers }),
    answerOutcomes: new Counter({ name: 'wtsa_answer_outcome_total', help: 'Answers by outcome: answer (stated), hedge, refuse.', labelNames: ['outcome'], registers }),
    answerCache: new Counter({ name: 'wtsa_answer_cache_total', help: 'Answer cache lookups by result (hit, miss).', labelNames: ['result'], registers }),
    askQueueLength: new Gauge({ name: 'wtsa_ask_queue_length', help: 'Answers waiting for a free worker.', registers }),
    busyRejections: new Counter({ name: 'wtsa_ask_busy_total', help: 'Questions answered 503 busy because the queue was full.', registers }),
  };
}
