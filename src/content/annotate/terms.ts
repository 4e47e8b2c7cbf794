/**
 * Finding glossary terms in a text while it is rendered: the Chinese forms of every entry, then, in
 * the same paragraph's English, the renderings of the entries found in its Chinese.
 */
import { sitePath } from '../base.ts';
import { escapeHtml, type TextTransform } from '../load/markdown.ts';
import { foldQuotes, type GlossaryEntry } from '../load/glossary.ts';
import type { GlossaryEntryData } from '../check/schema.ts';
import type { Lang } from '../load/text.ts';
import { Matcher, type Match } from './matcher.ts';

/** Where a term occurs: the paragraph and a little context on each side. */
export interface Occurrence {
  entry: string;
  slug: string;
  paragraph: string;
  before: string;
  match: string;
  after: string;
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

/**
 * The spans of 《…》 titles in a Chinese text, as [index of 《, index of its 》]; a title nested in
 * one (《关于〈…〉的意见》 or 《…《…》…》) lies inside it. A title still open at the end of the text
 * runs to the end: the text may be one piece of a sentence.
 */
function bookTitles(text: string): [number, number][] {
  const titles: [number, number][] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === '》' && depth > 0) {
      depth--;
      if (depth === 0) titles.push([open, i]);
    }
  }
  if (depth > 0) titles.push([open, text.length]);
  return titles;
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
        html += `<a class="term" href="${sitePath(`glossary/#${value.id}`)}" data-term="${value.id}">${escapeHtml(text.slice(start, end))}</a>`;
        at = end;
      }
      return html + between(text.slice(at));
    };
  }

  private matchChinese(text: string): Match<GlossaryEntry>[] {
    const { folded, origin } = withoutQuotes(text);
    const titles = bookTitles(text);
    // A term inside the title of another document (《黄河流域生态保护和高质量发展规划》) is part of
    // a name, not the term used by this text: it is not marked, and needs no rendering in the English.
    const inTitle = (start: number) => titles.some(([open, close]) => open < start && start < close);
    return this.zhMatcher.find(folded, (m) => !inTitle(origin[m.start]!)).map((m) => {
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
