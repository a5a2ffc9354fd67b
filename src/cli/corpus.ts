// `wtsa corpus`: prints the parsed corpus as JSON (--json) or a readable outline of one document (--doc ID).
import { z } from 'zod';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from '../corpus/types.js';
import { readCommandLine, usageError, type CommandSpec } from './command-line.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'corpus',
  synopsis: '--json | --doc ID [--file PATH]',
  description: 'Prints the parsed corpus: every document and record as JSON, or the outline of one document.',
  options: {
    json: { type: 'boolean', description: 'print {"documents": [...], "records": [...]} as JSON' },
    doc: { type: 'string', value: 'ID', description: 'print the outline of one document (44, COM4/AI, A.25, actions, leadership, questions …)' },
    file: { type: 'string', value: 'PATH', description: 'parse this corpus file instead of CORPUS_FILE' },
  },
};

/** Exactly one of --json and --doc; ids and paths non-empty. */
const optionsSchema = z
  .object({
    json: z.boolean().optional(),
    doc: z.string().trim().min(1, '--doc needs a document id').optional(),
    file: z.string().trim().min(1, '--file needs a path').optional(),
  })
  .refine((o) => Boolean(o.json) !== Boolean(o.doc), { message: 'give exactly one of --json and --doc ID' });

/** The CONTRACT §3 JSON shape: documents (doc, kind, status, title, history) and all records. */
export function corpusJson(corpus: ParsedCorpus): string {
  const documents = corpus.documents.map(({ doc, kind, status, title, history }) => ({ doc, kind, status, title, history }));
  return JSON.stringify({ documents, records: corpus.records });
}

/** A readable outline of one document: title, history, sections with clause labels and text starts, footnotes. */
export function outline(document: CorpusDocument, records: readonly ClauseRecord[]): string {
  const out: string[] = [`${document.doc} (${document.kind}${document.status ? `, ${document.status}` : ''}): ${document.title}`];
  if (document.identifier) out.push(`  ${document.identifier}`);
  out.push(`  lines ${document.lines[0]}–${document.lines[1]}`);
  if (document.history.length) out.push(`  history: ${document.history.join('；')}`);
  for (const section of document.sections) {
    out.push('', `[${section.index}] ${section.heading}${section.title ? ` — ${section.title}` : ''}  (${section.part}, lines ${section.lines[0]}–${section.lines[1]})`);
    for (const r of records.filter((x) => x.sectionIndex === section.index)) {
      const depth = r.parentId ? '      ' : '    ';
      const label = r.labelPath.length ? r.labelPath.join(' ') : '¶';
      const start = r.text.replace(/\n/g, ' ⏎ ').slice(0, 40);
      out.push(`${depth}${label}  ${start}${r.text.length > 40 ? '…' : ''}`);
    }
  }
  if (document.footnotes.length) {
    out.push('', 'footnotes:');
    for (const f of document.footnotes) out.push(`  ${f.number} (line ${f.line}) ${f.text}`);
  }
  return `${out.join('\n')}\n`;
}

/** Runs the subcommand: 0 after printing, 2 on bad arguments or an unknown document id. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const values = line.options;
  const corpus = values.file ? loadCorpus(values.file) : loadCorpus();
  if (values.json) {
    process.stdout.write(`${corpusJson(corpus)}\n`);
    return 0;
  }
  const document = corpus.documents.find((d) => d.doc === values.doc);
  if (!document) {
    const ids = corpus.documents.map((d) => d.doc).join(', ');
    return usageError(spec, `unknown document "${values.doc}"; valid ids: ${ids}`);
  }
  process.stdout.write(outline(document, corpus.records.filter((r) => r.doc === document.doc)));
  return 0;
}
