// The start-up errors of a store: the database cannot be reached, or its schema is newer than this code.
import type { StoreEngine } from './types.js';

/** A store that cannot be used; the message says what to do. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Refuses a database whose schema was written by newer code (downgrades would corrupt it). */
export function checkSchemaVersion(engine: StoreEngine, found: number, known: number): void {
  if (found > known) {
    throw new StoreError(
      `The ${engine} database has schema version ${found}, newer than this code knows (${known}); run the newer release or restore a backup`,
    );
  }
}
