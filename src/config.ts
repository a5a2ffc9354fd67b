// All configuration in one zod schema, read once from the environment; nothing else reads process.env.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

/** The repository root (where corpus/, index/, models/ live). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    CORPUS_FILE: z.string().default(resolve(ROOT, 'corpus/wtsa24-zh.txt')),
    INDEX_DIR: z.string().default(resolve(ROOT, 'index')),
    MODEL_DIR: z.string().default(resolve(ROOT, 'models')),
    DATA_DIR: z.string().default(resolve(ROOT, 'data')),
    /** postgres://… : feedback, stored answers, Slack de-duplication and rate limits in PostgreSQL (any number of servers); unset: SQLite under DATA_DIR. */
    DATABASE_URL: z
      .url()
      .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must be a postgres:// or postgresql:// URL')
      .optional(),
    /** The public origin (and path prefix) users reach the server at, e.g. https://wtsa.example.org; used for absolute links (permalinks, og:url, Slack). */
    PUBLIC_BASE_URL: z
      .url()
      .transform((u) => u.replace(/(?<!\/)\/+$/, ''))
      .optional(),
    /** Origins allowed to call the API from a browser (the widget's host pages); the server's own origin always is. */
    CORS_ORIGINS: csv,
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
    BODY_LIMIT: z.string().default('16kb'),
    /** Express "trust proxy" behind a reverse proxy (hop count "1", "loopback", a subnet list); unset: client IP = socket address. */
    TRUST_PROXY: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** How long in-flight requests and open answer streams may run on after SIGTERM/SIGINT before they are cut. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    /** Worker threads answering questions in the server (each loads the index once); default: available parallelism. */
    ANSWER_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
    /**
     * Answers that may wait for a worker; beyond that POST /api/ask answers 503 busy with Retry-After. At about 190
     * answers/s on 2 cores, 64 waiting is about a third of a second: a bound that turns clients away only when the wait
     * would grow long (with 16, clients turned away after 0.1 s retried at once and those retries cost the event loop
     * more than answering them: 55 answers/s and /healthz p99 93 ms at 64 connections, against 200/s and 18 ms).
     */
    ASK_QUEUE_LIMIT: z.coerce.number().int().min(0).default(64),
    /** Answers kept in the server's LRU cache, keyed by the normalised question and history; 0 disables it. */
    ANSWER_CACHE_SIZE: z.coerce.number().int().min(0).default(1000),
    /** When set, GET /metrics requires "Authorization: Bearer <token>"; unset, /metrics is open (keep it off the public internet). */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    LLM_BASE_URL: z.url().optional(),
    LLM_MODEL: z.string().min(1).optional(),
    LLM_API_KEY: z.string().min(1).optional(),
    LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_BOT_TOKEN: z.string().min(1).optional(),
    SLACK_BOT_ID: z.string().min(1).optional(),
    SLACK_BOT_USER_ID: z.string().min(1).optional(),
    SLACK_API_URL: z.url().optional(),
  })
  .refine((c) => Boolean(c.LLM_BASE_URL) === Boolean(c.LLM_MODEL), {
    message: 'LLM_BASE_URL and LLM_MODEL must be set together',
    path: ['LLM_MODEL'],
  });

/** The validated settings of one process. */
export type Config = z.infer<typeof schema>;

/** Validates settings (defaults applied); throws one readable error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** True when the optional LLM answer mode is configured. */
export function llmEnabled(config: Config): boolean {
  return Boolean(config.LLM_BASE_URL && config.LLM_MODEL);
}

/** True when the Slack integration is configured. */
export function slackEnabled(config: Config): boolean {
  return Boolean(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN);
}
