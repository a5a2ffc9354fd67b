// Finds the WTSA resolutions a text refers to (SEED-MAP §5), telling them apart from other bodies' resolutions.

/** Sessions of the WTSA (and CCITT plenary) as printed in dated references: year + place. */
const WTSA_SESSIONS = new Set([
  '1984马拉加-托雷莫利诺斯', '1988墨尔本', '1993赫尔辛基', '1996日内瓦', '2000蒙特利尔', '2004弗洛里亚诺波利斯',
  '2008约翰内斯堡', '2012迪拜', '2016哈马马特', '2022日内瓦', '2024新德里',
]);
const WTSA_WORDS = ['本届全会', '本届大会', 'WTSA', '世界电信标准化全会', '电信标准化全会'];
const OTHER_WORDS = [
  '全权代表大会', '全权代表', 'PP', '理事会', '世界电信发展大会', 'WTDC', '发展大会', '无线电通信全会', 'RA', '联合国大会',
  '联大', 'ITU-D', 'ITU-R', '大会',
];
/** 第N号决议, and the first numbers of a coordinated "第44号和第54号决议". */
const MENTION = /第(\d{1,3})号(?:决议|(?=(?:[和、及]第\d{1,3}号)+决议))/g;
/** A body name right before "第": decides even against a date (WCIT-12 also met in Dubai in 2012). */
const ADJACENT_OTHER = /(?:全权代表大会|理事会|世界电信发展大会|WTDC|无线电通信全会|ITU-R|ITU-D|国际电信世界大会|WCIT|联合国大会|联大)$/;
const QUALIFIER = /^（(\d{4})\d?年?，([^，）；]+)/;
const COORDINATION = /^[^。；，：]{0,2}?(?:和|、|及|以及|与)$/;

/** Full-width digits to ASCII and drafting brackets removed: the form the patterns are written for. */
export function refSearchKey(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[[\]]/g, '');
}

type Body = 'wtsa' | 'other' | null;

function bodyFromQualifier(after: string): Body {
  const q = QUALIFIER.exec(after);
  if (!q) return null;
  return WTSA_SESSIONS.has(`${q[1]}${(q[2] as string).trim()}`) ? 'wtsa' : 'other';
}

function bodyFromWords(before: string): Body {
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  let best: { at: number; body: Body } = { at: -1, body: null };
  for (const [words, body] of [[WTSA_WORDS, 'wtsa'], [OTHER_WORDS, 'other']] as const) {
    for (const w of words) {
      const at = sentence.lastIndexOf(w);
      if (at >= 0 && at + w.length > best.at) best = { at: at + w.length, body };
    }
  }
  return best.body;
}

/** Ids of the WTSA resolutions the text mentions, in order, without `self`; undated bare mentions count as WTSA. */
export function findResolutionRefs(text: string, self: string | null = null): string[] {
  const key = refSearchKey(text);
  const out: string[] = [];
  let previous: { end: number; body: Body } | null = null;
  for (const m of key.matchAll(MENTION)) {
    const start = m.index;
    const end = start + m[0].length;
    const between = previous ? key.slice(previous.end, start) : '';
    const qualifierEnd = (() => {
      const q = /^（[^（）]*(?:（[^（）]*）[^（）]*)*）/.exec(key.slice(end));
      return q ? end + q[0].length : end;
    })();
    let body: Body = ADJACENT_OTHER.test(key.slice(0, start)) ? 'other' : bodyFromQualifier(key.slice(end));
    if (!body && previous && COORDINATION.test(between.replace(/^（[^（）]*）/, ''))) body = previous.body;
    if (!body) body = bodyFromWords(key.slice(0, start));
    const id = String(Number(m[1]));
    if (body !== 'other' && id !== self && !out.includes(id)) out.push(id);
    previous = { end: qualifierEnd, body: body ?? 'wtsa' };
  }
  return out;
}
