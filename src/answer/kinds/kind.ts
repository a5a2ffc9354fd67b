// What every kind of question shares: the question as the kinds read it, and the shape of a kind.
import type { CorpusDocument } from '../../corpus/types.js';
import type { CitationList } from '../citations.js';
import type { ComposeInput } from '../compose-extractive.js';

/** A question as the kinds read it: the composer's input and what several kinds derive from it. */
export interface KindQuestion extends ComposeInput {
  /** The documents the question names that the corpus holds, in the order named. */
  docs: CorpusDocument[];
  /** The first study group (or TSAG/SCV) the question names. */
  group: string | undefined;
  /** The question asks what a party is to do, and names no clause. */
  asksTasks: boolean;
}

/** One kind of question: how it recognises its questions, and how it composes their answer from the structure. */
export interface AnswerKind {
  /** Shown in evaluation results and traces ("mandate", "tasks" …). */
  name: string;
  recognises(q: KindQuestion): boolean;
  /** The answer, every statement cited through `citations`; '' when the structure has nothing to say after all. */
  compose(q: KindQuestion, citations: CitationList): string;
}

/** Reads what the kinds share from the composer's input. */
export function kindQuestion(input: ComposeInput): KindQuestion {
  const u = input.understanding;
  return {
    ...input,
    docs: u.docs.map((id) => input.corpus.documents.find((d) => d.doc === id)).filter((d) => d !== undefined),
    group: u.studyGroups[0],
    asksTasks: u.refs.wantsTasks && u.clauseLabels.length === 0,
  };
}
