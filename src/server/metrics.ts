// In-process counters and a latency histogram, rendered in the Prometheus text exposition format.

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How an /api/ask request ended, for the ask counter. */
export type AskOutcome = 'answered' | 'refused' | 'error';

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** The server's metrics registry. */
export interface Metrics {
  /** Records one finished HTTP request. */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** Counts one /api/ask outcome. */
  countAsk(outcome: AskOutcome): void;
  /** The Prometheus text exposition of everything recorded, plus process memory. */
  render(): string;
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

const labels = (pairs: Record<string, string>) =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',')}}`;

/** Creates an empty metrics registry. */
export function createMetrics(): Metrics {
  const requests = new Map<string, number>();
  const latency = new Map<string, Histogram>();
  const asks: Record<AskOutcome, number> = { answered: 0, refused: 0, error: 0 };

  return {
    observeRequest(route, method, status, seconds) {
      const key = JSON.stringify([route, method, String(status)]);
      requests.set(key, (requests.get(key) ?? 0) + 1);
      let h = latency.get(route);
      if (!h) latency.set(route, (h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
      BUCKETS.forEach((le, i) => {
        if (seconds <= le) h.counts[i] = (h.counts[i] ?? 0) + 1;
      });
      h.sum += seconds;
      h.count += 1;
    },
    countAsk(outcome) {
      asks[outcome] += 1;
    },
    render() {
      const out: string[] = [];
      out.push('# HELP http_requests_total HTTP requests by route, method and status.');
      out.push('# TYPE http_requests_total counter');
      for (const [key, n] of requests) {
        const [route, method, status] = JSON.parse(key) as [string, string, string];
        out.push(`http_requests_total${labels({ route, method, status })} ${n}`);
      }
      out.push('# HELP http_request_duration_seconds HTTP request latency by route.');
      out.push('# TYPE http_request_duration_seconds histogram');
      for (const [route, h] of latency) {
        BUCKETS.forEach((le, i) => out.push(`http_request_duration_seconds_bucket${labels({ route, le: String(le) })} ${h.counts[i]}`));
        out.push(`http_request_duration_seconds_bucket${labels({ route, le: '+Inf' })} ${h.count}`);
        out.push(`http_request_duration_seconds_sum${labels({ route })} ${h.sum}`);
        out.push(`http_request_duration_seconds_count${labels({ route })} ${h.count}`);
      }
      out.push('# HELP wtsa_ask_total Questions asked, by outcome.');
      out.push('# TYPE wtsa_ask_total counter');
      for (const [outcome, n] of Object.entries(asks)) out.push(`wtsa_ask_total${labels({ outcome })} ${n}`);
      const mem = process.memoryUsage();
      out.push('# HELP process_resident_memory_bytes Resident set size in bytes.');
      out.push('# TYPE process_resident_memory_bytes gauge');
      out.push(`process_resident_memory_bytes ${mem.rss}`);
      out.push('# HELP nodejs_heap_used_bytes V8 heap in use in bytes.');
      out.push('# TYPE nodejs_heap_used_bytes gauge');
      out.push(`nodejs_heap_used_bytes ${mem.heapUsed}`);
      out.push('# HELP process_uptime_seconds Seconds since the process started.');
      out.push('# TYPE process_uptime_seconds gauge');
      out.push(`process_uptime_seconds ${process.uptime()}`);
      return `${out.join('\n')}\n`;
    },
  };
}
