// Builds widget.js from src/widget/client with esbuild in memory, once per process.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The browser entry point of the widget. */
const WIDGET_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** The most gzipped bytes widget.js may weigh (issue 12). */
export const WIDGET_GZIP_BUDGET = 40 * 1024;

/** The built script. */
export interface WidgetBundle {
  code: Buffer;
  /** Strong ETag (hash of the code). */
  etag: string;
}

/** Bundles and minifies the widget (IIFE, ES2020) without writing files. */
export async function buildWidgetBundle(): Promise<WidgetBundle> {
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no widget bundle');
  const code = Buffer.from(file.contents);
  return {
    code,
    etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 27)}"`,
  };
}

let cached: Promise<WidgetBundle> | null = null;

/** The widget bundle, built on first use and then reused; a failed build is retried on the next call. */
export function widgetBundle(): Promise<WidgetBundle> {
  cached ??= buildWidgetBundle().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}
