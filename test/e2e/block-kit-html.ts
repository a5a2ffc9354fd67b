// An HTML mock-up of Slack Block Kit messages (header, section, context, divider, actions; mrkdwn bold, links, code,
// the two emoji our messages use), close to Slack's desktop look, for screenshots of the cards.
import type { types } from '@slack/bolt';

const EMOJI: Record<string, string> = { ':warning:': '⚠️', ':information_source:': 'ℹ️' };

/** mrkdwn (already escaped: &amp; &lt; &gt;) as HTML: <url|label> links, *bold*, `code`, emoji, line breaks. */
export function mrkdwnHtml(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, (_m, url: string, label: string) => `<a href="${url.replace(/"/g, '&quot;')}">${label}</a>`)
    .replace(/<@(U\w+)>/g, '<span class="mention">@$1</span>')
    .replace(/\u200B?\*([^*\n]+)\*\u200B?/g, '<b>$1</b>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/:warning:|:information_source:/g, (m) => EMOJI[m] ?? m)
    .replace(/\n/g, '<br>');
}

function blockHtml(block: types.KnownBlock): string {
  switch (block.type) {
    case 'header':
      return `<div class="header">${block.text.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`;
    case 'section':
      return `<div class="section">${mrkdwnHtml(block.text?.text ?? '')}</div>`;
    case 'context':
      return `<div class="context">${block.elements.map((e) => ('text' in e ? mrkdwnHtml(e.text) : '')).join(' ')}</div>`;
    case 'divider':
      return '<hr>';
    case 'actions':
      return `<div class="actions">${block.elements
        .map((e) => ('text' in e && e.text ? `<span class="button${'style' in e && e.style === 'primary' ? ' primary' : ''}">${e.text.text}</span>` : ''))
        .join('')}</div>`;
    default:
      return '';
  }
}

/** A page showing each message as the bot's post in a Slack channel. */
export function blockKitPage(messages: { label: string; blocks: types.KnownBlock[] }[]): string {
  const posts = messages
    .map(
      (m) => `<div class="post"><div class="avatar">决</div><div class="body"><div class="name">决议助手 <span class="app">APP</span>
<span class="note">${m.label}</span></div>${m.blocks.map(blockHtml).join('\n')}</div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{margin:0;font:15px/1.47 "Noto Sans CJK SC","WenQuanYi Micro Hei",Slack-Lato,sans-serif;color:#1d1c1d;background:#fff}
.post{display:flex;gap:10px;padding:14px 20px;border-bottom:1px solid #eee}
.avatar{flex:none;width:36px;height:36px;border-radius:6px;background:#1d4f91;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.body{min-width:0;max-width:640px}.name{font-weight:700}.app{font-size:10px;background:#eee;color:#555;padding:1px 4px;border-radius:3px}
.note{font-weight:400;font-size:12px;color:#616061;margin-left:6px}
.header{font-size:18px;font-weight:900;margin:6px 0}.section{margin:6px 0}.context{font-size:12px;color:#616061;margin:4px 0}
a{color:#1264a3;text-decoration:none}code{font-size:12px;background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:0 3px;color:#e01e5a}
hr{border:0;border-top:1px solid #ddd;margin:8px 0}.mention{color:#1264a3;background:#e8f5fa}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}.button{border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-size:13px;font-weight:700}
.button.primary{background:#007a5a;border-color:#007a5a;color:#fff}
</style></head><body>${posts}</body></html>`;
}
