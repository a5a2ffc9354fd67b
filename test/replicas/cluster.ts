// The multi-replica cluster on loopback: a throwaway PostgreSQL cluster (initdb/pg_ctl as the postgres user), server
// replicas sharing one DATABASE_URL and one index build, and nginx with deploy/nginx.conf in front of them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadConfig, ROOT } from '../../src/config.js';

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.error?.message ?? ''}${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `url` until it answers 200 (or `deadlineMs` passes, or `alive` turns false). */
export async function waitForOk(url: string, deadlineMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let last = 'no answer';
  while (Date.now() < deadline && alive()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 (${alive() ? `last: ${last}` : 'the process exited'})`);
}

/** The PostgreSQL server binaries of the newest Debian cluster version installed. */
function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (npm run setup installs postgresql)');
  return join(base, newest, 'bin');
}

/** A running throwaway PostgreSQL cluster. */
export interface Postgres {
  port: number;
  /** postgres://postgres@127.0.0.1:port/wtsa (trust authentication on loopback). */
  url: string;
  /** The postmaster's pid (its backends are its children). */
  pid: number;
  stop(): void;
}

/** initdb + pg_ctl start as the postgres user in `dir`, listening on 127.0.0.1 only, with a `wtsa` database. */
export async function startPostgres(dir: string): Promise<Postgres> {
  const bin = postgresBin();
  const uid = Number(run('id', ['-u', 'postgres']).trim());
  const gid = Number(run('id', ['-g', 'postgres']).trim());
  mkdirSync(dir, { recursive: true });
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const asPostgres = (tool: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: dir });
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200`;
  asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', settings, '-w', '-t', '60', 'start']);
  const stop = () => {
    spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop'], { cwd: dir, stdio: 'ignore' });
  };
  try {
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE wtsa');
    await admin.end();
  } catch (err) {
    stop();
    throw err;
  }
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { port, url: `postgres://postgres@127.0.0.1:${port}/wtsa`, pid, stop };
}

/** One server process. */
export interface Replica {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  alive(): boolean;
  /** Its log (stdout and stderr). */
  log: string;
}

/**
 * Starts `node --import tsx src/server/main.ts` (one process, so a kill reaches the server itself) with `env` on top
 * of this process's environment, on `port` (a free one when unset), and waits for its /healthz.
 */
export async function startReplica(name: string, dir: string, env: Record<string, string>, port?: number): Promise<Replica> {
  try {
    return await startReplicaOnce(name, dir, env, port ?? (await freePort()));
  } catch (err) {
    // Another process on the machine may take the free port between our probe and the server's listen.
    if (port !== undefined || !/EADDRINUSE/.test((err as Error).message)) throw err;
    return startReplicaOnce(name, dir, env, await freePort());
  }
}

async function startReplicaOnce(name: string, dir: string, env: Record<string, string>, port: number): Promise<Replica> {
  mkdirSync(dir, { recursive: true });
  const log = join(dir, `${name}.log`);
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', fd, fd],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const replica: Replica = { name, port, url: `http://127.0.0.1:${port}`, child, alive: () => !exited, log };
  try {
    await waitForOk(`${replica.url}/healthz`, 180_000, replica.alive);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`replica ${name}: ${(err as Error).message}\n${readFileSync(log, 'utf8').slice(-3000)}`);
  }
  return replica;
}

/** Stops a replica with SIGTERM (graceful) and waits for it to exit; SIGKILL after `graceMs`. */
export async function stopReplica(replica: Replica, graceMs = 15_000): Promise<void> {
  if (!replica.alive()) return;
  const exited = new Promise<void>((r) => replica.child.once('exit', () => r()));
  replica.child.kill('SIGTERM');
  const timer = setTimeout(() => replica.child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A running nginx. */
export interface Nginx {
  port: number;
  url: string;
  /** The master's pid (its workers are its children). */
  pid: number;
  stop(): Promise<void>;
}

/** Replaces `from` by `to` in `text`, insisting that it occurs exactly `count` times (so a changed deploy file fails loudly). */
function replaceExactly(text: string, from: string, to: string, count = 1): string {
  const found = text.split(from).length - 1;
  if (found !== count) throw new Error(`deploy/nginx.conf: expected "${from}" ${count} time(s), found ${found}`);
  return text.split(from).join(to);
}

/** The nginx binary (Debian puts it in /usr/sbin, which may be off a non-root PATH). */
function nginxBin(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  throw new Error('nginx not found (npm run setup installs it: apt-get install nginx)');
}

/**
 * Runs nginx (as root, workers as nobody) in `dir` with deploy/nginx.conf, its two upstream ports replaced by the
 * replicas' and its listen port by a free loopback port; waits until /healthz answers through it.
 */
export async function startNginx(dir: string, upstreamPorts: [number, number]): Promise<Nginx> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let site = readFileSync(resolve(ROOT, 'deploy/nginx.conf'), 'utf8');
  site = replaceExactly(site, 'server 127.0.0.1:3001 ', `server 127.0.0.1:${upstreamPorts[0]} `);
  site = replaceExactly(site, 'server 127.0.0.1:3002 ', `server 127.0.0.1:${upstreamPorts[1]} `);
  site = replaceExactly(site, 'listen 80;', `listen 127.0.0.1:${port};`);
  writeFileSync(join(dir, 'wtsa.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, `${t}_temp`)};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `# The main configuration the multi-replica test wraps around deploy/nginx.conf.
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${join(dir, 'access.log')};
  ${temp}
  include ${join(dir, 'wtsa.conf')};
}
`,
  );
  const bin = nginxBin();
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  run(bin, [...args, '-t', '-q']);
  const child = spawn(bin, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    const done = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await done;
    clearTimeout(timer);
  };
  try {
    await waitForOk(`${url}/healthz`, 15_000, () => !exited);
  } catch (err) {
    await stop();
    throw new Error(`nginx: ${(err as Error).message}\n${readFileSync(join(dir, 'error.log'), 'utf8').slice(-2000)}`);
  }
  return { port, url, pid: child.pid!, stop };
}

/** Builds the index once (`wtsa index`, a no-op when current) and copies it for each replica, as a deployment would. */
export function buildIndexOnce(copies: string[]): void {
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'index']);
  for (const dir of copies) cpSync(loadConfig().INDEX_DIR, dir, { recursive: true });
}
