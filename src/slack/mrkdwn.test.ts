import { describe, expect, it } from 'vitest';
import { bold, escapeMrkdwn, link, markdownToMrkdwn, slackTextToPlain, splitMrkdwn } from './mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > and leaves Chinese text alone', () => {
    expect(escapeMrkdwn('A&B <@U123> 第44号决议 > 3')).toBe('A&amp;B &lt;@U123&gt; 第44号决议 &gt; 3');
  });
});

describe('bold and link', () => {
  it('puts zero-width spaces outside the asterisks, so bold renders next to Chinese characters and punctuation', () => {
    expect(`${bold('问：')}第44号决议`).toBe('\u200B*问：*\u200B第44号决议');
    expect(bold('来源')).toMatch(/^\u200B\*来源\*\u200B$/);
  });

  it('keeps a link from being cut by | or > in its URL', () => {
    expect(link('https://h/docs/44?clause=44%235.1', '第44号决议')).toBe('<https://h/docs/44?clause=44%235.1|第44号决议>');
    expect(link('https://h/a|b>c', 'x')).toBe('<https://h/a%7Cb%3Ec|x>');
  });
});

describe('markdownToMrkdwn', () => {
  it('turns bold, headings and bullets into Slack mrkdwn, leaving plain text and [n] markers alone', () => {
    const md = '## 要点\n**第44号决议**要求：\n- 继续实现行动计划的目标[1]\n  * 结成伙伴关系[2]\n3 × 4 = 12';
    expect(markdownToMrkdwn(md)).toBe('\u200B*要点*\u200B\n\u200B*第44号决议*\u200B要求：\n• 继续实现行动计划的目标[1]\n  • 结成伙伴关系[2]\n3 × 4 = 12');
  });
});

describe('slackTextToPlain', () => {
  it('drops mentions, unwraps links and decodes entities', () => {
    expect(slackTextToPlain('<@U0BOT> SG17 &amp; SG20 &lt;安全&gt; 见 <https://itu.int|ITU>')).toBe('SG17 & SG20 <安全> 见 ITU');
  });

  it('returns an empty string for a bare mention', () => {
    expect(slackTextToPlain('  <@U0BOT>  ')).toBe('');
  });
});

describe('splitMrkdwn', () => {
  it('keeps short text whole', () => {
    expect(splitMrkdwn('第17研究组 安全', 3000)).toEqual(['第17研究组 安全']);
  });

  it('cuts at line ends, under the limit, losing nothing but the line breaks it cut at', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i} ${'安全'.repeat(50)}`);
    const text = lines.join('\n');
    const pieces = splitMrkdwn(text, 1000);
    expect(pieces.length).toBeGreaterThan(4);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(1000);
    expect(pieces.join('\n')).toBe(text);
  });

  it('cuts after 。 when a paragraph has no line break', () => {
    const text = '电信标准化局主任应继续实现行动计划的目标。'.repeat(30);
    const pieces = splitMrkdwn(text, 100);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(p.endsWith('。')).toBe(true);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('never cuts inside an &amp; entity', () => {
    const text = escapeMrkdwn('&'.repeat(100));
    const pieces = splitMrkdwn(text, 23);
    for (const p of pieces) expect(p).toMatch(/^(&amp;)+$/);
    expect(pieces.join('')).toBe(text);
  });
});
