// Chinese/English search tokens: normalised text cut by jieba (with the ITU/WTSA user dictionary), minus stop words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ROOT } from '../../config.js';
import { normalizeForSearch } from './normalize.js';

/** Path of the jieba user dictionary of ITU/WTSA terms (`term freq tag` per line). */
export const ITU_TERMS_FILE = resolve(ROOT, 'corpus/itu-terms.txt');

// Function words and question words that carry no topic: they only add noise to BM25.
const STOP_WORDS = new Set(
  (
    '的 地 得 了 着 过 第 号 和 与 及 或 并 而 且 以及 等 等等 之 其 其他 其它 该 此 这 这些 那 那些 各 每 在 于 对 为 以 将 把 被 由 从 向 ' +
    '就 也 都 又 还 即 则 但 是 有 个 项 所 之间 以便 如何 怎么 怎样 什么 哪些 哪个 哪 谁 吗 呢 吧 啊 呀 么 是否 有没有 请问 一下 ' +
    '我 我们 你 你们 他们 它 它们 关于 里 中 上 下 内 可以 能 会 要 讲 说 告诉 知道 想 主要 现在 目前 具体 哪位 哪里 啥 干什么 做什么 做 干 管 叫 来自 ' +
    // Verbs of the question itself ("哪些决议提到了X"), not of its topic.
    '提到 提及 谈到 说到 讲到 点名 涉及 ' +
    // Everyday spoken words of chat questions ("咋分工", "让咱们干点啥"): how people ask, never what they ask about.
    '让 咱 咱们 到底 究竟 这块 那块 这边 那边 东西 啥子 咋 咋样 咋办 干嘛 嘛 呗 搞 弄 整 来着 大概 大致 一般 说法 ' +
    'a an the of and or to in on at for by with from as is are was were be been do does did what which who whom whose ' +
    'how why when where about this that these those it its any there their i we you me please tell'
  ).split(' '),
);

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;
const HAN = /\p{Script=Han}/u;

interface Segmenter {
  jieba: Jieba;
  /** Terms of the user dictionary, for emitting dictionary terms nested inside longer cuts. */
  terms: Set<string>;
  longestTerm: number;
  /** Sub-words of each long word seen so far (the vocabulary is small, so this stays small). */
  parts: Map<string, string[]>;
}

let segmenter: Segmenter | undefined;

/** Reads the user dictionary's terms; throws a clear error on a malformed line. */
export function readUserTerms(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const m = /^(\S+) (\d+) ([a-z]+)$/.exec(line);
      if (!m?.[1]) throw new Error(`${ITU_TERMS_FILE}:${i + 1}: expected "term freq tag", got "${line}"`);
      return m[1];
    });
}

function getSegmenter(): Segmenter {
  if (segmenter) return segmenter;
  const source = readFileSync(ITU_TERMS_FILE, 'utf8');
  const terms = readUserTerms(source);
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(source));
  segmenter = { jieba, terms: new Set(terms), longestTerm: Math.max(...terms.map((t) => t.length)), parts: new Map() };
  return segmenter;
}

// Words inside a long word: jieba's search-mode pieces plus user-dictionary terms nested anywhere in it
// (电信标准化局主任 → 电信标准化局, which search mode misses), each once.
function subWords(word: string, seg: Segmenter): string[] {
  const cached = seg.parts.get(word);
  if (cached) return cached;
  const out = new Set(seg.jieba.cutForSearch(word, false));
  for (let len = Math.min(word.length - 1, seg.longestTerm); len >= 2; len--) {
    for (let i = 0; i + len <= word.length; i++) {
      const sub = word.slice(i, i + len);
      if (seg.terms.has(sub)) out.add(sub);
    }
  }
  out.delete(word);
  const parts = [...out].filter((p) => !STOP_WORDS.has(p));
  seg.parts.set(word, parts);
  return parts;
}

/** A text's tokens by how they were found: whole words as jieba cut them, and parts found inside them (电信标准化局主任 → 电信标准化局, 主任). */
export interface TokenParts {
  words: string[];
  parts: string[];
}

/**
 * A yes-or-no question's verb asked both ways ("还管不管", "要不要", "有没有", "需不需要") as the verb alone: the
 * question asks whether, and 不管 or 不要 would count as words of its topic. The texts never write a verb this way.
 */
const VERB_NOT_VERB = /(\p{Script=Han})[不没]\1/gu;

/** Search tokens of a text split into whole words and parts (repeats kept for term frequency). */
export function tokenizeParts(text: string): TokenParts {
  const seg = getSegmenter();
  const normalized = normalizeForSearch(text).replace(VERB_NOT_VERB, '$1');
  const words: string[] = [];
  const parts: string[] = [];
  const cut = seg.jieba.cut(normalized, true);
  cut.forEach((word, i) => {
    // A Recommendation series ("K系列", "A系列") is one term; the letter alone is noise (clause labels a), k) …).
    if (/^[a-z]$/.test(word) && cut[i + 1] === '系列') {
      words.push(`${word}系列`);
      return;
    }
    if (PUNCTUATION_ONLY.test(word) || STOP_WORDS.has(word)) return;
    words.push(word);
    if (word.length > 2 && HAN.test(word)) parts.push(...subWords(word, seg));
  });
  return { words, parts };
}

/** Search tokens of a text (index side and query side alike): its words, then the parts inside them. */
export function tokenize(text: string): string[] {
  const { words, parts } = tokenizeParts(text);
  return [...words, ...parts];
}

/** jieba part-of-speech tags of words that can name a topic: nouns, verbs, idioms and abbreviations (not 自己, 最后, 已经). */
const CONTENT_TAG = /^(?:n|v|l|i|j)/;

/** True when every word jieba cuts the term into names something (a noun or verb, not a pronoun, adverb or time word). */
export function isContentWord(term: string): boolean {
  const tags = getSegmenter().jieba.tag(term, true);
  return tags.length > 0 && tags.every((t) => CONTENT_TAG.test(t.tag));
}

/** jieba part-of-speech tags of names: people, places, organisations, other proper nouns, Latin words. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'eng']);

/** The names a text mentions (people, places, organisations, Latin words of 3+ letters), as written. */
export function properNames(text: string): string[] {
  const { jieba } = getSegmenter();
  const names = jieba
    .tag(text.normalize('NFKC'), true)
    .filter((t) => NAME_TAGS.has(t.tag) && (t.tag === 'eng' ? t.word.length >= 3 : t.word.length >= 2))
    .map((t) => t.word);
  return [...new Set(names)];
}
