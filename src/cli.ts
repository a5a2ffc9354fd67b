#!/usr/bin/env -S npx tsx
// The `wtsa` operator command: dispatches to one module per subcommand under src/cli/.

/** A subcommand: takes its own arguments, returns the process exit code. */
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  corpus: { summary: 'print the parsed corpus (--json) or one document (--doc ID)', load: () => import('./cli/corpus.js') },
  index: { summary: 'build or refresh the search index under index/', load: () => import('./cli/index.js') },
  search: { summary: 'search "<question>" [--k N] [--retriever hybrid|dense|lexical] [--json]', load: () => import('./cli/search.js') },
  ask: { summary: 'ask "<question>" [--json]', load: () => import('./cli/ask.js') },
  eval: { summary: 'eval --set FILE [--out FILE] [--retriever …] [--k N]', load: () => import('./cli/eval.js') },
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: wtsa <command> [options]\n\ncommands:\n${rows.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`wtsa: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const { run } = await command.load();
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`wtsa: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
