// Reads the widget's settings from its <script> tag: API origin from its src, options from data-* attributes.
import * as z from 'zod/mini';

const attributesSchema = z.object({
  title: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(80))), undefined),
  position: z.catch(z.enum(['right', 'left']), 'right'),
  open: z.catch(z.enum(['true', 'false']), 'false'),
  lang: z.catch(z.enum(['zh', 'en']), 'zh'),
  mode: z.catch(z.enum(['widget', 'page', 'doc']), 'widget'),
});

/** The widget's validated settings. */
export interface WidgetConfig {
  /** Origin the script was loaded from; every API call goes there. */
  apiOrigin: string;
  /** Header title; empty means the interface default. */
  title: string;
  position: 'right' | 'left';
  openOnLoad: boolean;
  lang: 'zh' | 'en';
  /** widget: floating button + panel; page: full-page chat; doc: document view page. */
  mode: 'widget' | 'page' | 'doc';
}

/** Builds the settings from the script's src and its data-* attributes (invalid values fall back to defaults). */
export function readScriptConfig(src: string, dataset: Record<string, string | undefined>, pageUrl: string): WidgetConfig {
  const a = attributesSchema.parse({
    title: dataset.title,
    position: dataset.position,
    open: dataset.open,
    lang: dataset.lang,
    mode: dataset.mode,
  });
  return {
    apiOrigin: new URL(src || pageUrl, pageUrl).origin,
    title: a.title ?? '',
    position: a.position,
    openOnLoad: a.open === 'true',
    lang: a.lang,
    mode: a.mode,
  };
}
