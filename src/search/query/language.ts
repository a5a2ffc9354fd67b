// Tells a Chinese question from an English one.

const HAN = /\p{Script=Han}/gu;
// English words: letters only, not an all-caps abbreviation (SG, TSB, ITU-T, AI are used in Chinese questions too).
const ENGLISH_WORD = /(?<![A-Za-z])(?![A-Z]{2,}(?![a-z]))[A-Za-z][a-z]+(?:-[a-z]+)*(?![A-Za-z])/g;

/** 'en' when English words outweigh Chinese characters (each word counts as two characters), else 'zh'. */
export function detectLanguage(question: string): 'zh' | 'en' {
  const text = question.normalize('NFKC');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(ENGLISH_WORD)?.length ?? 0;
  return words > 0 && words * 2 > han ? 'en' : 'zh';
}
