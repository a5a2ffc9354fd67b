// Reads the widget's settings from its <script> tag: API origin from its src, options from data-* attributes.
import * as z from 'zod/mini';

const attributesSchema = z.object({
  title: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(80))), undefined),
  position: z.catch(z.enum(['right', 'left']), 'right'),
  open: z.catch(z.enum(['true', 'false']), 'false'),
  lang: z.catch(z.optional(z.enum(['zh', 'en'])), undefined),
  theme: z.catch(z.enum(['light', 'dark', 'auto']), 'auto'),
  mode: z.catch(z.enum(['widget', 'page', 'doc', 'docs']), 'widget'),
});

/** The widget's validated settings. */
export interface WidgetConfig {
  /** Origin the script was loaded from; every API call goes there. */
  apiOrigin: string;
  /** Header title; empty means the interface default. */
  title: string;
  position: 'right' | 'left';
  openOnLoad: boolean;
  /** The language the embedding page asked for (data-lang); undefined lets the reader's browser decide. */
  lang: 'zh' | 'en' | undefined;
  /** Colour scheme: auto follows prefers-color-scheme. */
  theme: 'light' | 'dark' | 'auto';
  /** widget: floating button + panel; page: full-page chat; doc: document view page; docs: the document index. */
  mode: 'widget' | 'page' | 'doc' | 'docs';
}

/** Builds the settings from the script's src and its data-* attributes (invalid values fall back to defaults). */
export function readScriptConfig(src: string, dataset: Record<string, string | undefined>, pageUrl: string): WidgetConfig {
  const a = attributesSchema.parse({
    title: dataset.title,
    position: dataset.position,
    open: dataset.open,
    lang: dataset.lang,
    theme: dataset.theme,
    mode: dataset.mode,
  });
  return {
    apiOrigin: new URL(src || pageUrl, pageUrl).origin,
    title: a.title ?? '',
    position: a.position,
    openOnLoad: a.open === 'true',
    lang: a.lang,
    theme: a.theme,
    mode: a.mode,
  };
}
