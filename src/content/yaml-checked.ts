import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { ErrorList } from './errors.ts';

/**
 * Parses YAML and validates it against a schema; each problem is reported at the line of the
 * offending key, e.g. `texts/x/meta.yaml:4: date must be a date written YYYY-MM-DD`.
 */
export function parseYamlChecked<T>(
  source: string,
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  errors: ErrorList,
  firstLine = 1,
): T | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.add(file, at(e.pos[0]), `malformed YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    errors.add(file, lineForPath(doc, issue.path, at), `${where} ${describe(issue.message, issue.code)}`);
  }
  return undefined;
}

function describe(message: string, code: string): string {
  if (code === 'invalid_type' && /Required/.test(message)) return 'is missing';
  if (code === 'unrecognized_keys') return message.toLowerCase().replace(/^unrecognized key\(s\) in object:/, 'has unknown key(s):');
  return /^(must|is|needs) /.test(message) ? message : `is invalid: ${message}`;
}

function lineForPath(doc: Document, path: (string | number)[], at: (offset: number) => number): number {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      if (n > 0) {
        const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        const pair = isNode(parent) && 'items' in parent ? (parent.items as { key?: unknown }[]).find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[n - 1]) : undefined;
        const key = pair?.key;
        if (isNode(key) && key.range) return at(key.range[0]);
      }
      return at(node.range[0]);
    }
  }
  return at(0);
}
