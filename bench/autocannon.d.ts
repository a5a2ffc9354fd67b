// The part of autocannon 8's programmatic API the benchmark uses (the package ships no type declarations).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  /** One request of the sequence each connection cycles through. */
  export interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  /** Options of one load run. */
  export interface AutocannonOptions {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    timeout?: number;
    requests?: AutocannonRequest[];
  }

  /** The aggregate of one run (latencies here are whole milliseconds). */
  export interface AutocannonResult {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }

  /** A running load test: emits `response` (client, statusCode, resBytes, responseTimeMs) and resolves to its result. */
  export interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {}

  export default function autocannon(options: AutocannonOptions): AutocannonInstance;
}
