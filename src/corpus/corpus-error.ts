// The one error type of the corpus parser and loader: says which file and which line could not be placed.

/** Raised when the corpus text cannot be parsed completely; names the file and the 1-based line. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  /** What went wrong, without the file and line prefix of `message`. */
  readonly reason: string;
  readonly line: number | null;
  readonly file: string | null;

  constructor(reason: string, line: number | null = null, file: string | null = null) {
    const where = [file, line === null ? null : `line ${line}`].filter(Boolean).join(':');
    super(where ? `${where}: ${reason}` : reason);
    this.reason = reason;
    this.line = line;
    this.file = file;
  }
}
