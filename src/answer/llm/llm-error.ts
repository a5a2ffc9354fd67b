// The one error type of the LLM answer mode; any failure throws it so the caller can fall back to the extractive answer.

/** Why an LLM answer could not be produced. */
export type LlmErrorKind =
  | 'not_configured'
  | 'invalid_input'
  | 'prompt'
  | 'http'
  | 'timeout'
  | 'aborted'
  | 'connection'
  | 'malformed'
  | 'empty'
  | 'uncited';

/** Raised by generateLlmAnswer for every failure: HTTP error, timeout, abort, malformed, empty or uncited output. */
export class LlmError extends Error {
  override readonly name = 'LlmError';

  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    /** HTTP status of the endpoint's reply, when it sent one. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
