// Style sheets of the widget, the full-page chat and the document pages (applied inside shadow roots), light and dark.

const light = `--accent:#1f5fbf;--accent-d:#174a96;--accent-soft:#e9f0fb;--on-accent:#fff;--bg:#fff;--text:#1b2230;--muted:#5d6678;
--border:#e2e6ee;--field:#8a93a6;--soft:#f5f7fb;--mark:#ffe58a;--warn-bg:#fff8e6;--warn-border:#efc56a;--warn-text:#7a4f00;
--err-bg:#fdeeee;--err-border:#f1b5b5;--err-text:#8c1d1d;--hl:#fff7d1;--shadow:rgba(16,24,40,.24);color-scheme:light`;

const dark = `--accent:#7fb0ff;--accent-d:#a8c8ff;--accent-soft:#1f2c44;--on-accent:#0d1420;--bg:#171b22;--text:#e6e9ef;--muted:#a5adbd;
--border:#2c3340;--field:#6b7485;--soft:#10141a;--mark:#6b5a12;--warn-bg:#2e2613;--warn-border:#7a5d1c;--warn-text:#f3cf7a;
--err-bg:#3a1b1b;--err-border:#7a3030;--err-text:#ffb4b4;--hl:#3a3214;--shadow:rgba(0,0,0,.6);color-scheme:dark`;

/** Viewports treated as phones: the widget fills the screen, tap targets grow, sources start collapsed. */
export const PHONE_QUERY = '(max-width: 480px)';

const base = `
:host{all:initial;display:block}
.wtsa{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
${light};
color:var(--text);font-size:15px;font-weight:400;font-style:normal;line-height:1.6;letter-spacing:normal;word-spacing:normal;text-align:left;text-transform:none;
text-indent:0;white-space:normal;direction:ltr;visibility:visible;cursor:auto;-webkit-font-smoothing:antialiased}
@media (prefers-color-scheme:dark){.wtsa:not([data-theme=light]){${dark}}}
.wtsa[data-theme=dark]{${dark}}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button{font:inherit;color:inherit;cursor:pointer}
button:disabled{cursor:default;opacity:.6}
a{color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.icon{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 1px}
.badge{display:inline-block;padding:2px 8px;border-radius:999px;background:var(--accent-soft);color:var(--accent);font-weight:600;font-size:12px}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}
`;

/** Styles of the chat (floating widget and full page). */
export const chatStyles = `${base}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:none;background:var(--accent);color:var(--on-accent);
display:flex;align-items:center;justify-content:center;box-shadow:0 6px 20px rgba(20,50,110,.35);transition:transform .15s,background .15s}
.launcher:hover{background:var(--accent-d);transform:translateY(-1px)}
.launcher .icon{width:26px;height:26px}
.left .launcher{left:20px;right:auto}
.panel{position:fixed;bottom:88px;right:20px;z-index:2147483000;width:400px;max-width:calc(100vw - 40px);height:min(680px,calc(100vh - 112px));
background:var(--bg);border-radius:16px;box-shadow:0 16px 48px var(--shadow),0 0 0 1px rgba(16,24,40,.06);overflow:hidden;animation:rise .18s ease-out}
.left .panel{left:20px;right:auto}
@keyframes rise{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
.page{position:fixed;inset:0;display:flex;justify-content:center;background:var(--soft)}
.page .chat{max-width:860px;background:var(--bg);box-shadow:0 0 0 1px var(--border)}
.chat{position:relative;display:flex;flex-direction:column;width:100%;height:100%;overflow:hidden;background:var(--bg)}
.head{display:flex;align-items:center;gap:10px;padding:12px 12px 12px 16px;border-bottom:1px solid var(--border);background:var(--bg)}
.logo{width:34px;height:34px;border-radius:10px;background:var(--accent);color:var(--on-accent);display:flex;align-items:center;justify-content:center;flex:none}
.brand{flex:1;min-width:0}
.brand h1,.brand h2{margin:0;font-size:16px;font-weight:600;line-height:1.3}
.brand p{margin:0;font-size:12px;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tools{display:flex;align-items:center;gap:2px}
.icon-btn{display:inline-flex;align-items:center;gap:4px;border:1px solid transparent;background:transparent;border-radius:8px;padding:6px 8px;color:var(--muted);font-size:13px;line-height:1;min-height:32px}
.icon-btn:hover:not(:disabled){background:var(--soft);color:var(--text)}
.icon-btn[aria-pressed=true]{color:var(--accent);background:var(--accent-soft);opacity:1}
.log{position:relative;flex:1;overflow-y:auto;padding:18px 16px 8px;display:flex;flex-direction:column;gap:18px;overscroll-behavior:contain}
.log:focus-visible{outline-offset:-2px}
.empty{margin:auto 0;display:flex;flex-direction:column;gap:12px;padding:8px 4px}
.empty .welcome{margin:0;font-size:15px}
.empty .try,.empty .note{margin:8px 0 0;font-size:13px;color:var(--muted)}
.example{display:block;width:100%;min-height:44px;text-align:left;padding:10px 14px;border:1px solid var(--border);border-radius:12px;background:var(--bg);font-size:14px;transition:border-color .15s,background .15s}
.example:hover{border-color:var(--accent);background:var(--accent-soft)}
.msg-user{align-self:flex-end;max-width:85%;background:var(--accent);color:var(--on-accent);padding:9px 14px;border-radius:16px 16px 4px 16px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg-bot{align-self:stretch;display:flex;flex-direction:column;gap:8px}
.sources{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:12px;color:var(--muted)}
.sources:empty,.standing:empty{display:none}
.standing{display:flex;flex-direction:column;align-items:flex-start;gap:6px}
.chip{border:1px solid var(--border);background:var(--soft);border-radius:999px;padding:3px 10px;font-size:12px;color:var(--muted);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chip:hover{border-color:var(--accent);color:var(--accent)}
.resolved{margin:0;font-size:12.5px;color:var(--muted)}
.resolved q{color:var(--text)}
.badge-hedged{display:inline-flex;align-items:center;gap:6px;margin:0;padding:3px 10px;border:1px solid var(--warn-border);background:var(--warn-bg);color:var(--warn-text);border-radius:999px;font-size:12.5px}
.badge-hedged .icon{width:15px;height:15px}
.hedged .answer{border-left:3px solid var(--warn-border);padding-left:10px}
.after{display:flex;flex-direction:column;gap:8px}
.after:empty{display:none}
.cites{width:100%}
.cites>summary{font-size:12.5px;font-weight:600;color:var(--muted);cursor:pointer;padding:2px 0;margin-bottom:4px}
.cite{display:inline-flex;align-items:center;gap:6px;max-width:100%;border:1px solid var(--border);background:var(--bg);border-radius:999px;padding:3px 10px 3px 3px;font-size:12.5px;line-height:1.4;color:var(--text);margin:2px 6px 2px 0}
.cite:hover{border-color:var(--accent);background:var(--accent-soft)}
.cite .num{flex:none;min-width:20px;height:20px;border-radius:999px;background:var(--accent-soft);color:var(--accent);font-weight:700;font-size:11.5px;display:flex;align-items:center;justify-content:center}
.cite .what{min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cite .where{color:var(--muted)}
.followups{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.followups-title{margin:0;font-size:12.5px;font-weight:600;color:var(--muted);flex-basis:100%}
.followup{border:1px solid var(--accent);color:var(--accent);background:transparent;border-radius:999px;padding:4px 12px;font-size:13px;text-align:left}
.followup:hover{background:var(--accent-soft)}
.answer{font-size:15px;line-height:1.8;overflow-wrap:anywhere}
.answer p{margin:0 0 .55em}
.nowrap{white-space:nowrap}
.answer .h{display:block;font-size:15.5px;margin:.2em 0 .1em}
.answer p:last-child{margin-bottom:0}
.answer .li{display:block;padding-left:1.1em;text-indent:-1.1em}
.answer .li::before{content:"•";display:inline-block;width:1.1em;text-indent:0;color:var(--muted)}
.answer .li2{margin-left:1.1em}.answer .li2::before{content:"◦"}
.marker{position:relative;display:inline-flex;align-items:center;justify-content:center;min-width:1.6em;height:1.45em;padding:0 .3em;margin:0 1px;border:none;border-radius:5px;
background:var(--accent-soft);color:var(--accent);font-size:.72em;font-weight:700;line-height:1;vertical-align:super}
button.marker:hover{background:var(--accent);color:var(--on-accent)}
.streaming .answer::after{content:"";display:inline-block;width:.5em;height:1.05em;margin-left:2px;vertical-align:-.15em;background:var(--accent);border-radius:1px;animation:blink 1s steps(2,start) infinite}
@keyframes blink{to{visibility:hidden}}
.pending{display:flex;align-items:center;gap:8px;color:var(--muted);font-size:13px}
.dots{display:inline-flex;gap:4px}.dots i{width:6px;height:6px;border-radius:50%;background:var(--accent);opacity:.35;animation:pulse 1.2s infinite}
.dots i:nth-child(2){animation-delay:.2s}.dots i:nth-child(3){animation-delay:.4s}
@keyframes pulse{50%{opacity:1}}
.refused{border:1px solid var(--warn-border);background:var(--warn-bg);border-radius:12px;padding:12px 14px}
.refused h3{display:flex;align-items:center;gap:6px;margin:0 0 6px;font-size:14px;font-weight:600;color:var(--warn-text)}
.suggest{margin:10px 0 0;padding:0;list-style:none;display:flex;flex-direction:column;gap:4px;font-size:14px}
.suggest-title{margin:10px 0 0;font-size:13px;color:var(--warn-text)}
.suggest a{text-decoration:underline}
.error{display:flex;flex-direction:column;gap:8px;border:1px solid var(--err-border);background:var(--err-bg);color:var(--err-text);border-radius:12px;padding:10px 14px;font-size:14px}
.error p{margin:0;display:flex;gap:6px;align-items:flex-start}
.error .icon-btn{align-self:flex-start;color:var(--err-text);border-color:var(--err-border);background:var(--bg)}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:2px;margin-left:-8px}
.fb-note{font-size:12px;color:var(--muted);margin-left:6px}
.fb-form{display:flex;flex-direction:column;gap:8px;border:1px solid var(--border);border-radius:12px;padding:10px 12px;background:var(--soft);margin-top:6px}
.fb-title{margin:0;font-size:13px;font-weight:600}
.fb-form label{font-size:13px;color:var(--muted)}
.reasons{display:flex;flex-wrap:wrap;gap:6px}
.reason{border:1px solid var(--field);background:var(--bg);border-radius:999px;padding:4px 12px;font-size:13px}
.reason[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
.fb-form textarea{font:inherit;font-size:14px;color:var(--text);border:1px solid var(--field);border-radius:8px;padding:8px 10px;resize:vertical;min-height:56px;background:var(--bg)}
.fb-row{display:flex;gap:8px;justify-content:flex-end}
.btn{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--field);background:var(--bg);color:var(--text);border-radius:8px;padding:6px 14px;font-size:13px}
.btn-primary{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
.btn-primary:hover:not(:disabled){background:var(--accent-d)}
.composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px 6px;border-top:1px solid var(--border);background:var(--bg)}
.composer textarea{flex:1;resize:none;font:inherit;font-size:16px;line-height:1.5;color:var(--text);border:1px solid var(--field);border-radius:12px;padding:10px 12px;min-height:46px;max-height:160px;background:var(--bg)}
.composer textarea::placeholder{color:var(--muted);opacity:1}
.composer textarea:focus{outline:none;border-color:var(--accent);box-shadow:0 0 0 3px rgba(31,95,191,.25)}
.send{flex:none;width:46px;height:46px;border:none;border-radius:12px;background:var(--accent);color:var(--on-accent);display:flex;align-items:center;justify-content:center}
.send:hover:not(:disabled){background:var(--accent-d)}
.send.stop{background:var(--text);color:var(--bg)}
.hint{margin:0;padding:0 12px 8px;font-size:11px;color:var(--muted);text-align:center;background:var(--bg)}
.scrim{position:absolute;inset:0;background:rgba(16,24,40,.3);animation:fade .15s}
@keyframes fade{from{opacity:0}}
.drawer{position:absolute;left:0;right:0;bottom:0;max-height:78%;display:flex;flex-direction:column;background:var(--bg);border-radius:16px 16px 0 0;box-shadow:0 -10px 32px var(--shadow);animation:up .18s ease-out}
@keyframes up{from{transform:translateY(24px);opacity:0}}
.drawer-head{display:flex;align-items:center;justify-content:space-between;padding:12px 12px 8px 16px;border-bottom:1px solid var(--border)}
.drawer-head h2,.drawer-head h3{margin:0;font-size:15px}
.drawer-body{padding:12px 16px 16px;overflow-y:auto;display:flex;flex-direction:column;gap:8px}
.drawer .docname{margin:0;font-weight:600;font-size:14px}
.drawer .place{margin:0;font-size:13px;color:var(--muted)}
.clause{margin:0;padding:12px 14px;background:var(--soft);border-left:3px solid var(--accent);border-radius:8px;line-height:1.85;white-space:pre-wrap;overflow-wrap:anywhere}
.note{margin:0;font-size:12px;color:var(--muted)}
.fnotes{display:flex;flex-direction:column;gap:4px}
.fnote{margin:0;font-size:12px;line-height:1.7;color:var(--muted);overflow-wrap:anywhere}
.doclink{display:inline-flex;align-items:center;gap:6px;align-self:flex-start;text-decoration:none;font-size:14px;font-weight:600;padding:8px 12px;border-radius:10px;background:var(--accent-soft)}
.doclink:hover{background:var(--accent);color:var(--on-accent)}
.doclink .icon{width:16px;height:16px}
.history{position:absolute;inset:0;z-index:2;display:flex;flex-direction:column;background:var(--bg)}
.history-body{flex:1;overflow-y:auto;padding:8px 0}
.history-body>.note{padding:16px}
.convs{list-style:none;margin:0;padding:0}
.convs li{display:flex;align-items:center;gap:4px;padding-right:8px;border-bottom:1px solid var(--border)}
.conv{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px;text-align:left;border:0;background:transparent;padding:10px 16px;min-height:44px}
.conv:hover{background:var(--soft)}
.conv-title{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.conv-meta{font-size:12px;color:var(--muted)}
.history-foot{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:12px 16px}
@media ${PHONE_QUERY}{
.panel{inset:0;width:100%;max-width:none;height:100%;border-radius:0}
.open .launcher,.hint,.brand p{display:none}
.composer{padding-bottom:calc(10px + env(safe-area-inset-bottom,0px))}
.fb-form textarea{font-size:16px}
.tools .icon-btn{font-size:0;gap:0;min-width:44px;min-height:44px;justify-content:center}
.chip,.cite,.followup,.reason,.icon-btn,.btn{min-height:44px}
.chip{display:inline-flex;align-items:center;flex:none;max-width:75vw}
.sources{flex-wrap:nowrap;overflow-x:auto;scrollbar-width:none}
.sources>span{flex:none}
.cites>summary{min-height:44px;line-height:44px;padding:0}
button.marker{min-width:2em;height:1.8em}
button.marker::after{content:"";position:absolute;left:50%;top:50%;width:44px;height:44px;transform:translate(-50%,-50%)}
}
`;

/** Styles of the document view and document index pages. */
export const docStyles = `${base}
.doc-page{min-height:100vh;background:var(--bg);padding:20px max(20px,calc((100% - 860px) / 2)) 96px}
.topbar{display:flex;flex-wrap:wrap;align-items:center;gap:8px 20px;margin-bottom:16px;font-size:14px}
.topbar a{display:inline-flex;align-items:center;gap:6px;text-decoration:none;min-height:44px}
.status-line{display:flex;flex-wrap:wrap;align-items:center;gap:8px;font-size:13px;color:var(--muted)}
h1{font-size:24px;line-height:1.4;margin:6px 0 4px}
.history{margin:0 0 20px;font-size:13px;color:var(--muted)}
h2{font-size:17px;margin:28px 0 8px;padding-bottom:6px;border-bottom:1px solid var(--border);scroll-margin-top:12px}
h2:focus{outline:none}
.toc{margin:12px 0 8px;padding:10px 16px;border:1px solid var(--border);border-radius:10px;background:var(--soft)}
.toc h2{margin:0 0 4px;border:0;font-size:14px}
.toc ol{margin:0;padding-left:1.4em;columns:2 16em;font-size:14px;line-height:2}
.toc a{text-decoration:none}.toc a:hover{text-decoration:underline}
.doc-list{margin:0;padding-left:1.2em;line-height:1.9}
.doc-list .badge{margin-left:8px}
.rec{display:flex;gap:10px;padding:6px 10px;margin:2px 0;border-radius:8px;line-height:1.85;scroll-margin:30vh}
.rec.d1{margin-left:1.6em}.rec.d2{margin-left:3.2em}.rec.d3{margin-left:4.8em}
.rec .label{flex:none;min-width:2.6em;font-weight:600;color:var(--accent)}
.rec .text{flex:1;min-width:0;overflow-wrap:anywhere;white-space:pre-wrap}
.rec.hl{background:var(--hl);box-shadow:inset 3px 0 0 #e0a100}
.rec.hl:focus{outline:none}
.rec .cited{display:block;font-size:12px;color:var(--warn-text);font-weight:600;margin-bottom:2px}
.rec.jumped{box-shadow:inset 0 0 0 2px var(--accent)}
.rec.jumped:focus{outline:none}
.fnref{font-size:11px;line-height:0;margin-left:1px}
.fnref a{padding:0 2px}
.fn-back{margin-left:6px}
.footnotes{margin-top:36px;font-size:13px;color:var(--muted)}
.state{padding:40px 0;text-align:center;color:var(--muted)}
.banner{border:1px solid var(--warn-border);background:var(--warn-bg);color:var(--warn-text);border-radius:10px;padding:10px 14px;font-size:14px;margin:0 0 16px}
`;
