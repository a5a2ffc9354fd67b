// Style sheets of the widget, the full-page chat and the document view (applied inside shadow roots).

const base = `
:host{all:initial;display:block}
.wtsa{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
--accent:#1f5fbf;--accent-d:#174a96;--accent-soft:#e9f0fb;--text:#1b2230;--muted:#5d6678;--border:#e2e6ee;--soft:#f5f7fb;--mark:#ffe58a;
color:var(--text);font-size:15px;font-weight:400;font-style:normal;line-height:1.6;letter-spacing:normal;word-spacing:normal;text-align:left;text-transform:none;
text-indent:0;white-space:normal;direction:ltr;visibility:visible;cursor:auto;-webkit-font-smoothing:antialiased}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button{font:inherit;color:inherit;cursor:pointer}
button:disabled{cursor:default;opacity:.5}
a{color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.icon{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 1px}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}
`;

/** Styles of the chat (floating widget and full page). */
export const chatStyles = `${base}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:none;background:var(--accent);color:#fff;
display:flex;align-items:center;justify-content:center;box-shadow:0 6px 20px rgba(20,50,110,.35);transition:transform .15s,background .15s}
.launcher:hover{background:var(--accent-d);transform:translateY(-1px)}
.launcher .icon{width:26px;height:26px}
.left .launcher{left:20px;right:auto}
.panel{position:fixed;bottom:88px;right:20px;z-index:2147483000;width:400px;max-width:calc(100vw - 40px);height:min(680px,calc(100vh - 112px));
background:#fff;border-radius:16px;box-shadow:0 16px 48px rgba(16,24,40,.24),0 0 0 1px rgba(16,24,40,.06);overflow:hidden;animation:rise .18s ease-out}
.left .panel{left:20px;right:auto}
@keyframes rise{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
@media (max-width:480px){.panel{inset:0;width:100%;max-width:none;height:100%;border-radius:0}.open .launcher{display:none}.hint{display:none}
.composer{padding-bottom:calc(10px + env(safe-area-inset-bottom,0px))}.composer textarea,.fb-form textarea{font-size:16px}}
.page{position:fixed;inset:0;display:flex;justify-content:center;background:var(--soft)}
.page .chat{max-width:860px;background:#fff;box-shadow:0 0 0 1px var(--border)}
.chat{position:relative;display:flex;flex-direction:column;width:100%;height:100%;overflow:hidden}
.head{display:flex;align-items:center;gap:10px;padding:12px 12px 12px 16px;border-bottom:1px solid var(--border);background:#fff}
.logo{width:34px;height:34px;border-radius:10px;background:var(--accent);color:#fff;display:flex;align-items:center;justify-content:center;flex:none}
.brand{flex:1;min-width:0}
.brand h2{margin:0;font-size:16px;font-weight:600;line-height:1.3}
.brand p{margin:0;font-size:12px;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.icon-btn{display:inline-flex;align-items:center;gap:4px;border:1px solid transparent;background:transparent;border-radius:8px;padding:6px 8px;color:var(--muted);font-size:13px;line-height:1}
.icon-btn:hover:not(:disabled){background:var(--soft);color:var(--text)}
.icon-btn[aria-pressed=true]{color:var(--accent);background:var(--accent-soft)}
.log{flex:1;overflow-y:auto;padding:18px 16px 8px;display:flex;flex-direction:column;gap:18px;overscroll-behavior:contain}
.empty{margin:auto 0;display:flex;flex-direction:column;gap:12px;padding:8px 4px}
.empty .welcome{margin:0;font-size:15px;color:var(--text)}
.empty .try{margin:8px 0 0;font-size:13px;color:var(--muted)}
.empty .note{margin:8px 0 0;font-size:12px;color:var(--muted)}
.example{display:block;width:100%;text-align:left;padding:10px 14px;border:1px solid var(--border);border-radius:12px;background:#fff;font-size:14px;transition:border-color .15s,background .15s}
.example:hover{border-color:var(--accent);background:var(--accent-soft)}
.msg-user{align-self:flex-end;max-width:85%;background:var(--accent);color:#fff;padding:9px 14px;border-radius:16px 16px 4px 16px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg-bot{align-self:stretch;display:flex;flex-direction:column;gap:8px}
.sources{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:12px;color:var(--muted)}
.chip{border:1px solid var(--border);background:var(--soft);border-radius:999px;padding:3px 10px;font-size:12px;color:var(--muted);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chip:hover{border-color:var(--accent);color:var(--accent)}
.cites{display:flex;flex-wrap:wrap;gap:6px;width:100%}
.cites-title{flex-basis:100%;font-size:12px;font-weight:600;color:var(--muted);margin:0}
.cite{display:inline-flex;align-items:center;gap:6px;max-width:100%;border:1px solid var(--border);background:#fff;border-radius:999px;padding:3px 10px 3px 3px;font-size:12.5px;line-height:1.4;color:var(--text)}
.cite:hover{border-color:var(--accent);background:var(--accent-soft)}
.cite .num{flex:none;min-width:20px;height:20px;border-radius:999px;background:var(--accent-soft);color:var(--accent);font-weight:700;font-size:11.5px;display:flex;align-items:center;justify-content:center}
.cite .what{min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cite .where{color:var(--muted)}
.answer{font-size:15px;line-height:1.8;overflow-wrap:anywhere}
.answer p{margin:0 0 .55em}
.nowrap{white-space:nowrap}
.answer .h{display:block;font-size:15.5px;margin:.2em 0 .1em}
.answer p:last-child{margin-bottom:0}
.answer .li{display:block;padding-left:1.1em;text-indent:-1.1em}
.answer .li::before{content:"•";display:inline-block;width:1.1em;text-indent:0;color:var(--muted)}
.answer .li2{margin-left:1.1em}.answer .li2::before{content:"◦"}
.marker{display:inline-flex;align-items:center;justify-content:center;min-width:1.6em;height:1.45em;padding:0 .3em;margin:0 1px;border:none;border-radius:5px;
background:var(--accent-soft);color:var(--accent);font-size:.72em;font-weight:700;line-height:1;vertical-align:super}
button.marker:hover{background:var(--accent);color:#fff}
.streaming .answer::after{content:"";display:inline-block;width:.5em;height:1.05em;margin-left:2px;vertical-align:-.15em;background:var(--accent);border-radius:1px;animation:blink 1s steps(2,start) infinite}
@keyframes blink{to{visibility:hidden}}
.pending{display:flex;align-items:center;gap:8px;color:var(--muted);font-size:13px}
.dots{display:inline-flex;gap:4px}.dots i{width:6px;height:6px;border-radius:50%;background:var(--accent);opacity:.35;animation:pulse 1.2s infinite}
.dots i:nth-child(2){animation-delay:.2s}.dots i:nth-child(3){animation-delay:.4s}
@keyframes pulse{50%{opacity:1}}
.refused{border:1px solid #efc56a;background:#fff8e6;border-radius:12px;padding:12px 14px}
.refused h3{display:flex;align-items:center;gap:6px;margin:0 0 6px;font-size:14px;font-weight:600;color:#8a5a00}
.suggest{margin:10px 0 0;padding:0;list-style:none;display:flex;flex-direction:column;gap:4px;font-size:14px}
.suggest-title{margin:10px 0 0;font-size:13px;color:#8a5a00}
.suggest a{text-decoration:none}.suggest a:hover{text-decoration:underline}
.error{display:flex;flex-direction:column;gap:8px;border:1px solid #f1b5b5;background:#fdeeee;color:#8c1d1d;border-radius:12px;padding:10px 14px;font-size:14px}
.error p{margin:0;display:flex;gap:6px;align-items:flex-start}
.error .icon-btn{align-self:flex-start;color:#8c1d1d;border-color:#f1b5b5;background:#fff}
.notice{font-size:13px;color:var(--muted)}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:2px;margin-left:-8px}
.fb-note{font-size:12px;color:var(--muted);margin-left:6px}
.fb-form{display:flex;flex-direction:column;gap:8px;border:1px solid var(--border);border-radius:12px;padding:10px 12px;background:var(--soft)}
.fb-form label{font-size:13px;color:var(--muted)}
.fb-form textarea{font:inherit;font-size:14px;border:1px solid var(--border);border-radius:8px;padding:8px 10px;resize:vertical;min-height:64px;background:#fff}
.fb-row{display:flex;gap:8px;justify-content:flex-end}
.btn{border:1px solid var(--border);background:#fff;border-radius:8px;padding:6px 14px;font-size:13px}
.btn-primary{background:var(--accent);border-color:var(--accent);color:#fff}
.btn-primary:hover{background:var(--accent-d)}
.composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px 6px;border-top:1px solid var(--border);background:#fff}
.composer textarea{flex:1;resize:none;font:inherit;font-size:15px;line-height:1.5;color:var(--text);border:1px solid var(--border);border-radius:12px;padding:10px 12px;min-height:46px;max-height:160px;background:#fff}
.composer textarea:focus{outline:none;border-color:var(--accent);box-shadow:0 0 0 3px rgba(31,95,191,.15)}
.send{flex:none;width:46px;height:46px;border:none;border-radius:12px;background:var(--accent);color:#fff;display:flex;align-items:center;justify-content:center}
.send:hover:not(:disabled){background:var(--accent-d)}
.send.stop{background:var(--text)}
.hint{margin:0;padding:0 12px 8px;font-size:11px;color:var(--muted);text-align:center;background:#fff}
.scrim{position:absolute;inset:0;background:rgba(16,24,40,.3);animation:fade .15s}
@keyframes fade{from{opacity:0}}
.drawer{position:absolute;left:0;right:0;bottom:0;max-height:78%;display:flex;flex-direction:column;background:#fff;border-radius:16px 16px 0 0;box-shadow:0 -10px 32px rgba(16,24,40,.2);animation:up .18s ease-out}
@keyframes up{from{transform:translateY(24px);opacity:0}}
.drawer-head{display:flex;align-items:center;justify-content:space-between;padding:12px 12px 8px 16px;border-bottom:1px solid var(--border)}
.drawer-head h3{margin:0;font-size:15px}
.drawer-body{padding:12px 16px 16px;overflow-y:auto;display:flex;flex-direction:column;gap:8px}
.drawer .docname{margin:0;font-weight:600;font-size:14px}
.drawer .place{margin:0;font-size:13px;color:var(--muted)}
.clause{margin:0;padding:12px 14px;background:var(--soft);border-left:3px solid var(--accent);border-radius:8px;line-height:1.85;white-space:pre-wrap;overflow-wrap:anywhere}
.drawer .note{margin:0;font-size:12px;color:var(--muted)}
.doclink{display:inline-flex;align-items:center;gap:6px;align-self:flex-start;text-decoration:none;font-size:14px;font-weight:600;padding:8px 12px;border-radius:10px;background:var(--accent-soft)}
.doclink:hover{background:var(--accent);color:#fff}
.doclink .icon{width:16px;height:16px}
`;

/** Styles of the document view page. */
export const docStyles = `${base}
.doc-page{max-width:860px;margin:0 auto;padding:20px 20px 96px}
.topbar{display:flex;align-items:center;gap:8px;margin-bottom:16px;font-size:14px}
.topbar a{display:inline-flex;align-items:center;gap:6px;text-decoration:none}
.status-line{display:flex;flex-wrap:wrap;align-items:center;gap:8px;font-size:13px;color:var(--muted)}
.badge{display:inline-block;padding:2px 8px;border-radius:999px;background:var(--accent-soft);color:var(--accent);font-weight:600;font-size:12px}
h1{font-size:24px;line-height:1.4;margin:6px 0 4px}
.history{margin:0 0 20px;font-size:13px;color:var(--muted)}
h2{font-size:17px;margin:28px 0 8px;padding-bottom:6px;border-bottom:1px solid var(--border)}
.rec{display:flex;gap:10px;padding:6px 10px;margin:2px 0;border-radius:8px;line-height:1.85;scroll-margin:30vh}
.rec.d1{margin-left:1.6em}.rec.d2{margin-left:3.2em}.rec.d3{margin-left:4.8em}
.rec .label{flex:none;min-width:2.6em;font-weight:600;color:var(--accent)}
.rec .text{flex:1;min-width:0;overflow-wrap:anywhere;white-space:pre-wrap}
.rec.hl{background:#fff7d1;box-shadow:inset 3px 0 0 #e0a100}
.rec.hl:focus{outline:none}
.rec .cited{display:block;font-size:12px;color:#8a5a00;font-weight:600;margin-bottom:2px}
.footnotes{margin-top:36px;font-size:13px;color:var(--muted)}
.footnotes p{margin:4px 0}
.state{padding:40px 0;text-align:center;color:var(--muted)}
.banner{border:1px solid #efc56a;background:#fff8e6;color:#8a5a00;border-radius:10px;padding:10px 14px;font-size:14px;margin:0 0 16px}
`;
