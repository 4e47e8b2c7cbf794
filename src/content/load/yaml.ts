import { LineCounter, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { findRefusedCharacter, refusedCharacter } from '../check/content-file.ts';
import { ErrorList } from '../errors.ts';

/** A key path into a YAML document: `['aliases', '2.1']`, `['sources', 0, 'url']`. */
export type YamlPath = readonly (string | number)[];

/** Where each part of a YAML source stands, from its parsed tree. */
export type LineOf = (path: YamlPath) => number;

export interface CheckedYaml<T> {
  /** The validated data, or undefined when the source has errors (they are in the error list). */
  data: T | undefined;
  /**
   * The line of the key at `path` (of the item, for a list index). A path that does not exist
   * in full is placed at the deepest part that does: a missing key is reported at its parent.
   */
  lineOf: LineOf;
}

/**
 * Parses YAML and validates it against a schema; each problem is reported at the line of the
 * offending key, e.g. `texts/x/meta.yaml:4: date must be a date written YYYY-MM-DD`.
 * `firstLine` is the line of the file on which `source` starts (2 for front matter after `---`).
 */
export function parseYamlWithLines<T>(
  source: string,
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  errors: ErrorList,
  firstLine = 1,
): CheckedYaml<T> {
  const { doc, at } = parse(source, firstLine);
  const lineOf: LineOf = (path) => lineForPath(doc, path, at);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const message = e.message.split('\n')[0] ?? e.code;
      errors.add(file, at(startOfUnclosed(doc, e.pos[0], message) ?? e.pos[0]), `malformed YAML: ${message}`);
    }
    return { data: undefined, lineOf };
  }
  if (!acceptable(doc, source, file, errors, at)) return { data: undefined, lineOf };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, lineOf };
  for (const issue of result.error.issues) {
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    errors.add(file, lineOf(issue.path), `${where} ${describe(issue.message, issue.code)}`);
  }
  return { data: undefined, lineOf };
}

/** `parseYamlWithLines` for a caller that needs only the data. */
export function parseYamlChecked<T>(
  source: string,
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  errors: ErrorList,
  firstLine = 1,
): T | undefined {
  return parseYamlWithLines(source, file, schema, errors, firstLine).data;
}

function parse(source: string, firstLine: number): { doc: Document; at: (offset: number) => number } {
  // The yaml package ends lines only at LF and CR LF; a lone CR ends one too (errors.ts
  // LINE_BREAK). It becomes an LF, one character for one, so offsets stay where they were.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/\r(?!\n)/g, '\n'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, at: (offset) => lineCounter.linePos(offset).line + firstLine - 1 };
}

/**
 * An unclosed quotation mark or bracket is noticed where the text runs out, often lines later
 * (a quoted value runs on over the next lines); it is reported where it opens.
 */
function startOfUnclosed(doc: Document, offset: number, message: string): number | undefined {
  const quote = /^Missing closing .?quote/.test(message);
  const bracket = /must (?:be sufficiently indented and )?end with a [\]}]/.test(message);
  if (!quote && !bracket) return undefined;
  let best: Node | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.range) return;
    const fits = quote ? isScalar(node) && /QUOTE/.test(String(node.type)) : isCollection(node) && node.flow === true;
    if (fits && node.range[0] <= offset && offset <= node.range[1] && (!best || node.range[0] >= best.range![0])) best = node;
  });
  return best?.range?.[0];
}

/**
 * What the schema cannot see: an alias (`*name`) and a refused character written as an escape.
 *
 * Aliases are refused, not bounded. Content files are written and read by people, and none uses
 * an alias; an alias makes a value stand somewhere else in the file, and a few of them nested
 * expand into millions of values (the "billion laughs"), which the yaml package stops only with
 * a bare ReferenceError. Refusing them closes that door and gives the line.
 */
function acceptable(doc: Document, source: string, file: string, errors: ErrorList, at: (offset: number) => number): boolean {
  const aliases: Alias[] = [];
  let ok = true;
  visit(doc, (_key, node) => {
    if (isAlias(node)) aliases.push(node);
    else if (isScalar(node) && typeof node.value === 'string') {
      const bad = findRefusedCharacter(node.value);
      if (bad) {
        ok = false;
        const [start = 0, end = 0] = node.range ?? [];
        // Written as such, the character was refused when the file was read; here it came from an escape.
        const written = source.slice(start, end).includes(String.fromCodePoint(bad.code)) ? '' : ' written with an escape';
        errors.add(file, at(start), `a value${written} holds ${refusedCharacter(bad.code)}`);
      }
    }
  });
  const first = aliases[0];
  if (first) {
    const count = aliases.length === 1 ? 'this file has one' : `this file has ${aliases.length}`;
    errors.add(file, at(first.range?.[0] ?? 0), `YAML aliases such as *${first.source} are not allowed in content files (${count}); write each value out in full`);
    return false;
  }
  return ok;
}

function describe(message: string, code: string): string {
  if (code === 'invalid_type' && /Required/.test(message)) return 'is missing';
  if (code === 'unrecognized_keys') return message.toLowerCase().replace(/^unrecognized key\(s\) in object:/, 'has unknown key(s):');
  return /^(must|is|needs) /.test(message) ? message : `is invalid: ${message}`;
}

/**
 * Walks down the tree as far as `path` exists. Keys are compared as text: in `1.0.1: …` the key
 * is a string, in `1: …` a number, and both stand for the paragraph id of the validated data.
 */
function lineForPath(doc: Document, path: YamlPath, at: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = at(isNode(node) && node.range ? node.range[0] : 0);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) line = at(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      node = node.items[step];
      if (isNode(node) && node.range) line = at(node.range[0]);
    } else {
      break;
    }
  }
  return line;
}
