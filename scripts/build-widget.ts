// `npm run build:widget [-- --out FILE]`: builds widget.js as the server does, prints its size, checks the 60 KB gzip budget.
import { writeFileSync } from 'node:fs';
import { buildWidgetBundle, WIDGET_GZIP_BUDGET } from '../src/widget/bundle-widget.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? null : args[outAt + 1];
if (outAt !== -1 && !out) {
  console.error('usage: build-widget [--out FILE]');
  process.exit(2);
}

const bundle = await buildWidgetBundle();
if (out) writeFileSync(out, bundle.code);
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`widget.js: ${kb(bundle.code.length)} KB, ${kb(bundle.gzipBytes)} KB gzipped (budget ${kb(WIDGET_GZIP_BUDGET)} KB)${out ? ` → ${out}` : ''}`);
if (bundle.gzipBytes > WIDGET_GZIP_BUDGET) {
  console.error('widget.js is over its gzip budget');
  process.exit(1);
}
