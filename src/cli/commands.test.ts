import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, runWtsa } from './commands.js';

/** Captures what a call prints on stdout and stderr. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } };
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => io.stdout.write(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => io.stderr.write(String(s)) > 0);
  return { io, out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('wtsa', () => {
  it('lists every command on --help, -h and help, exit 0, on stdout', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const c = capture();
      expect(await runWtsa(argv, c.io)).toBe(0);
      for (const name of Object.keys(COMMANDS)) expect(c.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(c.err()).toBe('');
      vi.restoreAllMocks();
    }
  });

  it('prints one error line and the usage on stderr, exit 2, without a command or for an unknown one', async () => {
    for (const [argv, message] of [[[], 'wtsa: no command given'], [['serve'], 'wtsa: unknown command "serve"']] as const) {
      const c = capture();
      expect(await runWtsa(argv, c.io)).toBe(2);
      expect(c.err().split('\n')[0]).toBe(message);
      expect(c.err()).toContain('usage: wtsa <command>');
      expect(c.out()).toBe('');
      vi.restoreAllMocks();
    }
  });

  for (const name of Object.keys(COMMANDS)) {
    it(`${name} --help and help ${name} print its usage with every option on stdout, exit 0`, async () => {
      const { spec } = (await import(`./${name}.js`)) as { spec: { options: Record<string, unknown> } };
      for (const argv of [[name, '--help'], [name, '-h'], ['help', name], [name, '--bogus', '--help']]) {
        const c = capture();
        expect(await runWtsa(argv, c.io)).toBe(0);
        expect(c.out()).toMatch(new RegExp(`^usage: wtsa ${name} `));
        for (const option of Object.keys(spec.options)) expect(c.out()).toContain(`--${option}`);
        expect(c.out()).toContain('-h, --help');
        expect(c.err()).toBe('');
        vi.restoreAllMocks();
      }
    });

    it(`${name} rejects an unknown option with one error line and its usage on stderr, exit 2`, async () => {
      const c = capture();
      expect(await runWtsa([name, '--bogus'], c.io)).toBe(2);
      const [first, second] = c.err().split('\n');
      expect(first).toMatch(new RegExp(`^wtsa ${name}: Unknown option '--bogus'`));
      expect(second).toMatch(new RegExp(`^usage: wtsa ${name} `));
      expect(c.out()).toBe('');
    });
  }

  it('names the option a bad value belongs to', async () => {
    const c = capture();
    expect(await runWtsa(['search', 'SG17', '--k', 'ten'], c.io)).toBe(2);
    expect(c.err().split('\n')[0]).toMatch(/^wtsa search: --k: .*expected number/);
    vi.restoreAllMocks();
    const d = capture();
    expect(await runWtsa(['search', 'SG17', '--retriever', 'fuzzy'], d.io)).toBe(2);
    expect(d.err().split('\n')[0]).toBe('wtsa search: --retriever must be hybrid, dense or lexical');
    vi.restoreAllMocks();
    const e = capture();
    expect(await runWtsa(['ask', '  '], e.io)).toBe(2);
    expect(e.err().split('\n')[0]).toBe('wtsa ask: the question is empty');
    vi.restoreAllMocks();
    const f = capture();
    expect(await runWtsa(['index', 'now'], f.io)).toBe(2);
    expect(f.err().split('\n')[0]).toMatch(/^wtsa index: Unexpected argument 'now'/);
  });
});
