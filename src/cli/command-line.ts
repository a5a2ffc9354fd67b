// One usage and error style for every `wtsa` command: node:util parseArgs for the words, zod for the values,
// `--help` prints the usage to stdout (exit 0), a bad option prints one error line and the usage to stderr (exit 2).
import { parseArgs } from 'node:util';
import type { z } from 'zod';

/** One option of a command: its parseArgs type, the placeholder of its value in the usage, what it does. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown after the flag (`FILE`, `N`, `hybrid|dense|lexical`); string options only. */
  value?: string;
  description: string;
}

/** What a command declares: its name, its synopsis, its options and where its positional words go. */
export interface CommandSpec {
  name: string;
  /** What follows `wtsa <name>` in the usage line, e.g. `"<question>" [--json]`. */
  synopsis: string;
  /** One sentence on what the command does. */
  description: string;
  options: Record<string, OptionSpec>;
  /** The key that receives the positional words joined by spaces; unset: the command takes none. */
  positionals?: string;
}

/** Where a command prints. */
export interface CommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The outcome of reading a command line: the validated options, or the exit code after help or an error. */
export type CommandLine<T> = { ok: true; options: T } | { ok: false; exitCode: number };

/** The usage row every command has. */
const HELP_ROW: [string, string] = ['-h, --help', 'print this help and exit'];

/** The usage text of a command: usage line, description and one line per option. */
export function usage(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [`--${name}${o.value ? ` ${o.value}` : ''}`, o.description]);
  rows.push(HELP_ROW);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`);
  return `usage: wtsa ${spec.name} ${spec.synopsis}\n\n${spec.description}\n\noptions:\n${lines.join('\n')}\n`;
}

/** Prints `wtsa <name>: <message>` (one line) and the usage to stderr; returns exit code 2. */
export function usageError(spec: CommandSpec, message: string, io: CommandIO = process): 2 {
  io.stderr.write(`wtsa ${spec.name}: ${message.replace(/(?<!\s)\s*\n\s*/g, ' ')}\n${usage(spec)}`);
  return 2;
}

/** True when the words ask for help (`-h`, `--help`) before a `--`, whatever else they contain. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** One line per zod issue, naming the option when the message does not already. */
function issueMessage(spec: CommandSpec, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      return key in spec.options && !issue.message.includes(`--${key}`) ? `--${key}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Reads `args` against the spec and validates the values with `schema` (positional words joined under spec.positionals). */
export function readCommandLine<S extends z.ZodType>(spec: CommandSpec, schema: S, args: readonly string[], io: CommandIO = process): CommandLine<z.output<S>> {
  if (asksForHelp(args)) {
    io.stdout.write(usage(spec));
    return { ok: false, exitCode: 0 };
  }
  let input: Record<string, unknown>;
  try {
    const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type }]));
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: Boolean(spec.positionals) });
    input = spec.positionals ? { ...values, [spec.positionals]: positionals.join(' ') } : { ...values };
  } catch (err) {
    return { ok: false, exitCode: usageError(spec, err instanceof Error ? err.message : String(err), io) };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, exitCode: usageError(spec, issueMessage(spec, parsed.error.issues), io) };
  return { ok: true, options: parsed.data };
}
