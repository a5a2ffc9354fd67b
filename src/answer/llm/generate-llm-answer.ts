// Writes an answer with an OpenAI-compatible chat model from the retrieved clauses only, markers checked; throws LlmError on any failure.
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { llmEnabled, type Config } from '../../config.js';
import type { ClauseRecord } from '../../corpus/types.js';
import type { Turn } from '../types.js';
import { buildLlmMessages, refusalSentence, type AnswerLanguage, type LlmMessages } from './build-messages.js';
import { createChatModel } from './chat-model.js';
import { checkCitations } from './check-citations.js';
import { createCitationStream } from './citation-stream.js';
import { LlmError } from './llm-error.js';
import { PromptError } from './prompts.js';
import { visibleOutput } from './visible-output.js';

/** What generateLlmAnswer needs: the question, earlier turns, and the retrieved records numbered 1..N in this order. */
export interface LlmAnswerInput {
  question: string;
  /** The question's language (QueryUnderstanding.language): the answer is written in it. */
  language: AnswerLanguage;
  history: Turn[];
  records: ClauseRecord[];
  config: Config;
  /** Called with reader-visible text as it streams (markers already checked); turns streaming on. */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
}

/** A checked model answer. */
export interface LlmAnswer {
  /** The answer, markers written [n]; exactly the refusal sentence when refused. */
  text: string;
  /** Valid markers (1..N) in order of first use. */
  cited: number[];
  /** Markers the model wrote that match no given clause (removed from text). */
  removed: number[];
  /** Statements of `text` that carry no marker (kept in text, flagged). */
  unsupported: string[];
  /** True when the model said the clauses do not answer. */
  refused: boolean;
}

const inputSchema = z.object({
  question: z.string().trim().min(1),
  language: z.enum(['zh', 'en']),
  history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
  records: z
    .array(
      z.looseObject({
        doc: z.string().min(1),
        docTitle: z.string(),
        section: z.string(),
        label: z.string(),
        labelPath: z.array(z.string()),
        text: z.string().min(1),
      }),
    )
    .min(1),
});

/** Letters and digits only, so a refusal is recognised whatever its spacing and punctuation. */
const comparable = (text: string): string => text.replace(/\[\d+\]/g, '').replace(/[^\p{L}\p{N}]/gu, '');

/** True when `text` says one of the product's refusal sentences. */
function saysRefusal(text: string): boolean {
  const said = comparable(text);
  return (['zh', 'en'] as const).some((language) => said.includes(comparable(refusalSentence(language))));
}

/** Rejects with the signal's reason as soon as it aborts, whatever `work` is doing. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Sends the messages and returns the raw reply, streaming checked text to `onDelta` when given. */
async function callModel(
  config: Config,
  messages: LlmMessages,
  signal: AbortSignal,
  onDelta: ((text: string) => void) | undefined,
  count: number,
): Promise<string> {
  const model = createChatModel(config, Boolean(onDelta));
  const prompt = [new SystemMessage(messages.system), new HumanMessage(messages.user)];
  if (!onDelta) return (await model.invoke(prompt, { signal })).text;
  const stream = createCitationStream(count, onDelta);
  let raw = '';
  for await (const chunk of await model.stream(prompt, { signal })) {
    raw += chunk.text;
    stream.push(chunk.text);
  }
  signal.throwIfAborted();
  stream.flush();
  return raw;
}

/** Turns whatever the call threw into an LlmError that says why. */
function toLlmError(error: unknown, timeout: AbortSignal, caller: AbortSignal | undefined, timeoutMs: number): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof PromptError) return new LlmError('prompt', error.message, null, { cause: error });
  if (timeout.aborted) return new LlmError('timeout', `LLM endpoint did not answer within ${timeoutMs} ms`, null, { cause: error });
  if (caller?.aborted) return new LlmError('aborted', 'LLM request aborted by the caller', null, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return new LlmError('http', `LLM endpoint answered HTTP ${status}: ${message}`, status, { cause: error });
  if ((error as Error | null)?.name === 'TimeoutError') return new LlmError('timeout', `LLM request timed out: ${message}`, null, { cause: error });
  if ((error as Error | null)?.constructor?.name === 'APIConnectionError')
    return new LlmError('connection', `LLM endpoint unreachable: ${message}`, null, { cause: error });
  return new LlmError('malformed', `LLM reply could not be read: ${message}`, null, { cause: error });
}

/** Checks the raw reply: markers against 1..count, refusal recognised, empty or uncited answers rejected. */
function checkReply(raw: string, count: number, language: AnswerLanguage): LlmAnswer {
  const visible = visibleOutput(raw).trim();
  if (!visible) throw new LlmError('empty', 'LLM returned an empty answer');
  const check = checkCitations(visible, count);
  if (check.cited.length > 0) return { ...check, refused: false };
  if (saysRefusal(check.text)) return { text: refusalSentence(language), cited: [], removed: check.removed, unsupported: [], refused: true };
  throw new LlmError('uncited', `LLM answer cites none of the ${count} clauses${check.removed.length ? ` (invalid markers: ${check.removed.join(', ')})` : ''}`);
}

/** Answers from the given clauses with the configured chat model; throws LlmError on any failure or after LLM_TIMEOUT_MS. */
export async function generateLlmAnswer(input: LlmAnswerInput): Promise<LlmAnswer> {
  const { config } = input;
  if (!llmEnabled(config)) throw new LlmError('not_configured', 'LLM_BASE_URL and LLM_MODEL are not set');
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new LlmError('invalid_input', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const { language } = input;
  const count = input.records.length;
  const timeout = AbortSignal.timeout(config.LLM_TIMEOUT_MS);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  try {
    const messages = buildLlmMessages({ question: input.question, history: input.history, records: input.records, language });
    const raw = await untilAborted(callModel(config, messages, signal, input.onDelta, count), signal);
    return checkReply(raw, count, language);
  } catch (error) {
    throw toLlmError(error, timeout, input.signal, config.LLM_TIMEOUT_MS);
  }
}
