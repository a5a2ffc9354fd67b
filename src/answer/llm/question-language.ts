// Decides whether a question is asked in English (answer in English) or not (answer in Simplified Chinese).

/** The language an answer is written in. */
export type AnswerLanguage = 'zh' | 'en';

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** "en" when the question has Latin words and no Chinese characters; "zh" otherwise (the product's default). */
export function questionLanguage(question: string): AnswerLanguage {
  return !HAN.test(question) && LATIN_WORD.test(question) ? 'en' : 'zh';
}
