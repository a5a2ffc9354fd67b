#!/usr/bin/env -S npx tsx
// The `wtsa` operator command (`npm run --silent wtsa -- <command>`); the commands are listed in src/cli/commands.ts.
import { runWtsa } from './cli/commands.js';

runWtsa(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`wtsa: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
