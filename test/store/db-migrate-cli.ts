// Runs `wtsa db migrate` as a child process with `env` on top of this process's environment.
import { spawnSync } from 'node:child_process';
import { ROOT } from '../../src/config.js';

/** The exit code and output of `wtsa db migrate`. */
export function runDbMigrate(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'db', 'migrate'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
