// Collects the regular expressions of the source tree: literals read with the TypeScript scanner, and patterns
// built at run time with `new RegExp` recorded while the modules load.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular expression and where it was found. */
export interface FoundPattern {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every regular-expression literal in the `.ts` files under `dir` (tests excluded). */
export function literalPatterns(dir: string, root: string): FoundPattern[] {
  const out: FoundPattern[] = [];
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${relative(root, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * Patterns built with `new RegExp(…)` while `load` runs (module top levels and whatever `load` calls), recorded by a
 * stand-in constructor; literals do not pass through it.
 */
export async function dynamicPatterns(load: () => Promise<unknown>): Promise<FoundPattern[]> {
  const original = globalThis.RegExp;
  const seen: FoundPattern[] = [];
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      const stack = new Error().stack?.split('\n')[2]?.trim() ?? '';
      seen.push({ source: made.source, flags: made.flags, where: stack.replace(/^at\s+/, '') });
      return made;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return seen;
}
