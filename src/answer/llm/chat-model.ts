// Builds the LangChain ChatOpenAI client for the configured OpenAI-compatible endpoint, using only our Config.
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.js';

/** Sent as the bearer token when LLM_API_KEY is unset (Ollama and vLLM ignore it; the SDK refuses an empty key). */
export const NO_API_KEY = 'not-set';

/** Longest answer the model may write, in tokens. */
const MAX_ANSWER_TOKENS = 1024;

/** A chat client for LLM_BASE_URL / LLM_MODEL: no retries, LLM_TIMEOUT_MS per request, nothing taken from OPENAI_* variables. */
export function createChatModel(config: Config, streaming: boolean): ChatOpenAI {
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    // Explicit values so the SDK never falls back to OPENAI_API_KEY / OPENAI_ORG_ID / OPENAI_PROJECT_ID of the process.
    apiKey: config.LLM_API_KEY ?? NO_API_KEY,
    configuration: { baseURL: config.LLM_BASE_URL, organization: null, project: null },
    streaming,
    streamUsage: false,
    useResponsesApi: false,
    temperature: 0,
    maxTokens: MAX_ANSWER_TOKENS,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
  });
}
