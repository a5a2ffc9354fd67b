// The assistant end to end over the real corpus, model and index (the index is built first when missing).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { AskEvent, Assistant } from '../../src/assistant.js';
import { loadConfig } from '../../src/config.js';
import { createAssistant } from '../../src/create-assistant.js';
import { headingPart } from '../../src/corpus/headings.js';

let assistant: Assistant;

beforeAll(async () => {
  assistant = await createAssistant(loadConfig({}));
});

/** Every marker [n] in the answer has a citation n whose quote is part of its clause text, and vice versa. */
function expectConsistentCitations(answer: Answer): void {
  const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const numbers = answer.citations.map((c) => c.n);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  expect(new Set(markers)).toEqual(new Set(numbers));
  for (const c of answer.citations) expect(c.text).toContain(c.quote);
}

describe('answers with citations', () => {
  it('puts the clause a question names first', async () => {
    const answer = await assistant.ask({ question: '第52号决议做出决议第2段是怎么规定的？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]).toMatchObject({ doc: '52', label: '2' });
    expect(answer.citations[0]!.section.startsWith('做出决议')).toBe(true);
    expect(answer.answer).toContain('第52号决议');
    expectConsistentCitations(answer);
  });

  it('cites what a resolution asks of a party before a preamble that matches the question as well', async () => {
    const answer = await assistant.ask({ question: '第88号决议希望成员国怎样对待国际漫游资费？' });
    expect(answer.citations[0]).toMatchObject({ doc: '88' });
    expect(headingPart(answer.citations[0]!.section)).toBe('operative');
    expect(answer.citations.some((c) => headingPart(c.section) === 'preamble')).toBe(true);
    expectConsistentCitations(answer);
  });

  it('hedges rather than refuses a paraphrase that both retrievers trace to one resolution', async () => {
    const answer = await assistant.ask({ question: '三个部门一起搞的协调组 花的钱怎么分' });
    expect(answer).toMatchObject({ refused: false, confidence: 'low' });
    expect(answer.decision).toMatchObject({ outcome: 'hedge', rule: 'retrievers-agree' });
    expect(answer.citations[0]?.doc).toBe('18');
    expect(answer.answer.split('\n')[0]).toContain('没有直接说明');
    expectConsistentCitations(answer);
  });

  it('leans a question asked as it stands toward the document the conversation was about, without holding it there', async () => {
    const history = [{ role: 'user' as const, content: '第99号决议讲的是什么？' }, { role: 'assistant' as const, content: '……' }];
    const question = '最后要提交给下届WTSA什么报告？';
    expect((await assistant.ask({ question })).retrieved[0]?.doc).not.toBe('99');
    expect((await assistant.ask({ question, history })).retrieved[0]?.doc).toBe('99');
    const newTopic = await assistant.ask({ question: '第52号决议对垃圾信息有什么要求？', history });
    expect(newTopic.citations[0]?.doc).toBe('52');
  });

  it("answers a study group's mandate from Resolution 2 Annex A, whatever way the group is written", async () => {
    for (const question of ['SG15负责什么？', 'ITU-T第15研究组的职责是什么？', 'sg 15 的研究范围']) {
      const answer = await assistant.ask({ question });
      expect(answer.refused).toBe(false);
      expect(answer.citations[0]).toMatchObject({ doc: '2', section: '附件A 第1部分', meta: { studyGroup: '15' } });
      expect(answer.answer).toContain('第15研究组');
      expectConsistentCitations(answer);
    }
  });

  it('lists what a resolution instructs a named party to do, from the section addressed to it', async () => {
    const answer = await assistant.ask({ question: '第55号决议责成TSB主任做什么？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(1);
    for (const c of answer.citations) {
      expect(c.doc).toBe('55');
      expect(c.section).toContain('电信标准化局主任');
    }
    expectConsistentCitations(answer);
  });

  it("puts the clauses addressed to the named group alone before the ones it shares, and skips groups merely mentioned", async () => {
    const answer = await assistant.ask({ question: '第29号决议对第3研究组有什么要求？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.text.startsWith('责成ITU-T第3研究组')).toBe(true);
    expect(answer.citations[1]!.text).toContain('第2、第3和第12研究组');
    const second = await assistant.ask({ question: '第29号决议责成第2研究组做什么' });
    expect(second.citations[0]!.text).toContain('责成ITU-T第2研究组');
    expect(second.citations.map((c) => c.text)).not.toContainEqual(expect.stringMatching(/^责成ITU-T第3研究组/));
    expectConsistentCitations(answer);
  });

  it('leads with the task that matches the topic a question names within the list', async () => {
    const answer = await assistant.ask({ question: '第64号决议请成员国在政府采购方面做什么？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.text).toContain('采购');
    expectConsistentCitations(answer);
  });

  it('finds the clause that quotes a text of another ITU body', async () => {
    const answer = await assistant.ask({ question: '哪个决议提到了全权代表大会第71号决议？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.text).toContain('全权代表大会第71号决议');
    expectConsistentCitations(answer);
  });

  it('answers an English question through the glossary, and declines one whose key words it cannot translate', async () => {
    const answer = await assistant.ask({ question: 'Which resolution is about electronic waste?' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.doc).toBe('79');
    // "deals" has no glossary entry: an everyday English word, it must not sink the question.
    const counterfeit = await assistant.ask({ question: 'Which resolution deals with counterfeit devices?' });
    expect(counterfeit.refused).toBe(false);
    expect(counterfeit.citations[0]!.doc).toBe('96');
    const unknown = await assistant.ask({ question: 'Which resolution is about underwater basket weaving?' });
    expect(unknown.refused || unknown.confidence === 'low').toBe(true);
  });

  it("lists a named group's tasks in each of several resolutions, in the order they are named", async () => {
    const answer = await assistant.ask({ question: '第94号和第58号决议分别让SG17做什么？' });
    expect(answer.refused).toBe(false);
    expect([...new Set(answer.citations.map((c) => c.doc))]).toEqual(['94', '58']);
    for (const c of answer.citations) expect(c.section).toContain('第17研究组');
    expect(answer.citations.find((c) => c.doc === '58')?.label).toBe('1');
    expectConsistentCitations(answer);
  });

  it('finds a lead study group that a resolution designates itself, outside Annex A Part 2', async () => {
    const answer = await assistant.ask({ question: '应急通信里确定主叫位置的工作谁牵头？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]).toMatchObject({ doc: 'COM4/CLI-CL' });
    expect(answer.citations[0]!.text).toContain('第2研究组作为该问题的牵头研究组');
    expectConsistentCitations(answer);
  });

  it('names the lead study group of a topic from Resolution 2 Annex A Part 2, however the topic is written', async () => {
    for (const question of ['电子废弃物的牵头研究组是哪个', '谁牵头负责EMF？']) {
      const answer = await assistant.ask({ question });
      expect(answer.refused).toBe(false);
      expect(answer.citations[0]).toMatchObject({ doc: '2', section: '附件A 第2部分', meta: { studyGroup: '5' } });
      expect(answer.answer).toContain('第5研究组');
      expectConsistentCitations(answer);
    }
  });

  it('says so when the named resolution has no section for the party asked about, then cites what is closest', async () => {
    const answer = await assistant.ask({ question: '第32号决议请成员国做什么？' });
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain('没有专门写给成员国的段落');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.doc).toBe('32');
    const addressed = await assistant.ask({ question: '第70号决议责成TSB主任做什么？' });
    expect(addressed.answer).not.toContain('没有专门写给');
    expectConsistentCitations(answer);
  });

  it('lists every resolution whose clauses mention a topic, each cited to such a clause', async () => {
    const answer = await assistant.ask({ question: '哪些决议提到了数字孪生？' });
    expect(answer.refused).toBe(false);
    const docs = new Set(answer.citations.map((c) => c.doc));
    for (const doc of ['98', '2', '92']) expect(docs.has(doc), doc).toBe(true);
    for (const c of answer.citations) expect(c.text).toContain('数字孪生');
    expectConsistentCitations(answer);
  });

  it('lists the vice-chairs from one country across all groups, each cited to its row', async () => {
    const answer = await assistant.ask({ question: '印度有几位研究组副主席？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(1);
    expect(answer.answer).toContain(`共${answer.citations.length}位`);
    for (const c of answer.citations) expect(c).toMatchObject({ doc: 'leadership', meta: { person: { country: '印度', role: '副主席' } } });
    expectConsistentCitations(answer);
  });

  it('answers what TSAG and SCV do from the resolutions that set their terms of reference', async () => {
    const tsag = await assistant.ask({ question: 'TSAG负责什么？' });
    expect(tsag.citations[0]).toMatchObject({ doc: '22', section: '做出决议', label: '1' });
    const scv = await assistant.ask({ question: '词汇标准化委员会是干什么的？' });
    expect(scv.citations.length).toBeGreaterThan(2);
    for (const c of scv.citations.slice(0, 3)) expect(c).toMatchObject({ doc: '67', section: '附件' });
    expectConsistentCitations(tsag);
    expectConsistentCitations(scv);
  });

  it('names every resolution new at WTSA-24', async () => {
    const answer = await assistant.ask({ question: '本届全会新增了哪些决议？' });
    const added = assistant.documents().filter((d) => d.status === 'ADD');
    expect(added).toHaveLength(8);
    for (const d of added) expect(answer.answer).toContain(d.title);
    expectConsistentCitations(answer);
  });

  it('resolves a follow-up against the earlier turns before retrieving', async () => {
    const answer = await assistant.ask({
      question: '那第11研究组呢？',
      history: [
        { role: 'user', content: 'SG3负责什么？' },
        { role: 'assistant', content: '第3研究组负责资费及结算原则。' },
      ],
    });
    expect(answer.resolvedQuestion).toContain('第11研究组');
    expect(answer.citations[0]).toMatchObject({ doc: '2', meta: { studyGroup: '11' } });
  });
});

describe('refusals', () => {
  it.each([
    ['下一届世界电信标准化全会将在哪个城市召开？'],
    ['第37号决议的做出决议部分说了什么？'],
  ])('refuses %s with the closest documents and no citations', async (question) => {
    const answer = await assistant.ask({ question });
    expect(answer.refused).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toContain('无法回答');
  });

  it('declines a question about a company the texts never mention, saying it is not mentioned', async () => {
    const answer = await assistant.ask({ question: '爱立信向第15研究组提交了哪些文稿？' });
    expect(answer.refused || answer.confidence === 'low').toBe(true);
    if (!answer.refused) expect(answer.answer.split('\n')[0]).toContain('爱立信');
  });
});

describe('how people actually type', () => {
  it('answers a question in Traditional characters from the Simplified text', async () => {
    const answer = await assistant.ask({ question: '第17研究組負責什麼？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]).toMatchObject({ doc: '2', meta: { studyGroup: '17' } });
    expectConsistentCitations(answer);
  });

  it('answers a Slack message with mentions, a broadcast and an emoji code', async () => {
    const answer = await assistant.ask({ question: '<@U0123ABC> @here 麻烦问下 SG12 管哪些事 :pray:' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]).toMatchObject({ doc: '2', meta: { studyGroup: '12' } });
  });

  it('answers a question full of everyday words from the resolution about its topic', async () => {
    const answer = await assistant.ask({ question: '数字孪生这块 决议里到底让咱们干点啥东西' });
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.doc).toBe('98');
  });
});

describe('lists and counts from the structure', () => {
  it('counts the resolutions first adopted at an assembly, each cited to its printed history', async () => {
    const answer = await assistant.ask({ question: '2012年迪拜那届全会最早通过了哪些决议？' });
    const first = assistant.documents().filter((d) => d.history[0]?.startsWith('2012年，迪拜'));
    expect(first.length).toBeGreaterThan(0);
    expect(answer.answer).toContain(`共${first.length}项`);
    expect(answer.citations.map((c) => c.doc)).toEqual(first.map((d) => d.doc));
    for (const c of answer.citations) expect(c.text.startsWith('（2012年，迪拜')).toBe(true);
    expectConsistentCitations(answer);
  });

  it("lists a committee's new resolutions", async () => {
    const answer = await assistant.ask({ question: 'COM4这次提了哪些新决议？' });
    const added = assistant.documents().filter((d) => d.status === 'ADD' && d.doc.startsWith('COM4/'));
    expect(answer.citations.map((c) => c.doc)).toEqual(added.map((d) => d.doc));
    expect(answer.answer).toContain(`共${added.length}项`);
  });

  it("counts a group's Questions and its new ones, listing each, when asked how many", async () => {
    const rows = assistant.document('questions')!.records.filter((r) => r.meta?.studyGroup === '11');
    const active = rows.filter((r) => !r.meta?.questionStatus?.includes('删除'));
    const fresh = active.filter((r) => r.meta?.questionStatus?.includes('新课题')).length;
    const answer = await assistant.ask({ question: 'SG11一共多少个课题 有新的吗' });
    expect(answer.answer).toContain(`共${active.length}项（其中新课题${fresh}项`);
    expect(answer.citations.map((c) => c.id)).toEqual(active.map((r) => r.id));
  });

  it('does not count the Questions the lists print as deleted, and lists them first when asked', async () => {
    const rows = assistant.document('questions')!.records.filter((r) => r.meta?.studyGroup === '3');
    const deleted = rows.filter((r) => r.meta?.questionStatus?.includes('删除'));
    expect(deleted.length).toBeGreaterThan(0);
    const answer = await assistant.ask({ question: '第3研究组现在一共几个课题？删掉了哪些？' });
    expect(answer.answer).toContain(`共${rows.length - deleted.length}项（其中新课题`);
    expect(answer.answer).toContain(`另有${deleted.length}项课题已删除`);
    expect(answer.citations.slice(0, deleted.length).map((c) => c.id)).toEqual(deleted.map((r) => r.id));
  });

  it('counts the chair and vice-chairs of a group when asked how many', async () => {
    const rows = assistant.document('leadership')!.records.filter((r) => r.meta?.studyGroup === '12');
    const vice = rows.filter((r) => r.meta?.person?.role === '副主席').length;
    const answer = await assistant.ask({ question: '第12研究组有多少位副主席？' });
    expect(answer.answer).toContain(`共${rows.length}位（主席1位、副主席${vice}位）`);
    expect(answer.citations).toHaveLength(rows.length);
  });

  it('names the chair first when asked who chairs a group in chat shorthand, or for the chair and the vice-chairs at once', async () => {
    for (const question of ['@here SG13 主席谁', 'SG11 主席 哪国的', '第15研究组主席是谁？副主席有几位？']) {
      const answer = await assistant.ask({ question });
      expect(answer.kind, question).toBe('mandate');
      expect(answer.citations[0]!.meta?.person?.role, question).toBe('主席');
    }
    const vice = await assistant.ask({ question: '第15研究组有哪些副主席？' });
    expect(vice.citations[0]!.meta?.person?.role).toBe('副主席');
  });

  it('cites the adoption history first when asked when a resolution was first adopted', async () => {
    const answer = await assistant.ask({ question: '第55号决议是哪一年首次通过的？' });
    expect(answer.citations[0]).toMatchObject({ doc: '55', label: '' });
    expect(answer.citations[0]!.text).toMatch(/^（\d{4}年/);
  });
});

describe('kinds of question', () => {
  it('names the kind that answered: the structure for the common kinds, the ranked clauses otherwise', async () => {
    expect((await assistant.ask({ question: '第13研究组是干嘛的' })).kind).toBe('mandate');
    expect((await assistant.ask({ question: '第64号决议责成了谁？' })).kind).toBe('addressees');
    expect((await assistant.ask({ question: '哪些决议引用了第44号决议？' })).kind).toBe('citing-documents');
    expect((await assistant.ask({ question: '第52号决议做出决议第2段是怎么规定的？' })).kind).toBe('general');
    const refused = await assistant.ask({ question: '第90号决议讲什么？' });
    expect([refused.refused, refused.kind]).toEqual([true, undefined]);
  });
});

describe('footnotes', () => {
  it('cites a footnote as a record of its own, named by its number', async () => {
    const answer = await assistant.ask({ question: '第73号决议的脚注1说了什么？' });
    const note = answer.citations[0]!;
    expect([note.doc, note.section, note.meta?.footnote?.number]).toEqual(['73', '脚注', 1]);
    expect(answer.answer).toContain(`第73号决议《${note.docTitle}》脚注1：`);
    expectConsistentCitations(answer);
  });

  it('cites the footnote a cited clause refers to right after the clause', async () => {
    const answer = await assistant.ask({ question: '第73号决议说的在世界各地举办的研讨会都在哪些地方办过？' });
    const [clause, note] = answer.citations;
    expect(clause!.notes.length).toBeGreaterThan(0);
    expect(note?.meta?.footnote?.referredBy).toContain(clause!.id);
    expectConsistentCitations(answer);
  });

  it('keeps one copy of a footnote printed in many documents among the retrieved records', async () => {
    const hits = await assistant.search('发展中国家包括哪些国家？最不发达国家算不算？', { k: 10 });
    const copies = hits.filter((h) => h.meta?.footnote && h.text.startsWith('这些国家包括最不发达国家'));
    expect(copies).toHaveLength(1);
  });
});

describe('streaming', () => {
  it('sends the sources first, then deltas that add up to the final answer', async () => {
    const events: AskEvent[] = [];
    for await (const event of assistant.askStream({ question: 'SG12负责什么？' })) events.push(event);
    expect(events[0]?.type).toBe('sources');
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    const text = events.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
    expect(done?.type === 'done' && done.answer.answer).toBe(text);
  });
});

describe('retrievers', () => {
  it('lets each retriever rank on its own (for ablations)', async () => {
    for (const retriever of ['hybrid', 'dense', 'lexical'] as const) {
      const hits = await assistant.search('抵制和打击垃圾信息', { retriever, k: 5 });
      expect(hits).toHaveLength(5);
      expect(hits.some((h) => h.doc === '52')).toBe(true);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    }
  });
});

describe('LLM mode against a local OpenAI-compatible server', () => {
  let server: Server;
  let reply: (body: { messages: { content: string }[] }) => { status: number; content: string };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const { status, content } = reply(JSON.parse(raw) as { messages: { content: string }[] });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'x',
            object: 'chat.completion',
            created: 0,
            model: 'fake',
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return () => new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const llmAssistant = () => {
    const { port } = server.address() as AddressInfo;
    return createAssistant(loadConfig({ LLM_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_MODEL: 'fake', LLM_TIMEOUT_MS: '5000' }));
  };

  it('keeps the checked markers of the model and renumbers citations in order of use', async () => {
    reply = () => ({ status: 200, content: '第17研究组负责安全方面的研究[2]。它也牵头身份管理[9]。' });
    const answer = await (await llmAssistant()).ask({ question: 'SG17负责什么？' });
    expect(answer.mode).toBe('llm');
    expect(answer.answer).toContain('[1]');
    expect(answer.answer).not.toContain('[9]');
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.n).toBe(1);
  });

  it('falls back to the extractive answer when the model fails', async () => {
    reply = () => ({ status: 500, content: '' });
    const answer = await (await llmAssistant()).ask({ question: 'SG17负责什么？' });
    expect(answer.mode).toBe('extractive');
    expect(answer.refused).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe('mandate cards by focus', () => {
  it.each([
    ['SG13牵头哪些领域？', '附件A 第2部分'],
    ['SG13负责哪些建议书系列？', '附件C'],
    ['SG13的工作指导是什么？', '附件B'],
  ])('%s cites %s first', async (question, section) => {
    const answer = await assistant.ask({ question });
    expect(answer.citations[0]).toMatchObject({ doc: '2', section, meta: { studyGroup: '13' } });
  });
});

describe('cross-references', () => {
  it('tells which resolutions cite a given one', async () => {
    const answer = await assistant.ask({ question: '哪些决议引用了第44号决议？' });
    expect(answer.citations.length).toBeGreaterThan(1);
    for (const c of answer.citations) {
      expect(c.doc).not.toBe('44');
      expect(c.refs).toContain('44');
    }
  });

  it('tells which resolutions a given one cites', async () => {
    const answer = await assistant.ask({ question: '第72号决议引用了哪些WTSA决议？' });
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(c.doc).toBe('72');
      expect(c.refs.length).toBeGreaterThan(0);
    }
  });
});

describe('clauses that introduce a list', () => {
  it('answers with the introducing clause, cited first, then each of its listed items in order', async () => {
    const answer = await assistant.ask({ question: '第32号决议做出决议第1段包括哪些内容？' });
    const [lead, ...rest] = answer.citations;
    const items = rest.filter((c) => c.parentId === lead!.id);
    expect(lead).toMatchObject({ doc: '32', label: '1' });
    expect(items.length).toBeGreaterThan(2);
    expect(rest.slice(0, items.length)).toEqual(items);
    expect(items.map((i) => i.lines[0])).toEqual([...items.map((i) => i.lines[0])].sort((a, b) => a - b));
    expectConsistentCitations(answer);
  });
});

describe('what an answer stands on', () => {
  it('lists first, among the retrieved records, the records a list built from the structure cites', async () => {
    const answer = await assistant.ask({ question: '第4委员会这次提了哪几项新决议' });
    expect(answer.kind).not.toBe('general');
    expect(answer.citations.length).toBeGreaterThan(1);
    expect(answer.retrieved.slice(0, answer.citations.length).map((r) => r.id)).toEqual(answer.citations.map((c) => c.id));
    const events: AskEvent[] = [];
    for await (const event of assistant.askStream({ question: '第4委员会这次提了哪几项新决议' })) events.push(event);
    expect(events[0]).toEqual({ type: 'sources', retrieved: answer.retrieved });
  });

  it('keeps the ranking as retrieved for an answer from the ranked clauses, though it cites a lead-in with all its items', async () => {
    const question = '分配国际编号资源前，电信标准化局主任需要征求哪些方面的意见';
    const answer = await assistant.ask({ question });
    expect(answer.kind).toBe('general');
    const ranking = await assistant.search(question, { k: 10 });
    expect(answer.retrieved.map((r) => r.id)).toEqual(ranking.map((r) => r.id));
  });
});

describe('questions about several documents', () => {
  it('answers from each named document, in the order named', async () => {
    const answer = await assistant.ask({ question: '第73号和第79号决议分别对电子废弃物说了什么？' });
    expect(answer.refused).toBe(false);
    expect(answer.citations.map((c) => c.doc)).toEqual(['73', '79']);
    expect(answer.retrieved.length).toBeLessThanOrEqual(10);
    expectConsistentCitations(answer);
  });
});
