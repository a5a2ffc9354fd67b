// zod schemas of every HTTP API input (bodies, query strings, path parameters).
import { z } from 'zod';
import { RETRIEVERS } from '../assistant.js';
import { FEEDBACK_REASONS } from '../feedback/types.js';
import { ANSWER_ID_PATTERN } from '../store/answer-id.js';

/** A question as users type it: trimmed, 1–2,000 characters. */
const questionText = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

/** Body of POST /api/ask. */
export const askBody = z.object({
  question: questionText,
  history: z
    .array(
      z.object({
        role: z.enum(['user', 'assistant']),
        content: z.string().max(4000, 'must be at most 4000 characters'),
      }),
    )
    .max(20, 'at most 20 turns')
    .optional(),
});

/** Query of GET /api/search. */
export const searchQuery = z.object({
  q: questionText,
  k: z.coerce.number().int().min(1).max(100).default(10),
  retriever: z.enum(RETRIEVERS).optional(),
});

/** Body of POST /api/feedback. */
export const feedbackBody = z.object({
  rating: z.enum(['up', 'down']),
  reason: z.enum(FEEDBACK_REASONS).optional(),
  comment: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  question: questionText,
  answer: z.string().max(20000, 'must be at most 20000 characters'),
  answerId: z.string().regex(ANSWER_ID_PATTERN, 'must be the id /api/ask returned').optional(),
  citations: z
    .array(
      z.object({
        id: z.string().max(200),
        doc: z.string().max(100),
        section: z.string().max(500),
        label: z.string().max(100),
      }),
    )
    .max(50)
    .default([]),
  source: z.string().trim().min(1).max(32).default('api'),
});
