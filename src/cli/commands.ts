// The `wtsa` dispatch table and top-level usage: one lazily loaded module per command under src/cli/.
import type { CommandIO } from './command-line.js';

/** What every command module exports: `run` takes the words after the command name and returns the exit code. */
export interface CommandModule {
  run: (args: string[]) => Promise<number>;
}

/** One row of the dispatch table: a one-line summary for `wtsa --help` and the module's loader. */
export interface CommandEntry {
  summary: string;
  load: () => Promise<CommandModule>;
}

/** Every `wtsa` command; add a row (and a module exporting spec and run) to add one. */
export const COMMANDS: Record<string, CommandEntry> = {
  corpus: { summary: 'print the parsed corpus (--json) or one document (--doc ID)', load: () => import('./corpus.js') },
  index: { summary: 'build or refresh the search index', load: () => import('./index.js') },
  search: { summary: 'the records that best match a question, with scores', load: () => import('./search.js') },
  ask: { summary: 'answer a question with cited clauses', load: () => import('./ask.js') },
  eval: { summary: 'run an evaluation set, print its metrics, gate on them', load: () => import('./eval.js') },
  db: { summary: 'apply the state database migrations (db migrate)', load: () => import('./db.js') },
  feedback: { summary: 'count the feedback per 👎 reason and per cited clause (text, CSV or JSON)', load: () => import('./feedback.js') },
  calibrate: { summary: 'fit the answer / hedge / refuse decision on the development pool', load: () => import('./calibrate.js') },
};

/** The top-level usage: the commands with their summaries. */
export function topUsage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return (
    'usage: wtsa <command> [options]\n\n' +
    `commands:\n${rows.join('\n')}\n\n` +
    'Run `wtsa <command> --help` for the options of one command.\n'
  );
}

/** Runs `wtsa <argv…>`: help (exit 0), a command (its exit code), or an error line and the usage on stderr (exit 2). */
export async function runWtsa(argv: readonly string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout.write(topUsage());
    return 0;
  }
  if (name === 'help') return runWtsa([rest[0]!, '--help'], io);
  const entry = name === undefined ? undefined : COMMANDS[name];
  if (!entry) {
    io.stderr.write(`wtsa: ${name === undefined ? 'no command given' : `unknown command "${name}"`}\n${topUsage()}`);
    return 2;
  }
  const { run } = await entry.load();
  return run(rest);
}
