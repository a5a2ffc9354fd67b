// A deterministic Assistant for browser tests: real WTSA-24 records and documents, scripted Chinese answers, streamed in pieces.
import { resolve } from 'node:path';
import type { Answer, AskInput, Citation, ScoredRecord } from '../../src/answer/types.js';
import type { AskEvent, Assistant } from '../../src/assistant.js';
import { ROOT } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { ClauseRecord } from '../../src/corpus/types.js';

/** The fake plus what it was asked and a way to hold a stream open mid-answer. */
export interface CorpusFakeAssistant extends Assistant {
  /** Every input received, in order. */
  asked: AskInput[];
  /** Makes the next stream pause after its first text delta until the returned function is called. */
  holdNextStream(): () => void;
}

/** One scripted answer: text with [n] markers, and for each n the record and the quoted part of its text. */
interface Script {
  answer: string;
  cites: { record: ClauseRecord; quote: string }[];
  /** "low" for a hedged answer (default "high"). */
  confidence?: 'high' | 'low';
}

/** The standalone question a follow-up stands for: "那X呢？" after earlier turns becomes a question about Res 44. */
function resolveFollowUp(input: AskInput): string {
  const m = /^那(.+?)呢？?$/.exec(input.question);
  return m && input.history?.length ? `第44号决议对${m[1]}有什么规定？` : input.question;
}

/**
 * Builds the fake over the real corpus: Res 44 answers about 学术成员 and 会费 (a hedged one when a country's figure is
 * asked), all of Res 44's resolves for 全部, Res 73's symposia and their footnote for 研讨会, Res 2 about SG17, refusals
 * otherwise; "那X呢？" follow-ups are rewritten.
 */
export function createCorpusFakeAssistant(): CorpusFakeAssistant {
  const corpus = loadCorpus(resolve(ROOT, 'corpus/wtsa24-zh.txt'));
  const find = (doc: string, includes: string): ClauseRecord => {
    const r = corpus.records.find((x) => x.doc === doc && x.text.includes(includes));
    if (!r) throw new Error(`fake assistant: no record of ${doc} contains ${includes}`);
    return r;
  };
  const encourage = find('44', '特别是学术成员和下一代');
  const fees = find('44', '新学术成员有限时间内');
  const offices = find('44', '部门准成员和学术成员的认识');
  const sg17 = find('2', 'ITU-T第17研究组负责制定支持树立');
  const symposia = find('73', '考虑到在世界各地举办的');
  const venues = find('73', '2008年4月15-16日在日本京都');

  const resolves = corpus.records.filter((r) => r.doc === '44' && r.section === '做出决议');
  const scripts: { when: (q: string) => boolean; script: Script }[] = [
    {
      when: (q) => q.includes('中国'),
      script: {
        answer: '决议文本没有给出中国的具体数字；第44号决议提到的是发展中国家新学术成员的会费可在有限时间内免除[1]。',
        cites: [{ record: fees, quote: '有限时间内（最多不超过一个完整研究期）的会费' }],
        confidence: 'low',
      },
    },
    {
      when: (q) => q.includes('全部'),
      script: {
        answer: `第44号决议“做出决议”部分共有${resolves.length}项：\n\n${resolves.map((r, i) => `- ${r.text.slice(0, 80)}[${i + 1}]`).join('\n')}`,
        cites: resolves.map((r) => ({ record: r, quote: r.text.slice(0, 20) })),
      },
    },
    {
      when: (q) => q.includes('会费') || q.includes('多久'),
      script: {
        answer: '根据第44号决议，全会请国际电联理事会考虑免除发展中国家新学术成员的会费，期限为有限时间内，最多不超过一个完整研究期[1]。',
        cites: [{ record: fees, quote: '有限时间内（最多不超过一个完整研究期）的会费' }],
      },
    },
    {
      when: (q) => q.includes('学术成员'),
      script: {
        answer:
          '第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》对学术成员主要有以下规定：\n\n' +
          '- 鼓励来自发展中国家的成员，特别是学术成员和下一代参与ITU-T的标准化活动[1]；\n' +
          '- 请国际电联理事会考虑免除发展中国家新学术成员有限时间内（最多不超过一个完整研究期）的会费[2]。\n\n' +
          '此外，国际电联区域代表处应提高发展中国家潜在学术成员对标准化工作的认识[3]。',
        cites: [
          { record: encourage, quote: '特别是学术成员和下一代参与ITU-T的标准化活动' },
          { record: fees, quote: '考虑免除发展中国家新学术成员有限时间内（最多不超过一个完整研究期）的会费' },
          { record: offices, quote: '部门准成员和学术成员的认识' },
        ],
      },
    },
    {
      when: (q) => q.includes('研讨会'),
      script: {
        answer: '第73号决议做出决议，尽可能广泛地宣传在世界各地举办的国际专题研讨会的成果[1]；这些研讨会的时间和地点列在该决议的脚注1中[2]。',
        cites: [
          { record: symposia, quote: '尽可能广泛地宣传其成果' },
          { record: venues, quote: '2008年4月15-16日在日本京都' },
        ],
      },
    },
    {
      when: (q) => /SG17|第17研究组|17研究组/i.test(q),
      script: {
        answer: 'ITU-T第17研究组（SG17）负责制定支持树立使用电信/信息通信技术（ICT）的信心、提高安全性和信任度方面的国际标准[1]。',
        cites: [{ record: sg17, quote: 'ITU-T第17研究组负责制定支持树立使用电信/信息通信技术（ICT）的信心、提高安全性和信任度方面的国际标准' }],
      },
    },
  ];

  const answerFor = (input: AskInput): Answer => {
    const resolvedQuestion = resolveFollowUp(input);
    const hit = scripts.find((s) => s.when(resolvedQuestion));
    if (!hit) {
      return {
        answer: '抱歉，WTSA-24决议文本中没有关于这个问题的规定。',
        refused: true,
        confidence: 'none',
        citations: [],
        suggestions: [
          { doc: '44', title: '缩小发展中国家与发达国家之间的标准化工作差距' },
          { doc: 'COM4/AI', title: corpus.documents.find((d) => d.doc === 'COM4/AI')?.title ?? '' },
        ],
        resolvedQuestion,
        mode: 'extractive',
        retrieved: [],
      };
    }
    const citations: Citation[] = hit.script.cites.map((c, i) => ({ ...c.record, n: i + 1, quote: c.quote }));
    const retrieved: ScoredRecord[] = [...hit.script.cites.map((c) => c.record), find('44', '接纳学术成员')].map((r, i) => ({
      ...r,
      score: 0.9 - i * 0.05,
    }));
    const confidence = hit.script.confidence ?? 'high';
    return { answer: hit.script.answer, refused: false, confidence, citations, suggestions: [], resolvedQuestion, mode: 'extractive', retrieved };
  };

  let hold: Promise<void> | null = null;
  const fake: CorpusFakeAssistant = {
    asked: [],
    holdNextStream() {
      let release!: () => void;
      hold = new Promise<void>((r) => (release = r));
      return () => release();
    },
    async ask(input) {
      fake.asked.push(input);
      return answerFor(input);
    },
    async *askStream(input): AsyncGenerator<AskEvent> {
      fake.asked.push(input);
      const answer = answerFor(input);
      const held = hold;
      hold = null;
      yield { type: 'sources', retrieved: answer.retrieved };
      const pieces = answer.answer.match(/[\s\S]{1,8}/g) ?? [];
      for (const [i, text] of pieces.entries()) {
        yield { type: 'delta', text };
        if (i === 0 && held) await held;
      }
      yield { type: 'done', answer };
    },
    async search(query) {
      return answerFor({ question: query }).retrieved;
    },
    mandate: () => null,
    studyGroups: () => [],
    documents: () => corpus.documents,
    document(id) {
      const document = corpus.documents.find((d) => d.doc === id);
      return document ? { document, records: corpus.records.filter((r) => r.doc === id) } : null;
    },
  };
  return fake;
}
