// `wtsa index [--force]`: builds or refreshes the search index under INDEX_DIR, with a progress bar.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { readCommandLine, type CommandSpec } from './command-line.js';
import { progressDisplay } from './progress.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'index',
  synopsis: '[--force]',
  description: 'Builds the search index under INDEX_DIR (default index/) when it is missing or stale; a current index is kept.',
  options: { force: { type: 'boolean', description: 'rebuild even when the index is current' } },
};

const optionsSchema = z.object({ force: z.boolean().default(false) });

/** Runs the index subcommand: 0 once the index is current, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const config = loadConfig();
  const { buildIndex } = await import('../search/build-index.js');
  const progress = progressDisplay();
  const result = await buildIndex(config, { force: line.options.force, onProgress: progress.onProgress }).finally(progress.stop);
  const seconds = (result.ms / 1000).toFixed(1);
  process.stdout.write(
    result.rebuilt
      ? `index built: ${result.manifest.records} records in ${result.manifest.units} passages (${result.embedded} embedded, ${result.cached} from cache) in ${seconds} s → ${config.INDEX_DIR}\n`
      : `index is current: ${result.manifest.records} records, built ${result.manifest.builtAt} (use --force to rebuild)\n`,
  );
  return 0;
}
