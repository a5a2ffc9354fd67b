// Turns a question into structure: the documents, study groups, sections, clauses and parties it names, its language and intent.
import { findAddressees } from './addressees.js';
import { findClauseLabels, findSections } from './clause-refs.js';
import { findDocRefs } from './doc-refs.js';
import { guessIntent, type QueryIntent } from './intent.js';
import { detectLanguage } from './language.js';
import { questionHead } from './question-head.js';
import { readStructuralRefs, type StructuralRefs } from './structural-refs.js';
import { findStudyGroups } from './study-group-refs.js';

/** What a question explicitly refers to, for filters and boosts in retrieval and for the answer composer. */
export interface QueryUnderstanding {
  /** CONTRACT §1 document ids named in the question ("44", "COM4/AI", "A.25"), including ones the corpus may not hold. */
  docs: string[];
  /** Study groups as parseStudyGroup ids ("17", "TSAG", "SCV"). */
  studyGroups: string[];
  /** Heading words as printed (考虑到, 认识到, 注意到, 忆及, 做出决议, 责成, 请, 鼓励, 附件 …). */
  sections: string[];
  /** Clause labels as printed ("3", "c)"), sub-items after a space ("2 ii)"). */
  clauseLabels: string[];
  /** Instructed or invited parties as printed in headings (电信标准化局主任, 成员国, 研究组 …). */
  addressees: string[];
  language: 'zh' | 'en';
  intent: QueryIntent;
  /** Series, Question ids, quoted references and the kind of structural answer asked for. */
  refs: StructuralRefs;
}

/** Reads the explicit references, language and intent of one question (pure, no corpus needed). */
export function understandQuery(fullQuestion: string): QueryUnderstanding {
  const question = questionHead(fullQuestion);
  const docs = findDocRefs(question);
  const studyGroups = findStudyGroups(question);
  const clauseLabels = findClauseLabels(question);
  const refs = readStructuralRefs(question);
  return {
    docs,
    studyGroups,
    sections: findSections(question),
    clauseLabels,
    addressees: findAddressees(question),
    language: detectLanguage(question),
    intent: guessIntent(question, { docs, studyGroups, clauseLabels, questionIds: refs.questionIds, committees: refs.committees }),
    refs,
  };
}
