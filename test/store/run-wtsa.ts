// Runs a `wtsa` command as a child process with `env` on top of this process's environment.
import { spawnSync } from 'node:child_process';
import { ROOT } from '../../src/config.js';

/** The exit code and output of `wtsa <args…>`. */
export function runWtsa(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
