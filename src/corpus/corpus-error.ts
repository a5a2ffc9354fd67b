// The one error type of the corpus parser and loader: says which file and which line could not be placed.

/** Raised when the corpus text cannot be parsed completely; names the file and the 1-based line. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  readonly line: number | null;
  readonly file: string | null;

  constructor(message: string, line: number | null = null, file: string | null = null) {
    const where = [file, line === null ? null : `line ${line}`].filter(Boolean).join(':');
    super(where ? `${where}: ${message}` : message);
    this.line = line;
    this.file = file;
  }
}
