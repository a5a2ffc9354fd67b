// Builds the system and user messages of the LLM answer mode: numbered clauses and history as escaped data blocks.
import type { Turn } from '../types.js';
import { documentName } from '../../corpus/document-name.js';
import type { ClauseRecord } from '../../corpus/types.js';
import { loadPrompt, renderPrompt } from './prompts.js';
import type { QueryUnderstanding } from '../../search/query/understand-query.js';

/** The two messages sent to the chat endpoint. */
export interface LlmMessages {
  system: string;
  user: string;
}

/** How much history the model sees: the last turns, each cut to a few hundred characters. */
const HISTORY_TURNS = 6;
const HISTORY_CHARS = 400;

/** The language an answer is written in: the question's (see detectLanguage). */
export type AnswerLanguage = QueryUnderstanding['language'];

const LANGUAGE_NAMES: Record<AnswerLanguage, string> = { zh: '简体中文', en: '英文（English）' };

/** Makes data text inert inside the tagged blocks: angle brackets become their full-width forms. */
function escapeData(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞');
}

/** Escapes a value written inside an attribute's double quotes. */
function escapeAttribute(text: string): string {
  return escapeData(text).replace(/"/g, '＂');
}

/** The refusal sentence for answers in `language`. */
export function refusalSentence(language: AnswerLanguage): string {
  return loadPrompt(language === 'en' ? 'refusal.en' : 'refusal.zh');
}

/** One clause as a tagged, numbered data item. */
function formatClause(record: ClauseRecord, n: number): string {
  const attributes = [
    `n="${n}"`,
    `doc="${escapeAttribute(documentName(record.doc))}"`,
    `title="${escapeAttribute(record.docTitle)}"`,
    `section="${escapeAttribute(record.section)}"`,
    `label="${escapeAttribute(record.labelPath.join(' ') || record.label)}"`,
  ];
  return `<clause ${attributes.join(' ')}>\n${escapeData(record.text)}\n</clause>`;
}

/** Earlier turns as data lines, markers dropped (their numbers referred to other clauses). */
function formatHistory(history: Turn[]): string {
  const lines = history.slice(-HISTORY_TURNS).map((turn) => {
    const text = turn.content.replace(/\[\d+\]|【\d+】/g, '').replace(/\s+/g, ' ').trim();
    const cut = text.length > HISTORY_CHARS ? `${text.slice(0, HISTORY_CHARS)}…` : text;
    return `${turn.role === 'user' ? '用户' : '助手'}：${escapeData(cut)}`;
  });
  return lines.length ? lines.join('\n') : '（无）';
}

/** The system and user messages for a question over records numbered 1..N in the given order. */
export function buildLlmMessages(input: {
  question: string;
  history: Turn[];
  records: ClauseRecord[];
  language: AnswerLanguage;
}): LlmMessages {
  const system = renderPrompt(loadPrompt('answer-system.zh'), {
    language: LANGUAGE_NAMES[input.language],
    refusal: refusalSentence(input.language),
  });
  const user = renderPrompt(loadPrompt('answer-user.zh'), {
    history: formatHistory(input.history),
    clauses: input.records.map((record, i) => formatClause(record, i + 1)).join('\n'),
    question: escapeData(input.question.trim()),
  });
  return { system, user };
}
