// Pieces of the references the question parsers look for, and the separators and noise between them: what
// adversarial questions are made of, for the property test and the parsing benchmark.

/** Pieces that, repeated, make backtracking patterns explode. */
export const UNITS = [
  '1', '12', '第1', '第 1', ' 、 ', '、', '，', ',', '和', '以及', '或', '及', '号', ' 号 ', '决议', '号决议', 'sg1', 'SG 17', '研究组',
  '组', '第17研究组', '(', '（', ')', '）', '[1]', '【2】', ' ', '  ', '\t', '\n', 'ITU-R', 'itu-t', '理事会', '全权代表大会', 'a.', 'A.25',
  'res', 'Resolution 4', 'and', '&', '第', '/', '1/17', '课题', 'Question 4/', '呢', '？', '?', '。', '<@U1>', '<!here>', '<', '>', '|',
  '<https://x|', 'com4/', '责成', '请各', '做出决议', '第3段', 'what does ', 'E系列', 'ITU-T E.', '哪些', '新增', '牵头', '数字孪生', 'x', 'é',
];

/** What ends a run of units: nothing, or a character that makes a list pattern fail at the very end. */
export const TAILS = ['', 'x', '号', '决议', '?', '研究组', '>', ')', '\u0000'];

/** The units that froze the server before (issue 13), each repeated to `length` characters and ended by "x". */
export function knownFreezers(length: number): string[] {
  return ['1 、 ', '1 以及 ', '第1 或 ', '第1 、 ', '第1 ， ', '1 号 或 ', '第1 和 ', 'sg1、', '第1和'].map(
    (unit) => `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1)}x`,
  );
}
