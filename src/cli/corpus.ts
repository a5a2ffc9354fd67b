// `wtsa corpus`: prints the parsed corpus as JSON (--json) or a readable outline of one document (--doc ID).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from '../corpus/types.js';

const USAGE = 'usage: wtsa corpus --json | --doc ID [--file PATH]\n';

/** Exactly one of --json and --doc; ids and paths non-empty. */
const optionsSchema = z
  .object({ json: z.boolean().optional(), doc: z.string().trim().min(1).optional(), file: z.string().trim().min(1).optional() })
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

/** Runs the subcommand; exit 2 on bad flags or an unknown document id. */
export async function run(args: string[]): Promise<number> {
  let values: z.infer<typeof optionsSchema>;
  try {
    const parsed = parseArgs({
      args,
      options: { json: { type: 'boolean' }, doc: { type: 'string' }, file: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    values = optionsSchema.parse(parsed.values);
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => i.message).join('; ') : err instanceof Error ? err.message : String(err);
    process.stderr.write(`wtsa corpus: ${message}\n${USAGE}`);
    return 2;
  }
  const corpus = values.file ? loadCorpus(values.file) : loadCorpus();
  if (values.json) {
    process.stdout.write(`${corpusJson(corpus)}\n`);
    return 0;
  }
  const document = corpus.documents.find((d) => d.doc === values.doc);
  if (!document) {
    const ids = corpus.documents.map((d) => d.doc).join(', ');
    process.stderr.write(`wtsa corpus: unknown document "${values.doc}"; valid ids: ${ids}\n`);
    return 2;
  }
  process.stdout.write(outline(document, corpus.records.filter((r) => r.doc === document.doc)));
  return 0;
}
