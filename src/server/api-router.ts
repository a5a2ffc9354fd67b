// The /api routes: JSON body parsing, ask, search, documents, records, mandates and feedback, with 404/405/415 answers.
import express, { Router, type RequestHandler } from 'express';
import type { Assistant } from '../assistant.js';
import type { FeedbackStore } from '../feedback/types.js';
import type { AnswerStore } from '../store/types.js';
import { parseStudyGroup } from '../corpus/study-groups.js';
import { ApiError, validate } from './api-error.js';
import { feedbackBody, searchQuery } from './api-schemas.js';
import { answerJsonRoute } from './answers-router.js';
import { askRoute } from './ask-route.js';
import { recordRoute } from './record-route.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** What the API routes need. */
export interface ApiRouterDeps {
  assistant: Assistant;
  feedback: FeedbackStore;
  /** Stored answers: written by /ask, read by /answers/:id. */
  answers: AnswerStore;
  metrics: Metrics;
  log: Logger;
  /** express.json size limit, e.g. "16kb". */
  bodyLimit: string;
}

/** Answers 405 with an Allow header for methods a route does not serve. */
const methodNotAllowed =
  (...allow: string[]): RequestHandler =>
  (_req, res) => {
    res.setHeader('Allow', allow.join(', '));
    throw new ApiError(405, 'method_not_allowed', `Use ${allow.join(' or ')}`);
  };

/** Refuses POST bodies that are not JSON with 415. */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  next();
};

/** Router mounted at /api. */
export function apiRouter(deps: ApiRouterDeps): Router {
  const { assistant, feedback } = deps;
  const router = Router();
  const json = [requireJson, express.json({ limit: deps.bodyLimit })];

  router
    .route('/ask')
    .post(...json, askRoute(deps))
    .all(methodNotAllowed('POST'));

  router
    .route('/answers/:id')
    .get(answerJsonRoute(deps.answers))
    .all(methodNotAllowed('GET'));

  router
    .route('/search')
    .get(async (req, res) => {
      const { q, k, retriever } = validate(searchQuery, req.query);
      res.json({ results: await assistant.search(q, { k, ...(retriever ? { retriever } : {}) }) });
    })
    .all(methodNotAllowed('GET'));

  router
    .route('/docs')
    .get((_req, res) => {
      res.json({
        documents: assistant.documents().map(({ doc, kind, status, title, history }) => ({ doc, kind, status, title, history })),
      });
    })
    .all(methodNotAllowed('GET'));

  // Ids contain "/" and "."; accept both "COM4%2FAI" and the raw path "COM4/AI".
  router
    .route('/docs/*id')
    .get((req, res) => {
      const id = ([] as string[]).concat(req.params.id ?? []).join('/');
      const view = assistant.document(id);
      if (!view) throw new ApiError(404, 'document_not_found', `No document with id "${id}"`);
      res.json(view);
    })
    .all(methodNotAllowed('GET'));

  router
    .route('/records/*id')
    .get(recordRoute(assistant))
    .all(methodNotAllowed('GET'));

  router
    .route('/mandates/:sg')
    .get((req, res) => {
      const raw = req.params.sg ?? '';
      const group = parseStudyGroup(raw);
      const mandate = group ? assistant.mandate(group) : null;
      if (!mandate) {
        const valid = assistant.studyGroups().join(', ');
        throw new ApiError(404, 'study_group_not_found', `Unknown study group "${raw}"; valid groups: ${valid}`);
      }
      res.json(mandate);
    })
    .all(methodNotAllowed('GET'));

  router
    .route('/feedback')
    .post(...json, async (req, res) => {
      const { comment, ...entry } = validate(feedbackBody, req.body);
      const stored = await feedback.add(comment ? { ...entry, comment } : entry);
      res.status(201).json({ id: stored.id });
    })
    .all(methodNotAllowed('POST'));

  router.use((req) => {
    throw new ApiError(404, 'not_found', `No API route ${req.method} ${req.baseUrl}${req.path}`);
  });
  return router;
}
