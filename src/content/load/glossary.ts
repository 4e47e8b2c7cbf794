import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LIMITS, readContentFile } from '../check/content-file.ts';
import { ErrorList } from '../errors.ts';
import { renderMarkdown } from './markdown.ts';
import { GlossaryEntrySchema, SLUG, type GlossaryEntryData } from '../check/schema.ts';
import { parseYamlWithLines, type LineOf } from './yaml.ts';
import { fold } from '../../search/fold.ts';

export interface GlossaryEntry extends GlossaryEntryData {
  id: string;
  file: string;
  /** The definition as written: the Markdown body, trimmed (the downloads give it as plain text). */
  definition: string;
  /** The definition, rendered to safe HTML at build time. */
  definitionHtml: string;
  /** Pinyin without tone marks or spaces, for sorting and for filtering typed without tones. */
  pinyinPlain: string;
}


/** A glossary file's name without .md: lowercase words joined by hyphens. */
export const ENTRY_ID = SLUG;

/** Loads every entry of `glossary/`; every problem is collected into `errors`. */
export function loadGlossary(root: string, errors: ErrorList): GlossaryEntry[] {
  const dir = join(root, 'glossary');
  if (!existsSync(dir)) return [];
  const entries: GlossaryEntry[] = [];
  // Every entry that has a file, valid or not: a related link to an entry that failed its own
  // checks is not a second mistake, and reporting it would point away from the real one.
  const ids = new Set<string>();
  const lines = new Map<string, LineOf>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    const id = name.slice(0, -3);
    if (!ENTRY_ID.test(id)) {
      errors.add(file, 1, `the file name "${name}" is not a valid entry id (lowercase letters, digits and hyphens)`);
      continue;
    }
    ids.add(id);
    const read = readContentFile(path, file, LIMITS.glossaryEntry, errors);
    if (read === undefined) continue;
    // Every line ending (CR LF, or a lone CR) becomes LF, so that the front matter is found and
    // each line counted below is the line an editor shows.
    const source = read.replace(/\r\n?/g, '\n');
    const front = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
    if (!front) {
      errors.add(file, 1, 'the entry must start with front matter between two "---" lines');
      continue;
    }
    const { data, lineOf } = parseYamlWithLines(front[1]!, file, GlossaryEntrySchema, errors, 2);
    lines.set(id, lineOf);
    const body = source.slice(front[0].length);
    const bodyLine = front[0].split('\n').length;
    if (body.trim() === '') errors.add(file, bodyLine, 'the entry has no definition (the Markdown after the front matter is empty)');
    const definitionHtml = renderMarkdown(body, { file, line: bodyLine, errors });
    if (data) entries.push({ ...data, id, file, definition: body.trim(), definitionHtml, pinyinPlain: fold(data.pinyin).replace(/[^a-z0-9]/g, '') });
  }

  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    const lineOf = lines.get(entry.id)!;
    [entry.zh, ...entry.variants].forEach((form, i) => {
      const key = foldQuotes(form);
      const other = byForm.get(key);
      if (other) errors.add(entry.file, lineOf(i === 0 ? ['zh'] : ['variants', i - 1]), `the Chinese "${form}" is already an entry: ${other.file}`);
      else byForm.set(key, entry);
    });
    entry.related.forEach((related, i) => {
      if (!ids.has(related)) errors.add(entry.file, lineOf(['related', i]), `related entry "${related}" does not exist in glossary/`);
    });
  }
  return entries;
}

const QUOTES = /[“”‘’「」『』"'《》]/g;

export function foldQuotes(text: string): string {
  return text.replace(QUOTES, '');
}

