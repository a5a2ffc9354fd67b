// `wtsa index [--force]`: builds or refreshes the search index under index/, with progress.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { buildIndex } from '../search/build-index.js';
import { progressBar } from './progress-bar.js';

/** Runs the index subcommand. */
export async function run(args: string[]): Promise<number> {
  let force = false;
  try {
    ({ values: { force = false } } = parseArgs({ args, options: { force: { type: 'boolean' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`wtsa index: ${(err as Error).message}\nusage: wtsa index [--force]\n`);
    return 2;
  }
  const config = loadConfig();
  const result = await buildIndex(config, { force, onProgress: progressBar() });
  const seconds = (result.ms / 1000).toFixed(1);
  process.stdout.write(
    result.rebuilt
      ? `index built: ${result.manifest.records} records in ${result.manifest.units} passages (${result.embedded} embedded, ${result.cached} from cache) in ${seconds} s → ${config.INDEX_DIR}\n`
      : `index is current: ${result.manifest.records} records, built ${result.manifest.builtAt} (use --force to rebuild)\n`,
  );
  return 0;
}
