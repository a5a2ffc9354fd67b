// Ids of stored answers: 12 random url-safe characters (72 bits), so permalinks cannot be guessed.
import { randomBytes } from 'node:crypto';

/** The shape of every answer id. */
export const ANSWER_ID_PATTERN = /^[A-Za-z0-9_-]{12}$/;

/** A fresh random answer id. */
export const newAnswerId = (): string => randomBytes(9).toString('base64url');
