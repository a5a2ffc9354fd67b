// What users type, made readable for the parsers: Slack markup, Traditional characters, full-width letters and digits,
// repeated punctuation and conversational filler removed before anything else reads a question.
import * as OpenCC from 'opencc-js';

// Characters only: phrase conversion would also rewrite Simplified words (新增 → 添加 as a Taiwan phrase).
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
// Characters the converter rewrites although standard Simplified Chinese uses them too (显著, 著作).
const ALSO_SIMPLIFIED = new Set(['著']);

// Slack: <@U07ABCD12>, <#C01|general>, <!here>, <!subteam^S1|@team>; links <https://…|label> keep their label.
const SLACK_ENTITY = /<[@#!][^<>]*>/g;
const SLACK_LINK = /<(?:https?|mailto):[^<>|]*(?:\|([^<>]*))?>/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>]+/g;
const AT_BROADCAST = /(?<![\w.])@(?:here|channel|everyone|all)\b/gi;
const EMOJI_CODE = /:[a-z0-9_+-]{2,40}:/g;
// Generic link labels say nothing about the question.
const EMPTY_LABEL = /^(?:link|链接|鏈接|here|点此|这里)$/i;
// Full-width Latin letters and digits (ＳＧ１７); punctuation is left to the search keys' NFKC.
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
// A run of the same punctuation mark: ？？？, !!!, 。。。
const REPEATED_PUNCTUATION = /([？?！!。，,、~～…])\1+/g;
// Conversational openings and closings that carry no question: 谁知道, 麻烦问下, 有人知道吗, 请问, thanks.
const FILLER_OPENING =
  /^(?:(?:大家好|各位|hi|hello|hey)[，,！!\s]*)?(?:谁知道|有谁知道|有人知道(?:吗)?|麻烦问(?:一)?下|麻烦(?:一下)?|请问(?:一下)?|想问(?:一)?下|问(?:一)?下|请教(?:一下)?|求助|急)[，,：:\s]*/i;
const FILLER_CLOSING = /(?<![，,\s])[，,\s]*(?:有人知道吗|谁知道|谢谢(?:大家)?|多谢|thanks?(?: you)?|thx|来着)[？?！!。.\s]*$/i;

/** Slack markup removed: mentions and broadcasts, emoji codes, links (their label kept when it says something). */
export function withoutSlackMarkup(text: string): string {
  return text
    .replace(SLACK_LINK, (_m, label: string | undefined) => (label && !EMPTY_LABEL.test(label.trim()) ? ` ${label} ` : ' '))
    .replace(SLACK_ENTITY, ' ')
    .replace(BARE_URL, ' ')
    .replace(AT_BROADCAST, ' ')
    .replace(EMOJI_CODE, ' ');
}

/** Traditional characters as Simplified (決議 → 决议, 會員國 → 会员国); a Simplified text comes back unchanged. */
export function toSimplifiedChinese(text: string): string {
  const converted = toSimplified(text);
  if (converted.length !== text.length) return converted;
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += ALSO_SIMPLIFIED.has(text[i]!) ? text[i] : converted[i];
  return out;
}

/**
 * A question as the parsers should read it: Slack markup gone, Simplified characters, ASCII letters and digits,
 * single punctuation marks, no filler, one space between words. What the question asks is unchanged.
 */
export function normalizeQuestion(question: string): string {
  const plain = toSimplifiedChinese(withoutSlackMarkup(question))
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .replace(REPEATED_PUNCTUATION, '$1')
    .trim();
  const trimmed = plain.replace(FILLER_OPENING, '').replace(FILLER_CLOSING, '').trim();
  // A question made only of filler ("谁知道？") stays as typed rather than becoming empty.
  return trimmed || plain;
}
