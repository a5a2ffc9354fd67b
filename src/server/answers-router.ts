// Stored answers by id: GET /api/answers/:id as JSON (in the /api router) and GET /a/:id as a server-rendered page.
import { Router, type RequestHandler } from 'express';
import { ANSWER_ID_PATTERN } from '../store/answer-id.js';
import type { AnswerStore } from '../store/types.js';
import { ApiError } from './api-error.js';
import { answerNotFoundHtml, permalinkPageHtml } from './permalink-page.js';

/** GET /api/answers/:id: the StoredAnswer, 400 for a malformed id, 404 for an unknown one. */
export function answerJsonRoute(answers: AnswerStore): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    if (!ANSWER_ID_PATTERN.test(id)) throw new ApiError(400, 'invalid_answer_id', 'An answer id is 12 characters of A–Z, a–z, 0–9, "-" and "_"');
    const stored = await answers.get(id);
    if (!stored) throw new ApiError(404, 'answer_not_found', `No stored answer with id "${id}"`);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.json(stored);
  };
}

/** Router serving GET /a/:id; `publicBaseUrl` ("" when unset) prefixes its links and og:url. */
export function permalinkRouter(answers: AnswerStore, publicBaseUrl: string): Router {
  const router = Router();
  router.get('/a/:id', async (req, res) => {
    const id = req.params.id;
    const malformed = !ANSWER_ID_PATTERN.test(id);
    const stored = malformed ? undefined : await answers.get(id);
    res.type('html');
    if (!stored) {
      res.status(malformed ? 400 : 404).send(answerNotFoundHtml(publicBaseUrl, malformed));
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.send(permalinkPageHtml(stored, publicBaseUrl));
  });
  return router;
}
