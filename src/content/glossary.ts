import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ErrorList, decodeUtf8 } from './errors.ts';
import { escapeHtml, renderMarkdown, type TextTransform } from './markdown.ts';
import { Matcher, type Match } from './matcher.ts';
import { GlossaryEntrySchema, type GlossaryEntryData } from './schema.ts';
import { parseYamlChecked } from './yaml-checked.ts';
import { fold } from '../search/fold.ts';
import type { Lang } from './load-text.ts';

export interface GlossaryEntry extends GlossaryEntryData {
  id: string;
  file: string;
  /** The definition, rendered to safe HTML at build time. */
  definitionHtml: string;
  /** Pinyin without tone marks or spaces, for sorting and for filtering typed without tones. */
  pinyinPlain: string;
}

/** Where a term occurs: the paragraph and a little context on each side. */
export interface Occurrence {
  entry: string;
  slug: string;
  paragraph: string;
  before: string;
  match: string;
  after: string;
}

export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Loads every entry of `glossary/`; every problem is collected into `errors`. */
export function loadGlossary(root: string, errors: ErrorList): GlossaryEntry[] {
  const dir = join(root, 'glossary');
  if (!existsSync(dir)) return [];
  const entries: GlossaryEntry[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    const id = name.slice(0, -3);
    if (!ENTRY_ID.test(id)) {
      errors.add(file, 1, `the file name "${name}" is not a valid entry id (lowercase letters, digits and hyphens)`);
      continue;
    }
    const source = decodeUtf8(readFileSync(path), file);
    const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!front) {
      errors.add(file, 1, 'the entry must start with front matter between two "---" lines');
      continue;
    }
    const data = parseYamlChecked(front[1]!, file, GlossaryEntrySchema, errors, 2);
    const body = source.slice(front[0].length);
    const bodyLine = front[0].split('\n').length;
    if (body.trim() === '') errors.add(file, bodyLine, 'the entry has no definition (the Markdown after the front matter is empty)');
    const definitionHtml = renderMarkdown(body, { file, line: bodyLine, errors });
    if (data) entries.push({ ...data, id, file, definitionHtml, pinyinPlain: fold(data.pinyin).replace(/[^a-z0-9]/g, '') });
  }

  const byForm = new Map<string, GlossaryEntry>();
  const ids = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    for (const form of [entry.zh, ...entry.variants]) {
      const key = foldQuotes(form);
      const other = byForm.get(key);
      if (other) errors.add(entry.file, 2, `the Chinese "${form}" is already an entry: ${other.file}`);
      else byForm.set(key, entry);
    }
    for (const related of entry.related) {
      if (!ids.has(related)) errors.add(entry.file, lineOfKey(entry, root, 'related'), `related entry "${related}" does not exist in glossary/`);
    }
  }
  return entries;
}

function lineOfKey(entry: GlossaryEntry, root: string, key: string): number {
  const lines = readFileSync(join(root, entry.file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}

const QUOTES = /[“”‘’「」『』"'《》]/g;

function foldQuotes(text: string): string {
  return text.replace(QUOTES, '');
}

/** Chinese text with quotation marks left out, and where each kept character came from. */
function withoutQuotes(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // Double quotation marks only: ’ is also the English apostrophe.
    if (/[“”「」『』"]/.test(text[i]!)) continue;
    folded += text[i];
    origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

const foldEnglish = (ch: string) => (ch === '’' || ch === '‘' ? "'" : ch === '–' || ch === '—' ? '-' : ch.toLowerCase());
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** An English rendering as it is matched: without quotation marks and a leading article. */
export function renderingForms(entry: GlossaryEntryData): string[] {
  return [entry.en, ...entry.enVariants].map((r) => r.replace(/["“”]/g, '').replace(/^the\s+/i, '').trim());
}

/**
 * Finds glossary terms in texts while they are rendered. For each paragraph the Chinese is
 * annotated first; its English is then annotated with the renderings of the same entries, so a
 * term and its rendering carry the same `data-term` and the reader can link them.
 */
export class GlossaryAnnotator {
  private readonly zhMatcher: Matcher<GlossaryEntry>;
  private readonly enMatcher: Matcher<GlossaryEntry>;
  readonly occurrences: Occurrence[] = [];
  /** Entries found in each paragraph's Chinese / English, keyed by `slug#paragraph`. */
  readonly found: Record<Lang, Map<string, Set<string>>> = { zh: new Map(), en: new Map() };

  constructor(readonly entries: GlossaryEntry[]) {
    this.zhMatcher = new Matcher(entries.flatMap((e) => [e.zh, ...e.variants].map((form) => [foldQuotes(form), e] as [string, GlossaryEntry])));
    this.enMatcher = new Matcher(entries.flatMap((e) => renderingForms(e).map((form) => [form, e] as [string, GlossaryEntry])), foldEnglish);
  }

  /** `between` renders the text between terms (the figure annotator plugs in there). */
  transform(slug: string, lang: Lang, paragraph: string, between: TextTransform = escapeHtml): TextTransform {
    const key = `${slug}#${paragraph}`;
    const found = this.found[lang].get(key) ?? new Set<string>();
    this.found[lang].set(key, found);
    return (text: string) => {
      const spans = lang === 'zh' ? this.matchChinese(text) : this.matchEnglish(text, this.found.zh.get(key) ?? new Set());
      let html = '';
      let at = 0;
      for (const { start, end, value } of spans) {
        found.add(value.id);
        if (lang === 'zh') {
          this.occurrences.push({ entry: value.id, slug, paragraph, before: text.slice(Math.max(0, start - 24), start), match: text.slice(start, end), after: text.slice(end, end + 24) });
        }
        html += between(text.slice(at, start));
        html += `<a class="term" href="/glossary/#${value.id}" data-term="${value.id}">${escapeHtml(text.slice(start, end))}</a>`;
        at = end;
      }
      return html + between(text.slice(at));
    };
  }

  private matchChinese(text: string): Match<GlossaryEntry>[] {
    const { folded, origin } = withoutQuotes(text);
    return this.zhMatcher.find(folded).map((m) => {
      const start = origin[m.start]!;
      let end = origin[m.end - 1]! + 1;
      // A term written with its own quotation marks (四个“十大工程”) keeps its closing mark.
      const inside = text.slice(start, end);
      if ((inside.match(/“/g)?.length ?? 0) > (inside.match(/”/g)?.length ?? 0) && text[end] === '”') end++;
      return { start, end, value: m.value };
    });
  }

  private matchEnglish(text: string, allowed: Set<string>): Match<GlossaryEntry>[] {
    // Quotation marks are folded away as in Chinese: “routine loan” fraud is the rendering "routine loan fraud".
    const { folded, origin } = withoutQuotes(text);
    return this.enMatcher
      .find(folded, (m) => allowed.has(m.value.id) && !isWordChar(folded[m.start - 1]) && !isWordChar(folded[m.end]))
      .map((m) => ({ start: origin[m.start]!, end: origin[m.end - 1]! + 1, value: m.value }));
  }
}
