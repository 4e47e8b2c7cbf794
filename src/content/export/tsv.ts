import type { TextDoc } from '../load/text.ts';
import { alignmentSpec, englishState } from './segments.ts';

/**
 * The paragraphs of a text as tab-separated values, one row per paragraph in reading order under a
 * header row, UTF-8 without a byte-order mark, lines ending in LF:
 *
 *   id  kind  depth  zh  en  english  sentence_groups
 *
 * `id` is the paragraph id the reader links to (`/<slug>/#1.0.2`); `kind` is `heading` (with its
 * `depth`, 1–6) or `paragraph` (depth 0); `zh` and `en` are the plain text a reader sees (`en` is
 * empty unless `english` is `own`); `english` is `own`, `missing` (not translated yet) or
 * `with <id>` (translated together with that paragraph); `sentence_groups` pairs the Chinese
 * sentence numbers with the English ones as alignment.yaml writes them (`1=1 2=2+3`), empty for a
 * text without sentence alignment.
 *
 * A field never holds a raw tab or line break: as in PostgreSQL's text format, a backslash is
 * written `\\`, a tab `\t`, a line feed `\n` and a carriage return `\r`, so that every line is
 * one row and every tab a column boundary. `unescapeTsvField` reads a field back.
 */
export const TSV_COLUMNS = ['id', 'kind', 'depth', 'zh', 'en', 'english', 'sentence_groups'] as const;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** The inverse of `escapeTsvField`; a backslash before any other character stands for itself. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\(.)/gs, (all, c: string) => UNESCAPES[c] ?? all);
}

export function paragraphsTsv(doc: TextDoc): string {
  const rows = doc.paragraphs.map((p) => [p.id, p.kind, String(p.depth), p.zh.text, p.en.text, englishState(p), alignmentSpec(p)]);
  return [[...TSV_COLUMNS], ...rows].map((row) => row.map(escapeTsvField).join('\t') + '\n').join('');
}
