// Which interface language to use: the reader's own choice, else the embedding page's data-lang, else the browser's.

/** localStorage key of the language the reader switched to. */
export const LANGUAGE_KEY = 'wtsa-lang';

/** The interface language: a stored choice, else `requested` (data-lang), else the first of the browser's
 * languages that is Chinese or English, else Chinese. */
export function chooseLanguage(stored: string | null, requested: 'zh' | 'en' | undefined, browser: readonly string[]): 'zh' | 'en' {
  if (stored === 'zh' || stored === 'en') return stored;
  if (requested) return requested;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'zh';
}
